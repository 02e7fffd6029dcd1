package dev.waybill.operator.store;

import java.time.Instant;
import java.util.List;

/**
 * One shipment of an order as stored: the node and contract it goes to, its state, its lines with what was shipped
 * and cancelled of each, the vendor's reference once known, and the stock reservation it holds, if any.
 *
 * @param node     the FulfillmentNode's name
 * @param contract the AdapterContract's name (webhooks find shipments by contract and vendor reference)
 */
public record ShipmentRecord(String id, String orderRef, String node, String contract, String state,
                             List<ShipmentLine> lines, String vendorReference, String reservationId,
                             Instant createdAt, Instant updatedAt) {

    public ShipmentRecord {
        lines = List.copyOf(lines);
    }

    public ShipmentRecord withState(String newState, Instant at) {
        return new ShipmentRecord(id, orderRef, node, contract, newState, lines, vendorReference, reservationId,
                createdAt, at);
    }

    public ShipmentRecord withLines(List<ShipmentLine> newLines, Instant at) {
        return new ShipmentRecord(id, orderRef, node, contract, state, newLines, vendorReference, reservationId,
                createdAt, at);
    }

    public ShipmentRecord withVendorReference(String reference, Instant at) {
        return new ShipmentRecord(id, orderRef, node, contract, state, lines, reference, reservationId, createdAt,
                at);
    }

    public ShipmentRecord withReservation(String reservation, Instant at) {
        return new ShipmentRecord(id, orderRef, node, contract, state, lines, vendorReference, reservation,
                createdAt, at);
    }

    public ShipmentRecord withNode(String newNode, String newContract, Instant at) {
        return new ShipmentRecord(id, orderRef, newNode, newContract, state, lines, null, null, createdAt, at);
    }
}
