package dev.waybill.operator.orchestration;

import dev.waybill.operator.routing.NodeLoad;
import dev.waybill.operator.routing.Router;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The router and the live node load, as beans; the routing package itself stays free of CDI. */
public class RoutingBeans {

    @Produces
    @Singleton
    Router router() {
        return new Router();
    }

    /** No dispatcher counts shipments yet (Orchestrator II); until then every node reads as idle. */
    @Produces
    @Singleton
    NodeLoad nodeLoad() {
        return NodeLoad.IDLE;
    }
}
