package dev.waybill.operator.routing;

import java.util.List;

/** The router's whole answer for one order: the decision, why, and what each Shadow policy would have done. */
public record RouteResult(RouteDecision decision, Explanation explanation, List<ShadowComparison> shadows) {

    public RouteResult {
        shadows = List.copyOf(shadows);
    }
}
