#!/usr/bin/env bash
# Scale-out test (issue 16): PostgreSQL, three nodes of the built site (ParPortal.Web.dll) on loopback ports, nginx in
# front of them. Logs in through nginx and across nodes, publishes on one node and reads the others, schedules a
# publication and checks it happens once, kills a node under a bounded load and restarts it. Everything runs on
# 127.0.0.1, every wait is bounded, and everything it started is stopped on exit (trap).
#   PARPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=postgres;Username=…;Password=…" bash tools/scale-test.sh
# Needs: a build (CONFIG=Debug by default), nginx (Debian nginx-light), curl, psql. Prints PASS/FAIL lines and ends
# with "scale-out: N passed, N failed"; the exit code is 1 when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CONFIG=${CONFIG:-Debug}
BIN="$ROOT/src/ParPortal.Web/bin/$CONFIG/net10.0"
: "${PARPORTAL_TEST_POSTGRES:?set PARPORTAL_TEST_POSTGRES to a PostgreSQL server connection string}"
[[ -f "$BIN/ParPortal.Web.dll" ]] || { echo "FAIL: $BIN/ParPortal.Web.dll is missing: build first"; exit 1; }
command -v nginx >/dev/null || { echo "FAIL: nginx is missing (apt-get install nginx-light)"; exit 1; }
START=$SECONDS
PASSED=0; FAILED=0
pass() { echo "PASS: $*"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL: $*"; FAILED=$((FAILED + 1)); }

# --- Connection settings: a database of its own on the given server -------------------------------------------------
kv() { tr ';' '\n' <<<"$PARPORTAL_TEST_POSTGRES" | sed -n "s/^ *$1 *= *//Ip" | head -1; }
PGHOST=$(kv Host); PGPORT=$(kv Port); PGUSER=$(kv 'User\(name\)\?'); PGPASSWORD=$(kv Password)
PGPORT=${PGPORT:-5432}
export PGHOST PGPORT PGUSER PGPASSWORD
DB="pp_scale_$$_$RANDOM"
CS="Host=$PGHOST;Port=$PGPORT;Database=$DB;Username=$PGUSER;Password=$PGPASSWORD"
ADMIN_PASSWORD="Scale$RANDOM${RANDOM}Ab1"
WORK=$(mktemp -d /tmp/parportal-scale.XXXXXX)
mkdir -p "$WORK/media" "$WORK/nginx"

# Below the kernel's ephemeral range (ip_local_port_range, 32768 and up by default): a port from that range can be
# taken as the source port of an outgoing connection (nginx to a node, a loader's curl) while node 3 is down, and the
# restarted node then cannot bind it.
EPHEMERAL_LOW=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
free_port() {
  local p
  while :; do
    p=$((10000 + RANDOM % (EPHEMERAL_LOW - 10000)))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
PORT=( "" "$(free_port)" "$(free_port)" "$(free_port)" )
PROXY=$(free_port)
NODE_PID=( "" "" "" "" )
NGINX_PID=""

cleanup() {
  set +e
  for n in 1 2 3; do [[ -n "${NODE_PID[$n]}" ]] && kill "${NODE_PID[$n]}" 2>/dev/null; done
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null
  wait 2>/dev/null
  psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

# The settings of node N (the data folder is the node's own: nothing but the database and the media folder is shared).
node_vars() {
  VARS=(ASPNETCORE_ENVIRONMENT=Production
    ParPortal__Database__Provider=Postgres "ParPortal__Database__ConnectionString=$CS"
    "ParPortal__Database__DataFolder=$WORK/node$1" "ParPortal__Media__RootPath=$WORK/media"
    "ParPortal__Setup__AdminPassword=$ADMIN_PASSWORD" ParPortal__Scheduling__Interval=00:00:01
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Warning)
}

# exec: the recorded pid is the site's own process, so kill -9 really kills the node.
start_node() {
  node_vars "$1"
  (cd "$BIN" && exec env "${VARS[@]}" "ASPNETCORE_URLS=http://127.0.0.1:${PORT[$1]}" dotnet ParPortal.Web.dll >>"$WORK/node$1.log" 2>&1) &
  NODE_PID[$1]=$!
}

# Waits (bounded) until a URL answers 200; the node's log is shown when it does not.
wait_ready() {
  local url=$1 limit=$2 log=${3:-}
  local deadline=$((SECONDS + limit))
  while (( SECONDS < deadline )); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" == 200 ]] && return 0
    sleep 0.5
  done
  [[ -n "$log" ]] && tail -20 "$log"
  return 1
}

ms() { date +%s%3N; }

# --- 1. Three nodes and nginx --------------------------------------------------------------------------------------
# All three start together on an empty database: the first-run lock lets one create and migrate it while the others
# wait, as nodes started by one deployment would.
start_node 1; start_node 2; start_node 3
for n in 1 2 3; do
  wait_ready "http://127.0.0.1:${PORT[$n]}/readyz" 120 "$WORK/node$n.log" || { fail "node $n not ready"; exit 1; }
done

USER_LINE=""; [[ $(id -u) -eq 0 ]] && USER_LINE="user root;"
cat >"$WORK/nginx/nginx.conf" <<CONF
$USER_LINE
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream parportal {
    server 127.0.0.1:${PORT[1]} max_fails=1 fail_timeout=3s;
    server 127.0.0.1:${PORT[2]} max_fails=1 fail_timeout=3s;
    server 127.0.0.1:${PORT[3]} max_fails=1 fail_timeout=3s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PROXY;
    location / {
      proxy_pass http://parportal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
NGX="http://127.0.0.1:$PROXY"
if wait_ready "$NGX/readyz" 20 "$WORK/nginx/error.log"; then
  pass "three nodes (ports ${PORT[1]}, ${PORT[2]}, ${PORT[3]}) and nginx ($PROXY) ready after $((SECONDS - START)) s"
else
  fail "nginx does not answer"; exit 1
fi

# --- 2. Login through nginx, the session valid on every node; antiforgery across nodes ------------------------------
token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login() { # login <form url> <post url> <cookie jar>
  local token
  token=$(curl -s -c "$3" -b "$3" "$1/admin/login" | token_of)
  curl -s -o /dev/null -w '%{http_code}' -c "$3" -b "$3" --data-urlencode "Input.UserName=admin" \
    --data-urlencode "Input.Password=$ADMIN_PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$2/admin/login"
}
code=$(login "$NGX" "$NGX" "$WORK/jar-proxy")
ok=1; seen=""
for n in 1 2 3; do
  answer=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar-proxy" "http://127.0.0.1:${PORT[$n]}/admin")
  seen+=" node $n: $answer"
  [[ "$answer" == 200 ]] || ok=0
done
if [[ $code == 302 && $ok == 1 ]]; then pass "login through nginx; the cookie opens the admin on nodes 1, 2 and 3"
else
  fail "login through nginx (HTTP $code) or its cookie refused by a node (/admin:$seen)"
  # What each node logged, for a failure that does not come back on a second run.
  for n in 1 2 3; do echo "--- node $n"; grep -v '^\s*at ' "$WORK/node$n.log" | tail -15; done
fi

code=$(login "http://127.0.0.1:${PORT[1]}" "http://127.0.0.1:${PORT[2]}" "$WORK/jar-cross")
if [[ $code == 302 ]] && [[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar-cross" "http://127.0.0.1:${PORT[3]}/admin")" == 200 ]]; then
  pass "antiforgery token from node 1 accepted by node 2; that session valid on node 3"
else fail "cross-node antiforgery (HTTP $code)"; fi

# --- 3. Publish on one node, see it on the others within a second ---------------------------------------------------
# A personal API token, made in the admin through nginx with the session above.
form=$(curl -s -b "$WORK/jar-proxy" -c "$WORK/jar-proxy" "$NGX/admin/tokens" | token_of)
API_TOKEN=$(curl -s -b "$WORK/jar-proxy" -c "$WORK/jar-proxy" --data-urlencode "name=scale-test" \
  --data-urlencode "__RequestVerificationToken=$form" "$NGX/admin/tokens?handler=Create" | grep -o 'pp_[A-Za-z0-9_-]*' | head -1)
api() { curl -s -H "Authorization: Bearer $API_TOKEN" -H 'Content-Type: application/json' "$@"; }
json_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
for n in 1 2 3; do curl -s -o /dev/null "http://127.0.0.1:${PORT[$n]}/tin-bai"; curl -s -o /dev/null "http://127.0.0.1:${PORT[$n]}/tin-bai"; done
TITLE="Tin nhiều nút $RANDOM"
ID=$(api -X POST "http://127.0.0.1:${PORT[1]}/api/content" -d "{\"type\":\"Article\",\"title\":\"$TITLE\",\"summary\":\"Tóm tắt\",\"body\":\"<p>Nội dung</p>\"}" | json_id)
[[ -n "$ID" ]] || { fail "API create on node 1 (token ${API_TOKEN:0:6}…)"; exit 1; }
api -o /dev/null -X POST "http://127.0.0.1:${PORT[1]}/api/content/$ID/publish"
published=$(ms)
# Both nodes are polled in turn, so each one's time is measured from the publish.
SEEN=( "" "" "" "" )
while (( $(ms) - published < 5000 )) && [[ -z "${SEEN[2]}" || -z "${SEEN[3]}" ]]; do
  for n in 2 3; do
    [[ -z "${SEEN[$n]}" ]] && curl -s "http://127.0.0.1:${PORT[$n]}/tin-bai" | grep -q "$TITLE" && SEEN[$n]=$(( $(ms) - published ))
  done
  sleep 0.05
done
for n in 2 3; do
  if [[ -n "${SEEN[$n]}" ]] && (( SEEN[n] <= 1000 )); then pass "node $n shows the article published on node 1 after ${SEEN[$n]} ms"
  else fail "node $n shows the article published on node 1 ${SEEN[$n]:+only after ${SEEN[$n]} ms}${SEEN[$n]:-not within 5 s}"; fi
done

# --- 4. A scheduled publication happens once -------------------------------------------------------------------------
STITLE="Tin hẹn giờ $RANDOM"
SID=$(api -X POST "http://127.0.0.1:${PORT[2]}/api/content" -d "{\"type\":\"Article\",\"title\":\"$STITLE\",\"body\":\"<p>Hẹn giờ</p>\"}" | json_id)
AT=$(date -u -d '+3 seconds' +%Y-%m-%dT%H:%M:%SZ)
api -o /dev/null -X POST "http://127.0.0.1:${PORT[2]}/api/content/$SID/schedule" -d "{\"publishAt\":\"$AT\"}"
deadline=$((SECONDS + 30)); shown=0
while (( SECONDS < deadline )); do
  curl -s "$NGX/tin-bai" | grep -q "$STITLE" && { shown=1; break; }
  sleep 0.5
done
sleep 3 # three more periods on each of the three nodes
count=$(psql -tA -d "$DB" -c "SELECT count(*) FROM \"AuditLog\" WHERE \"ContentItemId\" = '$SID' AND \"Action\" = 'publish'")
if [[ $shown == 1 && $count == 1 ]]; then pass "scheduled publish done once (audit: $count publish entry)"
else fail "scheduled publish: shown=$shown, audit publish entries=$count"; fi

# --- 5. Kill a node under a bounded load; nginx keeps answering ------------------------------------------------------
LOADERS=4; LOAD_SECONDS=8
load() {
  local end=$(( $(ms) + LOAD_SECONDS * 1000 ))
  while (( $(ms) < end )); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 "$NGX/tin-bai" >>"$WORK/load-$1.txt" || echo 000 >>"$WORK/load-$1.txt"
  done
}
LOADER_PIDS=()
for i in $(seq 1 $LOADERS); do load "$i" & LOADER_PIDS+=($!); done
sleep 2
kill -9 "${NODE_PID[3]}"; wait "${NODE_PID[3]}" 2>/dev/null || true; NODE_PID[3]=""
wait "${LOADER_PIDS[@]}" 2>/dev/null || true
total=$(cat "$WORK"/load-*.txt | wc -l); errors=$(grep -vc '^200$' <(cat "$WORK"/load-*.txt) || true)
if (( total > 0 && errors <= LOADERS )); then pass "node 3 killed under load: $total requests through nginx, $errors errors (at most $LOADERS in flight)"
else fail "node 3 killed under load: $total requests, $errors errors"; fi

# --- 6. Restart it: it rejoins nginx and hears evictions -------------------------------------------------------------
start_node 3
if wait_ready "http://127.0.0.1:${PORT[3]}/readyz" 120 "$WORK/node3.log"; then
  curl -s -o /dev/null "http://127.0.0.1:${PORT[3]}/tin-bai"
  deadline=$((SECONDS + 20)); rejoined=0
  while (( SECONDS < deadline )); do
    curl -s -D - -o /dev/null "$NGX/" | grep -qi "x-upstream: 127.0.0.1:${PORT[3]}" && { rejoined=1; break; }
    sleep 0.2
  done
  RTITLE="Tin sau khi nút 3 trở lại $RANDOM"
  RID=$(api -X POST "http://127.0.0.1:${PORT[1]}/api/content" -d "{\"type\":\"Article\",\"title\":\"$RTITLE\",\"body\":\"<p>Trở lại</p>\"}" | json_id)
  api -o /dev/null -X POST "http://127.0.0.1:${PORT[1]}/api/content/$RID/publish"
  published=$(ms); seen=""
  while (( $(ms) - published < 5000 )); do
    curl -s "http://127.0.0.1:${PORT[3]}/tin-bai" | grep -q "$RTITLE" && { seen=$(( $(ms) - published )); break; }
    sleep 0.05
  done
  if [[ $rejoined == 1 && -n "$seen" ]] && (( seen <= 1000 )); then pass "node 3 restarted, serves through nginx again and shows a new publication after $seen ms"
  else fail "node 3 after restart: through nginx=$rejoined, publication seen ${seen:-never}"; fi
else
  fail "node 3 did not restart"
fi

echo "scale-out: $PASSED passed, $FAILED failed ($((SECONDS - START)) s)"
(( FAILED == 0 ))
