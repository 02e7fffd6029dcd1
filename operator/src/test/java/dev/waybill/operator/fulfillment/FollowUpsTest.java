package dev.waybill.operator.fulfillment;

import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.store.ShipmentRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.waybill.operator.fulfillment.Shipments.T0;
import static dev.waybill.operator.fulfillment.Shipments.shipment;
import static org.assertj.core.api.Assertions.assertThat;

class FollowUpsTest {

    @Test
    void aReservationIsReleasedWhenItsShipmentEndsUnshipped() {
        ShipmentRecord held = shipment("s1", "Accepted", "A:1:0:0").withReservation("RES-1", T0);
        List<OutboxCommand> commands = FollowUps.after("o1", List.of(held),
                List.of(held.withState("Cancelled", T0)), "Cancelling", "Cancelled", false, T0);

        assertThat(commands).singleElement().satisfies(c -> {
            assertThat(c.command()).isEqualTo("Release");
            assertThat(c.payload()).contains("\"reservationId\":\"RES-1\"").contains("\"shipment\":\"s1\"");
        });
    }

    @Test
    void nothingIsReleasedTwiceNorForShippedShipments() {
        ShipmentRecord held = shipment("s1", "Cancelled", "A:1:0:1").withReservation("RES-1", T0);
        assertThat(FollowUps.after("o1", List.of(held), List.of(held), "Cancelled", "Cancelled", true, T0)).isEmpty();
        ShipmentRecord open = shipment("s2", "Accepted", "A:1:0:0").withReservation("RES-2", T0);
        assertThat(FollowUps.after("o1", List.of(open), List.of(open.withState("Shipped", T0)), "Dispatched",
                "Shipped", true, T0)).isEmpty();
    }

    @Test
    void thePaymentIsVoidedOnceWhenTheWholeOrderEndsCancelled() {
        assertThat(FollowUps.after("o1", List.of(), List.of(), "Cancelling", "Cancelled", true, T0))
                .extracting(OutboxCommand::command).containsExactly("Void");
        assertThat(FollowUps.after("o1", List.of(), List.of(), "Cancelling", "Cancelled", false, T0)).isEmpty();
        assertThat(FollowUps.after("o1", List.of(), List.of(), "Cancelled", "Cancelled", true, T0)).isEmpty();
    }

    @Test
    void aRefusedShipmentsOpenLinesAreRoutedAgain() {
        OutboxCommand reroute = FollowUps.reroute("o1", shipment("s1", "Pending", "A:2:0:1", "B:1:1:0"), T0);

        assertThat(reroute.command()).isEqualTo("Route");
        assertThat(reroute.payload()).isEqualTo("{\"lines\":[{\"lineId\":\"1\",\"quantity\":1}]}");
    }
}
