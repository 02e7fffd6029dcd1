package dev.waybill.operator.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of shipments, the exception queue and consumed vendor events; the subset SQLite and PostgreSQL share. */
final class FulfillmentSql {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ShipmentLine>> LINES = new TypeReference<>() { };
    private static final String SHIPMENT_COLUMNS = "id, order_ref, node, contract, state, lines, vendor_reference, "
            + "reservation_id, created_at, updated_at";
    private static final String EXCEPTION_COLUMNS = "id, order_ref, shipment_id, reason, detail, attempts, state, "
            + "resolution, created_at, updated_at";

    private FulfillmentSql() {
    }

    static void write(Connection c, Transition t) throws SQLException {
        for (ShipmentRecord shipment : t.shipments()) {
            upsertShipment(c, shipment);
        }
        for (ExceptionRecord exception : t.exceptions()) {
            upsertException(c, exception);
        }
        for (String key : t.inboundEvents()) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO inbound_events (event_key, order_ref, received_at) VALUES (?, ?, ?)")) {
                s.setString(1, key);
                s.setString(2, t.next().id());
                s.setLong(3, t.next().updatedAt().toEpochMilli());
                s.executeUpdate();
            }
        }
    }

    private static void upsertShipment(Connection c, ShipmentRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO shipments (" + SHIPMENT_COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET node = excluded.node, "
                + "contract = excluded.contract, state = excluded.state, lines = excluded.lines, "
                + "vendor_reference = excluded.vendor_reference, reservation_id = excluded.reservation_id, "
                + "updated_at = excluded.updated_at")) {
            s.setString(1, r.id());
            s.setString(2, r.orderRef());
            s.setString(3, r.node());
            s.setString(4, r.contract());
            s.setString(5, r.state());
            s.setString(6, json(r.lines()));
            s.setString(7, r.vendorReference());
            s.setString(8, r.reservationId());
            s.setLong(9, r.createdAt().toEpochMilli());
            s.setLong(10, r.updatedAt().toEpochMilli());
            s.executeUpdate();
        }
    }

    private static void upsertException(Connection c, ExceptionRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO exceptions (" + EXCEPTION_COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
                + "resolution = excluded.resolution, updated_at = excluded.updated_at")) {
            s.setString(1, r.id());
            s.setString(2, r.orderRef());
            s.setString(3, r.shipmentId());
            s.setString(4, r.reason());
            s.setString(5, r.detail());
            s.setInt(6, r.attempts());
            s.setString(7, r.state());
            s.setString(8, r.resolution());
            s.setLong(9, r.createdAt().toEpochMilli());
            s.setLong(10, r.updatedAt().toEpochMilli());
            s.executeUpdate();
        }
    }

    static List<ShipmentRecord> shipments(Connection c, String orderRef) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SHIPMENT_COLUMNS
                + " FROM shipments WHERE order_ref = ? ORDER BY created_at, id")) {
            s.setString(1, orderRef);
            return shipmentList(s);
        }
    }

    static Optional<ShipmentRecord> shipmentByVendorReference(Connection c, String contract, String reference)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SHIPMENT_COLUMNS
                + " FROM shipments WHERE contract = ? AND vendor_reference = ?")) {
            s.setString(1, contract);
            s.setString(2, reference);
            return shipmentList(s).stream().findFirst();
        }
    }

    static Optional<ShipmentRecord> shipment(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SHIPMENT_COLUMNS + " FROM shipments WHERE id = ?")) {
            s.setString(1, id);
            return shipmentList(s).stream().findFirst();
        }
    }

    static boolean inboundEventSeen(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM inbound_events WHERE event_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static List<ExceptionRecord> exceptions(Connection c, Optional<String> state, Optional<String> orderRef,
                                            int limit) throws SQLException {
        String where = state.isPresent() && orderRef.isPresent() ? " WHERE state = ? AND order_ref = ?"
                : state.isPresent() ? " WHERE state = ?" : orderRef.isPresent() ? " WHERE order_ref = ?" : "";
        try (PreparedStatement s = c.prepareStatement("SELECT " + EXCEPTION_COLUMNS + " FROM exceptions" + where
                + " ORDER BY created_at, id LIMIT ?")) {
            int i = 1;
            if (state.isPresent()) {
                s.setString(i++, state.get());
            }
            if (orderRef.isPresent()) {
                s.setString(i++, orderRef.get());
            }
            s.setInt(i, limit);
            return exceptionList(s);
        }
    }

    static Optional<ExceptionRecord> exception(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + EXCEPTION_COLUMNS
                + " FROM exceptions WHERE id = ?")) {
            s.setString(1, id);
            return exceptionList(s).stream().findFirst();
        }
    }

    private static List<ExceptionRecord> exceptionList(PreparedStatement s) throws SQLException {
        List<ExceptionRecord> found = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(new ExceptionRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getInt(6), r.getString(7), r.getString(8),
                        Instant.ofEpochMilli(r.getLong(9)), Instant.ofEpochMilli(r.getLong(10))));
            }
        }
        return found;
    }

    private static List<ShipmentRecord> shipmentList(PreparedStatement s) throws SQLException {
        List<ShipmentRecord> found = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(new ShipmentRecord(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), lines(r.getString(6)), r.getString(7), r.getString(8),
                        Instant.ofEpochMilli(r.getLong(9)), Instant.ofEpochMilli(r.getLong(10))));
            }
        }
        return found;
    }

    private static String json(List<ShipmentLine> lines) {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("shipment lines are plain data", e);
        }
    }

    private static List<ShipmentLine> lines(String json) {
        try {
            return JSON.readValue(json, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored shipment lines are always valid JSON", e);
        }
    }
}
