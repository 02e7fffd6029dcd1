#!/usr/bin/env bash
# For users with Docker: creates a kind cluster for `make e2e` (or reuses it), builds the operator, adapter and
# vendor-simulator images into the local Docker daemon, and loads them into the cluster's nodes.
#   KIND_CLUSTER (waybill)   OPERATOR_IMAGE, ADAPTER_IMAGE, SIM_IMAGE (waybill/...:<chart appVersion>)
# The images are built by Jib (the modules' quarkus-container-image-jib extension) in the one `mvn package` that
# builds the jars: -Dquarkus.container-image.build=true switches it on, and each module's application.properties
# names its image from OPERATOR_IMAGE, ADAPTER_IMAGE or SIM_IMAGE and sets the rest (Java 17 base, user 185, port).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER="${KIND_CLUSTER:-waybill}"
VERSION="$(awk '$1 == "appVersion:" { gsub(/"/, "", $2); print $2 }' "$REPO/helm/waybill/Chart.yaml")"
OPERATOR_IMAGE="${OPERATOR_IMAGE:-waybill/operator:$VERSION}"
ADAPTER_IMAGE="${ADAPTER_IMAGE:-waybill/adapter-runtime:$VERSION}"
SIM_IMAGE="${SIM_IMAGE:-waybill/vendor-simulator:$VERSION}"

say() { printf '\n== %s\n' "$*"; }
die() {
  echo "kind.sh: $*" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not on PATH: $2"; }

need docker "install Docker (https://docs.docker.com/engine/install/)"
need kind "install kind (https://kind.sigs.k8s.io/docs/user/quick-start/#installation)"
need kubectl "install kubectl (https://kubernetes.io/docs/tasks/tools/)"
need mvn "install Maven 3.8+ and Java 17"
docker info >/dev/null 2>&1 || die "no Docker engine answers (docker info failed); kind needs one"

if kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
  say "kind cluster $CLUSTER exists: reusing it"
else
  say "creating kind cluster $CLUSTER"
  kind create cluster --name "$CLUSTER" --wait 120s
fi

say "building the jars and, with Jib, the images $OPERATOR_IMAGE, $ADAPTER_IMAGE, $SIM_IMAGE"
export OPERATOR_IMAGE ADAPTER_IMAGE SIM_IMAGE # read by the modules' application.properties
(cd "$REPO" && mvn -B -ntp -q package -DskipTests -Dquarkus.container-image.build=true \
  -pl operator,adapter-runtime/app,examples/vendor-simulator -am)

say "loading them into kind cluster $CLUSTER"
kind load docker-image --name "$CLUSTER" "$OPERATOR_IMAGE" "$ADAPTER_IMAGE" "$SIM_IMAGE"

cat <<EOF

Cluster $CLUSTER is ready (context kind-$CLUSTER). Run the end-to-end suite on it:

  kubectl config use-context kind-$CLUSTER
  OPERATOR_IMAGE=$OPERATOR_IMAGE ADAPTER_IMAGE=$ADAPTER_IMAGE SIM_IMAGE=$SIM_IMAGE make e2e

After a code change, run hack/kind.sh again (it reuses the cluster). Delete it: kind delete cluster --name $CLUSTER
EOF
