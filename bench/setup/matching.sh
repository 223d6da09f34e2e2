#!/usr/bin/env bash
# PostgreSQL with pg_trgm for the pg_trgm baseline of bench/run matching (idempotent): installs the Debian
# package when missing, starts the cluster on 127.0.0.1 with pg_ctlcluster, and creates the role
# chokepoint_bench (password chokepoint_bench) owning the database chokepoint_bench_matching with pg_trgm.
# The benchmark table and its GIN index are created by the benchmark itself, from the names it matches.
set -euo pipefail
port="${CHOKEPOINT_BENCH_PG_PORT:-5432}"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! dpkg -s postgresql >/dev/null 2>&1; then
  echo "installing PostgreSQL from Debian packages ..." >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
cluster=$(pg_lsclusters -h | awk -v p="$port" '$3 == p { print $1 " " $2; exit }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  as_root pg_createcluster "$version" main --port "$port" >/dev/null
  cluster="$version main"
fi
read -r version name <<<"$cluster"
conf="/etc/postgresql/$version/$name/conf.d/chokepoint.conf"
[ -f "$conf" ] || echo "listen_addresses = '127.0.0.1'" | as_root tee "$conf" >/dev/null
if ! pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1 == v && $2 == n && $4 == "online" { f = 1 } END { exit !f }'; then
  as_root pg_ctlcluster "$version" "$name" start
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "error: PostgreSQL did not start on 127.0.0.1:$port" >&2; exit 1; }
as_postgres "psql -p $port -XAtq -v ON_ERROR_STOP=1" <<'SQL'
SELECT 'CREATE ROLE chokepoint_bench LOGIN PASSWORD ''chokepoint_bench'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chokepoint_bench') \gexec
SELECT 'CREATE DATABASE chokepoint_bench_matching OWNER chokepoint_bench'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'chokepoint_bench_matching') \gexec
SQL
as_postgres "psql -p $port -d chokepoint_bench_matching -XAtq -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'"
echo "PostgreSQL $version/$name with pg_trgm is ready on 127.0.0.1:$port" >&2
