package dev.waybill.adapter.resilience;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"200ms,200", "2s,2000", "1m,60000", "1h30m,5400000", "1.5s,1500", "1m30s250ms,90250", "0s,0"})
    void readsKubernetesDurations(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2", "s", "2 s", "-1s", "1d", "PT2S", "2sec"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fallsBackOnlyForAbsentFields() {
        assertThat(Durations.parseOr(null, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parseOr("1s", Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(1));
    }
}
