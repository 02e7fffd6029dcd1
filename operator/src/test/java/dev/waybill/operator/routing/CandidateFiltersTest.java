package dev.waybill.operator.routing;

import dev.waybill.adapter.model.CanonicalOrder;
import dev.waybill.api.v1alpha1.meta.Capability;
import dev.waybill.api.v1alpha1.meta.ShippingMethod;
import dev.waybill.operator.model.CompiledNode;
import dev.waybill.operator.model.CompiledPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static dev.waybill.operator.routing.RoutingFixtures.NOW;
import static dev.waybill.operator.routing.RoutingFixtures.context;
import static dev.waybill.operator.routing.RoutingFixtures.node;
import static dev.waybill.operator.routing.RoutingFixtures.order;
import static dev.waybill.operator.routing.RoutingFixtures.policy;
import static dev.waybill.operator.routing.RoutingFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

class CandidateFiltersTest {

    private static final CompiledPolicy ANY = policy("any").build();
    private static final CanonicalOrder STANDARD = order("SO-1").build();

    private static ExclusionReason apply(CandidateFilter filter, CompiledNode node, CompiledPolicy policy,
                                         CanonicalOrder order, NodeLoad load) {
        return filter.exclude(profile(node), context(policy, order, NOW, load));
    }

    private static ExclusionReason apply(CandidateFilter filter, CompiledNode node, CanonicalOrder order) {
        return apply(filter, node, ANY, order, NodeLoad.IDLE);
    }

    @Test
    void selectorMatchesLabelsAndAnAbsentSelectorMatchesEveryNode() {
        CompiledPolicy stores = policy("stores").selector("tier", "store").build();

        assertThat(apply(CandidateFilters.SELECTOR, node("s").label("tier", "store").build(), stores, STANDARD,
                NodeLoad.IDLE)).isNull();
        assertThat(apply(CandidateFilters.SELECTOR, node("d").label("tier", "dc").build(), stores, STANDARD,
                NodeLoad.IDLE)).isEqualTo(ExclusionReason.SelectorMismatch);
        assertThat(apply(CandidateFilters.SELECTOR, node("bare").build(), stores, STANDARD, NodeLoad.IDLE))
                .isEqualTo(ExclusionReason.SelectorMismatch);
        assertThat(apply(CandidateFilters.SELECTOR, node("d").label("tier", "dc").build(), STANDARD)).isNull();
    }

    @Test
    void everyRequiredCapabilityMustBeThere() {
        CompiledPolicy sameDay = policy("sd").require(Capability.SameDayConfirmation, Capability.ShipFromStore).build();

        assertThat(apply(CandidateFilters.CAPABILITIES, node("gap").capabilities(Capability.ShipFromStore).build(),
                sameDay, STANDARD, NodeLoad.IDLE)).isEqualTo(ExclusionReason.MissingCapability);
        assertThat(apply(CandidateFilters.CAPABILITIES, node("ok").capabilities(Capability.ShipFromStore,
                Capability.SameDayConfirmation, Capability.Returns).build(), sameDay, STANDARD, NodeLoad.IDLE))
                .isNull();
    }

    @Test
    void pausedAndUnavailableNodesAreNotRoutable() {
        assertThat(apply(CandidateFilters.ROUTABLE, node("p").paused().build(), STANDARD))
                .isEqualTo(ExclusionReason.Paused);
        assertThat(apply(CandidateFilters.ROUTABLE, node("down").adapterDown().build(), STANDARD))
                .isEqualTo(ExclusionReason.AdapterUnavailable);
        assertThat(apply(CandidateFilters.ROUTABLE, node("both").paused().adapterDown().build(), STANDARD))
                .as("paused is the operator's own choice, reported first").isEqualTo(ExclusionReason.Paused);
        assertThat(apply(CandidateFilters.ROUTABLE, node("fine").build(), STANDARD)).isNull();
    }

