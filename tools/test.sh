#!/usr/bin/env bash
# Runs every test of ParPortal on SQLite and then on PostgreSQL, installing what is missing first
# (PostgreSQL, Chromium, libvips, LibreOffice, poppler). Works on a fresh Debian 12 machine with the .NET SDK.
#   bash tools/test.sh              # everything
#   bash tools/test.sh --sqlite     # only the SQLite run
# Screenshots of the browser tests go to test-results/screenshots (printed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ONLY_SQLITE=0
[[ "${1:-}" == "--sqlite" ]] && ONLY_SQLITE=1

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# --- System packages -------------------------------------------------------------------------------
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v vipsthumbnail >/dev/null 2>&1 || need+=(libvips-tools)
command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-writer libreoffice-calc)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
command -v nginx >/dev/null 2>&1 || need+=(nginx-light)          # the scale-out test's reverse proxy
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)  # cache evictions through Redis (tests start their own)
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
