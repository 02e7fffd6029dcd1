package dev.waybill.adapter.resilience;

import dev.waybill.adapter.testing.TestContracts;
import dev.waybill.api.v1alpha1.contract.Operation;
import dev.waybill.api.v1alpha1.contract.Resilience;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ResiliencePolicyTest {

    @Test
    void absentFieldsTakeTheCrdDefaults() {
        ResiliencePolicy policy = ResiliencePolicy.of(null);

        assertThat(policy).isEqualTo(new ResiliencePolicy(Duration.ofSeconds(5), 3, Duration.ofMillis(200),
                Duration.ofSeconds(10), 2.0, 0.2, 20, 50, 20, Duration.ofSeconds(30), Optional.empty()));
        assertThat(policy.minimumNumberOfCalls()).isEqualTo(10);
    }

    @Test
    void givenFieldsWin() throws Exception {
        Resilience resilience = TestContracts.YAML.readValue("""
                timeout: 2s
                retry: { maxAttempts: 4, initialBackoff: 100ms }
                circuitBreaker: { slidingWindowSize: 4 }
                rateLimit: { requestsPerSecond: 50 }
                """, Resilience.class);
        ResiliencePolicy policy = ResiliencePolicy.of(resilience);
        Operation slow = new Operation();
        slow.timeout = "9s";

        assertThat(policy.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.maxAttempts()).isEqualTo(4);
        assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.minimumNumberOfCalls()).isEqualTo(4);
        assertThat(policy.requestsPerSecond()).contains(50.0);
        assertThat(policy.timeoutOf(slow)).isEqualTo(Duration.ofSeconds(9));
        assertThat(policy.timeoutOf(new Operation())).isEqualTo(Duration.ofSeconds(2));
    }
}
