#!/usr/bin/env bash
# Local servers for development, tests and benchmarks: real InfluxDB and Redis (and
# PostgreSQL with --postgres) on 127.0.0.1, data under .services/ in the repo.
#
#   scripts/services.sh up [--postgres]   start (or reuse) the servers
#   scripts/services.sh down               stop the servers this script started
#   scripts/services.sh status             say what is running
#   scripts/services.sh env                print the environment variables to reach them
#   scripts/services.sh seed               create and fill the asset table (starts PostgreSQL)
#   scripts/services.sh chromium           install Debian's chromium when missing, print its path
#                                          (the Grafana app's browser check drives it)
#
# Ports: QOE_INFLUX_PORT (18086), QOE_REDIS_PORT (16379), QOE_PG_PORT (15432).
# Missing Debian packages are installed when running as root; otherwise the script says
# which to install. A second `up` reuses servers that already answer.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${QOE_SERVICES_DIR:-$root/.services}"
influx_port="${QOE_INFLUX_PORT:-18086}"
influx_rpc_port="${QOE_INFLUX_RPC_PORT:-18088}"
redis_port="${QOE_REDIS_PORT:-16379}"
pg_port="${QOE_PG_PORT:-15432}"
pg_bin="${QOE_PG_BIN:-}"

log() { printf '[services] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
# A server already answering on a port is reused only when it is this checkout's. One left
# by a checkout whose folder is gone (a deleted clone: its data folder no longer exists, so
# it fails writes with MISCONF or "no such file") is stopped and replaced. One that belongs
# to another, live checkout is refused, naming it, unless QOE_SERVICES_SHARED=1 says to share.
port_pid() { # port -> pid of the process listening on 127.0.0.1:port (empty when unknown)
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}
proc_cmdline() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null; }
# $1 name, $2 port, $3 this checkout's data folder, $4 the folder the running server uses ("" = unknown)
check_owner() {
  local name="$1" port="$2" ours="$3" theirs="$4" pid
  pid="$(port_pid "$port")"
  # Not told (Redis cannot say its folder once it is deleted): the process's working folder.
  if [ -z "$theirs" ] && [ -n "$pid" ]; then theirs="$(readlink "/proc/$pid/cwd" 2>/dev/null | sed 's/ (deleted)$//')"; fi
  if [ -n "$theirs" ] && [ "$theirs" = "$ours" ]; then return 0; fi
  if [ -n "$theirs" ] && [ ! -e "$theirs" ]; then
    log "$name on 127.0.0.1:$port belongs to a checkout whose folder is gone ($theirs): stopping it"
    if [ -n "$pid" ]; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    return 1
  fi
  if [ "${QOE_SERVICES_SHARED:-0}" = "1" ]; then
    log "  note: sharing $name on 127.0.0.1:$port with another checkout (${theirs:-unknown folder}; QOE_SERVICES_SHARED=1)"
    return 0
  fi
  die "$name on 127.0.0.1:$port belongs to another checkout (${theirs:-pid ${pid:-unknown}: $(proc_cmdline "${pid:-0}")}); stop it (scripts/services.sh down in that checkout), use other ports (QOE_INFLUX_PORT, QOE_REDIS_PORT, QOE_PG_PORT) or set QOE_SERVICES_SHARED=1 to share it"
}
influx_dir_of_running() { # the data folder of the influxd on our port, from its -config file path
  local pid conf; pid="$(port_pid "$influx_port")"; [ -n "$pid" ] || return 0
  conf="$(proc_cmdline "$pid" | sed -n 's/.*-config \([^ ]*\).*/\1/p')"
  [ -n "$conf" ] && dirname "$conf"
}
redis_dir_of_running() {
  redis-cli -h 127.0.0.1 -p "$redis_port" CONFIG GET dir 2>/dev/null | sed -n 2p
}
pg_dir_of_running() {
  "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U qoe -d postgres -tAc 'SHOW data_directory' 2>/dev/null | head -1
}

