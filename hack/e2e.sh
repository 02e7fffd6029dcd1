#!/usr/bin/env bash
# make e2e: the end-to-end suite on a real cluster, the one the current context of KUBECONFIG names.
#   1. installs the Helm chart into E2E_NAMESPACE, watching only that namespace, with API tokens of its own;
#   2. deploys the vendor simulator there (hack/e2e/simulator.yaml, image SIM_IMAGE);
#   3. applies examples/ with the contracts' baseUrl pointed at the simulator's Service;
#   4. sends the sample orders through a port-forward, waits until they ship, checks the simulator's ledger and
#      the example resources' status.kpis (hack/e2e/orders.py), prints `kubectl get waybill`;
#   5. removes what it installed (E2E_KEEP=1 keeps it), then runs the Java suites against the same cluster
#      (WAYBILL_TEST_KUBECONFIG; E2E_SUITES=0 skips them).
# It refuses a context whose name does not contain "kind" unless E2E_ALLOW_ANY_CLUSTER=1. The images must be
# in the cluster already: hack/kind.sh builds and loads them.
#   OPERATOR_IMAGE, ADAPTER_IMAGE, SIM_IMAGE   default waybill/{operator,adapter-runtime,vendor-simulator}:<appVersion>
#   E2E_NAMESPACE (waybill-e2e)  E2E_RELEASE (waybill)  E2E_TIMEOUT (180 s for the orders to ship)
#   HELM (default: hack/build-helm.sh builds it)  MVN (mvn -B -ntp)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NS="${E2E_NAMESPACE:-waybill-e2e}"
RELEASE="${E2E_RELEASE:-waybill}"
VERSION="$(awk '$1 == "appVersion:" { gsub(/"/, "", $2); print $2 }' "$REPO/helm/waybill/Chart.yaml")"
OPERATOR_IMAGE="${OPERATOR_IMAGE:-waybill/operator:$VERSION}"
ADAPTER_IMAGE="${ADAPTER_IMAGE:-waybill/adapter-runtime:$VERSION}"
SIM_IMAGE="${SIM_IMAGE:-waybill/vendor-simulator:$VERSION}"
SIM_NAME=waybill-vendor-simulator
TOKENS_SECRET=waybill-e2e-api-tokens
API_PORT="${E2E_API_PORT:-18080}"
SIM_PORT="${E2E_SIM_PORT:-19090}"
RUN_DIR="$REPO/target/e2e"
pids=()
installed=""

