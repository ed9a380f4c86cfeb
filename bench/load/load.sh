#!/usr/bin/env bash
# SaferHub load simulation: a fresh server straight after start, 100 signed-in users (people on pages, API clients
# sharing one key) for 60 s with about a second's pause between requests, the server's own stylesheet fetched beside
# them as the baseline; then the same server saturated (no pauses), the stylesheet alone and the page mix alone.
# Afterwards: the audit chain is verified, every API change made by the run is counted in the audit trail, and the
# server is stopped with SIGTERM and timed.
#
#   bench/load/load.sh            both phases
#   PHASES=paced bench/load/load.sh
#   PHASES=mix JAVA_OPTS=-XX:StartFlightRecording=filename=mix.jfr,settings=profile bench/load/load.sh   (profiling)
#
# Environment:
#   JAVA_HOME        else Temurin 25 if present
#   JAVA_OPTS        extra options for the SaferHub JVM
#   PORT             default 18490
#   USERS            paced users, default 100 (API_CLIENTS of them are API clients, default 10)
#   SECONDS_PACED    default 60
#   SATURATED_USERS  default 32;  SECONDS_SATURATED default 30 (each of the two saturated phases)
#   PAUSE_MS         default 1000
#   JAR              the jar to start, default target/saferhub-*.jar (built when missing); give an older build's jar
#                    to measure before and after on the same machine
# Results: standard output and target/bench/load-<time>.txt; Gatling's HTML reports under bench/load/target/gatling.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18490}"
BASE="http://127.0.0.1:$PORT"
USERS="${USERS:-100}"
API_CLIENTS="${API_CLIENTS:-10}"
SECONDS_PACED="${SECONDS_PACED:-60}"
SATURATED_USERS="${SATURATED_USERS:-32}"
SECONDS_SATURATED="${SECONDS_SATURATED:-30}"
PAUSE_MS="${PAUSE_MS:-1000}"
PHASES="${PHASES:-paced saturated}"
PASSWORD="${SAFERHUB_DEMO_PASSWORD:-community-safety-demo}"

JAR="${JAR:-$(ls target/saferhub-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}"
if [[ -z "$JAR" ]]; then
  echo "Building the jar once: ./mvnw -q -DskipTests package" >&2
  ./mvnw -q -DskipTests package
  JAR="$(ls target/saferhub-*.jar | grep -v -- '-plain' | head -n 1)"
fi
# Compile the simulation before the server starts, so that the compiler does not share the cores with its start.
./mvnw -q -B -ntp -f bench/load/pom.xml test-compile

BENCH="$ROOT/target/bench"
DATA="$BENCH/load-data"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$BENCH/load-$STAMP.txt"
LOG="$BENCH/load-$STAMP-server.log"
JAR_COOKIES="$BENCH/load-cookies.txt"
rm -rf "$DATA" "$JAR_COOKIES"
mkdir -p "$BENCH"
PID=""
cleanup() { if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID"; fi; }
trap cleanup EXIT
say() { echo "$*" | tee -a "$REPORT"; }

say "# SaferHub load simulation, $STAMP"
say "host: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "java: $("$JAVA" -version 2>&1 | head -n 1); jar: $JAR ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"

# shellcheck disable=SC2086
SERVER_PORT="$PORT" SAFERHUB_DATA_DIR="$DATA" SAFERHUB_DEMO=true SAFERHUB_DEMO_PASSWORD="$PASSWORD" \
  "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.servlet.session.cookie.secure=false > "$LOG" 2>&1 &
PID=$!
started=$(date +%s%N)
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health" 2>/dev/null)" == 200 ]]; do
  kill -0 "$PID" 2>/dev/null || { echo "SaferHub ended before answering; see $LOG" >&2; exit 1; }
  sleep 0.1
done
say "server: pid $PID, healthy after $(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"

# An API key (administrator of Huntingdonshire District Council, to read the audit trail too) issued through the administration page, as a person
# would, and an action of a body that organisation coordinates, for the API clients' progress notes.
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
token="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)"
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
form="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/admin/api-keys")"
token="$(echo "$form" | csrf)"
organisation="$(echo "$form" | tr '\n' ' ' | grep -o '<option value="[^"]*"[^>]*>[^<]*Huntingdonshire District Council' \
  | head -n 1 | sed 's/<option value="\([^"]*\)".*/\1/')"
API_KEY="$(curl -s -L -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "name=Load run $STAMP" \
  --data-urlencode "organisationId=$organisation" --data-urlencode "roles=ADMINISTRATOR" \
  --data-urlencode "_csrf=$token" "$BASE/admin/api-keys" | grep -o 'shk_[A-Za-z0-9_-]*' | head -n 1)"
