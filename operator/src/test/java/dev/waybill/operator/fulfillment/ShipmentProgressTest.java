package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.ShipmentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.waybill.operator.fulfillment.Shipments.T0;
import static dev.waybill.operator.fulfillment.Shipments.lines;
import static dev.waybill.operator.fulfillment.Shipments.shipment;
import static org.assertj.core.api.Assertions.assertThat;

class ShipmentProgressTest {

    /**
     * state before | lines before (sku:qty:shipped:cancelled) | reported | quantities (sku=n) | state after |
     * outcome | lines after (sku:qty:shipped:cancelled:cancelRequested).
     */
    @ParameterizedTest(name = "{0} + {2} {3} -> {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            Pending          | A:2:0:0         | Submitted        |          | Submitted        | Advanced | A:2:0:0:0
            Submitted        | A:2:0:0         | Accepted         |          | Accepted         | Advanced | A:2:0:0:0
            Accepted         | A:2:0:0         | Submitted        |          | Accepted         | Stale    | A:2:0:0:0
            Accepted         | A:2:0:0,B:1:0:0 | PartiallyShipped | A=2      | PartiallyShipped | Advanced | A:2:2:0:0,B:1:0:0:0
            PartiallyShipped | A:2:2:0,B:1:0:0 | Shipped          | B=1      | Shipped          | Advanced | A:2:2:0:0,B:1:1:0:0
            PartiallyShipped | A:2:2:0,B:1:0:0 | Accepted         |          | PartiallyShipped | Stale    | A:2:2:0:0,B:1:0:0:0
            PartiallyShipped | A:2:2:0,B:1:0:0 | PartiallyShipped | A=2      | PartiallyShipped | Stale    | A:2:2:0:0,B:1:0:0:0
            Submitted        | A:2:0:0,B:1:0:0 | Shipped          |          | Shipped          | Advanced | A:2:2:0:0,B:1:1:0:0
            Submitted        | A:2:0:0,B:1:0:0 | Shipped          | A=1      | Shipped          | Advanced | A:2:2:0:0,B:1:1:0:0
            Shipped          | A:2:2:0         | Accepted         |          | Shipped          | Stale    | A:2:2:0:0
            Accepted         | A:3:0:1         | Shipped          | A=5      | Shipped          | Advanced | A:3:2:1:1
            Accepted         | A:2:0:0,B:1:0:0 | Cancelled        |          | Cancelled        | Advanced | A:2:0:2:2,B:1:0:1:1
            PartiallyShipped | A:2:2:0,B:1:0:0 | Cancelled        |          | Shipped          | Advanced | A:2:2:0:0,B:1:0:1:1
            Accepted         | A:2:0:0         | Rejected         |          | Rejected         | Rejected | A:2:0:0:0
            Cancelled        | A:2:0:2         | Shipped          |          | Cancelled        | Stale    | A:2:0:2:2
            Pending          | A:2:0:0         | PartiallyShipped | A=1      | PartiallyShipped | Advanced | A:2:1:0:0
            Accepted         | A:2:0:0,B:3:0:0:3 | Shipped        |          | PartiallyShipped | Advanced | A:2:2:0:0,B:3:0:0:3
            Accepted         | A:2:0:0,B:3:0:0:1 | PartiallyShipped | B=5    | PartiallyShipped | Advanced | A:2:0:0:0,B:3:2:0:1
            """)
    void vendorReportsMoveShipmentsForwardOnly(String before, String linesBefore, String reported, String quantities,
                                               String after, String outcome, String linesAfter) {
        ShipmentRecord shipment = shipment("s1", before, linesBefore.split(","));
        ShipmentProgress.Result result = ShipmentProgress.apply(shipment,
                new VendorReport(ShipmentState.valueOf(reported), quantities(quantities)), T0.plusSeconds(1));

        assertThat(result.shipment().state()).isEqualTo(after);
        assertThat(result.outcome()).isEqualTo(ShipmentProgress.Outcome.valueOf(outcome));
        assertThat(lines(result.shipment())).isEqualTo(Arrays.asList(linesAfter.split(",")));
    }

    private static Map<String, Integer> quantities(String spec) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        if (spec != null) {
            for (String part : spec.split(";")) {
                String[] kv = part.split("=");
                quantities.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
        return quantities;
    }

    @org.junit.jupiter.api.Test
    void terminalStatesAreTerminal() {
        assertThat(List.of(ShipmentState.values()).stream().filter(s -> s.terminal).map(Enum::name))
                .containsExactly("Shipped", "Cancelled", "Rejected");
    }
}
