package dev.waybill.operator.status;

import dev.waybill.api.v1alpha1.meta.Condition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsBuilderTest {

    private static final Clock T0 = Clock.fixed(Instant.parse("2026-11-27T10:00:00.750Z"), ZoneOffset.UTC);
    private static final Clock T1 = Clock.fixed(Instant.parse("2026-11-27T10:05:00Z"), ZoneOffset.UTC);

    @Test
    void stampsGenerationAndTransitionTimeInKubernetesShape() {
        List<Condition> conditions = ConditionsBuilder.from(null, 3, T0)
                .isTrue("Ready", "Reconciled", "all good").build();

        Condition ready = conditions.get(0);
        assertThat(ready.type).isEqualTo("Ready");
        assertThat(ready.status).isEqualTo(Condition.Status.True);
        assertThat(ready.reason).isEqualTo("Reconciled");
        assertThat(ready.observedGeneration).isEqualTo(3L);
        assertThat(ready.lastTransitionTime).as("RFC 3339, whole seconds").isEqualTo("2026-11-27T10:00:00Z");
    }

    @Test
    void keepsTransitionTimeWhileTheStatusStaysTheSame() {
        List<Condition> first = ConditionsBuilder.from(null, 1, T0).isTrue("Ready", "Reconciled", "ok").build();

        ConditionsBuilder again = ConditionsBuilder.from(first, 1, T1).isTrue("Ready", "Reconciled", "ok");

        assertThat(again.build().get(0).lastTransitionTime).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(again.changed()).as("identical input, identical status").isFalse();
    }

    @Test
    void keepsTransitionTimeWhenOnlyTheMessageChanges() {
        List<Condition> first = ConditionsBuilder.from(null, 1, T0)
                .isFalse("Ready", new Problem("SecretNotFound", "spec.auth.secretRef", "Secret a not found")).build();

        ConditionsBuilder later = ConditionsBuilder.from(first, 2, T1)
                .isFalse("Ready", new Problem("SecretKeyNotFound", "spec.auth.secretRef.key", "no key b"));

        Condition ready = later.build().get(0);
        assertThat(ready.lastTransitionTime).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(ready.message).isEqualTo("spec.auth.secretRef.key: no key b");
        assertThat(ready.observedGeneration).isEqualTo(2L);
        assertThat(later.changed()).isTrue();
    }

    @Test
    void movesTransitionTimeWhenTheStatusFlips() {
        List<Condition> failing = ConditionsBuilder.from(null, 1, T0)
                .isFalse("Ready", new Problem("ContractNotFound", "spec.adapterRef.name", "missing")).build();

        Condition fixed = ConditionsBuilder.from(failing, 2, T1).isTrue("Ready", "Reconciled", "ok").build().get(0);

        assertThat(fixed.status).isEqualTo(Condition.Status.True);
        assertThat(fixed.lastTransitionTime).isEqualTo("2026-11-27T10:05:00Z");
    }

    @Test
    void firstProblemDecidesAndNoProblemMeansTrue() {
        List<Problem> problems = List.of(new Problem("InvalidExpression", "spec.match", "syntax error at 1:3"),
                new Problem("Other", "spec.x", "later"));

        Condition bad = ConditionsBuilder.from(null, 1, T0).fromProblems("Valid", problems, "Compiled", "ok").build().get(0);
        Condition good = ConditionsBuilder.from(null, 1, T0).fromProblems("Valid", List.of(), "Compiled", "ok").build().get(0);

        assertThat(bad.status).isEqualTo(Condition.Status.False);
        assertThat(bad.reason).isEqualTo("InvalidExpression");
        assertThat(bad.message).isEqualTo("spec.match: syntax error at 1:3");
        assertThat(good.status).isEqualTo(Condition.Status.True);
    }

    @Test
    void dropsConditionsThatAreNoLongerSet() {
        List<Condition> before = ConditionsBuilder.from(null, 1, T0)
                .isTrue("Ready", "Reconciled", "ok").isTrue("Extra", "Old", "gone soon").build();

        List<Condition> after = ConditionsBuilder.from(before, 1, T1).isTrue("Ready", "Reconciled", "ok").build();

        assertThat(after).extracting(c -> c.type).containsExactly("Ready");
    }
}