[[ -n "$API_KEY" ]] || { echo "could not issue an API key" >&2; exit 1; }
api() { curl -s -H "Authorization: Bearer $API_KEY" "$@"; }
ACTION_ID=""
for id in $(api "$BASE/api/v1/actions?size=100" | grep -o '"id":"[0-9a-f-]*","meetingId"' | cut -d'"' -f4); do
  code="$(api -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"status":"IN_PROGRESS","note":"Load run: first progress note"}' "$BASE/api/v1/actions/$id/updates")"
  if [[ "$code" == 200 ]]; then ACTION_ID="$id"; break; fi
done
[[ -n "$ACTION_ID" ]] || { echo "no action the key may update" >&2; exit 1; }
audited() { api "$BASE/api/v1/audit/events?recordType=meeting-action&recordId=$ACTION_ID&size=1" \
  | grep -o '"total":[0-9]*' | cut -d: -f2; }
audited_before="$(audited)"
say "API key issued; action $ACTION_ID takes the API clients' notes ($audited_before audit events on it so far)"

# Runs the simulation; prints the newest Gatling report folder.
simulate() {
  local mode="$1" users="$2" seconds="$3" pause="$4"
  SAFERHUB_URL="$BASE" LOAD_MODE="$mode" LOAD_USERS="$users" LOAD_API_CLIENTS="$API_CLIENTS" \
    LOAD_SECONDS="$seconds" LOAD_PAUSE_MS="$pause" LOAD_API_KEY="$API_KEY" LOAD_ACTION_ID="$ACTION_ID" \
    LOAD_RUN="$STAMP-$mode" SAFERHUB_DEMO_PASSWORD="$PASSWORD" \
    ./mvnw -q -B -ntp -f bench/load/pom.xml gatling:test -Dgatling.simulationClass=uk.saferhub.bench.PageMixSimulation \
    > "$BENCH/load-$STAMP-$mode-gatling.log" 2>&1 || echo "(Gatling reported failures: see $BENCH/load-$STAMP-$mode-gatling.log)" >&2
  ls -dt bench/load/target/gatling/*/ | head -n 1
}

# Prints one line per top-level row of a Gatling report (its groups and the requests outside them): requests,
# failures, throughput over the phase it ran in (requests / seconds) and percentiles, as the report's own statistics
# table gives them.
summarise() {
  python3 - "$1/index.html" "$2" <<'PY'
import re, sys
page = open(sys.argv[1]).read()
seconds = float(sys.argv[2])
for row in re.finditer(r'<tr id="([^"]+)" data-parent="ROOT">(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row.group(2)).group(1)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row.group(2)))
    per_second = int(cells['2']) / seconds
    print(f"| {name} | {cells['2']} | {cells['4']} | {per_second:.1f} | {cells['8']} | {cells['9']} | {cells['10']} | {cells['12']} |")
PY
}

for phase in $PHASES; do
  case "$phase" in
    paced) seconds="$SECONDS_PACED"; report="$(simulate paced "$USERS" "$SECONDS_PACED" "$PAUSE_MS")"
           say ""; say "## Paced: $USERS users ($API_CLIENTS API clients sharing one key) + 10 stylesheet readers, ${SECONDS_PACED} s, pause ~${PAUSE_MS} ms";;
    saturated) seconds="$SECONDS_SATURATED"; report="$(simulate saturated "$SATURATED_USERS" "$SECONDS_SATURATED" 0)"
           say ""; say "## Saturated: $SATURATED_USERS users without pauses, stylesheet alone then the page and API mix alone, ${SECONDS_SATURATED} s each";;
    mix) seconds="$SECONDS_SATURATED"; report="$(simulate mix "$SATURATED_USERS" "$SECONDS_SATURATED" 0)"
           say ""; say "## Mix: $SATURATED_USERS users without pauses over the page and API mix, ${SECONDS_SATURATED} s";;
    *) echo "unknown phase $phase" >&2; exit 2;;
  esac
  say "| group | requests | failed | req/s in its phase | p50 ms | p95 ms | p99 ms | max ms |"
  say "| --- | --- | --- | --- | --- | --- | --- | --- |"
  summarise "$report" "$seconds" | tee -a "$REPORT"
  say "Gatling report: $report"
done

# The audit trail afterwards: the chain verifies, and every progress note the run added is an audit event.
verification="$(api "$BASE/api/v1/audit/verify")"
notes="$(api "$BASE/api/v1/actions/$ACTION_ID" | grep -o 'Progress noted by load run' | wc -l)"
audited_after="$(audited)"
say ""
say "audit chain: $verification"
say "progress notes the run added: $notes; audit events on the action added during the run: $((audited_after - audited_before))"
[[ $((audited_after - audited_before)) -eq "$notes" ]] || say "AUDIT INCOMPLETE: a change is missing from the audit trail"

stopping=$(date +%s%N)
kill -TERM "$PID"
for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$PID" 2>/dev/null; then
  say "SIGTERM: still running after 30 s"; kill -9 "$PID"
else
  say "SIGTERM: stopped in $(awk -v a="$stopping" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }') s"
fi
PID=""
say "report: $REPORT"
