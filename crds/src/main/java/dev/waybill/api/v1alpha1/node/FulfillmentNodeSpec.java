package dev.waybill.api.v1alpha1.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.meta.LocalRef;
import dev.waybill.api.v1alpha1.meta.Schemas;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;

import java.util.ArrayList;
import java.util.List;

/** What a fulfillment node is, where it is, what it can do and how much. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ValidationRule(value = "!has(self.shippingMethods) || !self.shippingMethods.exists(m, m == 'same-day') || has(self.cutoff)",
        message = "spec.cutoff is required when spec.shippingMethods offers same-day", fieldPath = ".cutoff", reason = "FieldValueRequired")
@ValidationRule(value = "!has(self.capabilities) || !self.capabilities.exists(c, c == 'SameDayConfirmation') || has(self.cutoff)",
        message = "spec.cutoff is required when spec.capabilities has SameDayConfirmation", fieldPath = ".cutoff", reason = "FieldValueRequired")
public class FulfillmentNodeSpec {

    @Required
    @JsonPropertyDescription("Kind of node: Warehouse, Store, ThirdPartyLogistics, Dropship or Marketplace.")
    public NodeType type;

    @Required
    @JsonPropertyDescription("Where the node ships from; used for distance scoring.")
    public Location location;

    @Size(max = 8)
    @JsonPropertyDescription("What the node can do. Routing policies require these of their candidates; "
            + "a missing capability also decides compensation (no FullCancellation: a cancel goes to a person).")
    public List<Capability> capabilities = new ArrayList<>();

    @Size(max = 4)
    @JsonPropertyDescription("Shipping methods the node offers: standard, express, same-day, pickup.")
    public List<ShippingMethod> shippingMethods = new ArrayList<>();

    @JsonPropertyDescription("How much work the node takes; the router avoids a node at its limits.")
    public Capacity capacity;

    @JsonPropertyDescription("Daily order cut-off; required for same-day shipping.")
    public Cutoff cutoff;

    @Pattern(Schemas.MONEY)
    @JsonPropertyDescription("Cost of one shipment from this node, a decimal string like \"4.10\"; used for cost scoring.")
    public String costPerShipment;

    @Required
    @JsonPropertyDescription("The AdapterContract (same namespace) that speaks this node's API.")
    public LocalRef adapterRef;

    @Default("false")
    @JsonPropertyDescription("When true the router sends no new orders here; orders in flight continue.")
    public Boolean paused;
}
