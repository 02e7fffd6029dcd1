package dev.waybill.simulator.requests;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Clock;

/**
 * Records every vendor API call in the {@link RequestLog}; the simulator's own controls ({@code /_sim}) and
 * health endpoints are not vendor calls.
 */
public class RequestRecorder {

    private final RequestLog log;
    private final Clock clock;

    public RequestRecorder(RequestLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @ServerRequestFilter
    public void record(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/_sim") || path.startsWith("/q/")) {
            return;
        }
        log.add(new RecordedRequest(clock.instant(), request.getMethod(), path,
                request.getHeaderString("X-Correlation-Id"), request.getHeaderString("traceparent"),
                request.getHeaderString("tracestate")));
    }
}
