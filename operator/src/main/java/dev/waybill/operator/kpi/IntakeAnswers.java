package dev.waybill.operator.kpi;

import dev.waybill.operator.lifecycle.OperatorConfig;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts every answer of the two intake endpoints, whatever gave it (the intake, a source's signature check, a
 * rate limit, the API's own authentication): the one place every intake request ends. Canonical orders count for
 * the pseudo-source {@code (api)}; a source's orders for that source, once the model knows it (a request naming an
 * unknown source is not a tag value).
 */
@Provider
public class IntakeAnswers implements ContainerResponseFilter {

    private static final Pattern SOURCE = Pattern.compile("/?api/v1/sources/([^/]+)/orders/?");
    private static final Pattern CANONICAL = Pattern.compile("/?api/v1/orders/?");

    private final KpiRecorder kpis;
    private final KpiFigures figures;
    private final String defaultNamespace;

    IntakeAnswers(KpiRecorder kpis, KpiFigures figures, OperatorConfig config) {
        this.kpis = kpis;
        this.figures = figures;
        this.defaultNamespace = config.defaultNamespace();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String namespace = Optional.ofNullable(request.getUriInfo().getQueryParameters().getFirst("namespace"))
                .orElse(defaultNamespace);
        Matcher source = SOURCE.matcher(path);
        if (source.matches()) {
            if (figures.knownSource(namespace, source.group(1))) {
                kpis.intake(namespace, source.group(1), response.getStatus());
            }
        } else if (CANONICAL.matcher(path).matches()) {
            kpis.intake(namespace, null, response.getStatus());
        }
    }
}
