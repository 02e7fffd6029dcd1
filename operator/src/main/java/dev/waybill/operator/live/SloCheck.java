package dev.waybill.operator.live;

import dev.waybill.api.v1alpha1.contract.ContractKpis;
import dev.waybill.api.v1alpha1.contract.ContractSlo;
import dev.waybill.api.v1alpha1.policy.PolicyKpis;
import dev.waybill.api.v1alpha1.policy.PolicySlo;
import dev.waybill.operator.status.ConditionsBuilder;
import dev.waybill.operator.status.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges a resource's KPI figures against its {@code spec.slo}: each objective beyond its bound is a {@link Breach}
 * naming the figure. A figure the window has no data for (no calls, no dispatches) breaches nothing. Pure.
 */
public final class SloCheck {

    /** The condition an SLO breach sets. */
    public static final String DEGRADED = "Degraded";

    /**
     * One objective not met.
     *
     * @param figure the KPI field, e.g. {@code p99Millis}
     * @param text   the figure against its bound, e.g. {@code p99Millis 812 > 500}
     */
    public record Breach(String figure, String text) {
    }

    private SloCheck() {
    }

    public static List<Breach> policy(PolicySlo slo, Optional<PolicyKpis> figures) {
        List<Breach> breaches = new ArrayList<>();
        if (slo == null || figures.isEmpty()) {
            return breaches;
        }
        PolicyKpis k = figures.get();
        above(breaches, "p99RoutingMillis", k.p99RoutingMillis, slo.p99RoutingMillis);
        below(breaches, "acceptanceRate", k.acceptanceRate, slo.minAcceptanceRate);
        above(breaches, "oldestBacklogSeconds", k.oldestBacklogSeconds, slo.maxOldestBacklogSeconds);
        return breaches;
    }

    public static List<Breach> contract(ContractSlo slo, Optional<ContractKpis> figures) {
        List<Breach> breaches = new ArrayList<>();
        if (slo == null || figures.isEmpty()) {
            return breaches;
        }
        ContractKpis k = figures.get();
        above(breaches, "errorRate", k.errorRate, slo.maxErrorRate);
        above(breaches, "p99Millis", k.p99Millis, slo.p99Millis);
        return breaches;
    }

    /**
     * Sets {@code Degraded} when the resource declares objectives: True (SloBreached) naming every breached figure,
     * else False (SloMet) with a fixed message, so a figure moving inside its bound never rewrites the status.
     * Without {@code spec.slo} the condition is left out.
     */
    public static void degraded(ConditionsBuilder conditions, boolean declared, List<Breach> breaches) {
        if (!declared) {
            return;
        }
        if (breaches.isEmpty()) {
            conditions.isFalse(DEGRADED, new Problem("SloMet", "spec.slo", "every objective is met"));
        } else {
            conditions.isTrue(DEGRADED, "SloBreached", "spec.slo: "
                    + breaches.stream().map(Breach::text).collect(Collectors.joining("; ")));
        }
    }

    private static void above(List<Breach> breaches, String figure, Number value, Number bound) {
        if (value != null && bound != null && value.doubleValue() > bound.doubleValue()) {
            breaches.add(new Breach(figure, figure + " " + format(value) + " > " + format(bound)));
        }
    }

    private static void below(List<Breach> breaches, String figure, Number value, Number bound) {
        if (value != null && bound != null && value.doubleValue() < bound.doubleValue()) {
            breaches.add(new Breach(figure, figure + " " + format(value) + " < " + format(bound)));
        }
    }

    /** 812.0 as {@code 812}, 0.000001 as written: plain digits, no exponent, no trailing zeros. */
    static String format(Number value) {
        return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
}
