package dev.waybill.operator.intake;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.adapter.model.OrderDefaults;
import dev.waybill.adapter.model.OrderJson;
import dev.waybill.adapter.model.OrderReader;
import dev.waybill.adapter.model.ReadResult;
import dev.waybill.operator.store.AuditEvent;
import dev.waybill.operator.store.Intake;
import dev.waybill.operator.store.IntakeRequest;
import dev.waybill.operator.store.OrderRecord;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.OutboxCommand;
import dev.waybill.operator.trace.WorkSpans;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes an order: reads and validates it, applies idempotency as the IETF Idempotency-Key draft says (replay: the
 * same answer; another body under the key: 422; the key still in flight: 409), and stores it durably with its first
 * audit event and its routing command. Only a stored order is acknowledged. The request's trace goes with the routing
 * command (the store keeps its traceparent), so routing and dispatch continue it.
 */
@Singleton
public class OrderIntake {

    /** Larger bodies are refused with 413. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** How long an idempotency key is remembered. */
    static final Duration KEY_TTL = Duration.ofDays(7);
    private static final int MAX_KEY_LENGTH = 255;
    /**
     * Order ids are UUIDs of version 7 (time first, then random): every index keyed by an order id then grows at
     * its end, so a group commit of many new orders writes a few pages instead of a random page per order and index.
     */
    private static final TimeBasedEpochGenerator ORDER_IDS = Generators.timeBasedEpochGenerator();

    private final OrderStore store;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    OrderIntake(OrderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public IntakeOutcome take(String namespace, byte[] body, Optional<String> idempotencyKey, OrderDefaults defaults) {
        return take(namespace, body, idempotencyKey, defaults, channel -> true);
    }

    /** The same, taking only orders of channels the caller may send ({@code channelAllowed}), else 403. */
    public IntakeOutcome take(String namespace, byte[] body, Optional<String> idempotencyKey, OrderDefaults defaults,
                              java.util.function.Predicate<String> channelAllowed) {
        Optional<ProblemDetails> tooLarge = ProblemDetails.ifTooLarge(body, MAX_BODY_BYTES);
        if (tooLarge.isPresent()) {
            return new IntakeOutcome.Refused(tooLarge.get());
        }
        Optional<String> keyProblem = idempotencyKey.flatMap(OrderIntake::keyProblem);
        if (keyProblem.isPresent()) {
            return refuse(400, "invalid-idempotency-key", "Invalid Idempotency-Key", keyProblem.get());
        }
        ReadResult read = new OrderReader(defaults).read(body);
        Optional<String> channel = read.validOrder().map(CanonicalOrder::channel);
        if (channel.isPresent() && !channelAllowed.test(channel.get())) {
            return new IntakeOutcome.Refused(ProblemDetails.of(403, "forbidden-channel", "Forbidden",
                    "this token may not send orders of channel " + channel.get()).withErrors(List.of(
                    new dev.waybill.adapter.model.FieldError("channel", "not a channel of this token", "Forbidden"))));
        }
        return take(namespace, read, idempotencyKey);
    }

    /** Takes an order already read (e.g. mapped from a channel's payload by its OrderSource). */
    public IntakeOutcome take(String namespace, ReadResult read, Optional<String> idempotencyKey) {
        if (read instanceof ReadResult.Invalid invalid) {
            return new IntakeOutcome.Refused(ProblemDetails.of(422, "invalid-order", "Invalid order",
                    invalid.errors().size() + " field(s) are invalid").withErrors(invalid.errors()));
        }
        CanonicalOrder order = read.validOrder().orElseThrow();
        String key = idempotencyKey.orElse(order.channel() + ":" + order.orderId());
        String scope = namespace + "/" + key;
        if (!inFlight.add(scope)) {
            return refuse(409, "request-in-progress", "Request in progress",
                    "a request with this Idempotency-Key is still being processed; retry later");
        }
        try {
            return answer(store.accept(request(namespace, key, order)));
        } finally {
            inFlight.remove(scope);
        }
    }

    private IntakeRequest request(String namespace, String key, CanonicalOrder order) {
        Instant now = clock.instant();
        String json = OrderJson.toJson(order);
        String id = ORDER_IDS.generate().toString();
        OrderRecord record = new OrderRecord(id, namespace, order.orderId(), order.channel(), "Received", json,
                now, now, 1);
        AuditEvent received = new AuditEvent(now, "OrderReceived", "intake", null, null, "Succeeded",
                "order " + order.orderId() + " from " + order.channel() + ", " + order.lines().size() + " line(s)",
                id);
        return new IntakeRequest(key, sha256(json), record, List.of(received),
                List.of(OutboxCommand.of(id, "Route", "{}", now)), now.plus(KEY_TTL));
    }

    private static IntakeOutcome answer(Intake intake) {
        if (intake instanceof Intake.Accepted accepted) {
            WorkSpans.tagOrder(accepted.order().id());
            return new IntakeOutcome.Taken(accepted.order(), false);
        }
        if (intake instanceof Intake.Replayed replayed) {
            WorkSpans.tagOrder(replayed.order().id());
            return new IntakeOutcome.Taken(replayed.order(), true);
        }
        if (intake instanceof Intake.KeyReused reused) {
            return refuse(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was used for a different request (order " + reused.orderRef() + ")");
        }
        Intake.DuplicateOrder duplicate = (Intake.DuplicateOrder) intake;
        return refuse(409, "duplicate-order", "Duplicate order", "order " + duplicate.existing().orderId()
                + " of channel " + duplicate.existing().channel() + " exists already as "
                + duplicate.existing().id() + " (under another Idempotency-Key)");
    }

    private static Optional<String> keyProblem(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return Optional.of("Idempotency-Key must be 1-" + MAX_KEY_LENGTH + " characters");
        }
        boolean printable = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        return printable ? Optional.empty() : Optional.of("Idempotency-Key must be printable ASCII without spaces");
    }

    static IntakeOutcome refuse(int status, String slug, String title, String detail) {
        return new IntakeOutcome.Refused(ProblemDetails.of(status, slug, title, detail));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
