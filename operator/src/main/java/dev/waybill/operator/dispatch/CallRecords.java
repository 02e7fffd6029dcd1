package dev.waybill.operator.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.ExceptionRecord;
import dev.waybill.operator.store.OutboxCommand;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How vendor calls are written down: audit events with the attempt count, and exception queue entries with the full
 * context a person needs (the operation, every attempt with its time and error class, the masked request, the
 * vendor's masked answer). Nothing here holds personal data the contract's dataPolicy did not mask.
 */
final class CallRecords {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private CallRecords() {
    }

    /** The exception queue's reason code for a failed call. */
    static String reason(VendorOutcome.Failed failed) {
        return switch (failed.failureClass()) {
            case BudgetExhausted -> FailureReasons.RETRY_BUDGET_EXHAUSTED;
            case Transient -> FailureReasons.VENDOR_UNAVAILABLE;
            case UnknownOutcome -> FailureReasons.UNKNOWN_OUTCOME;
            case CircuitOpen -> FailureReasons.CIRCUIT_OPEN;
            case Business -> failed.reason();
        };
    }

    static AuditEvent event(Instant at, String type, String step, String node, VendorOutcome outcome,
                            String result, Map<String, Object> detail, String orderRef) {
        Map<String, Object> all = new LinkedHashMap<>(detail);
        if (outcome instanceof VendorOutcome.Failed failed) {
            all.put("failureClass", failed.failureClass().name());
            all.put("message", failed.message());
        }
        all.put("attempts", attempts(outcome.attempts()));
        return new AuditEvent(at, type, step, node, outcome.attempts().size(), result, json(all), orderRef);
    }

    static ExceptionRecord exception(OutboxCommand command, String shipmentId, String operation, String node,
                                     VendorOutcome.Failed failed, Instant at) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("operation", operation);
        detail.put("node", node);
        detail.put("failureClass", failed.failureClass().name());
        detail.put("message", failed.message());
        detail.put("httpStatus", failed.httpStatus());
        detail.put("mayHaveReachedVendor", failed.mayHaveReachedVendor());
        detail.put("request", failed.maskedRequest());
        detail.put("vendorAnswer", failed.vendorAnswer());
        detail.put("attempts", attempts(failed.attempts()));
        return new ExceptionRecord("x" + command.seq(), command.orderRef(), shipmentId, reason(failed), json(detail),
                failed.attempts().size(), ExceptionRecord.OPEN, null, at, at);
    }

    /** An exception that no vendor call caused (a node that cannot cancel, a node gone). */
    static ExceptionRecord exception(String id, String orderRef, String shipmentId, String reason,
                                     Map<String, Object> detail, Instant at) {
        return new ExceptionRecord(id, orderRef, shipmentId, reason, json(detail), 0, ExceptionRecord.OPEN, null,
                at, at);
    }

    private static List<Map<String, Object>> attempts(List<Attempt> attempts) {
        return attempts.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", a.at().toString());
            m.put("operation", a.operation());
            m.put("errorClass", a.errorClass());
            m.put("httpStatus", a.httpStatus());
            m.put("millis", a.millis());
            return m;
        }).toList();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("call records are plain data", e);
        }
    }
}
