package dev.waybill.simulator;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Shorthands for the tests: each vendor's authenticated client, the /_sim controls, fresh references. */
final class Sim {

    private Sim() {
    }

    static RequestSpecification acme() {
        return given().contentType("application/json").header("Authorization", "Bearer placeholder-acme-token");
    }

    static RequestSpecification stores() {
        return given().contentType("application/json").header("X-Api-Key", "placeholder-corner-stores-key");
    }

    static RequestSpecification dropship() {
        return given().contentType("application/json").auth().preemptive().basic("waybill", "placeholder-password");
    }

    static RequestSpecification payments() {
        return given().contentType("application/json").header("Authorization", "Bearer placeholder-payments-token");
    }

    static RequestSpecification control() {
        return given().contentType("application/json");
    }

    /** A reference no other test uses. */
    static String ref(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void reset() {
        control().post("/_sim/reset").then().statusCode(204);
        WebhookReceiver.clear();
    }

    static void timing(String json) {
        control().body(json).post("/_sim/timing").then().statusCode(200);
    }

    static void faults(String json) {
        control().body(json).post("/_sim/faults").then().statusCode(200);
    }

    static void stock(String vendor, String sku, int available) {
        control().body(Map.of("vendor", vendor, "items", List.of(Map.of("sku", sku, "available", available))))
                .post("/_sim/inventory").then().statusCode(200);
    }

    /** The ledger entry of that vendor for that reference, or null. */
    static Map<String, Object> ledgerEntry(String vendor, String reference) {
        List<Map<String, Object>> entries = JsonPath.from(control().get("/_sim/ledger").then().statusCode(200)
                .extract().asString()).getList("");
        return entries.stream().filter(e -> vendor.equals(e.get("vendor")) && reference.equals(e.get("reference")))
                .findFirst().orElse(null);
    }

    /** An acme fulfillment body for that reference with those (sku, qty) pairs. */
    static String acmeOrder(String reference, Object... skuQty) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < skuQty.length; i += 2) {
            items.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skuQty[i]).append("\",\"qty\":")
                    .append(skuQty[i + 1]).append('}');
        }
        return "{\"clientReference\":\"" + reference + "\",\"orderNumber\":\"SO-" + reference + "\","
                + "\"service\":\"standard\",\"shipTo\":{\"name\":\"A B\",\"street\":\"1 Main St\","
                + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62701\",\"country\":\"US\"},"
                + "\"items\":[" + items + "]}";
    }

    /** A corner-stores order body for that externalRef with those (item, quantity) pairs. */
    static String storesOrder(String reference, Object... itemQuantity) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < itemQuantity.length; i += 2) {
            lines.append(i == 0 ? "" : ",").append("{\"item\":\"").append(itemQuantity[i]).append("\",\"quantity\":")
                    .append(itemQuantity[i + 1]).append('}');
        }
        return "{\"externalRef\":\"" + reference + "\",\"store\":\"store-7\",\"pickup\":false,"
                + "\"customerName\":\"A B\",\"lines\":[" + lines + "]}";
    }
}
