package dev.waybill.adapter.app;

import dev.waybill.adapter.connector.ContractDefinition;
import dev.waybill.adapter.connector.ContractOperations;
import dev.waybill.adapter.connector.Credential;
import dev.waybill.adapter.expression.ExpressionException;
import dev.waybill.adapter.rest.RestConnector;
import dev.waybill.api.v1alpha1.contract.VendorAuth;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The one contract this app runs: read from the contract file at start, its mappings compiled, and the
 * {@link RestConnector} that serves every call. Built eagerly, so a contract that cannot run stops the app before it
 * listens, with a {@link ContractFileException} naming the field.
 */
@Singleton
@Startup
public class ContractAdapter {

    private static final Logger LOG = Logger.getLogger(ContractAdapter.class);

    private final LoadedContract contract;
    private final RestConnector connector;

    ContractAdapter(AdapterConfig config, Clock clock) {
        String file = config.contractFile();
        this.contract = ContractFile.read(Path.of(file));
        Optional<Credential> credential = config.credential().filter(value -> !value.isEmpty()).map(Credential::new);
        this.connector = connector(file, definition(file, contract, credential), clock);
        LOG.infof("running contract %s in namespace %s: operations %s", contract.name(), contract.namespace(),
                operations());
    }

    /** The contract as read from the file. */
    public LoadedContract contract() {
        return contract;
    }

    /** The connector every call goes through. */
    public RestConnector connector() {
        return connector;
    }

    /** The operations the contract declares, in their canonical order. */
    public List<String> operations() {
        return List.copyOf(ContractOperations.declared(contract.spec().operations).keySet());
    }

    @PreDestroy
    void close() {
        connector.close();
    }

    private static ContractDefinition definition(String file, LoadedContract contract,
                                                 Optional<Credential> credential) {
        VendorAuth auth = contract.spec().auth;
        if (auth != null && auth.type != null && auth.type != VendorAuth.Type.None && credential.isEmpty()) {
            throw new ContractFileException(file, "spec.auth.secretRef", "spec.auth.type " + auth.type
                    + " needs a credential, and WAYBILL_CREDENTIAL is not set");
        }
        try {
            // Webhooks go to the operator, never here: no webhook secret.
            return ContractDefinition.compile(contract.name(), contract.namespace(), contract.spec(), credential,
                    Optional.empty());
        } catch (ExpressionException e) {
            // The message is "<field>: <parser's error>", the field being e.g. spec.operations.create.request.
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw colon < 0 ? new ContractFileException(file, "spec", message)
                    : new ContractFileException(file, message.substring(0, colon), message.substring(colon + 2));
        }
    }

    private static RestConnector connector(String file, ContractDefinition definition, Clock clock) {
        try {
            return RestConnector.create(definition, clock);
        } catch (IllegalArgumentException e) {
            throw new ContractFileException(file, "spec", e.getMessage());
        }
    }
}
