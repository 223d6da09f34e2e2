#!/usr/bin/env bash
# The storage benchmark needs the same local PostgreSQL as the tests.
set -euo pipefail
exec "$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/tests/setup/postgres.sh"
