package dev.waybill.operator.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RolloutBucketsTest {

    @ParameterizedTest(name = "{0}/{1} -> bucket {2}")
    @CsvSource({
            // first four bytes of sha256("us-standard/SO-1001") are c3afa7f4 = 3283068916, mod 100 = 16
            "us-standard, SO-1001, 16",
            "us-standard, SO-1002, 83",
            "canary,      SO-1001, 53"})
    void bucketsArePinnedSoEveryJvmAgrees(String policy, String orderId, int bucket) {
        assertThat(RolloutBuckets.bucket(policy, orderId)).isEqualTo(bucket);
    }

    @Test
    void aPolicyTakesTheOrdersWhoseBucketIsBelowItsPercent() {
        // us-standard/SO-1001 is in bucket 16
        assertThat(RolloutBuckets.takes(16, "us-standard", "SO-1001")).isFalse();
        assertThat(RolloutBuckets.takes(17, "us-standard", "SO-1001")).isTrue();
    }

    @Test
    void zeroTakesNothingAndHundredTakesEverything() {
        assertThat(IntStream.range(0, 200).mapToObj(i -> "SO-" + i))
                .noneMatch(id -> RolloutBuckets.takes(0, "p", id))
                .allMatch(id -> RolloutBuckets.takes(100, "p", id));
    }

    @Test
    void fiftyPercentTakesAboutHalfOfAThousandOrders() {
        long taken = IntStream.range(0, 1000).filter(i -> RolloutBuckets.takes(50, "canary", "SO-" + (10_000 + i)))
                .count();

        assertThat(taken).isBetween(450L, 550L);
    }

    @Test
    void raisingThePercentOnlyAddsOrders() {
        for (int i = 0; i < 500; i++) {
            String id = "SO-" + i;
            if (RolloutBuckets.takes(20, "canary", id)) {
                assertThat(RolloutBuckets.takes(21, "canary", id)).as(id).isTrue();
                assertThat(RolloutBuckets.takes(80, "canary", id)).as(id).isTrue();
            }
        }
    }

    @Test
    void twoPoliciesAtTenPercentTakeDifferentOrders() {
        long both = IntStream.range(0, 1000).mapToObj(i -> "SO-" + i)
                .filter(id -> RolloutBuckets.takes(10, "a", id) && RolloutBuckets.takes(10, "b", id)).count();

        assertThat(both).as("independent tenths overlap in about 1%% of orders, not 10%%").isLessThan(30);
    }
}
