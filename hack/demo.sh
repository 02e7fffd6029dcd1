#!/usr/bin/env bash
# make demo: from a fresh clone, build, bring up a control plane (unless KUBECONFIG points
# at a reachable cluster), install the CRDs, apply the examples and show the control tower.
#   DEMO_KEEP=1        leave everything running until Ctrl-C
#   DEMO_NAMESPACE=ns  namespace for the examples (default waybill-demo)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NAMESPACE="${DEMO_NAMESPACE:-waybill-demo}"
started_plane=""

say() { printf '\n== %s\n' "$*"; }

cleanup() {
  if [[ -n "$started_plane" ]]; then
    say "stopping the local control plane"
    "$REPO/hack/control-plane.sh" stop
  fi
}
trap cleanup EXIT

say "building (mvn install -DskipTests)"
(cd "$REPO" && mvn -B -ntp -q install -DskipTests)

if [[ -n "${KUBECONFIG:-}" ]] && kubectl --request-timeout=5s get --raw /readyz >/dev/null 2>&1; then
  say "using the cluster KUBECONFIG names: $(kubectl config current-context 2>/dev/null || echo "$KUBECONFIG")"
else
  say "starting a local control plane (etcd + kube-apiserver on 127.0.0.1)"
  eval "$("$REPO/hack/control-plane.sh" start)"
  started_plane=yes
fi

say "installing the CRDs"
kubectl apply -f "$REPO/crds/"
kubectl wait --for=condition=Established --timeout=60s \
  crd/fulfillmentnodes.waybill.dev crd/routingpolicies.waybill.dev \
  crd/adaptercontracts.waybill.dev crd/ordersources.waybill.dev

say "applying examples/ to namespace $NAMESPACE"
kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -n "$NAMESPACE" -f "$REPO/examples/"

say "kubectl get waybill -n $NAMESPACE"
kubectl get waybill -n "$NAMESPACE"

if [[ "${DEMO_KEEP:-0}" == 1 ]]; then
  say "running; KUBECONFIG=$KUBECONFIG. Ctrl-C stops everything."
  trap 'exit 0' INT TERM
  while true; do sleep 3600; done
fi
