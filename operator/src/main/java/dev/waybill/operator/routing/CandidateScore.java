package dev.waybill.operator.routing;

/**
 * How one candidate node scored. Each factor is normalised to 0..1 over the candidates (1 is best);
 * {@code total} is the weighted mean of the factors, so also 0..1.
 *
 * @param distanceKm    great-circle distance to the order's ship-to coordinates; null when either lacks them
 * @param linesInStock  how many of the order's lines the node holds in the quantity ordered; -1 when stock was
 *                      not checked (a better-ranked node already had every line)
 */
public record CandidateScore(String node, int rank, double total, double distance, double cost, double load,
                             double promise, Double distanceKm, int linesInStock) {
}
