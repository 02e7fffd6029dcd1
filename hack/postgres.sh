#!/usr/bin/env bash
# Throwaway PostgreSQL for Waybill tests and local runs, from Debian's packages
# (/usr/lib/postgresql/<version>/bin, newest version): 127.0.0.1 only, trust auth, database
# waybill, no fsync (WAYBILL_PG_DURABLE=1: fsync and synchronous commit on, as in production,
# for benchmarks). See hack/README.md.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
READY_TIMEOUT=30
PG_USER=postgres # the server's OS user when we run as root (PostgreSQL refuses to run as root)

usage() {
  cat >&2 <<EOF
usage: $(basename "$0") start|stop|env|status

  start    initdb if needed, start on a free port of 127.0.0.1, create database waybill;
           prints 'export WAYBILL_TEST_PG_URL=…' as the last stdout line
  stop     stop the server and delete its data (the next start is fresh)
  env      print the export line if running (exit 1 otherwise)
  status   show directory, pid, port and health (exit 1 unless ready)

State dir: \$WAYBILL_PG_DIR (default <repo>/.postgres)
WAYBILL_PG_DURABLE=1: fsync and synchronous commit on (default off: tests need no durability)
EOF
}

log() { echo "postgres: $*" >&2; }
die() { log "$*"; exit 1; }

case "${1:-}" in
  start | stop | env | status) ;;
  -h | --help | help) usage; exit 0 ;;
  *) usage; exit 2 ;;
esac

PG_BIN=""
while read -r d; do
  [[ -x "$d/postgres" && -x "$d/initdb" && -x "$d/pg_ctl" ]] && { PG_BIN=$d; break; }
done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV)
[[ -n "$PG_BIN" ]] ||
  die "no PostgreSQL server found under /usr/lib/postgresql/*/bin; install it with: apt-get install postgresql"
PG_MAJOR="$(basename "$(dirname "$PG_BIN")")"

if ((EUID == 0)); then
  id -u "$PG_USER" >/dev/null 2>&1 || die "user $PG_USER does not exist (apt-get install postgresql creates it)"
  as_pg() { (cd / && runuser -u "$PG_USER" -- "$@"); }
else
  as_pg() { "$@"; }
fi

