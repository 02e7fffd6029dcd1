package dev.waybill.operator.secret;

import dev.waybill.api.v1alpha1.meta.SecretKeyRef;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.operator.reference.ReferenceInformers;
import dev.waybill.operator.status.Problem;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The credential Secrets a kind refers to. Watches only Secrets labelled {@value #LABEL_SELECTOR} (never every
 * Secret of the cluster), maps a changed Secret to the resources that name it, and reads a key as a
 * {@link Credential} or a {@link Problem} naming the field.
 *
 * @param <P> the kind that refers to Secrets
 */
public final class SecretReferences<P extends HasMetadata> {

    /** Secrets Waybill may read carry this label; the operator neither lists nor watches any other Secret. */
    public static final String LABEL_SELECTOR = "app.kubernetes.io/part-of=waybill";

    private final InformerEventSource<Secret, P> source;

    private SecretReferences(InformerEventSource<Secret, P> source) {
        this.source = source;
    }

    /** Registers the index and the Secret informer; call from {@code prepareEventSources}. */
    public static <P extends HasMetadata> SecretReferences<P> register(EventSourceContext<P> context, Class<P> kind,
                                                                       Function<P, List<String>> secretNames) {
        return new SecretReferences<>(ReferenceInformers.register(context, kind, Secret.class, secretNames,
                LABEL_SELECTOR));
    }

    public InformerEventSource<Secret, P> eventSource() {
        return source;
    }

    /** Reads the referenced key; a missing Secret or key is a problem naming {@code field}. */
    public Resolution resolve(String namespace, SecretKeyRef ref, String field) {
        Optional<Secret> secret = source.get(new ResourceID(ref.name, namespace));
        if (secret.isEmpty()) {
            return Resolution.failed(new Problem("SecretNotFound", field + ".name", "Secret " + ref.name
                    + " not found in namespace " + namespace + " (or not labelled " + LABEL_SELECTOR + ")"));
        }
        String encoded = secret.get().getData() == null ? null : secret.get().getData().get(ref.key);
        if (encoded == null) {
            return Resolution.failed(new Problem("SecretKeyNotFound", field + ".key",
                    "Secret " + ref.name + " has no key " + ref.key));
        }
        return Resolution.found(new Credential(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)));
    }

    /** A credential, or why there is none. */
    public record Resolution(Optional<Credential> credential, Optional<Problem> problem) {

        static Resolution found(Credential credential) {
            return new Resolution(Optional.of(credential), Optional.empty());
        }

        static Resolution failed(Problem problem) {
            return new Resolution(Optional.empty(), Optional.of(problem));
        }
    }
}
