package dev.waybill.operator.intake;

import dev.waybill.adapter.model.OrderDefaults;
import dev.waybill.operator.store.OrderStore;
import dev.waybill.operator.store.StoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys answer replays for seven days, then are forgotten: a replay is then a duplicate order. */
class IdempotencyKeyExpiryTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path data;

    @Test
    void aKeyAnswersReplaysUntilItsSevenDaysAreOver() {
        try (OrderStore store = StoreFactory.embedded(data)) {
            OrderIntake intake = new OrderIntake(store, Clock.fixed(T0, ZoneOffset.UTC));
            byte[] order = Orders.withId("SO-EXPIRY-1").getBytes(StandardCharsets.UTF_8);
            assertThat(take(intake, order)).isEqualTo(202);

            new IdempotencyKeyExpiry(store, Clock.fixed(T0.plus(Duration.ofDays(6)), ZoneOffset.UTC)).purge();
            assertThat(intake.take("default", order, Optional.of("key-1"), OrderDefaults.none()))
                    .isInstanceOf(IntakeOutcome.Refused.class); // another key: the order exists
            assertThat(take(intake, order)).as("a replay within seven days").isEqualTo(202);

            new IdempotencyKeyExpiry(store, Clock.fixed(T0.plus(Duration.ofDays(8)), ZoneOffset.UTC)).purge();
            assertThat(take(intake, order)).as("the key forgotten: the same order again is a duplicate")
                    .isEqualTo(409);
        }
    }

    /** The status the intake would answer for the order under its default key. */
    private static int take(OrderIntake intake, byte[] order) {
        IntakeOutcome outcome = intake.take("default", order, Optional.empty(), OrderDefaults.none());
        return outcome instanceof IntakeOutcome.Refused refused ? refused.problem().status() : 202;
    }
}