# State dir. Falls back to one under /tmp when the server could not use it: the Unix socket
# path would be too long (108 bytes), or, as root, user postgres cannot traverse its parent.
STATE_DIR="${WAYBILL_PG_DIR:-$REPO/.postgres}"
[[ "$STATE_DIR" == /* ]] || STATE_DIR="$PWD/$STATE_DIR"
STATE_DIR="$(realpath -m "$STATE_DIR")"
existing_ancestor() { local d=$1; while [[ ! -d "$d" ]]; do d="$(dirname "$d")"; done; echo "$d"; }
FALLBACK=""
if ((${#STATE_DIR} > 90)); then
  FALLBACK="$STATE_DIR is too long for a Unix socket path"
elif ((EUID == 0)) && ! as_pg test -x "$(existing_ancestor "$(dirname "$STATE_DIR")")"; then
  FALLBACK="user $PG_USER cannot traverse $(existing_ancestor "$(dirname "$STATE_DIR")")"
fi
if [[ -n "$FALLBACK" ]]; then
  STATE_DIR="/tmp/waybill-postgres-$(printf '%s' "$STATE_DIR" | md5sum | cut -c1-8)"
  FALLBACK+=", using $STATE_DIR instead"
fi
DATA="$STATE_DIR/data"
LOG="$STATE_DIR/postgres.log"
PORT_FILE="$STATE_DIR/port"

port() { cat "$PORT_FILE" 2>/dev/null; }
export_line() { echo "export WAYBILL_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$(port)/waybill?user=postgres"; }
psql_pg() { "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$(port)" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

# our_pids: every process of this server (postmaster and backends all run in the data dir).
our_pids() {
  { find /proc -mindepth 2 -maxdepth 2 -name cwd -printf '%h\t%l\n' 2>/dev/null || true; } |
    D="$DATA" awk -F '\t' '$2 == ENVIRON["D"] || $2 == ENVIRON["D"] " (deleted)" { print substr($1, 7) }'
}

# postmaster_pid: the pid from postmaster.pid, if that process is alive and runs in our data dir.
postmaster_pid() {
  local pid
  pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null)" && [[ "$pid" =~ ^[0-9]+$ ]] &&
    [[ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" == "$DATA" ]] && echo "$pid"
}

healthy() {
  postmaster_pid >/dev/null && [[ -n "$(port)" ]] &&
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$(port)" -U postgres -d postgres -t 3
}

# stop_server: pg_ctl stop -m fast, then KILL whatever of this data dir is left; keeps the data.
stop_server() {
  local pid pids
  if pid="$(postmaster_pid)"; then
    log "stopping the server (pid $pid)"
    as_pg "$PG_BIN/pg_ctl" stop -D "$DATA" -m fast -w -t 30 -s >&2 ||
      log "pg_ctl stop failed; killing"
  fi
  pids="$(our_pids | xargs)"
  if [[ -n "$pids" ]]; then
    log "killing leftover processes: $pids"
    # shellcheck disable=SC2086 # one word per pid
    kill -KILL $pids 2>/dev/null || true
    sleep 0.5
  fi
  pids="$(our_pids | xargs)"
  [[ -z "$pids" ]] || die "still running in $DATA: $pids"
  # Nothing runs here now; stale lock files (after a crash) would block the next start.
  rm -f "$DATA/postmaster.pid" "$STATE_DIR"/.s.PGSQL.*
}

start_failed() {
  log "start failed; last lines of $LOG:"
  tail -n 30 "$LOG" >&2 2>/dev/null || true
  stop_server || true
  rm -rf "$DATA" "$PORT_FILE"
}

cmd_start() {
  if healthy; then
    log "already running on 127.0.0.1:$(port) ($STATE_DIR)"
    export_line
    return
  fi
  [[ -z "$FALLBACK" ]] || log "$FALLBACK"
  stop_server # leftovers of a crashed or half-started server
  local t0 new_port
  t0="$(date +%s%N)"
  if ((EUID == 0)); then chown "$PG_USER:" "$STATE_DIR"; fi
  trap start_failed EXIT

  if [[ "$(cat "$DATA/PG_VERSION" 2>/dev/null)" != "$PG_MAJOR" ]]; then
    rm -rf "$DATA"
    log "initdb $DATA (PostgreSQL $PG_MAJOR)"
    as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres -A trust --no-locale -E UTF8 --no-sync \
      >"$STATE_DIR/initdb.log" 2>&1 || { cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }
    echo "include 'waybill.conf'" | as_pg tee -a "$DATA/postgresql.conf" >/dev/null
  fi

  new_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  echo "$new_port" >"$PORT_FILE"
  as_pg tee "$DATA/waybill.conf" >/dev/null <<EOF
# written by hack/postgres.sh start
listen_addresses = '127.0.0.1'
port = $new_port
unix_socket_directories = '${STATE_DIR//\'/\'\'}'
EOF
  if [[ "${WAYBILL_PG_DURABLE:-0}" == 1 ]]; then
    log "durable: fsync, synchronous_commit and full_page_writes on"
    printf 'fsync = on\nsynchronous_commit = on\nfull_page_writes = on\n' | as_pg tee -a "$DATA/waybill.conf" >/dev/null
  else
    printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' | as_pg tee -a "$DATA/waybill.conf" >/dev/null
  fi

  log "starting PostgreSQL $PG_MAJOR on 127.0.0.1:$new_port"
  rm -f "$LOG"
  # fd 8 is our lock: the server must not inherit it.
  as_pg "$PG_BIN/pg_ctl" start -D "$DATA" -l "$LOG" -w -t "$READY_TIMEOUT" -s >&2 8>&- ||
    die "pg_ctl start failed"
  local deadline=$((SECONDS + READY_TIMEOUT))
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$new_port" -U postgres -d postgres -t 1; do
    ((SECONDS < deadline)) || die "not ready after ${READY_TIMEOUT}s"
    sleep 0.1
  done
  if [[ "$(psql_pg -tAc "select 1 from pg_database where datname = 'waybill'")" != 1 ]]; then
    psql_pg -c 'create database waybill'
  fi
  trap - EXIT
  log "ready in $((($(date +%s%N) - t0) / 1000000)) ms"
  export_line
}

cmd_stop() {
  stop_server
  rm -rf "$DATA" "$PORT_FILE"
  log "stopped ($STATE_DIR)"
}

cmd_env() {
  if healthy; then export_line; else die "not running (start it with $0 start)"; fi
}

cmd_status() {
  local health=down
  healthy && health=ready
  printf '%-11s%s\n' "state dir:" "$STATE_DIR${FALLBACK:+ ($FALLBACK)}" \
    "server:" "PostgreSQL $PG_MAJOR ($PG_BIN)" \
    "pid:" "$(postmaster_pid || echo 'not running')" \
    "port:" "$(port || echo '-')" \
    "health:" "$health" \
    "log:" "$LOG"
  [[ "$health" == ready ]] || return 1
  printf '%-11s%s\n' "url:" "jdbc:postgresql://127.0.0.1:$(port)/waybill?user=postgres"
}

case "$1" in
  start | stop)
    if [[ "$1" == stop && ! -d "$STATE_DIR" ]]; then log "not running"; exit 0; fi
    [[ ! -L "$STATE_DIR" ]] || die "$STATE_DIR is a symbolic link"
    (umask 022 && mkdir -p "$STATE_DIR")
    exec 8>"$STATE_DIR/.lock"
    flock 8
    "cmd_$1"
    ;;
  env) cmd_env ;;
  status) cmd_status ;;
esac
