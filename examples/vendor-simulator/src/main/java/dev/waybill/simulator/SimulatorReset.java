package dev.waybill.simulator;

import dev.waybill.simulator.gate.Chance;
import dev.waybill.simulator.gate.FaultBook;
import dev.waybill.simulator.gate.IdempotentAnswers;
import dev.waybill.simulator.gate.ReceivedBodies;
import dev.waybill.simulator.ledger.Ledger;
import dev.waybill.simulator.progression.EventEmitter;
import dev.waybill.simulator.progression.Lifecycle;
import dev.waybill.simulator.requests.RequestLog;
import dev.waybill.simulator.stock.Inventory;
import dev.waybill.simulator.webhook.WebhookSender;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Everything {@code /_sim/reset} forgets, in one place so that nothing is forgotten: ledger, stock, faults,
 * idempotency keys, pending steps and webhooks, received bodies and calls; timing and the random sequence start
 * over. Vendor ids do not.
 */
@ApplicationScoped
public class SimulatorReset {

    private final Ledger ledger;
    private final Inventory inventory;
    private final FaultBook faults;
    private final Timing timing;
    private final IdempotentAnswers answers;
    private final Lifecycle lifecycle;
    private final EventEmitter events;
    private final WebhookSender webhooks;
    private final Chance chance;
    private final ReceivedBodies received;
    private final RequestLog requests;

    public SimulatorReset(Ledger ledger, Inventory inventory, FaultBook faults, Timing timing,
                          IdempotentAnswers answers, Lifecycle lifecycle, EventEmitter events,
                          WebhookSender webhooks, Chance chance, ReceivedBodies received, RequestLog requests) {
        this.ledger = ledger;
        this.inventory = inventory;
        this.faults = faults;
        this.timing = timing;
        this.answers = answers;
        this.lifecycle = lifecycle;
        this.events = events;
        this.webhooks = webhooks;
        this.chance = chance;
        this.received = received;
        this.requests = requests;
    }

    /** Back to the state the simulator started in. */
    public synchronized void run() {
        // pending automatic steps check the ledger before they act, so clearing it stops them
        ledger.clear();
        timing.reset();
        inventory.clear();
        faults.clear();
        answers.clear();
        lifecycle.clear();
        events.clear();
        webhooks.clear();
        chance.reseed();
        received.clear();
        requests.clear();
    }
}
