package dev.waybill.adapter.rest;

import dev.waybill.adapter.connector.Attempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The attempts of one call, oldest first, each also counted in the connector's stats and logged at DEBUG with ids
 * only (contract, operation, correlation id, status): never a body, a header or a value of the order.
 */
final class AttemptLog {

    private static final Logger LOG = LoggerFactory.getLogger(RestConnector.class);

    private final String contract;
    private final String correlationId;
    private final CallStats stats;
    private final List<Attempt> attempts = new ArrayList<>();

    AttemptLog(String contract, String correlationId, CallStats stats) {
        this.contract = contract;
        this.correlationId = correlationId;
        this.stats = stats;
    }

    /** Records an attempt; {@code sent} is false for one that never reached the network (the rate limit said no). */
    void add(Attempt attempt, boolean sent) {
        boolean retry = !attempts.isEmpty();
        attempts.add(attempt);
        if (sent) {
            boolean error = attempt.errorClass() != null && !"NotFound".equals(attempt.errorClass());
            stats.record(attempt.millis(), error, retry);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("vendor call contract={} operation={} correlationId={} attempt={} status={} error={} millis={}",
                    contract, attempt.operation(), correlationId, attempts.size(), attempt.httpStatus(),
                    attempt.errorClass(), attempt.millis());
        }
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }
}
