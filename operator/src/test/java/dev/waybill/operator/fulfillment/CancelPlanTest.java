package dev.waybill.operator.fulfillment;

import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.operator.store.ShipmentRecord;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static dev.waybill.operator.fulfillment.Shipments.T0;
import static dev.waybill.operator.fulfillment.Shipments.lines;
import static dev.waybill.operator.fulfillment.Shipments.shipment;
import static org.assertj.core.api.Assertions.assertThat;

class CancelPlanTest {

    private static final CancelPlan.NodeAbility FULL = new CancelPlan.NodeAbility(
            EnumSet.of(Capability.FullCancellation, Capability.PartialCancellation), true);
    private static final CancelPlan.NodeAbility WHOLE_ONLY = new CancelPlan.NodeAbility(
            EnumSet.of(Capability.FullCancellation), true);
    private static final CancelPlan.NodeAbility NONE = new CancelPlan.NodeAbility(EnumSet.noneOf(Capability.class),
            false);

    @Test
    void linesNotYetAtAVendorAreCancelledHere() {
        CancelPlan plan = CancelPlan.of(List.of(shipment("s1", "Pending", "A:2:0:0")), CancelRequest.whole(),
                s -> NONE, T0);

        assertThat(plan.vendorCancels()).isEmpty();
        assertThat(plan.unsupported()).isEmpty();
        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo("Cancelled");
            assertThat(lines(s)).containsExactly("A:2:0:2:2");
        });
    }

    @Test
    void wholeCancelAtAVendorAsksItAndMarksTheQuantitiesRequested() {
        CancelPlan plan = CancelPlan.of(List.of(shipment("s1", "Accepted", "A:2:0:0", "B:1:0:0")),
                CancelRequest.whole(), s -> WHOLE_ONLY, T0);

        assertThat(plan.vendorCancels()).singleElement().satisfies(c -> assertThat(c.lines())
                .extracting(l -> l.sku() + "=" + l.quantity()).containsExactly("A=2", "B=1"));
        assertThat(lines(plan.shipments().get(0))).containsExactly("A:2:0:0:2", "B:1:0:0:1");
        assertThat(plan.shipments().get(0).state()).isEqualTo("Accepted");
    }

    @Test
    void partialCancelNeedsPartialCancellation() {
        ShipmentRecord atVendor = shipment("s1", "Accepted", "A:2:0:0", "B:1:0:0");
        CancelRequest oneLine = new CancelRequest(Map.of("2", 1));

        assertThat(CancelPlan.of(List.of(atVendor), oneLine, s -> WHOLE_ONLY, T0).unsupported())
                .singleElement().satisfies(u -> assertThat(u.message()).contains("PartialCancellation"));
        assertThat(CancelPlan.of(List.of(atVendor), oneLine, s -> FULL, T0).vendorCancels())
                .singleElement().satisfies(c -> assertThat(c.lines()).extracting(l -> l.lineId())
                        .containsExactly("2"));
    }

    @Test
    void cancellingTheRestOfAPartlyShippedShipmentIsPartial() {
        CancelPlan plan = CancelPlan.of(List.of(shipment("s1", "PartiallyShipped", "A:2:2:0", "B:1:0:0")),
                CancelRequest.whole(), s -> WHOLE_ONLY, T0);

        assertThat(plan.unsupported()).singleElement().satisfies(u -> assertThat(u.message())
                .contains("PartialCancellation"));
        assertThat(plan.shipments()).isEmpty();
    }

    @Test
    void aNodeWhoseContractCannotCancelIsReportedAndLeftAlone() {
        CancelPlan plan = CancelPlan.of(List.of(shipment("s1", "Submitted", "A:1:0:0")), CancelRequest.whole(),
                s -> new CancelPlan.NodeAbility(EnumSet.of(Capability.FullCancellation), false), T0);

        assertThat(plan.unsupported()).singleElement().satisfies(u -> assertThat(u.message())
                .contains("no cancel operation"));
        assertThat(plan.vendorCancels()).isEmpty();
    }

    @Test
    void requestedQuantitiesAreTakenAcrossShipmentsInOrderAndTerminalOnesAreSkipped() {
        CancelPlan plan = CancelPlan.of(List.of(shipment("s0", "Rejected", "A:3:0:0"),
                        shipment("s1", "Pending", "A:1:0:0"), shipment("s2", "Accepted", "A:2:0:0")),
                new CancelRequest(Map.of("1", 2)), s -> FULL, T0);

        assertThat(plan.shipments()).extracting(ShipmentRecord::id).containsExactly("s1", "s2");
        assertThat(lines(plan.shipments().get(0))).containsExactly("A:1:0:1:1");
        assertThat(plan.vendorCancels()).singleElement().satisfies(c -> assertThat(c.lines().get(0).quantity())
                .isEqualTo(1));
    }
}
