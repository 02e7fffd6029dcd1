#!/usr/bin/env bash
# make bench: the benchmarks, printing their figures. Never part of `make test`.
#   reconcile: 20 contracts, 1,000 nodes, 50 policies on a real API server; seconds to all
#              Ready and operator writes per resource.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
hack/build-control-plane.sh >/dev/null
mvn -B -ntp -q install -DskipTests
mvn -B -ntp -pl operator -Pbench verify 2>&1 | tee target-bench.log | grep -E '^(==|applied|all|AdapterContract|FulfillmentNode|RoutingPolicy)|ERROR|FAIL' || true
grep -q "all Ready after" target-bench.log || { echo "the benchmark did not finish; see target-bench.log" >&2; exit 1; }
rm -f target-bench.log
