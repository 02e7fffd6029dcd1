#!/usr/bin/env bash
# Local Kubernetes control plane for Waybill: etcd + kube-apiserver on 127.0.0.1, no nodes,
# no controller-manager, no scheduler. See hack/README.md.
set -euo pipefail

HACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE_DIR="${WAYBILL_CP_DIR:-$(dirname "$HACK_DIR")/.control-plane}"
[[ "$STATE_DIR" == /* ]] || STATE_DIR="$PWD/$STATE_DIR"
PKI="$STATE_DIR/pki"
LOGS="$STATE_DIR/logs"
ADMIN_KUBECONFIG="$STATE_DIR/admin.kubeconfig"
READY_TIMEOUT=60

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") COMMAND

  start                     build if needed, start etcd + kube-apiserver, wait until ready;
                            prints 'export KUBECONFIG=…' as the last stdout line
  stop                      stop both processes and delete the etcd data
  env                       print the export line if running (exit 1 otherwise)
  status                    show ports, pids and health
  mint-user NAME [GROUP…]   client cert for CN=NAME, O=GROUP…; prints the kubeconfig path
                            (the user gets no RBAC permissions)

State dir: \$WAYBILL_CP_DIR (default <repo>/.control-plane), now $STATE_DIR
EOF
}

log() { echo "control-plane: $*" >&2; }
die() { log "$*"; exit 1; }

# pid_of NAME: prints the recorded pid if that process is alive and is ours.
pid_of() {
  local pid
  pid="$(cat "$STATE_DIR/$1.pid" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "$STATE_DIR/" &&
    echo "$pid"
}

# our_pids NAME_RE: pids of etcd/kube-apiserver processes whose command line mentions the state dir.
our_pids() {
  local re
  re="$(printf '%s' "$STATE_DIR/" | sed 's/[][\.*^$+?(){}|]/\\&/g')"
  pgrep -f "/($1) .*$re" || true
}

kubectl_admin() { kubectl --kubeconfig "$ADMIN_KUBECONFIG" --request-timeout=5s "$@"; }

healthy() {
  pid_of etcd >/dev/null && pid_of kube-apiserver >/dev/null &&
    [[ "$(kubectl_admin get --raw /readyz 2>/dev/null)" == ok ]]
}

export_line() { printf 'export KUBECONFIG=%q\n' "$ADMIN_KUBECONFIG"; }

# new_cert DIR NAME SUBJECT EXTENSIONS: DIR/NAME.key (RSA) + DIR/NAME.crt signed by the CA.
new_cert() {
  openssl req -new -newkey rsa:2048 -nodes -subj "$3" -keyout "$1/$2.key" -out "$1/$2.csr" 2>/dev/null
  openssl x509 -req -in "$1/$2.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
    -CAserial "$PKI/ca.srl" -days 365 -extfile <(printf '%s\n' "$4") -out "$1/$2.crt" 2>/dev/null
  rm -f "$1/$2.csr"
}

# Generated once and kept across stop/start (only the etcd data is thrown away).
ensure_pki() {
  [[ -f "$PKI/admin.crt" ]] && return
  log "generating certificates in $PKI"
  rm -rf "$PKI" && mkdir -p "$PKI" && chmod 700 "$PKI"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=waybill-ca \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
    -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
  new_cert "$PKI" apiserver /CN=kube-apiserver "basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,IP:10.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
  openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
  openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
  new_cert "$PKI" admin /CN=waybill-admin/O=system:masters "$CLIENT_EXT"
}
CLIENT_EXT="basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth"

# write_kubeconfig FILE USER CERT KEY
write_kubeconfig() {
  local api_port
  api_port="$(cat "$STATE_DIR/ports/apiserver")"
  (umask 077 && cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: waybill
  cluster:
    server: https://127.0.0.1:$api_port
    certificate-authority-data: $(base64 -w0 "$PKI/ca.crt")
users:
- name: "$2"
  user:
    client-certificate-data: $(base64 -w0 "$3")
    client-key-data: $(base64 -w0 "$4")
contexts:
- name: waybill
  context:
    cluster: waybill
    user: "$2"
current-context: waybill
EOF
  )
}

start_failed() {
  log "start failed; last log lines:"
  local f
  for f in "$LOGS/etcd.log" "$LOGS/kube-apiserver.log"; do
    [[ -f "$f" ]] && { echo "==> $f <==" && tail -n 25 "$f"; } >&2
  done
  cmd_stop || true
}

cmd_start() {
  if healthy; then export_line; return; fi
  cmd_stop # clear any half-started leftovers
  local bin_dir
  bin_dir="$("$HACK_DIR/build-control-plane.sh")"
  local t0=$SECONDS
  trap start_failed EXIT
  mkdir -p "$LOGS" "$STATE_DIR/ports"
  ensure_pki

  local etcd_port peer_port api_port
  read -r etcd_port peer_port api_port < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(3)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))')
  echo "$etcd_port" >"$STATE_DIR/ports/etcd"
  echo "$api_port" >"$STATE_DIR/ports/apiserver"

  log "starting etcd on 127.0.0.1:$etcd_port"
  # setsid: not killed with the caller's terminal/process group; fd 8 (our lock) is not inherited.
  setsid nohup "$bin_dir/etcd" --name waybill --data-dir "$STATE_DIR/etcd-data" \
    --listen-client-urls "http://127.0.0.1:$etcd_port" --advertise-client-urls "http://127.0.0.1:$etcd_port" \
    --listen-peer-urls "http://127.0.0.1:$peer_port" --initial-advertise-peer-urls "http://127.0.0.1:$peer_port" \
    --initial-cluster "waybill=http://127.0.0.1:$peer_port" --unsafe-no-fsync \
    </dev/null >"$LOGS/etcd.log" 2>&1 8>&- &
  echo $! >"$STATE_DIR/etcd.pid"

  log "starting kube-apiserver on https://127.0.0.1:$api_port"
  setsid nohup "$bin_dir/kube-apiserver" --etcd-servers "http://127.0.0.1:$etcd_port" \
    --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$api_port" \
    --cert-dir "$PKI" --tls-cert-file "$PKI/apiserver.crt" --tls-private-key-file "$PKI/apiserver.key" \
    --client-ca-file "$PKI/ca.crt" --authorization-mode RBAC \
    --service-account-issuer https://kubernetes.default.svc \
    --service-account-key-file "$PKI/sa.pub" --service-account-signing-key-file "$PKI/sa.key" \
    --service-cluster-ip-range 10.0.0.0/24 --allow-privileged \
    </dev/null >"$LOGS/kube-apiserver.log" 2>&1 8>&- &
  echo $! >"$STATE_DIR/kube-apiserver.pid"

  write_kubeconfig "$ADMIN_KUBECONFIG" waybill-admin "$PKI/admin.crt" "$PKI/admin.key"

  local deadline=$((SECONDS + READY_TIMEOUT))
  until [[ "$(kubectl_admin get --raw /readyz 2>/dev/null)" == ok ]] &&
    kubectl_admin get namespace default >/dev/null 2>&1 &&
    [[ "$(kubectl_admin auth can-i '*' '*' 2>/dev/null)" == yes ]]; do
    pid_of etcd >/dev/null || die "etcd exited"
    pid_of kube-apiserver >/dev/null || die "kube-apiserver exited"
    ((SECONDS < deadline)) || die "not ready after ${READY_TIMEOUT}s"
    sleep 0.5
  done
  trap - EXIT
  log "ready in $((SECONDS - t0))s"
  export_line
}

# stop_procs NAME: TERM, wait up to 15 s, then KILL.
stop_procs() {
  local pids i
  pids="$(our_pids "$1" | xargs)"
  [[ -n "$pids" ]] || return 0
  log "stopping $1 (pid $pids)"
  # shellcheck disable=SC2086 # one word per pid
  kill -TERM $pids 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    [[ -z "$(our_pids "$1")" ]] && return
    sleep 0.25
  done
  log "killing $1"
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
  sleep 0.5
}

cmd_stop() {
  stop_procs kube-apiserver # first, so that it can still reach etcd while shutting down
  stop_procs etcd
  [[ -z "$(our_pids 'etcd|kube-apiserver')" ]] ||
    die "still running: $(our_pids 'etcd|kube-apiserver' | xargs)"
  rm -rf "$STATE_DIR/etcd-data" "$STATE_DIR/users" "$STATE_DIR/ports" \
    "$STATE_DIR"/*.pid "$ADMIN_KUBECONFIG"
}

cmd_env() {
  if pid_of etcd >/dev/null && pid_of kube-apiserver >/dev/null && [[ -f "$ADMIN_KUBECONFIG" ]]; then
    export_line
  else
    die "not running (start it with $0 start)"
  fi
}

cmd_status() {
  local etcd_port api_port health=down
  etcd_port="$(cat "$STATE_DIR/ports/etcd" 2>/dev/null || echo '?')"
  api_port="$(cat "$STATE_DIR/ports/apiserver" 2>/dev/null || echo '?')"
  healthy && health=ready
  printf '%-16s%s\n' "state dir:" "$STATE_DIR" \
    "etcd:" "pid $(pid_of etcd || echo 'not running'), http://127.0.0.1:$etcd_port" \
    "kube-apiserver:" "pid $(pid_of kube-apiserver || echo 'not running'), https://127.0.0.1:$api_port" \
    "health:" "$health"
  [[ "$health" == ready ]] || return 1
  printf '%-16s%s\n' "kubeconfig:" "$ADMIN_KUBECONFIG"
}

cmd_mint_user() {
  (($# >= 1)) || { usage; exit 2; }
  local name=$1 subj g
  shift
  subj="/CN=$name"
  for g in "$name" "$@"; do
    [[ "$g" =~ ^[A-Za-z0-9._:@-]+$ ]] || die "invalid user or group name: '$g'"
  done
  for g in "$@"; do subj+="/O=$g"; done
  [[ -f "$STATE_DIR/ports/apiserver" && -f "$PKI/ca.key" ]] || die "not running (start it first)"
  local dir="$STATE_DIR/users"
  mkdir -p "$dir" && chmod 700 "$dir"
  new_cert "$dir" "$name" "$subj" "$CLIENT_EXT"
  write_kubeconfig "$dir/$name.kubeconfig" "$name" "$dir/$name.crt" "$dir/$name.key"
  echo "$dir/$name.kubeconfig"
}

cmd="${1:-}"
[[ -n "$cmd" ]] && shift
case "$cmd" in
  start | stop | mint-user)
    mkdir -p "$STATE_DIR"
    exec 8>"$STATE_DIR/.lock"
    flock 8
    case "$cmd" in
      start) cmd_start ;;
      stop) cmd_stop ;;
      mint-user) cmd_mint_user "$@" ;;
    esac
    ;;
  env) cmd_env ;;
  status) cmd_status ;;
  -h | --help | help) usage ;;
  *) usage; exit 2 ;;
esac
