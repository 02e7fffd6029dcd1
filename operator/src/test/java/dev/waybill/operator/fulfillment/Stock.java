package dev.waybill.operator.fulfillment;

import dev.waybill.operator.OperatorTestEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Stock for several SKUs at once. A node's inventory PUT replaces its whole snapshot, and a SKU a snapshot does not
 * name counts as available: one snapshot per node naming every SKU of a test keeps each SKU where it belongs.
 */
final class Stock {

    private Stock() {
    }

    /** Each SKU available (100) only at the node the map names, 0 at every other example node. */
    static void onlyAt(Map<String, String> nodeOfSku) {
        for (String node : Vendors.NODES) {
            List<Map<String, Object>> items = new ArrayList<>();
            nodeOfSku.forEach((sku, at) -> items.add(Map.of("sku", sku, "available", at.equals(node) ? 100 : 0)));
            given().contentType("application/json").body(items).queryParam("namespace",
                    OperatorTestEnvironment.NAMESPACE).put("/api/v1/nodes/" + node + "/inventory")
                    .then().statusCode(200);
        }
    }
}
