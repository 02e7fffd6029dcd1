package dev.waybill.operator.reference;

import dev.waybill.operator.status.LiveFieldFilter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An informer on the objects a kind refers to by name in its own namespace (a node's contract, a contract's
 * Secret), which maps a changed object back to every resource that names it through an index on the primary
 * cache: a reaction, not polling. An update that only moved the referenced object's {@code status.kpis} is
 * dropped: it changes nothing a reconciler judges.
 */
public final class ReferenceInformers {

    private ReferenceInformers() {
    }

    /**
     * Registers the index and returns the informer; call from {@code prepareEventSources}.
     *
     * @param references    the names a primary refers to (none, one or several)
     * @param labelSelector restricts what is watched (null: every object of the kind in the watched namespaces)
     */
    public static <S extends HasMetadata, P extends HasMetadata> InformerEventSource<S, P> register(
            EventSourceContext<P> context, Class<P> primary, Class<S> secondary,
            Function<P, List<String>> references, String labelSelector) {
        String index = primary.getSimpleName() + "By" + secondary.getSimpleName();
        context.getPrimaryCache().addIndexer(index, p -> references.apply(p).stream()
                .map(name -> key(p.getMetadata().getNamespace(), name)).distinct().toList());
        var configuration = InformerEventSourceConfiguration.from(secondary, primary)
                .withName(index)
                .withLabelSelector(labelSelector)
                .withOnUpdateFilter(LiveFieldFilter.beyondKpis())
                .withSecondaryToPrimaryMapper((S s) -> context.getPrimaryCache()
                        .byIndex(index, key(s.getMetadata().getNamespace(), s.getMetadata().getName())).stream()
                        .map(ResourceID::fromResource).collect(Collectors.toSet()))
                .build();
        return new InformerEventSource<>(configuration, context);
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }
}
