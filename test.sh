#!/usr/bin/env bash
# Builds everything with warnings as errors, checks formatting, runs every test project, and prints
# one totals line: "tests: N passed, N failed, N skipped". Installs what the tests need.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

for setup in "$root"/tests/setup/*.sh; do
  [ -f "$setup" ] && { bash "$setup" || { echo "error: test setup $setup failed" >&2; exit 1; }; }
done

dotnet restore Chokepoint.slnx --nologo -v quiet || exit 1
dotnet build Chokepoint.slnx -c Release --no-restore --nologo -v quiet -warnaserror || exit 1
if [ "${SKIP_FORMAT:-}" != "1" ]; then
  dotnet format Chokepoint.slnx --verify-no-changes --no-restore -v quiet || { echo "error: dotnet format found changes; run 'dotnet format Chokepoint.slnx'" >&2; exit 1; }
fi

results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" "$@" || status=1
done

totals=$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*' | awk '
  { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
  END { printf "tests: %d passed, %d failed, %d skipped", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }')
[ -n "$totals" ] || { totals="tests: 0 passed, 0 failed, 0 skipped"; status=1; }
case "$totals" in *" 0 failed,"*) ;; *) status=1 ;; esac
echo "$totals"
exit $status
