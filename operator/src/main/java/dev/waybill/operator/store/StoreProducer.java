package dev.waybill.operator.store;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.nio.file.Path;

/** Opens the configured store once per process and closes it on shutdown. */
public class StoreProducer {

    private static final Logger LOG = Logger.getLogger(StoreProducer.class);

    @Produces
    @Singleton
    OrderStore store(StoreConfig config) {
        if (config.storeUrl().isPresent()) {
            LOG.info("order store: PostgreSQL");
            return StoreFactory.postgres(config.storeUrl().get());
        }
        Path dir = Path.of(config.dataDir());
        LOG.infof("order store: embedded SQLite in %s", dir.toAbsolutePath());
        return StoreFactory.embedded(dir);
    }

    void close(@Disposes OrderStore store) {
        store.close();
    }
}
