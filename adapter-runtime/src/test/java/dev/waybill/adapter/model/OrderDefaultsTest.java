package dev.waybill.adapter.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waybill.api.v1alpha1.source.SourceDefaults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An OrderSource's defaults: filled in when the order has no value, checked when configured. */
class OrderDefaultsTest {

    @Test
    void fillsChannelAndCurrencyFromTheSourceDefaults() {
        SourceDefaults source = new SourceDefaults();
        source.channel = "web-eu";
        source.currency = "EUR";
        ObjectNode body = TestOrders.with("channel", null);
        body.remove("currency");

        CanonicalOrder order = valid(new OrderReader(OrderDefaults.from(source)).read(body));

        assertThat(order.channel()).isEqualTo("web-eu");
        assertThat(order.currency()).isEqualTo("EUR");
    }

    @Test
    void valuesInTheOrderWinOverDefaults() {
        CanonicalOrder order = valid(new OrderReader(new OrderDefaults("web-eu", "EUR")).read(TestOrders.valid()));

        assertThat(order.channel()).isEqualTo("web-us");
        assertThat(order.currency()).isEqualTo("USD");
    }

    @Test
    void refusesInvalidDefaultsWhenTheyAreConfigured() {
        assertThatThrownBy(() -> new OrderDefaults("Web US", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderDefaults(null, "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderDefaults(null, "ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThat(OrderDefaults.from(null)).isEqualTo(OrderDefaults.none());
    }

    private static CanonicalOrder valid(ReadResult result) {
        assertThat(result.errors()).isEmpty();
        return result.validOrder().orElseThrow();
    }
}
