package dev.waybill.operator.intake;

import dev.waybill.testkit.Repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Sample canonical orders from examples/orders, with a fresh orderId when a test needs a new order. */
final class Orders {

    private Orders() {
    }

    static String sample(String file) {
        try {
            return Files.readString(Repo.path("examples/orders/" + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SO-1001 under another order id. */
    static String withId(String orderId) {
        return sample("SO-1001.json").replace("\"SO-1001\"", "\"" + orderId + "\"");
    }
}
