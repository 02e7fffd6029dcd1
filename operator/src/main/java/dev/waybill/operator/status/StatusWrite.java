package dev.waybill.operator.status;

import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.api.reconciler.UpdateControl;

import java.time.Clock;

/**
 * The last step of every reconcile: write the new status only if it says something new, and record an event when
 * Ready changed. An unchanged resource costs no API write.
 */
public final class StatusWrite {

    private StatusWrite() {
    }

    public static <S extends ResourceStatus, P extends CustomResource<?, S>> UpdateControl<P> ifChanged(
            KubernetesClient client, Clock clock, P resource, S current, S next) {
        if (!StatusComparison.differs(current, next)) {
            return UpdateControl.noUpdate();
        }
        TransitionEvents.readyChanged(client, clock, resource, current.conditions, next.conditions);
        resource.setStatus(next);
        // java-operator-sdk applies the status server-side with the resourceVersion it read; without one the
        // apply never conflicts with the KPI writer's merge patches, which touch fields this apply leaves out
        resource.getMetadata().setResourceVersion(null);
        return UpdateControl.patchStatus(resource);
    }
}
