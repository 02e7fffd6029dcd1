#!/usr/bin/env bash
# make bench: the benchmarks, printing their figures. Never part of `make test`.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
benches=$(find "$REPO" -path '*/src/jmh/*' -name '*.java' 2>/dev/null | wc -l)
if [[ "$benches" -eq 0 ]]; then
  echo "no benchmarks yet: the routing JMH suite and the HTTP load driver arrive with the orchestrator" >&2
  exit 0
fi
