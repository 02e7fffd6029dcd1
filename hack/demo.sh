#!/usr/bin/env bash
# make demo: from a fresh clone, build, bring up a control plane (unless KUBECONFIG points
# at a reachable cluster), install the CRDs, start the operator and the vendor simulator,
# apply the examples, send the sample orders (a progress line every 2 s until each is
# shipped, ended or on hold, at most 60 s after the last was sent), then show the control
# tower and one order's audit trail.
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
# the API needs a bearer token: one for the demo, with every role, in a file only this user can read
TOKEN="demo-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
( umask 077; printf '%s intake,operations,read\n' "$TOKEN" >"$RUN_DIR/api-tokens" )
AUTH="Authorization: Bearer $TOKEN"
WAYBILL_API_TOKENS="$RUN_DIR/api-tokens" \
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
IDS="$RUN_DIR/order-ids" # one operator order id a line, as the orders are taken
: >"$IDS"

# orders MODE: reads $IDS. "progress" prints one line of where the orders are and exits 0 once every one is
# terminal or OnHold; "pick" prints the id of a shipped order with the longest audit trail (else the first id).
orders() {
  AUTH="$AUTH" python3 - "$1" "$API" "$IDS" <<'PY'
import json, os, sys, urllib.request
mode, api, ids = sys.argv[1], sys.argv[2], [l.strip() for l in open(sys.argv[3]) if l.strip()]
auth = dict([os.environ["AUTH"].split(": ", 1)])
get = lambda path: json.load(urllib.request.urlopen(urllib.request.Request(api + path, headers=auth), timeout=10))
try:
    states = {i: get(f"/orders/{i}")["state"] for i in ids}
except OSError as e:
    if mode == "progress":
        print(f"orders: {len(ids)} sent · state unavailable ({e})", flush=True)
    sys.exit(1)
if mode == "pick":
    shipped = [i for i in ids if states[i] == "Shipped"]
    print(max(shipped, key=lambda i: len(get(f"/orders/{i}/events")), default=ids[0] if ids else ""))
    sys.exit(0)
order = ["Received", "Routed", "Dispatched", "PartiallyShipped", "Shipped", "Backordered", "OnHold",
         "Cancelling", "Cancelled", "Rejected"]
counts = [f"{sum(s == state for s in states.values())} {state}" for state in order if state in states.values()]
open_exceptions = sum(x.get("order") in states for x in get("/exceptions?state=Open&limit=500"))
print(" · ".join([f"orders: {len(ids)} sent"] + counts + [f"exceptions {open_exceptions}"]), flush=True)
sys.exit(0 if ids and all(s in ("Shipped", "Cancelled", "Rejected", "OnHold") for s in states.values()) else 1)
PY
}

# send_orders: the sample orders (DEMO_ORDERS of them, cycling) and one signed web-shop payload, ids into $IDS.
send_orders() {
  local samples=("$REPO"/examples/orders/SO-*.json) count i sample base id answer
  count="${DEMO_ORDERS:-${#samples[@]}}"
  for i in $(seq 0 $((count - 1))); do
    sample="${samples[$((i % ${#samples[@]}))]}"
    base="$(basename "$sample" .json)"
    id="$base"; [[ "$i" -ge "${#samples[@]}" ]] && id="$base-$i"
    answer="$(sed "s/\"$base\"/\"$id\"/" "$sample" \
      | curl -sS -X POST "$API/orders?namespace=$NAMESPACE" -H "$AUTH" -H 'Content-Type: application/json' --data-binary @-)"
    sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$answer" >>"$IDS"
    if [[ "$i" -lt 8 ]]; then echo "$id -> $answer"; fi
  done
  local native="$REPO/examples/orders/web-us-native-W-2001.json" secret signature
  secret="$(kubectl get secret -n "$NAMESPACE" web-us-source -o jsonpath='{.data.hmac}' | base64 -d)"
  signature="$(openssl dgst -sha256 -hmac "$secret" -hex <"$native" | sed 's/^.*= //')"
  answer="$(curl -sS -X POST "$API/sources/web-us/orders?namespace=$NAMESPACE" \
    -H 'Content-Type: application/json' -H "X-Signature: $signature" --data-binary @"$native")"
  sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"$answer" >>"$IDS"
  echo "W-2001 (web-us) -> $answer"
}

say "sending ${DEMO_ORDERS:-the sample} orders (examples/orders/) and one signed web-shop payload"
send_orders &
sender=$!
pids+=("$sender")
# A line every 2 s while orders flow; done once each is shipped, ended or on hold, or 60 s after the last was sent.
deadline=""
while true; do
  sleep 2
  if [[ -z "$deadline" ]] && ! kill -0 "$sender" 2>/dev/null; then
    wait "$sender" # a failed send fails the demo
    deadline=$((SECONDS + 60))
  fi
  if orders progress; then settled=yes; else settled=""; fi
  if [[ -n "$deadline" && ( -n "$settled" || "$SECONDS" -ge "$deadline" ) ]]; then break; fi
done

say "kubectl get waybill -n $NAMESPACE"
kubectl get waybill -n "$NAMESPACE"

shown="$(orders pick || true)"
if [[ -n "$shown" ]]; then
  say "GET $API/orders/$shown and its audit trail"
  curl -sS -H "$AUTH" "$API/orders/$shown" | python3 -m json.tool
  curl -sS -H "$AUTH" "$API/orders/$shown/events" | python3 "$REPO/hack/audit-trail.py"
fi

if [[ "${DEMO_KEEP:-0}" == 1 ]]; then
  say "running; export KUBECONFIG=$KUBECONFIG; API token in $RUN_DIR/api-tokens (curl -H \"$AUTH\" ...); logs in $RUN_DIR. Ctrl-C stops everything."
  trap 'exit 0' INT TERM
  while true; do sleep 3600 & wait $!; done
fi
