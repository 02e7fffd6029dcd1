package dev.waybill.operator.status;

import dev.waybill.api.v1alpha1.meta.Condition;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a Kubernetes Event when a resource's Ready condition changes status or reason, so `kubectl describe` and
 * event pipelines show when and why a node, policy, contract or source went in or out of service.
 */
public final class TransitionEvents {

    private static final Logger LOG = Logger.getLogger(TransitionEvents.class);

    private TransitionEvents() {
    }

    public static void readyChanged(KubernetesClient client, Clock clock, HasMetadata resource,
                                    List<Condition> before, List<Condition> after) {
        Optional<Condition> was = ready(before);
        Optional<Condition> now = ready(after);
        if (now.isEmpty() || was.map(TransitionEvents::state).equals(now.map(TransitionEvents::state))) {
            return;
        }
        Condition ready = now.get();
        boolean ok = ready.status == Condition.Status.True;
        LOG.infof("%s %s/%s Ready=%s (%s): %s", resource.getKind(), resource.getMetadata().getNamespace(),
                resource.getMetadata().getName(), ready.status, ready.reason, ready.message);
        String now8601 = Instant.now(clock).toString();
        var event = new EventBuilder()
                .withNewMetadata().withGenerateName(resource.getMetadata().getName() + "-")
                .withNamespace(resource.getMetadata().getNamespace()).endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder().withApiVersion(resource.getApiVersion())
                        .withKind(resource.getKind()).withName(resource.getMetadata().getName())
                        .withNamespace(resource.getMetadata().getNamespace())
                        .withUid(resource.getMetadata().getUid()).build())
                .withType(ok ? "Normal" : "Warning")
                .withReason(Objects.requireNonNullElse(ready.reason, ok ? "Ready" : "NotReady"))
                .withMessage(ready.message)
                .withFirstTimestamp(now8601).withLastTimestamp(now8601).withCount(1)
                .withNewSource().withComponent("waybill-operator").endSource()
                .build();
        try {
            client.v1().events().inNamespace(resource.getMetadata().getNamespace()).resource(event).create();
        } catch (KubernetesClientException e) {
            LOG.debugf("could not record event for %s: %s", resource.getMetadata().getName(), e.getMessage());
        }
    }

    /** What makes a transition worth an event: the status, or a new reason for it. */
    private static String state(Condition condition) {
        return condition.status + "/" + condition.reason;
    }

    private static Optional<Condition> ready(List<Condition> conditions) {
        return conditions == null ? Optional.empty()
                : conditions.stream().filter(c -> "Ready".equals(c.type)).findFirst();
    }
}
