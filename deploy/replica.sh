#!/usr/bin/env bash
# A PostgreSQL primary and a hot standby (streaming replication, synchronous by default) on loopback,
# both Debian's PostgreSQL, in one folder. For a ministry deployment's database, and for the failover test.
#
#   deploy/replica.sh start   DIR [PRIMARY_PORT [STANDBY_PORT]]   initialise (first time) and start both
#   deploy/replica.sh stop    DIR                                 stop whichever is running
#   deploy/replica.sh promote DIR                                 make the standby the primary (failover)
#   deploy/replica.sh status  DIR                                 which runs, which is in recovery
#
# Environment: PG_BIN (default: the newest /usr/lib/postgresql/*/bin), SIMPUL_REPLICA_SYNC=0 for
# asynchronous replication (faster writes; an acknowledged write can then be lost in a failover).
# DIR/env holds DATABASE_URL (both hosts, target_session_attrs=read-write: the app follows a promotion by
# itself) and DATABASE_REPLICA_URL (the standby). Works as a normal user and as root (then PostgreSQL runs
# as the `postgres` system user, which must be able to reach DIR).
set -euo pipefail

command=${1:-}
dir=${2:-}
primary_port=${3:-55432}
standby_port=${4:-55433}
standby_name=standby1

usage() {
  sed -n '5,9p' "$0" >&2
  exit 2
}
[[ -n $command && -n $dir ]] || usage
dir=$(realpath -m "$dir")

pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[[ -x $pg_bin/pg_ctl ]] || {
  echo "No PostgreSQL binaries found (install Debian's postgresql package or set PG_BIN)" >&2
  exit 1
}

# Runs a PostgreSQL binary as the user that owns the clusters (postgres when we are root).
as_pg() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# SQL on one of the clusters, through its Unix socket in DIR/run (trusted: only the owner reaches it).
psql_at() {
  local port=$1
  shift
  as_pg "$pg_bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$dir/run" -p "$port" -U postgres -d postgres "$@"
}

read_ports() {
  primary_port=$(cat "$dir/primary-port")
  standby_port=$(cat "$dir/standby-port")
}

running() { as_pg "$pg_bin/pg_ctl" status -D "$1" >/dev/null 2>&1; }

start_cluster() {
  local data=$1 name=$2
  running "$data" || as_pg "$pg_bin/pg_ctl" start -w -t 60 -D "$data" -l "$dir/logs/$name.log" >/dev/null
}

initialise() {
  mkdir -p "$dir"
  chmod 0755 "$dir"
  mkdir -p "$dir/run" "$dir/logs"
  echo "$primary_port" >"$dir/primary-port"
  echo "$standby_port" >"$dir/standby-port"
  local app_password replication_password
  app_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  replication_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  if [[ $(id -u) == 0 ]]; then
    chown postgres: "$dir" "$dir/run" "$dir/logs"
    runuser -u postgres -- test -x "$dir" || {
      echo "The postgres user cannot reach $dir: choose a folder every user may traverse" >&2
      exit 1
    }
  fi
  as_pg mkdir -m 0700 "$dir/primary"
  as_pg "$pg_bin/initdb" -D "$dir/primary" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/logs/initdb.log"
  as_pg tee -a "$dir/primary/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$dir/run'
wal_level = replica
max_wal_senders = 5
wal_keep_size = '256MB'
hot_standby = on
max_connections = 200
CONF
  as_pg tee "$dir/primary/pg_hba.conf" >/dev/null <<HBA
local all all trust
host replication replicator 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
HBA
  start_cluster "$dir/primary" primary
  psql_at "$primary_port" <<SQL
CREATE ROLE simpul LOGIN PASSWORD '$app_password';
CREATE DATABASE simpul OWNER simpul;
CREATE ROLE replicator REPLICATION LOGIN PASSWORD '$replication_password';
SQL
  # The standby: a base backup of the primary, told (-R) to follow it; it names itself for synchronous mode.
  PGPASSWORD=$replication_password as_pg "$pg_bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" \
    -U replicator -D "$dir/standby" -R -X stream -c fast
  as_pg tee -a "$dir/standby/postgresql.auto.conf" >/dev/null <<CONF
port = $standby_port
primary_conninfo = 'host=127.0.0.1 port=$primary_port user=replicator password=$replication_password application_name=$standby_name'
CONF
  local url="postgresql://simpul:$app_password@127.0.0.1"
  cat >"$dir/env" <<ENV
DATABASE_URL=$url:$primary_port,127.0.0.1:$standby_port/simpul?target_session_attrs=read-write
DATABASE_REPLICA_URL=$url:$standby_port/simpul
ENV
  chmod 0600 "$dir/env"
}

wait_streaming() {
  local state=''
  for _ in $(seq 1 120); do
    state=$(psql_at "$primary_port" -c \
      "SELECT state || '/' || sync_state FROM pg_stat_replication WHERE application_name = '$standby_name'")
    [[ $state == streaming/* ]] && break
    sleep 0.5
  done
  [[ $state == streaming/* ]] || {
    echo "The standby does not stream (see $dir/logs/standby.log)" >&2
    exit 1
  }
  echo "$state"
}

start() {
  [[ -f $dir/primary/PG_VERSION ]] || initialise
  read_ports
  start_cluster "$dir/primary" primary
  start_cluster "$dir/standby" standby
  wait_streaming >/dev/null
  # Synchronous only now: set on the primary after the base backup, so the standby's copy never waits
  # for a standby of its own once it is promoted.
  local names=''
  [[ ${SIMPUL_REPLICA_SYNC:-1} == 1 ]] && names=$standby_name
  psql_at "$primary_port" -c "ALTER SYSTEM SET synchronous_standby_names = '$names'" -c "SELECT pg_reload_conf()" >/dev/null
  for _ in $(seq 1 40); do
    [[ $(wait_streaming) == "streaming/$([[ -n $names ]] && echo sync || echo async)" ]] && break
    sleep 0.25
  done
  echo "primary 127.0.0.1:$primary_port, standby 127.0.0.1:$standby_port: $(wait_streaming)"
  echo "settings for the app: $dir/env"
}

stop() {
  for name in standby primary; do
    if [[ -d $dir/$name ]] && running "$dir/$name"; then
      as_pg "$pg_bin/pg_ctl" stop -w -t 60 -m fast -D "$dir/$name" >/dev/null
    fi
  done
}

promote() {
  read_ports
  as_pg "$pg_bin/pg_ctl" promote -w -t 60 -D "$dir/standby" >/dev/null
  # The new primary has no standby yet: it must not wait for one on every commit.
  psql_at "$standby_port" -c "ALTER SYSTEM SET synchronous_standby_names = ''" -c "SELECT pg_reload_conf()" >/dev/null
  echo "standby on 127.0.0.1:$standby_port promoted: $(psql_at "$standby_port" -c 'SELECT CASE WHEN pg_is_in_recovery() THEN $$in recovery$$ ELSE $$primary$$ END')"
}

status() {
  read_ports
  for name in primary standby; do
    local port=$primary_port
    [[ $name == standby ]] && port=$standby_port
    if running "$dir/$name"; then
      echo "$name (127.0.0.1:$port): running, in recovery: $(psql_at "$port" -c 'SELECT pg_is_in_recovery()')"
    else
      echo "$name (127.0.0.1:$port): stopped"
    fi
  done
}

case $command in
start) start ;;
stop) stop ;;
promote) promote ;;
status) status ;;
*) usage ;;
esac
