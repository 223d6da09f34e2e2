#!/usr/bin/env bash
# Installs wrk (HTTP load generator) from Debian for bench/run web.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then
  exit 0
fi
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends wrk >/dev/null
