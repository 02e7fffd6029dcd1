package dev.waybill.operator.routing;

import java.util.List;

/**
 * Why the router decided what it did: what the audit trail records and the routing preview returns.
 *
 * @param policy     the Active policy that decided; null when none did
 * @param policies   the policies considered, highest priority first: every one evaluated before the chosen one,
 *                   every Shadow and Disabled policy; Active policies ranked below the chosen one are never evaluated
 *                   and not listed
 * @param candidates the chosen policy's candidates, best first, with their scores
 * @param excluded   the namespace's nodes the chosen policy could not use, in name order, each with its reason. A
 *                   node found to hold none of the lines ({@link ExclusionReason#OutOfStock}) is also listed in
 *                   {@code candidates}, because stock is checked after scoring
 * @param summary    one line for humans
 */
public record Explanation(String policy, List<PolicyVerdict> policies, List<CandidateScore> candidates,
                          List<Exclusion> excluded, String summary) {

    public Explanation {
        policies = List.copyOf(policies);
        candidates = List.copyOf(candidates);
        excluded = List.copyOf(excluded);
    }
}
