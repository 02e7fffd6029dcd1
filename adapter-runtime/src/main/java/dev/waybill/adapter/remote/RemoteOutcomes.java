package dev.waybill.adapter.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waybill.adapter.connector.Attempt;
import dev.waybill.adapter.connector.FailureClass;
import dev.waybill.adapter.connector.FailureReasons;
import dev.waybill.adapter.connector.VendorCall;
import dev.waybill.adapter.connector.VendorOutcome;
import dev.waybill.adapter.connector.VendorOutcome.Failed;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcomes of a call that went wrong between the operator and the adapter app, before or instead of the
 * adapter's own answer. Each records one {@link Attempt} for the hop to the adapter, so the audit trail shows it.
 * Whether the vendor may have been called decides the class: never sent is Transient; maybe sent is UnknownOutcome,
 * which lookup or a person settles, never a blind resend.
 */
final class RemoteOutcomes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DETAIL = 300;

    private final String contract;
    private final String adapter;
    private final Clock clock;

    RemoteOutcomes(String contract, String adapter, Clock clock) {
        this.contract = contract;
        this.adapter = adapter;
        this.clock = clock;
    }

    Failed unsupported(VendorCall call) {
        return new Failed(FailureClass.Business, FailureReasons.UNSUPPORTED_OPERATION,
                "contract " + contract + " has no operation " + call.operation(), null, null, null, null, List.of());
    }

    Failed closed() {
        return new Failed(FailureClass.Transient, FailureReasons.VENDOR_UNAVAILABLE, "connector of " + contract
                + " is closed (contract changed or removed); nothing was sent", null, null, null, null, List.of());
    }

    /** The adapter could not be reached: the request certainly did not go out. */
    Failed unreachable(VendorCall call, Instant start, String errorClass, IOException cause) {
        return new Failed(FailureClass.Transient, RemoteConnector.ADAPTER_UNREACHABLE, "adapter " + adapter
                + " unreachable (" + describe(cause) + "); nothing was sent", null, null, null, null,
                List.of(attempt(call, start, errorClass, null)));
    }

    /** The request reached the adapter, which may have called the vendor, but no answer came back. */
    Failed unknown(VendorCall call, Instant start, String errorClass, Integer status, String detail) {
        return new Failed(FailureClass.UnknownOutcome, FailureReasons.UNKNOWN_OUTCOME, call.operation()
                + " may have reached the vendor through adapter " + adapter + ": " + detail, null, null, null, null,
                List.of(attempt(call, start, errorClass, status)));
    }

    /** The adapter answered; 200 carries the vendor call's outcome. */
    VendorOutcome answered(VendorCall call, Instant start, int status, byte[] body) {
        if (status == 200) {
            try {
                return CallCodec.decodeOutcome(body);
            } catch (IllegalArgumentException e) {
                return unknown(call, start, "MalformedResponse", status,
                        "its answer could not be read (" + e.getMessage() + ")");
            }
        }
        if (status >= 400 && status < 500) {
            // The adapter checks a call before it sends anything to the vendor: a 4xx means nothing went out.
            return new Failed(FailureClass.Business, RemoteConnector.ADAPTER_REFUSED_CALL, "adapter " + adapter
                    + " refused the call with " + status + ": " + problem(body) + "; nothing was sent", null, null,
                    null, null, List.of(attempt(call, start, "ClientError", status)));
        }
        return unknown(call, start, "ServerError", status, "it answered " + status);
    }

    private Attempt attempt(VendorCall call, Instant start, String errorClass, Integer status) {
        return new Attempt(start, call.operation(), errorClass, status,
                Math.max(0, Duration.between(start, clock.instant()).toMillis()));
    }

    private static String problem(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null) {
                return "no detail";
            }
            String detail = tree.path("detail").asText(tree.path("title").asText("no detail"));
            return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "..." : detail;
        } catch (IOException e) {
            return "no readable problem";
        }
    }

    private static String describe(IOException cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
