package dev.waybill.simulator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The simulator's settings: where webhooks go, the random seed, and each vendor's credentials (the placeholders of
 * examples/secrets.yaml unless told otherwise).
 */
@ConfigMapping(prefix = "sim")
public interface SimulatorConfig {

    /** Webhooks go to {@code <callbackBase>/<vendor>}. */
    @WithDefault("http://localhost:8080/api/v1/webhooks")
    String callbackBase();

    /** Seed of the one random generator behind every fault, so that runs repeat. */
    @WithDefault("42")
    long seed();

    Acme acme();

    CornerStores cornerStores();

    Dropship dropshipDirect();

    Payments payments();

    Webhook webhook();

    /** The 3PL's bearer token and webhook signing secret. */
    interface Acme {
        @WithDefault("placeholder-acme-token")
        String token();

        @WithDefault("placeholder-acme-webhook-secret")
        String webhookSecret();
    }

    /** The store network's API key, sent both ways. */
    interface CornerStores {
        @WithDefault("placeholder-corner-stores-key")
        String apiKey();
    }

    /** The dropship vendor's Basic credentials as {@code user:password}, sent both ways. */
    interface Dropship {
        @WithDefault("waybill:placeholder-password")
        String basic();
    }

    /** The payment gateway's bearer token. */
    interface Payments {
        @WithDefault("placeholder-payments-token")
        String token();
    }

    /** How hard webhook delivery tries: 8 attempts doubling from 200 ms span about 50 s, as vendors keep trying. */
    interface Webhook {
        @WithDefault("8")
        int attempts();

        @WithDefault("200")
        long initialBackoffMillis();

        @WithDefault("5000")
        long requestTimeoutMillis();
    }
}
