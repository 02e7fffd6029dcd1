package dev.waybill.operator.kpi;

import dev.waybill.adapter.connector.CircuitState;
import dev.waybill.api.v1alpha1.contract.AdapterContractStatus;
import dev.waybill.api.v1alpha1.node.NodeKpis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiChangeTest {

    @Test
    void nothingWrittenYetIsAChange() {
        assertThat(KpiChange.differs(null, node(0, 0, 0))).isTrue();
    }

    @Test
    void updatedAtAloneIsNoChange() {
        NodeKpis shown = node(3, 1, 0);
        shown.updatedAt = "2026-11-27T10:00:00Z";

        assertThat(KpiChange.differs(shown, node(3, 1, 0))).isFalse();
    }

    @Test
    void anAgeThatOnlyGrewIsNoChange() {
        assertThat(KpiChange.differs(node(3, 1, 40), node(3, 1, 50))).isFalse();
    }

    @Test
    void aBacklogThatStartsOrEmptiesIsAChange() {
        assertThat(KpiChange.differs(node(3, 0, 0), node(3, 0, 12))).isTrue();
        assertThat(KpiChange.differs(node(3, 0, 12), node(3, 0, 0))).isTrue();
    }

    @Test
    void anyOtherFigureIsAChange() {
        assertThat(KpiChange.differs(node(3, 1, 40), node(4, 1, 50))).isTrue();
        NodeKpis rate = node(3, 1, 0);
        rate.successRate = 90;
        assertThat(KpiChange.differs(node(3, 1, 0), rate)).as("a rate appearing").isTrue();
        assertThat(KpiChange.differs(rate, node(3, 1, 0))).as("a rate leaving the window").isTrue();
    }

    @Test
    void circuitsCompareByName() {
        assertThat(KpiChange.differs(AdapterContractStatus.CircuitState.Closed, CircuitState.Closed)).isFalse();
        assertThat(KpiChange.differs(AdapterContractStatus.CircuitState.Closed, CircuitState.Open)).isTrue();
        assertThat(KpiChange.differs(null, CircuitState.Closed)).isTrue();
    }

    private static NodeKpis node(long assigned, long backlog, long oldest) {
        NodeKpis k = new NodeKpis();
        k.assigned = assigned;
        k.backlog = backlog;
        k.oldestBacklogSeconds = oldest;
        k.windowSeconds = 300;
        return k;
    }
}
