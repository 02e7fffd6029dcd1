#!/usr/bin/env bash
# make demo: from a fresh clone, build, bring up a control plane (unless KUBECONFIG points
# at a reachable cluster), install the CRDs, start the operator and the vendor simulator,
# apply the examples and show the control tower once everything is Ready.
#   DEMO_KEEP=1        leave everything running until Ctrl-C
#   DEMO_NAMESPACE=ns  namespace for the examples (default waybill-demo)
#   DEMO_ORDERS=N      how many orders to send (default: each sample once)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAMESPACE="${DEMO_NAMESPACE:-waybill-demo}"
RUN_DIR="$REPO/target/demo"
started_plane=""
pids=()

say() { printf '\n== %s\n' "$*"; }

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$started_plane" ]]; then
    say "stopping the local control plane"
    "$REPO/hack/control-plane.sh" stop
  fi
}
trap cleanup EXIT

# wait_http URL NAME LOG: until URL answers 200, or show the log and fail.
wait_http() {
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "$2 did not become ready; last lines of $3:" >&2
  tail -n 40 "$3" >&2
  return 1
}

say "building (mvn install -DskipTests)"
(cd "$REPO" && mvn -B -ntp -q install -DskipTests)
mkdir -p "$RUN_DIR"

if [[ -n "${KUBECONFIG:-}" ]] && kubectl --request-timeout=5s get --raw /readyz >/dev/null 2>&1; then
  say "using the cluster KUBECONFIG names: $(kubectl config current-context 2>/dev/null || echo "$KUBECONFIG")"
else
  say "starting a local control plane (etcd + kube-apiserver on 127.0.0.1)"
  eval "$("$REPO/hack/control-plane.sh" start)"
  started_plane=yes
fi

say "installing the CRDs"
kubectl apply --server-side --force-conflicts -f "$REPO/crds/"
kubectl wait --for=condition=Established --timeout=60s \
  crd/fulfillmentnodes.waybill.dev crd/routingpolicies.waybill.dev \
  crd/adaptercontracts.waybill.dev crd/ordersources.waybill.dev
kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f - >/dev/null

say "starting the vendor simulator (:${SIM_PORT:-9090}) and the operator (:${QUARKUS_HTTP_PORT:-8080})"
java -jar "$REPO/examples/vendor-simulator/target/quarkus-app/quarkus-run.jar" >"$RUN_DIR/simulator.log" 2>&1 &
pids+=($!)
rm -rf "$RUN_DIR/data" # each demo starts with an empty store, as with a fresh control plane
WAYBILL_DATA_DIR="$RUN_DIR/data" WAYBILL_NAMESPACES="$NAMESPACE" WAYBILL_LEADER_ELECTION_LEASE_NAMESPACE="$NAMESPACE" \
  java -jar "$REPO/operator/target/quarkus-app/quarkus-run.jar" >"$RUN_DIR/operator.log" 2>&1 &
pids+=($!)
wait_http "http://localhost:${SIM_PORT:-9090}/q/health/ready" simulator "$RUN_DIR/simulator.log"
wait_http "http://localhost:${QUARKUS_HTTP_PORT:-8080}/q/health/ready" operator "$RUN_DIR/operator.log"

say "applying examples/ to namespace $NAMESPACE"
kubectl apply -n "$NAMESPACE" -f "$REPO/examples/"
for kind in adaptercontracts fulfillmentnodes routingpolicies ordersources; do
  kubectl wait -n "$NAMESPACE" --for=condition=Ready --timeout=60s "$kind" --all >/dev/null
done

API="http://localhost:${QUARKUS_HTTP_PORT:-8080}/api/v1"
samples=("$REPO"/examples/orders/SO-*.json)
count="${DEMO_ORDERS:-${#samples[@]}}"
say "sending $count orders (examples/orders/) and one signed web-shop payload"
first=""
for i in $(seq 0 $((count - 1))); do
  sample="${samples[$((i % ${#samples[@]}))]}"
  base="$(basename "$sample" .json)"
  id="$base"; [[ "$i" -ge "${#samples[@]}" ]] && id="$base-$i"
  answer="$(sed "s/\"$base\"/\"$id\"/" "$sample" \
    | curl -sS -X POST "$API/orders?namespace=$NAMESPACE" -H 'Content-Type: application/json' --data-binary @-)"
  [[ -z "$first" ]] && first="$(python3 -c 'import json,sys; print(json.load(sys.stdin).get("id",""))' <<<"$answer")"
  [[ "$i" -lt 8 ]] && echo "$id -> $answer"
done
native="$REPO/examples/orders/web-us-native-W-2001.json"
secret="$(kubectl get secret -n "$NAMESPACE" web-us-source -o jsonpath='{.data.hmac}' | base64 -d)"
signature="$(openssl dgst -sha256 -hmac "$secret" -hex <"$native" | sed 's/^.*= //')"
echo "W-2001 (web-us) -> $(curl -sS -X POST "$API/sources/web-us/orders?namespace=$NAMESPACE" \
  -H 'Content-Type: application/json' -H "X-Signature: $signature" --data-binary @"$native")"
sleep 2

say "kubectl get waybill -n $NAMESPACE"
kubectl get waybill -n "$NAMESPACE"

if [[ -n "$first" ]]; then
  say "GET $API/orders/$first and its audit trail"
  curl -sS "$API/orders/$first" | python3 -m json.tool
  curl -sS "$API/orders/$first/events" | python3 "$REPO/hack/audit-trail.py"
fi

if [[ "${DEMO_KEEP:-0}" == 1 ]]; then
  say "running; export KUBECONFIG=$KUBECONFIG; logs in $RUN_DIR. Ctrl-C stops everything."
  trap 'exit 0' INT TERM
  while true; do sleep 3600 & wait $!; done
fi
