#!/usr/bin/env bash
# Builds etcd and kube-apiserver from hack/controlplane/go.mod into a cache outside the repo:
#   ${WAYBILL_CACHE:-$HOME/.cache/waybill}/k8s/<version>-<os>-<arch>/{etcd,kube-apiserver,kubectl}
# (the layout fabric8 kube-api-test expects; kubectl is a symlink to the one on PATH).
# Skips binaries that are already there in the right version. Progress goes to stderr;
# the binary directory is printed as the only stdout line.
set -euo pipefail

K8S_VERSION=1.34.4
ETCD_VERSION=3.6.4
HACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HACK_DIR/lib/go-build.sh"
BIN_DIR="${WAYBILL_CACHE:-$HOME/.cache/waybill}/k8s/${K8S_VERSION}-${OS}-${ARCH}"
LDFLAGS="-s -w -X k8s.io/component-base/version.gitVersion=v${K8S_VERSION}\
 -X k8s.io/component-base/version.gitMajor=${K8S_VERSION%%.*}\
 -X k8s.io/component-base/version.gitMinor=$(cut -d. -f2 <<<"$K8S_VERSION")\
 -X k8s.io/component-base/version.gitTreeState=clean\
 -X k8s.io/client-go/pkg/version.gitVersion=v${K8S_VERSION}"

log() { echo "build-control-plane: $*" >&2; }

# up_to_date NAME VERSION: the cached binary exists and reports VERSION.
up_to_date() {
  [[ -x "$BIN_DIR/$1" ]] && "$BIN_DIR/$1" --version 2>/dev/null | grep -qF "$2"
}

# build NAME PACKAGE
build() {
  log "building $1 from $2 (~10-20 min on 2 cores with a cold Go build cache, seconds with a warm one)"
  go_build "$1" "$HACK_DIR/controlplane" "$2" "$LDFLAGS"
}

mkdir -p "$BIN_DIR"
if ! up_to_date etcd "$ETCD_VERSION" || ! up_to_date kube-apiserver "v$K8S_VERSION"; then
  take_build_lock
  # Re-check under the lock: a concurrent caller may have built them meanwhile.
  up_to_date etcd "$ETCD_VERSION" || build etcd go.etcd.io/etcd/server/v3
  up_to_date kube-apiserver "v$K8S_VERSION" || build kube-apiserver k8s.io/kubernetes/cmd/kube-apiserver
  up_to_date kube-apiserver "v$K8S_VERSION" || { log "kube-apiserver does not report v$K8S_VERSION"; exit 1; }
fi

if kubectl_path="$(command -v kubectl)"; then
  ln -sfn "$kubectl_path" "$BIN_DIR/kubectl"
else
  log "warning: kubectl not found on PATH; $BIN_DIR/kubectl not linked"
fi
echo "$BIN_DIR"
