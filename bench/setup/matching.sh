#!/usr/bin/env bash
# PostgreSQL with pg_trgm for the pg_trgm baseline of bench/run matching (idempotent): the server itself
# comes from tests/setup/postgres.sh (Debian package, cluster on 127.0.0.1 only); this adds the role
# chokepoint_bench (password chokepoint_bench) owning the database chokepoint_bench_matching with pg_trgm.
# The benchmark table and its GIN index are created by the benchmark itself, from the names it matches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
port="${CHOKEPOINT_BENCH_PG_PORT:-5432}"
CHOKEPOINT_TEST_POSTGRES="postgres://chokepoint:chokepoint@127.0.0.1:$port/chokepoint_test" "$root/tests/setup/postgres.sh"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }
as_postgres "psql -p $port -XAtq -v ON_ERROR_STOP=1" <<'SQL'
SELECT 'CREATE ROLE chokepoint_bench LOGIN PASSWORD ''chokepoint_bench'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chokepoint_bench') \gexec
SELECT 'CREATE DATABASE chokepoint_bench_matching OWNER chokepoint_bench'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'chokepoint_bench_matching') \gexec
SQL
as_postgres "psql -p $port -d chokepoint_bench_matching -XAtq -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'"
echo "pg_trgm is ready in chokepoint_bench_matching on 127.0.0.1:$port" >&2
