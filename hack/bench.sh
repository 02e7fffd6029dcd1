#!/usr/bin/env bash
# make bench: the benchmarks, printing their figures. Never part of `make test`.
#   reconcile: 20 contracts, 1,000 nodes, 50 policies on a real API server: seconds to all
#              Ready and operator writes per resource (ReconcileBench)
#   routing:   JMH, one decision over 1,000 nodes for a 20-line order, p50/p99 (RouterBench)
#   intake:    open-loop HTTP load at fixed rates, durable ack, embedded store and
#              PostgreSQL: throughput and latency percentiles (IntakeLoadBench)
#   faults:    1,000 orders at 25/s (FAULT_RUN_ORDERS, FAULT_RUN_RATE) through simulated vendors
#              timing out, failing, throttling, duplicating and reordering webhooks: time until
#              every order settles, final states, exception reasons, duplicates at the vendors,
#              retries per contract against its budget (FaultRunBench)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
log="$REPO/target/bench.log"
mkdir -p "$REPO/target"
hack/build-control-plane.sh >/dev/null
mvn -B -ntp -q install -DskipTests
mvn -B -ntp -pl operator -Pbench verify 2>&1 | tee "$log" \
  | grep -E '^(==|applied|all:|AdapterContract|FulfillmentNode|RoutingPolicy|offered|fault run)|RouterBench\.decide.*(p0\.50|p0\.99|avgt|sample )|^Benchmark|ERROR\]|FAIL' || true
grep -q "all Ready after" "$log" || { echo "the benchmarks did not finish; see $log" >&2; exit 1; }
grep -q "^fault run settled" "$log" || { echo "the fault run did not finish; see $log" >&2; exit 1; }
if grep -q "fault run failed" "$log"; then echo "the fault run missed its goals; see $log" >&2; exit 1; fi
