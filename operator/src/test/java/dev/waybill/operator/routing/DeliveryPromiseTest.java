package dev.waybill.operator.routing;

import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPromiseTest {

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource({"STANDARD, 3", "EXPRESS, 1", "SAME_DAY, 0", "PICKUP, 0"})
    void transitDaysByShippingMethod(ShippingMethod method, int days) {
        assertThat(DeliveryPromise.transitDays(method)).isEqualTo(days);
    }

    @ParameterizedTest(name = "cut-off {0} {1}, {2}: delivers {3}")
    @CsvSource({
            // NOW is 2026-11-27T15:00Z
            "14:00, America/Chicago,  EXPRESS,  2026-11-28",  // 09:00 local: ships today
            "14:00, Europe/Berlin,    EXPRESS,  2026-11-29",  // 16:00 local: ships tomorrow
            "10:00, America/New_York, STANDARD, 2026-12-01",  // exactly at the cut-off counts as past it
            "23:00, Asia/Tokyo,       SAME_DAY, 2026-11-28",  // already Saturday 00:00 there, before 23:00
    })
    void earliestDeliveryDayCountsFromTheLocalCutoff(String time, String zone, ShippingMethod method,
                                                    String expected) {
        NodeProfile node = profile(node("n").cutoff(time, zone).build());

        long day = DeliveryPromise.earliestDeliveryDay(node, method, NOW);

        assertThat(LocalDate.ofEpochDay(day)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "promisedBy {0}: slack {1}")
    @CsvSource({
            "2026-11-30T18:00:00Z, 0",   // standard from Chicago before cut-off: Mon 30th, 12:00 local that day
            "2026-12-02T18:00:00Z, 2",
            "2026-11-30T03:00:00Z, -1",  // Sun 29th 21:00 in Chicago: a day short
    })
    void slackIsCountedInTheNodesCalendarDays(String promisedBy, long slack) {
        NodeProfile chicago = profile(node("n").cutoff("14:00", "America/Chicago").build());

        assertThat(DeliveryPromise.slackDays(chicago, ShippingMethod.STANDARD, NOW, Instant.parse(promisedBy)))
                .isEqualTo(slack);
    }
}
