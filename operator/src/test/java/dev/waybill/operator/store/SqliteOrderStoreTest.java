package dev.waybill.operator.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store contract on the embedded SQLite file (WAL, synchronous=FULL). */
class SqliteOrderStoreTest extends OrderStoreContract {

    @TempDir
    Path dataDir;

    @Override
    OrderStore open() {
        return StoreFactory.embedded(dataDir);
    }
}
