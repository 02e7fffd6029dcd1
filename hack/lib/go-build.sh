# Sourced by hack/build-control-plane.sh and hack/build-helm.sh: the platform, a go build that
# reports progress and renames its output into place (a killed build never leaves a half-written
# binary), and the lock that lets concurrent callers share one build.
# The caller defines log() and BIN_DIR before calling these.

case "$(uname -m)" in
  x86_64) ARCH=amd64 ;;
  aarch64 | arm64) ARCH=arm64 ;;
  *) ARCH="$(uname -m)" ;;
esac
OS="$(uname -s | tr '[:upper:]' '[:lower:]')"

go_build_pid=""
go_build_tmp=""
go_build_cleanup() {
  if [[ -n "$go_build_pid" ]]; then kill "$go_build_pid" 2>/dev/null || true; fi
  if [[ -n "$go_build_tmp" ]]; then rm -f "$go_build_tmp"; fi
}
trap go_build_cleanup EXIT

# go_build NAME MODULE_DIR PACKAGE LDFLAGS: builds PACKAGE of the module in MODULE_DIR into
# $BIN_DIR/NAME, logging every 30 s. GO_BUILD_FLAGS (optional) becomes GOFLAGS.
go_build() {
  local name=$1 module_dir=$2 pkg=$3 ldflags=$4 start=$SECONDS next=30
  go_build_tmp="$BIN_DIR/.$name.tmp.$$"
  (cd "$module_dir" && CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS="${GO_BUILD_FLAGS:-}" \
    exec go build -trimpath -ldflags "$ldflags" -o "$go_build_tmp" "$pkg") &
  go_build_pid=$!
  while kill -0 "$go_build_pid" 2>/dev/null; do
    sleep 1
    if ((SECONDS - start >= next)); then
      log "still building $name ($((SECONDS - start))s)…"
      next=$((next + 30))
    fi
  done
  if ! wait "$go_build_pid"; then
    go_build_pid=""
    log "building $name failed"
    exit 1
  fi
  go_build_pid=""
  mv -f "$go_build_tmp" "$BIN_DIR/$name"
  go_build_tmp=""
  log "built $name in $((SECONDS - start))s"
}

# take_build_lock: waits for any other caller building into $BIN_DIR; held until the script exits.
take_build_lock() {
  mkdir -p "$BIN_DIR"
  exec 9>"$BIN_DIR/.build.lock"
  if ! flock -n 9; then
    log "another build is running; waiting for it"
    flock 9
  fi
}