apt_updated=0
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]} (or run this script as root)"
  fi
  command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get on this machine; install them by hand"
  if [ $apt_updated -eq 0 ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    apt_updated=1
  fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

wait_for() { # description, command...
  local what="$1"; shift
  for _ in $(seq 1 100); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  die "$what did not come up; see its log under $dir"
}

influx_ok() { curl -sf -o /dev/null "http://127.0.0.1:$influx_port/ping"; }
redis_ok() { [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = "PONG" ]; }
pg_ok() { "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; }

start_influx() {
  if influx_ok && check_owner influxdb "$influx_port" "$dir/influxdb" "$(influx_dir_of_running)"; then log "influxdb already answers on 127.0.0.1:$influx_port"; return; fi
  command -v influxd >/dev/null || ensure_packages influxdb influxdb-client
  command -v influx >/dev/null || ensure_packages influxdb-client
  mkdir -p "$dir/influxdb"
  cat > "$dir/influxdb/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$influx_rpc_port"
[meta]
  dir = "$dir/influxdb/meta"
[data]
  dir = "$dir/influxdb/data"
  wal-dir = "$dir/influxdb/wal"
  query-log-enabled = false
[http]
  bind-address = "127.0.0.1:$influx_port"
  log-enabled = false
[monitor]
  store-enabled = false
[continuous_queries]
  log-enabled = false
CONF
  nohup influxd -config "$dir/influxdb/influxdb.conf" >"$dir/influxdb/influxd.log" 2>&1 &
  echo $! >"$dir/influxdb/influxd.pid"
  wait_for "influxdb" influx_ok
  log "influxdb started on 127.0.0.1:$influx_port (data $dir/influxdb)"
}

start_redis() {
  command -v redis-cli >/dev/null || ensure_packages redis-server
  if redis_ok && check_owner redis "$redis_port" "$dir/redis" "$(redis_dir_of_running)"; then log "redis already answers on 127.0.0.1:$redis_port"; return; fi
  command -v redis-server >/dev/null || ensure_packages redis-server
  mkdir -p "$dir/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" \
    --daemonize yes --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" \
    --save 60 1000 --appendonly no >/dev/null
  wait_for "redis" redis_ok
  log "redis started on 127.0.0.1:$redis_port (data $dir/redis)"
}

find_pg_bin() {
  if [ -z "$pg_bin" ]; then
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
  fi
}

# PostgreSQL's folder: .services/postgres, or, when its system user cannot reach the
# checkout (a clone in root's mode-0700 home), a folder of its own under /var/lib/qoe-services
# named after the checkout's path. Needs the postgres user to exist when running as root.
pg_dir_for_checkout() {
  if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
    echo "${QOE_PG_FALLBACK_ROOT:-/var/lib/qoe-services}/$(printf %s "$dir" | sha256sum | cut -c1-12)/postgres"
  else
    echo "$dir/postgres"
  fi
}

start_postgres() {
  find_pg_bin
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    ensure_packages postgresql
    pg_bin=""; find_pg_bin
  fi
  [ -x "$pg_bin/initdb" ] || die "PostgreSQL server binaries not found (set QOE_PG_BIN)"
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: run it as the postgres system user.
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  fi
  local pg_dir; pg_dir="$(pg_dir_for_checkout)"
  if pg_ok && check_owner postgresql "$pg_port" "$pg_dir/data" "$(pg_dir_of_running)"; then log "postgresql already answers on 127.0.0.1:$pg_port"; return; fi
  local run=()
  mkdir -p "$pg_dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres "$pg_dir"
    chmod 755 "$(dirname "$pg_dir")"
    run=(runuser -u postgres --)
    [ "$pg_dir" = "$dir/postgres" ] || log "postgres cannot enter $dir (a private folder): its data lives in $pg_dir"
  fi
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    "${run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U qoe -A trust -E UTF8 >"$dir/postgres-initdb.log" 2>&1 \
      || die "initdb failed; see $dir/postgres-initdb.log"
  fi
  "${run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir" start >/dev/null
  wait_for "postgresql" pg_ok
  "${run[@]}" "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U qoe -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='qoe'" | grep -q 1 \
    || "${run[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U qoe qoe
  log "postgresql started on 127.0.0.1:$pg_port (data $pg_dir, database qoe, user qoe)"
}

stop_pidfile() { # name pidfile
  local pidfile="$2"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    log "$1 stopped"
  fi
  rm -f "$pidfile"
}

print_env() {
  echo "export QOE_INFLUX_URL=http://127.0.0.1:$influx_port"
  echo "export QOE_REDIS_URL=redis://127.0.0.1:$redis_port"
  echo "export QOE_PG_URL=postgres://qoe@127.0.0.1:$pg_port/qoe"
}

cmd="${1:-up}"; shift || true
with_pg=0
for arg in "$@"; do
  case "$arg" in
    --postgres) with_pg=1 ;;
    *) die "unknown option $arg" ;;
  esac
done
[ "${QOE_SERVICES_POSTGRES:-0}" = "1" ] && with_pg=1

case "$cmd" in
  up)
    command -v curl >/dev/null || ensure_packages curl
    mkdir -p "$dir"
    start_influx
    start_redis
    [ $with_pg -eq 1 ] && start_postgres
    print_env
    ;;
  down)
    stop_pidfile influxdb "$dir/influxdb/influxd.pid"
    if [ -f "$dir/redis/redis.pid" ]; then stop_pidfile redis "$dir/redis/redis.pid"; fi
    find_pg_bin
    pg_dir="$(pg_dir_for_checkout)"
    if [ -f "$pg_dir/data/postmaster.pid" ] && [ -n "$pg_bin" ]; then
      if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null
      else "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null; fi
      log "postgresql stopped"
    fi
    ;;
  status)
    influx_ok && echo "influxdb: up on 127.0.0.1:$influx_port" || echo "influxdb: down"
    redis_ok && echo "redis: up on 127.0.0.1:$redis_port" || echo "redis: down"
    find_pg_bin
    { [ -n "$pg_bin" ] && pg_ok; } && echo "postgresql: up on 127.0.0.1:$pg_port" || echo "postgresql: down"
    ;;
  env) print_env ;;
  seed)
    start_postgres
    [ -f "$root/processor/dist/cli/main.js" ] || die "build first: npm ci (or npm run build)"
    QOE_PG_URL="postgres://qoe@127.0.0.1:$pg_port/qoe" node "$root/processor/bin/qoe.js" assets seed
    ;;
  chromium)
    command -v chromium >/dev/null || ensure_packages chromium
    command -v chromium
    ;;
  *) die "unknown command $cmd (up, down, status, env, seed, chromium)" ;;
esac
