package dev.waybill.operator.fulfillment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.waybill.operator.fulfillment.Shipments.shipment;
import static org.assertj.core.api.Assertions.assertThat;

class CancelCheckTest {

    private static final Map<String, Integer> LINES = Map.of("1", 2, "2", 1);

    @Test
    void anOrderAtItsEndCannotBeCancelled() {
        for (String state : List.of("Shipped", "Cancelled", "Rejected")) {
            assertThat(CancelCheck.check(state, LINES, List.of(), CancelRequest.whole()))
                    .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(409));
        }
    }

    @Test
    void shippedQuantitiesCannotBeCancelledAndTheRefusalSaysWhy() {
        var refusals = CancelCheck.check("PartiallyShipped", LINES,
                List.of(shipment("s1", "PartiallyShipped", "A:2:2:0", "B:1:0:0")), new CancelRequest(Map.of("1", 1)));

        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.field()).isEqualTo("lines[0].quantity");
            assertThat(r.message()).contains("only 0 of line 1").contains("2 shipped");
        });
    }

    @Test
    void unknownLinesAreClientErrorsNamingTheField() {
        var refusals = CancelCheck.check("Dispatched", LINES, List.of(shipment("s1", "Accepted", "A:2:0:0")),
                new CancelRequest(Map.of("9", 1)));

        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.field()).isEqualTo("lines[0].lineId");
        });
    }

    @Test
    void aPartialCancelBeforeRoutingIsRefusedButAWholeOneIsTaken() {
        assertThat(CancelCheck.check("Received", LINES, List.of(), new CancelRequest(Map.of("1", 1))))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(409));
        assertThat(CancelCheck.check("Received", LINES, List.of(), CancelRequest.whole())).isEmpty();
    }

    @Test
    void whatIsOpenCanBeCancelledAndWhatIsAlreadyBeingCancelledCannot() {
        assertThat(CancelCheck.check("Dispatched", LINES, List.of(shipment("s1", "Accepted", "A:2:0:0", "B:1:0:0")),
                new CancelRequest(Map.of("1", 2)))).isEmpty();
        assertThat(CancelCheck.check("Cancelling", LINES, List.of(shipment("s1", "Accepted", "A:2:0:0:2")),
                CancelRequest.whole())).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(409));
    }
}
