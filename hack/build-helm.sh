#!/usr/bin/env bash
# Builds Helm from hack/helm/go.mod (through the Go module proxy) into a cache outside the repo:
#   ${WAYBILL_CACHE:-$HOME/.cache/waybill}/helm/<version>-<os>-<arch>/helm
# Skips the build when that binary is there and reports the version go.mod pins. Progress goes
# to stderr; the binary's path is printed as the only stdout line.
set -euo pipefail

HACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODULE_DIR="$HACK_DIR/helm"
# The one place the version is kept: the require line in go.mod.
module_version() { awk -v m="$1" '$1 == m { print $2; exit }' "$MODULE_DIR/go.mod"; }
HELM_VERSION="$(module_version helm.sh/helm/v3)"
CLIENT_GO_VERSION="$(module_version k8s.io/client-go)"
[[ -n "$HELM_VERSION" && -n "$CLIENT_GO_VERSION" ]] || {
  echo "build-helm: helm.sh/helm/v3 or k8s.io/client-go missing from $MODULE_DIR/go.mod" >&2
  exit 1
}
source "$HACK_DIR/lib/go-build.sh"
BIN_DIR="${WAYBILL_CACHE:-$HOME/.cache/waybill}/helm/${HELM_VERSION#v}-${OS}-${ARCH}"
BIN="$BIN_DIR/helm"

# As Helm's own Makefile does: the version it reports, and the Kubernetes version that
# `helm template` and `helm lint` assume (client-go v0.N is Kubernetes 1.N).
K8S_MINOR="$(cut -d. -f2 <<<"$CLIENT_GO_VERSION")"
LDFLAGS="-s -w -X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}\
 -X helm.sh/helm/v3/internal/version.gitTreeState=clean\
 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1\
 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=${K8S_MINOR}\
 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1\
 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=${K8S_MINOR}"

log() { echo "build-helm: $*" >&2; }

# Modules come from the Go module proxy only, never straight from their VCS: drop a "direct" fallback.
proxy="$(go env GOPROXY)"
proxy="${proxy%,direct}"
proxy="${proxy%|direct}"
[[ -n "$proxy" && "$proxy" != direct && "$proxy" != off ]] || proxy=https://proxy.golang.org
export GOPROXY="$proxy"

up_to_date() {
  [[ -x "$BIN" ]] && [[ "$("$BIN" version --template '{{.Version}}' 2>/dev/null)" == "$HELM_VERSION" ]]
}

build() {
  log "building helm $HELM_VERSION (a few minutes on 2 cores with a cold Go build cache)"
  GO_BUILD_FLAGS=-mod=readonly go_build helm "$MODULE_DIR" helm.sh/helm/v3/cmd/helm "$LDFLAGS"
}

mkdir -p "$BIN_DIR"
if ! up_to_date; then
  take_build_lock
  # Re-check under the lock: a concurrent caller may have built it meanwhile.
  up_to_date || build
  up_to_date || { log "$BIN does not report $HELM_VERSION"; exit 1; }
fi
echo "$BIN"
