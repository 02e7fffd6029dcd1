package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.ShipmentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static dev.waybill.operator.fulfillment.Shipments.shipment;
import static org.assertj.core.api.Assertions.assertThat;

class OrderProgressTest {

    /** order state | shipments as state/lines;state/lines (lines joined by +) | open exceptions | derived. */
    @ParameterizedTest(name = "{0} with {1} (exceptions {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Received   |                                         | false | Received
            Backordered|                                         | false | Backordered
            Routed     | Pending/A:1:0:0                         | false | Routed
            Routed     | Submitted/A:1:0:0;Pending/B:1:0:0       | false | Dispatched
            Dispatched | Accepted/A:2:1:0                        | false | PartiallyShipped
            Dispatched | Shipped/A:1:1:0;Accepted/B:1:0:0        | false | PartiallyShipped
            Dispatched | Shipped/A:1:1:0;Shipped/B:1:1:0         | false | Shipped
            Dispatched | Shipped/A:1:1:0;Cancelled/B:1:0:1       | false | Shipped
            Cancelling | Cancelled/A:1:0:1;Cancelled/B:1:0:1     | false | Cancelled
            Dispatched | Accepted/A:2:0:0:2                      | false | Cancelling
            Dispatched | Rejected/A:1:0:0;Pending/A:1:0:0        | false | Routed
            Dispatched | Rejected/A:1:0:0;Shipped/A:1:1:0        | false | Shipped
            Routed     | Pending/A:1:0:0                         | true  | OnHold
            Dispatched | Rejected/A:1:0:0                        | false | OnHold
            """)
    void orderStateFollowsItsShipments(String order, String shipments, boolean exceptions, String derived) {
        List<ShipmentRecord> records = new ArrayList<>();
        if (shipments != null) {
            int i = 0;
            for (String s : shipments.split(";")) {
                String[] parts = s.split("/");
                records.add(shipment("s" + i++, parts[0], parts[1].split("\\+")));
            }
        }
        assertThat(OrderProgress.derive(order, records, exceptions)).isEqualTo(derived);
    }
}
