#!/usr/bin/env bash
# Runs every test of ParPortal on SQLite and then on PostgreSQL, installing what is missing first
# (PostgreSQL, Chromium, LibreOffice, poppler, Node.js). Works on a fresh Debian 12 machine with the .NET SDK.
#   bash tools/test.sh                   # everything
#   bash tools/test.sh --sqlite          # only the SQLite run
#   bash tools/test.sh --print-missing   # print the Debian packages that would be installed, and stop
# Screenshots of the browser tests go to test-results/screenshots (printed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ONLY_SQLITE=0
PRINT_MISSING=0
[[ "${1:-}" == "--sqlite" ]] && ONLY_SQLITE=1
[[ "${1:-}" == "--print-missing" ]] && PRINT_MISSING=1

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- System packages -------------------------------------------------------------------------------
# Decided by package, not by command: `libreoffice` is on PATH as soon as any part of LibreOffice is installed
# (Writer alone), but the .xlsx -> PDF test needs Calc. Images need no package: libvips comes inside NetVips.
installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]; }
need=()
# nginx-light: the scale-out test's reverse proxy; redis-server: cache evictions through Redis (tests start their own).
# fonts-liberation: Liberation Serif has Times New Roman's metrics, so LibreOffice lays the reports out as Word does
# (with DejaVu Serif in its place the quốc hiệu breaks before "NAM").
for pkg in postgresql postgresql-contrib chromium libreoffice-writer libreoffice-calc poppler-utils fonts-dejavu-core fonts-liberation nginx-light redis-server; do
  installed "$pkg" || need+=("$pkg")
done
# Node.js is the exception: NodeSource's nodejs package carries npm itself and conflicts with Debian's npm package,
# so any npm on PATH is accepted; otherwise Debian's nodejs and npm are installed.
if ! command -v npm >/dev/null 2>&1; then
  installed nodejs || need+=(nodejs)
  need+=(npm)
fi
if (( PRINT_MISSING == 1 )); then
  echo "${need[*]}"
  exit 0
fi
if (( ${#need[@]} > 0 )); then
  echo "== Installing: ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- PostgreSQL, bound to 127.0.0.1, with a throw-away password for this run -----------------------
if (( ONLY_SQLITE == 0 )); then
  PGVER=$(ls /etc/postgresql | sort -V | tail -1)
  CONF=/etc/postgresql/$PGVER/main/postgresql.conf
  as_root sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$CONF"
  as_root pg_ctlcluster "$PGVER" main start 2>/dev/null || true
  for _ in $(seq 1 30); do as_root su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
  PGPASS=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  as_root su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='parportal_test') THEN CREATE ROLE parportal_test LOGIN CREATEDB SUPERUSER; END IF; END \\\$\\\$;\" -c \"ALTER ROLE parportal_test PASSWORD '$PGPASS'\"" >/dev/null
  export PARPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=postgres;Username=parportal_test;Password=$PGPASS"
fi

# --- Build once ------------------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore ParPortal.sln
dotnet build ParPortal.sln --no-restore -c Debug

PASSED=0; FAILED=0; SKIPPED=0
run_suite() {
  local label=$1; shift
  echo "== Tests on $label"
  local log; log=$(mktemp)
  set +e
  env "${@:2}" dotnet test "$1" --no-build -c Debug 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  while read -r f p s; do
    FAILED=$((FAILED + f)); PASSED=$((PASSED + p)); SKIPPED=$((SKIPPED + s))
  done < <(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | sed -E 's/[^0-9]+/ /g')
  rm -f "$log"
  return $rc
}

status=0
# Every project (domain, integration, browser) on SQLite; the integration suite again on PostgreSQL. The browser
# journeys exercise pages, not the engine, so they run once. Projects run one after another: in parallel on two
# cores the browser journeys would time out waiting for a host that is busy with the other suite.
for project in tests/ParPortal.Core.Tests tests/ParPortal.Tests tests/ParPortal.BrowserTests; do
  run_suite "SQLite ($project)" "$project" PARPORTAL_TEST_PROVIDER=Sqlite || status=1
done
if (( ONLY_SQLITE == 0 )); then
  run_suite "PostgreSQL" tests/ParPortal.Tests PARPORTAL_TEST_PROVIDER=Postgres || status=1
  # Three nodes of the built site behind nginx on one PostgreSQL database (issue 16), bounded to five minutes.
  echo "== Scale-out (three nodes, nginx, PostgreSQL)"
  log=$(mktemp)
  set +e
  timeout 300 bash tools/scale-test.sh 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  if read -r p f < <(grep -oE 'scale-out: [0-9]+ passed, [0-9]+ failed' "$log" | sed -E 's/[^0-9]+/ /g'); then
    PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  else
    FAILED=$((FAILED + 1))
  fi
  rm -f "$log"
  (( rc == 0 )) || status=1
fi

if [[ -d "$ROOT/test-results/screenshots" ]]; then
  echo "Screenshots: $ROOT/test-results/screenshots"
fi
echo "Total: $PASSED passed, $FAILED failed, $SKIPPED skipped"
exit $status
