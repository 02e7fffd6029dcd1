#!/usr/bin/env bash
# make bench: the benchmarks, printing their figures. Never part of `make test`.
#   reconcile: 20 contracts, 1,000 nodes, 50 policies on a real API server: seconds to all
#              Ready and operator writes per resource (ReconcileBench)
#   routing:   JMH, one decision over 1,000 nodes for a 20-line order, p50/p99 (RouterBench)
#   intake:    open-loop HTTP load at fixed rates, durable ack, embedded store and
#              PostgreSQL: throughput and latency percentiles (IntakeLoadBench)
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
log="$REPO/target/bench.log"
mkdir -p "$REPO/target"
hack/build-control-plane.sh >/dev/null
mvn -B -ntp -q install -DskipTests
mvn -B -ntp -pl operator -Pbench verify 2>&1 | tee "$log" \
  | grep -E '^(==|applied|all:|AdapterContract|FulfillmentNode|RoutingPolicy|offered)|RouterBench\.decide.*(p0\.50|p0\.99|avgt|sample )|^Benchmark|ERROR\]|FAIL' || true
grep -q "all Ready after" "$log" || { echo "the benchmarks did not finish; see $log" >&2; exit 1; }
