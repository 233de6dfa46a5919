#!/usr/bin/env bash
# Page benchmark: installs wrk (Debian package) when missing, then runs `pages` in Release.
#   bash bench/pages.sh                      # 10,000 generated articles, 10 s per wrk run
#   bash bench/pages.sh --articles 2000 --seconds 5
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
exec dotnet run -c Release --project bench/ParPortal.Bench -- pages "$@"