say() { printf '\n== %s\n' "$*"; }
die() {
  echo "e2e: $*" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not on PATH: $2"; }

need kubectl "install it (https://kubernetes.io/docs/tasks/tools/)"
need curl "install it with your package manager"
need python3 "install it with your package manager"
[[ "${E2E_SUITES:-1}" == 0 ]] || need mvn "install Maven 3.8+, or run with E2E_SUITES=0"
[[ "$OPERATOR_IMAGE" =~ :[^/:]+$ ]] || die "OPERATOR_IMAGE=$OPERATOR_IMAGE has no tag"

# The cluster: the current context of KUBECONFIG, pinned into a file of our own, so that a context switched
# meanwhile changes nothing, and the Java suites get one file (WAYBILL_TEST_KUBECONFIG).
export KUBECONFIG="${KUBECONFIG:-$HOME/.kube/config}"
context="$(kubectl config current-context 2>/dev/null)" \
  || die "no current context in KUBECONFIG=$KUBECONFIG: create a cluster first (hack/kind.sh)"
if [[ "$context" != *kind* && "${E2E_ALLOW_ANY_CLUSTER:-0}" != 1 ]]; then
  die "context \"$context\" is not a kind cluster; this installs and deletes things in it. Use E2E_ALLOW_ANY_CLUSTER=1 to run anyway"
fi
mkdir -p "$RUN_DIR"
(umask 077 && kubectl config view --minify --flatten >"$RUN_DIR/kubeconfig")
export KUBECONFIG="$RUN_DIR/kubeconfig"
kubectl --request-timeout=10s get --raw /readyz >/dev/null || die "the API server of context \"$context\" does not answer"

if [[ -z "${HELM:-}" ]]; then
  need go "install Go (hack/build-helm.sh builds Helm from its module), or set HELM=/path/to/helm"
  HELM="$("$REPO/hack/build-helm.sh")"
fi

stop_port_forwards() {
  local pid
  for pid in ${pids[@]+"${pids[@]}"}; do kill "$pid" 2>/dev/null || true; done
  for pid in ${pids[@]+"${pids[@]}"}; do wait "$pid" 2>/dev/null || true; done
  pids=()
}

on_exit() {
  local rc=$?
  stop_port_forwards
  if [[ "$rc" -ne 0 && -n "$installed" ]]; then
    echo "e2e: failed; namespace $NS is left as it is for a look (kubectl delete namespace $NS when done)" >&2
    kubectl -n "$NS" get pods -o wide >&2 || true
    kubectl -n "$NS" get events --sort-by=.lastTimestamp 2>/dev/null | tail -n 25 >&2 || true
    kubectl -n "$NS" logs "deployment/$RELEASE" --tail=60 >&2 || true
    kubectl -n "$NS" logs "deployment/$SIM_NAME" --tail=20 >&2 || true
  fi
}
trap on_exit EXIT

# port_forward SERVICE LOCAL REMOTE: in the background until the script ends; waits for /q/health/ready.
port_forward() {
  kubectl -n "$NS" port-forward "svc/$1" "$2:$3" >"$RUN_DIR/port-forward-$1.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://localhost:$2/q/health/ready" 2>/dev/null && return 0
    sleep 1
  done
  cat "$RUN_DIR/port-forward-$1.log" >&2
  die "svc/$1 did not answer on localhost:$2 within 60 s"
}

say "cluster: context $context; images $OPERATOR_IMAGE, $ADAPTER_IMAGE, $SIM_IMAGE"
kubectl create namespace "$NS" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
kubectl label namespace "$NS" --overwrite pod-security.kubernetes.io/enforce=restricted >/dev/null
installed=yes

say "API tokens (Secret $TOKENS_SECRET)"
token() { python3 -c 'import secrets; print(secrets.token_hex(20))'; }
E2E_INTAKE_TOKEN="$(token)"
E2E_READ_TOKEN="$(token)"
export E2E_INTAKE_TOKEN E2E_READ_TOKEN
(umask 077 && printf '%s intake\n%s read\n' "$E2E_INTAKE_TOKEN" "$E2E_READ_TOKEN" >"$RUN_DIR/api-tokens")
kubectl -n "$NS" create secret generic "$TOKENS_SECRET" --from-file=tokens="$RUN_DIR/api-tokens" \
  --dry-run=client -o yaml | kubectl apply -f - >/dev/null

say "installing the chart (release $RELEASE in $NS, watching $NS only)"
kubectl apply --server-side --force-conflicts -f "$REPO/helm/waybill/crds/" >/dev/null # helm upgrade never updates CRDs
kubectl wait --for=condition=Established --timeout=60s crd/fulfillmentnodes.waybill.dev \
  crd/routingpolicies.waybill.dev crd/adaptercontracts.waybill.dev crd/ordersources.waybill.dev >/dev/null
"$HELM" upgrade --install "$RELEASE" "$REPO/helm/waybill" --namespace "$NS" \
  --set fullnameOverride="$RELEASE" \
  --set image.repository="${OPERATOR_IMAGE%:*}" --set-string image.tag="${OPERATOR_IMAGE##*:}" \
  --set adapter.image="$ADAPTER_IMAGE" \
  --set "watchNamespaces={$NS}" \
  --set apiTokens.existingSecret="$TOKENS_SECRET" \
  --wait --timeout 5m
# A mounted Secret reaches a running Pod only after the kubelet's next sync: restart, so this run's tokens hold.
kubectl -n "$NS" rollout restart "deployment/$RELEASE" >/dev/null
kubectl -n "$NS" rollout status "deployment/$RELEASE" --timeout=5m

say "deploying the vendor simulator ($SIM_IMAGE)"
sed -e "s|__SIM_IMAGE__|$SIM_IMAGE|" \
  -e "s|__CALLBACK_BASE__|http://$RELEASE.$NS.svc:8080/api/v1/webhooks/$NS|" \
  "$REPO/hack/e2e/simulator.yaml" | kubectl -n "$NS" apply -f -
kubectl -n "$NS" rollout status "deployment/$SIM_NAME" --timeout=3m

say "applying examples/ with the contracts calling http://$SIM_NAME.$NS.svc:9090"
rm -rf "$RUN_DIR/examples" && mkdir -p "$RUN_DIR/examples"
for file in "$REPO"/examples/*.yaml; do
  sed "s|http://localhost:9090/|http://$SIM_NAME.$NS.svc:9090/|" "$file" >"$RUN_DIR/examples/$(basename "$file")"
done
if grep -l 'localhost:9090' "$RUN_DIR"/examples/*.yaml; then die "a baseUrl still points at localhost:9090"; fi
kubectl -n "$NS" apply -f "$RUN_DIR/examples/"
for kind in adaptercontracts fulfillmentnodes routingpolicies ordersources; do
  kubectl -n "$NS" wait --for=condition=Ready --timeout=120s "$kind" --all >/dev/null
done

say "sending the sample orders through port-forwards (operator :$API_PORT, simulator :$SIM_PORT)"
port_forward "$RELEASE" "$API_PORT" 8080
port_forward "$SIM_NAME" "$SIM_PORT" 9090
python3 "$REPO/hack/e2e/orders.py" --api "http://localhost:$API_PORT/api/v1" --sim "http://localhost:$SIM_PORT" \
  --namespace "$NS" --examples "$REPO/examples" --timeout "${E2E_TIMEOUT:-180}"
stop_port_forwards

say "kubectl get waybill -n $NS"
kubectl get waybill -n "$NS"

if [[ "${E2E_KEEP:-0}" == 1 ]]; then
  say "E2E_KEEP=1: release $RELEASE and namespace $NS are left running"
else
  say "removing the examples (while the operator still runs: it holds their finalizers), the release and $NS"
  kubectl -n "$NS" delete ordersources,routingpolicies,fulfillmentnodes,adaptercontracts --all --wait --timeout=2m
  "$HELM" uninstall "$RELEASE" --namespace "$NS" --wait --timeout 3m
  kubectl delete namespace "$NS" --wait --timeout=3m
fi
installed=""

if [[ "${E2E_SUITES:-1}" == 0 ]]; then
  say "E2E_SUITES=0: the Java suites are skipped"
else
  say "the Java integration suites against the same cluster (WAYBILL_TEST_KUBECONFIG)"
  read -r -a mvn <<<"${MVN:-mvn -B -ntp}"
  (cd "$REPO" && WAYBILL_TEST_KUBECONFIG="$KUBECONFIG" "${mvn[@]}" install)
fi
say "e2e passed on context $context"
