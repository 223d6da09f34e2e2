#!/usr/bin/env bash
# Makes a local PostgreSQL available for the storage tests (idempotent): installs the Debian package when
# missing, starts the cluster listening on 127.0.0.1 only, and creates the role `chokepoint` (password
# `chokepoint`) with the databases `chokepoint` and `chokepoint_test`. Does nothing when
# CHOKEPOINT_TEST_POSTGRES already answers, or names a server on another host.
set -euo pipefail
url="${CHOKEPOINT_TEST_POSTGRES:-postgres://chokepoint:chokepoint@127.0.0.1:5432/chokepoint_test}"
hostport="${url#*://}"; hostport="${hostport#*@}"; hostport="${hostport%%/*}"
host="${hostport%%:*}"; port="5432"
[[ "$hostport" == *:* ]] && port="${hostport##*:}"

if command -v psql >/dev/null 2>&1 && psql "$url" -XAtqc 'SELECT 1' >/dev/null 2>&1; then
  exit 0
fi
case "$host" in
  127.0.0.1|localhost) ;;
  *) echo "note: $host is not local; not installing PostgreSQL (tests use CHOKEPOINT_TEST_POSTGRES as is)" >&2; exit 0 ;;
esac

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
  as_root pg_createcluster "$version" chokepoint --port "$port" >/dev/null
  cluster="$version chokepoint"
fi
read -r version name <<<"$cluster"
# A conf.d drop-in (Debian's postgresql.conf includes conf.d/) keeps the server off every other interface.
conf="/etc/postgresql/$version/$name/conf.d/chokepoint.conf"
if [ ! -f "$conf" ]; then
  echo "listen_addresses = '127.0.0.1'" | as_root tee "$conf" >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1 == v && $2 == n && $4 == "online" { found = 1 } END { exit !found }'; then
  as_root pg_ctlcluster "$version" "$name" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "error: PostgreSQL $version/$name did not start on 127.0.0.1:$port" >&2; exit 1; }

as_postgres "psql -p $port -XAtq -v ON_ERROR_STOP=1" <<'SQL'
SELECT 'CREATE ROLE chokepoint LOGIN PASSWORD ''chokepoint'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chokepoint') \gexec
SELECT format('CREATE DATABASE %I OWNER chokepoint', d) FROM unnest(ARRAY['chokepoint', 'chokepoint_test']) AS d
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
SQL
echo "PostgreSQL $version/$name is ready on 127.0.0.1:$port" >&2
