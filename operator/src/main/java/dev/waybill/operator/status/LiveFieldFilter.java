package dev.waybill.operator.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.CustomResource;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;

import java.util.Objects;

/**
 * An informer filter for the resources one kind watches of another (a node's contract, a namespace's nodes): an
 * update that changed nothing but {@code status.kpis} is dropped. KPIs are rewritten every few seconds under load;
 * without this, each write would re-reconcile every node of a contract, and every policy of a namespace.
 */
public final class LiveFieldFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveFieldFilter() {
    }

    /** Accepts every update except one that only moved {@code status.kpis}. */
    public static <R extends HasMetadata> OnUpdateFilter<R> beyondKpis() {
        return (now, before) -> !onlyKpisChanged(before, now);
    }

    static boolean onlyKpisChanged(HasMetadata before, HasMetadata now) {
        if (!(before instanceof CustomResource<?, ?> a) || !(now instanceof CustomResource<?, ?> b)) {
            return false;
        }
        return Objects.equals(a.getMetadata().getGeneration(), b.getMetadata().getGeneration())
                && Objects.equals(a.getMetadata().getLabels(), b.getMetadata().getLabels())
                && Objects.equals(a.getMetadata().getAnnotations(), b.getMetadata().getAnnotations())
                && Objects.equals(a.getMetadata().getDeletionTimestamp(), b.getMetadata().getDeletionTimestamp())
                && JSON.valueToTree(a.getSpec()).equals(JSON.valueToTree(b.getSpec()))
                && withoutKpis(a.getStatus()).equals(withoutKpis(b.getStatus()));
    }

    private static JsonNode withoutKpis(Object status) {
        JsonNode tree = JSON.valueToTree(status);
        if (tree instanceof ObjectNode object) {
            object.remove("kpis");
        }
        return tree;
    }
}
