package dev.waybill.operator.live;

import dev.waybill.operator.model.ResourceKey;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.api.reconciler.IndexedResourceCache;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.EventSource;
import io.javaoperatorsdk.operator.processing.event.source.inbound.SimpleInboundEventSource;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The reconcilers' primary caches, read by the KPI writer (to compare what it would write with what the API server
 * holds) and by readiness (to know every resource has been compiled), and an inbound event source per reconciler
 * so live state that changed (an SLO verdict) can ask for a reconcile without touching the resource.
 */
@Singleton
public class ResourceCaches {

    private record Registered<P extends HasMetadata>(IndexedResourceCache<P> cache,
                                                     SimpleInboundEventSource<P> events) {
    }

    private final Map<Class<?>, Registered<?>> byKind = new ConcurrentHashMap<>();

    /** Registers a reconciler's primary cache; call from {@code prepareEventSources} and return the event source. */
    public <P extends HasMetadata> EventSource<Void, P> register(Class<P> kind, EventSourceContext<P> context) {
        SimpleInboundEventSource<P> events = new SimpleInboundEventSource<>("live-state");
        byKind.put(kind, new Registered<>(context.getPrimaryCache(), events));
        return events;
    }

    /** Whether a reconciler of this kind runs in this process. */
    public boolean registered(Class<?> kind) {
        return byKind.containsKey(kind);
    }

    /** Every resource of the kind as the reconciler's informer holds it now; empty before registration. */
    public <P extends HasMetadata> Stream<P> list(Class<P> kind) {
        return entry(kind).map(r -> r.cache().list()).orElseGet(Stream::empty);
    }

    /** One resource as the reconciler's informer holds it now. */
    public <P extends HasMetadata> Optional<P> get(Class<P> kind, ResourceKey key) {
        return entry(kind).flatMap(r -> r.cache().get(new ResourceID(key.name(), key.namespace())));
    }

    /** Asks the kind's reconciler to reconcile the resource again; nothing happens before its controller runs. */
    public void reconcile(Class<?> kind, ResourceKey key) {
        Registered<?> registered = byKind.get(kind);
        if (registered != null) {
            registered.events().propagateEvent(new ResourceID(key.name(), key.namespace()));
        }
    }

    @SuppressWarnings("unchecked")
    private <P extends HasMetadata> Optional<Registered<P>> entry(Class<P> kind) {
        return Optional.ofNullable((Registered<P>) byKind.get(kind));
    }
}
