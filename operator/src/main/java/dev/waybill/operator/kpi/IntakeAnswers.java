package dev.waybill.operator.kpi;

import dev.waybill.operator.lifecycle.OperatorConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts every answer of the two intake endpoints, whatever gave it (the intake, a source's signature check, a
 * rate limit, the API's own authentication): the one place every intake request ends. Canonical orders count for
 * the pseudo-source {@code (api)}; a source's orders for that source, once the model knows it (a request naming an
 * unknown source is not a tag value).
 */
@Singleton
public class IntakeAnswers {

    private static final Pattern SOURCE = Pattern.compile("/?api/v1/sources/([^/]+)/orders/?");
    private static final Pattern CANONICAL = Pattern.compile("/?api/v1/orders/?");

    // REST filters are made while the application starts statically, before runtime configuration exists (which
    // KpiFigures and OperatorConfig need): they are looked up on the first request instead.
    private final Instance<KpiRecorder> kpis;
    private final Instance<KpiFigures> figures;
    private final Instance<OperatorConfig> config;

    IntakeAnswers(Instance<KpiRecorder> kpis, Instance<KpiFigures> figures, Instance<OperatorConfig> config) {
        this.kpis = kpis;
        this.figures = figures;
        this.config = config;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String namespace = Optional.ofNullable(request.getUriInfo().getQueryParameters().getFirst("namespace"))
                .orElseGet(() -> config.get().defaultNamespace());
        Matcher source = SOURCE.matcher(path);
        if (source.matches()) {
            if (figures.get().knownSource(namespace, source.group(1))) {
                kpis.get().intake(namespace, source.group(1), response.getStatus());
            }
        } else if (CANONICAL.matcher(path).matches()) {
            kpis.get().intake(namespace, null, response.getStatus());
        }
    }
}
