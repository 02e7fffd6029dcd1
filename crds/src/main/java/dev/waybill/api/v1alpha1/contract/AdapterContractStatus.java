package dev.waybill.api.v1alpha1.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.waybill.api.v1alpha1.meta.ConditionsListMap;
import dev.waybill.api.v1alpha1.meta.ResourceStatus;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;

/** What the operator observed of a contract: Ready, Valid, the circuit, the endpoint and call KPIs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@SchemaCustomizer(value = ConditionsListMap.class, input = "")
public class AdapterContractStatus extends ResourceStatus {

    /** States of the vendor circuit breaker. */
    public enum CircuitState { Closed, Open, HalfOpen }

    @JsonPropertyDescription("State of the circuit breaker for this vendor: Closed, Open or HalfOpen.")
    public CircuitState circuitState;

    @JsonPropertyDescription("Where the adapter answers: the Service URL (Deployment) or embedded://<name>.")
    public String endpoint;

    @JsonPropertyDescription("Call KPIs of this vendor API.")
    public ContractKpis kpis;
}