    @ParameterizedTest(name = "node offers [{0}], order {1}: {2}")
    @CsvSource({
            "'',                STANDARD, ",
            "'',                EXPRESS,  ShippingMethodUnsupported",
            "EXPRESS,           STANDARD, ShippingMethodUnsupported",
            "STANDARD SAME_DAY, SAME_DAY, ",
            "PICKUP,            PICKUP,   "})
    void shippingMethodMustBeOfferedAndNoneListedMeansStandardOnly(String offered, ShippingMethod method,
                                                                  ExclusionReason expected) {
        ShippingMethod[] methods = offered.isBlank() ? new ShippingMethod[0]
                : java.util.Arrays.stream(offered.trim().split(" ")).map(ShippingMethod::valueOf)
                .toArray(ShippingMethod[]::new);
        CompiledNode node = node("n").methods(methods).cutoff("23:59", "UTC").build();

        assertThat(apply(CandidateFilters.SHIPPING_METHOD, node, order("SO-1").method(method).build()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "same-day, cut-off {0} {1}: {2}")
    @CsvSource({
            // NOW is 2026-11-27T15:00Z
            "14:00, America/Chicago,     ",            // 09:00 local
            "14:00, Europe/Berlin,       PastCutoff",  // 16:00 local
            "10:00, America/New_York,    PastCutoff",  // exactly 10:00 local: at the cut-off is too late
            "10:01, America/New_York,    ",
            "23:00, Asia/Tokyo,          ",            // 00:00 on Saturday local: a new day has begun
            "15:30, UTC,                 "})
    void sameDayOrdersMustArriveBeforeTheLocalCutoff(String time, String zone, ExclusionReason expected) {
        CompiledNode node = node("n").methods(ShippingMethod.SAME_DAY).cutoff(time, zone).build();

        assertThat(apply(CandidateFilters.CUTOFF, node, order("SO-1").method(ShippingMethod.SAME_DAY).build()))
                .isEqualTo(expected);
    }

    @Test
    void theCutoffAloneExcludesOnlySameDayOrders() {
        CompiledNode berlin = node("n").cutoff("14:00", "Europe/Berlin").build();

        assertThat(apply(CandidateFilters.CUTOFF, berlin, STANDARD)).isNull();
    }

    @ParameterizedTest(name = "{0} from {1} by {2}: {3}")
    @CsvSource({
            "EXPRESS,  America/Chicago, 2026-11-28T23:00:00Z, ",                  // ships Fri, arrives Sat 28th
            "EXPRESS,  Europe/Berlin,   2026-11-28T20:00:00Z, CannotMeetPromise",  // past cut-off: arrives Sun 29th
            "STANDARD, America/Chicago, 2026-11-30T18:00:00Z, ",
            "STANDARD, America/Chicago, 2026-11-29T18:00:00Z, CannotMeetPromise"})
    void aPromiseMustBeReachableFromTheNode(ShippingMethod method, String zone, String promisedBy,
                                           ExclusionReason expected) {
        CompiledNode node = node("n").methods(ShippingMethod.STANDARD, ShippingMethod.EXPRESS)
                .cutoff("14:00", zone).build();

        assertThat(apply(CandidateFilters.PROMISE, node, order("SO-1").method(method).promisedBy(promisedBy).build()))
                .isEqualTo(expected);
    }

    @Test
    void anOrderWithoutAPromiseIsNeverLate() {
        CompiledNode node = node("n").cutoff("00:01", "Pacific/Kiritimati").build();

        assertThat(apply(CandidateFilters.PROMISE, node, STANDARD)).isNull();
    }

    @Test
    void aFullBacklogExcludesOnlyWhenMaxBacklogIsSet() {
        CompiledNode limited = node("lim").capacity(null, 10).build();
        CompiledNode unlimited = node("free").build();

        assertThat(apply(CandidateFilters.BACKLOG, limited, ANY, STANDARD, new RoutingFixtures.LoadTable()
                .set("lim", 10, 0))).isEqualTo(ExclusionReason.BacklogFull);
        assertThat(apply(CandidateFilters.BACKLOG, limited, ANY, STANDARD, new RoutingFixtures.LoadTable()
                .set("lim", 9, 0))).isNull();
        assertThat(apply(CandidateFilters.BACKLOG, unlimited, ANY, STANDARD, new RoutingFixtures.LoadTable()
                .set("free", 1_000_000, 0))).isNull();
    }

    @Test
    void anHourlyCapacityReachedExcludes() {
        CompiledNode node = node("n").capacity(100, null).build();

        assertThat(apply(CandidateFilters.HOURLY_CAPACITY, node, ANY, STANDARD, new RoutingFixtures.LoadTable()
                .set("n", 0, 100))).isEqualTo(ExclusionReason.HourlyCapacityFull);
        assertThat(apply(CandidateFilters.HOURLY_CAPACITY, node, ANY, STANDARD, new RoutingFixtures.LoadTable()
                .set("n", 0, 99))).isNull();
    }

    @Test
    void theChainReportsTheFirstRuleThatExcludes() {
        CompiledPolicy stores = policy("stores").selector("tier", "store").build();
        CompiledNode pausedDc = node("n").label("tier", "dc").paused().capacity(1, 1).build();
        CompiledNode pausedStore = node("n").label("tier", "store").paused().capacity(1, 1).build();
        RoutingFixtures.LoadTable busy = new RoutingFixtures.LoadTable().set("n", 5, 5);

        assertThat(CandidateFilters.firstExclusion(profile(pausedDc), context(stores, STANDARD, NOW, busy)))
                .isEqualTo(ExclusionReason.SelectorMismatch);
        assertThat(CandidateFilters.firstExclusion(profile(pausedStore), context(stores, STANDARD, NOW, busy)))
                .isEqualTo(ExclusionReason.Paused);
        assertThat(CandidateFilters.CHAIN).hasSize(8);
        assertThat(CandidateFilters.firstExclusion(profile(node("fine").build()),
                context(stores, STANDARD, Instant.EPOCH, NodeLoad.IDLE))).isEqualTo(ExclusionReason.SelectorMismatch);
    }
}
