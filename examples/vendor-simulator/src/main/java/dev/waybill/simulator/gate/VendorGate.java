package dev.waybill.simulator.gate;

import dev.waybill.simulator.Faults;
import dev.waybill.simulator.Timing;
import dev.waybill.simulator.Vendor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * What stands in front of every vendor API call: the vendor's faults (down, rate limit, errors, latency, answers
 * held past the client's timeout) and its credentials. Answers are completed later rather than slept on, so that
 * slow or held answers tie up no thread.
 */
@ApplicationScoped
public class VendorGate {

    private final FaultBook faults;
    private final Chance chance;
    private final Credentials credentials;
    private final Timing timing;
    private final ReceivedBodies received;

    public VendorGate(FaultBook faults, Chance chance, Credentials credentials, Timing timing,
                      ReceivedBodies received) {
        this.faults = faults;
        this.chance = chance;
        this.credentials = credentials;
        this.timing = timing;
        this.received = received;
    }

    /** Lets the call through to {@code work} unless a fault or missing credentials say otherwise. */
    public Uni<Response> call(Vendor vendor, HttpHeaders headers, Supplier<Answer> work) {
        return answer(vendor, headers, null, work);
    }

    /**
     * A call that hands the vendor new work (a fulfillment, an upload, an order) in {@code body}: the only kind the
     * timeoutAfterAccept and refuseEcho faults touch, since a lost acknowledgement is about work taken but not
     * confirmed, and an address check about work offered. Its body is kept in {@link ReceivedBodies}.
     */
    public Uni<Response> accept(Vendor vendor, HttpHeaders headers, String body, Supplier<Answer> work) {
        return answer(vendor, headers, body == null ? "" : body, work);
    }

    /** {@code body} is null for a call that is not new work. */
    private Uni<Response> answer(Vendor vendor, HttpHeaders headers, String body, Supplier<Answer> work) {
        boolean accepting = body != null;
        Faults current = faults.of(vendor);
        if (current.isDown()) {
            return Uni.createFrom().item(unavailable(vendor, "vendor is down").toResponse());
        }
        long delay = current.latencyMillis();
        Answer answer;
        if (chance.roll(current.rateLimitRate())) {
            answer = Answer.of(429, vendor.error("RATE_LIMITED", "too many requests")).with("Retry-After", "1");
        } else if (chance.roll(current.errorRate())) {
            answer = unavailable(vendor, "temporary failure");
        } else if (!credentials.accepts(vendor, headers)) {
            answer = unauthorized(vendor);
        } else if (!accepting) {
            answer = process(vendor, work);
        } else {
            received.record(vendor, body);
            if (chance.roll(current.refuseEchoRate())) {
                answer = EchoedRefusal.of(vendor, body);
            } else {
                answer = process(vendor, work);
                // processed and recorded, but the caller will have given up before it hears so
                if (chance.roll(current.timeoutAfterAcceptRate())) {
                    delay += timing.current().timeoutHoldMillis();
                }
            }
        }
        Uni<Response> response = Uni.createFrom().item(answer.toResponse());
        return delay <= 0 ? response : response.onItem().delayIt().by(Duration.ofMillis(delay));
    }

    private static Answer process(Vendor vendor, Supplier<Answer> work) {
        try {
            return work.get();
        } catch (InvalidRequest e) {
            return Answer.of(400, vendor.error("INVALID", e.getMessage()));
        }
    }

    private Answer unauthorized(Vendor vendor) {
        Answer answer = Answer.of(401, vendor.error("UNAUTHORIZED", "missing or wrong credentials"));
        String challenge = credentials.challenge(vendor);
        return challenge == null ? answer : answer.with("WWW-Authenticate", challenge);
    }

    private static Answer unavailable(Vendor vendor, String message) {
        return Answer.of(503, vendor.error("SERVICE_UNAVAILABLE", message));
    }
}
