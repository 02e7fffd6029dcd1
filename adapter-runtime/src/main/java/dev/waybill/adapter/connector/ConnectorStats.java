package dev.waybill.adapter.connector;

/**
 * A connector's call figures for the contract's {@code status.kpis}: counters since the connector was created and
 * rates and latencies over the rolling window.
 *
 * @param requests        HTTP requests sent to the vendor since start (retries and lookups included)
 * @param errors          requests that failed (no answer, 408, 429, 5xx, 4xx, malformed 2xx) since start
 * @param retries         requests that were retries since start
 * @param windowSeconds   length of the rolling window
 * @param windowRequests  requests within the window
 * @param windowErrors    failed requests within the window
 * @param windowRetries   retries within the window
 * @param p50Millis       median request latency within the window (0 when there was none)
 * @param p99Millis       99th percentile request latency within the window (0 when there was none)
 */
public record ConnectorStats(long requests, long errors, long retries, int windowSeconds, long windowRequests,
                             long windowErrors, long windowRetries, double p50Millis, double p99Millis) {

    /** No calls yet. */
    public static final ConnectorStats EMPTY = new ConnectorStats(0, 0, 0, 60, 0, 0, 0, 0, 0);

    /** Percentage (0-100) of the window's requests that failed; 0 for an idle window. */
    public int errorRatePercent() {
        return percent(windowErrors, windowRequests);
    }

    /** Percentage (0-100) of the window's requests that were retries; 0 for an idle window. */
    public int retryRatePercent() {
        return percent(windowRetries, windowRequests);
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
