package dev.waybill.operator.orchestration;

import dev.waybill.operator.routing.NodeLoad;
import dev.waybill.operator.routing.Router;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import dev.waybill.operator.dispatch.Connectors;
import dev.waybill.operator.dispatch.CircuitAwareNodeLoad;
import dev.waybill.operator.model.ModelRegistry;

/** The router and the live node load, as beans; the routing package itself stays free of CDI. */
public class RoutingBeans {

    @Produces
    @Singleton
    Router router() {
        return new Router();
    }

    /** Nodes whose vendor's circuit is open take no new work. */
    @Produces
    @Singleton
    NodeLoad nodeLoad(ModelRegistry model, Connectors connectors) {
        return new CircuitAwareNodeLoad(model, connectors);
    }
}
