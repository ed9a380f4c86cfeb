#!/usr/bin/env bash
# SaferHub tasking matrix benchmark: the matrix page of one area (the East North East tasking group, topped up to 50
# priorities and 300 actions) under 50 signed-in people opening it about once a second, side by side in the same run
# with 10 people opening the simplest signed-in page (/account/password) at the same pace: the floor.
#
#   bench/tasking/matrix.sh
#
# Environment: JAVA_HOME (else Temurin 25 if present), JAVA_OPTS, PORT (default 18492), USERS (default 50),
# SECONDS_RUN (default 60), WARM_UP (seconds of the same load first, not counted; default 20), JAR (default
# target/saferhub-*.jar, built when missing).
# Results: standard output and target/bench/matrix-<time>.txt; Gatling's report under bench/load/target/gatling.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18492}"
BASE="http://127.0.0.1:$PORT"
USERS="${USERS:-50}"
SECONDS_RUN="${SECONDS_RUN:-60}"
PASSWORD="${SAFERHUB_DEMO_PASSWORD:-community-safety-demo}"

JAR="${JAR:-$(ls target/saferhub-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}"
if [[ -z "$JAR" ]]; then
  ./mvnw -q -DskipTests package
  JAR="$(ls target/saferhub-*.jar | grep -v -- '-plain' | head -n 1)"
fi
./mvnw -q -B -ntp -f bench/load/pom.xml test-compile

BENCH="$ROOT/target/bench"
DATA="$BENCH/matrix-data"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$BENCH/matrix-$STAMP.txt"
LOG="$BENCH/matrix-$STAMP-server.log"
COOKIES="$BENCH/matrix-cookies.txt"
rm -rf "$DATA" "$COOKIES"
mkdir -p "$BENCH"
PID=""
cleanup() { if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID"; fi; }
trap cleanup EXIT
say() { echo "$*" | tee -a "$REPORT"; }

say "# SaferHub tasking matrix benchmark, $STAMP"
say "host: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "java: $("$JAVA" -version 2>&1 | head -n 1); jar: $JAR ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
# shellcheck disable=SC2086
SERVER_PORT="$PORT" SAFERHUB_DATA_DIR="$DATA" SAFERHUB_DEMO=true SAFERHUB_DEMO_PASSWORD="$PASSWORD" \
  "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.servlet.session.cookie.secure=false > "$LOG" 2>&1 &
PID=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health" 2>/dev/null)" == 200 ]]; do
  kill -0 "$PID" 2>/dev/null || { echo "SaferHub ended before answering; see $LOG" >&2; exit 1; }
  sleep 0.2
done

# A contributor's API key of Safer Leeds, issued through the administration page, to top the group up.
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
token="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)"
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=leeds.admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
form="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/admin/api-keys")"
token="$(echo "$form" | csrf)"
organisation="$(echo "$form" | tr '\n' ' ' | grep -o '<option value="[^"]*"[^>]*>[^<]*Safer Leeds<' \
  | head -n 1 | sed 's/<option value="\([^"]*\)".*/\1/')"
KEY="$(curl -s -L -c "$COOKIES" -b "$COOKIES" --data-urlencode "name=Matrix benchmark $STAMP" \
  --data-urlencode "organisationId=$organisation" --data-urlencode "roles=CONTRIBUTOR" \
  --data-urlencode "_csrf=$token" "$BASE/admin/api-keys" | grep -o 'shk_[A-Za-z0-9_-]*' | head -n 1)"
[[ -n "$KEY" ]] || { echo "could not issue an API key" >&2; exit 1; }
api() { curl -s -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' "$@"; }
groups="$(api "$BASE/api/v1/tasking/groups")"
GROUP="$(echo "$groups" | python3 -c 'import json,sys; print(next(g["id"] for g in json.load(sys.stdin) if g["name"].startswith("East North East")))')"
sample="$(api "$BASE/api/v1/priorities?group=$GROUP&size=1")"
CATEGORY="$(echo "$sample" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["categoryId"])')"
OWNER="$(echo "$sample" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["ownerOrganisationId"])')"
PLACES="$(echo "$sample" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["items"][0]["placeIds"]))')"
have="$(api "$BASE/api/v1/priorities?group=$GROUP&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
actions=0
for ((i = have; i < 50; i++)); do
  id="$(api -d "{\"categoryId\":\"$CATEGORY\",\"title\":\"Benchmark priority $i\",\"problem\":\"Reports of graffiti and litter around the shops\",\"placeIds\":$PLACES,\"locationText\":\"The parade of shops\",\"ownerOrganisationId\":\"$OWNER\",\"status\":\"ACTIVE\",\"rag\":\"AMBER\",\"ragReason\":\"Some progress\",\"handlingLevel\":\"PARTNERSHIP\"}" \
    "$BASE/api/v1/tasking/groups/$GROUP/priorities" | python3 -c 'import json,sys; b=json.load(sys.stdin); print(b["id"]) if "id" in b else sys.exit("refused: " + json.dumps(b))')"
  for ((j = 0; j < 7; j++)); do
    api -o /dev/null -d "{\"description\":\"Benchmark action $j\",\"ownerOrganisationId\":\"$OWNER\",\"kind\":\"PROACTIVE\",\"byNextCycle\":true}" \
      "$BASE/api/v1/priorities/$id/actions"
    actions=$((actions + 1))
  done
done
total="$(api "$BASE/api/v1/priorities?group=$GROUP&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
say "group $GROUP: $total priorities (the demonstration's $have and $((total - have)) added), $actions actions added (with the demonstration's, about 300)"

simulate() {
  SAFERHUB_URL="$BASE" LOAD_USERS="$USERS" LOAD_SECONDS="$1" LOAD_GROUP="$GROUP" \
    SAFERHUB_DEMO_PASSWORD="$PASSWORD" ./mvnw -q -B -ntp -f bench/load/pom.xml gatling:test \
    -Dgatling.simulationClass=uk.saferhub.bench.TaskingMatrixSimulation > "$BENCH/matrix-$STAMP-$2-gatling.log" 2>&1 \
    || say "(Gatling reported failures: see $BENCH/matrix-$STAMP-$2-gatling.log)"
}
# WARM_UP seconds of the same load first (not counted), as the Open311 benchmark does; WARM_UP=0 measures the first
# requests of a fresh server, the JIT still compiling.
WARM_UP="${WARM_UP:-20}"
if (( WARM_UP > 0 )); then simulate "$WARM_UP" warm-up; fi
say "load average before the measured run: $(cut -d' ' -f1-3 /proc/loadavg)"
simulate "$SECONDS_RUN" measured
report="$(ls -dt bench/load/target/gatling/*/ | head -n 1)"
say ""
say "## $USERS people on the matrix and 10 on the floor page, about one request a second each, ${SECONDS_RUN} s (after ${WARM_UP} s of warm-up)"
say "| request | requests | failed | p50 ms | p95 ms | p99 ms | max ms |"
say "| --- | --- | --- | --- | --- | --- | --- |"
python3 - "$report/index.html" <<'PY' | tee -a "$REPORT"
import re, sys
page = open(sys.argv[1]).read()
for row in re.finditer(r'<tr id="([^"]+)" data-parent="ROOT">(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row.group(2)).group(1)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row.group(2)))
    print(f"| {name} | {cells['2']} | {cells['4']} | {cells['8']} | {cells['9']} | {cells['10']} | {cells['12']} |")
PY
say "Gatling report: $report"

# One reader alone, the matrix and the floor page taking turns request by request (SINGLE of each, after 10 of each
# not counted), as bench/pages does: the medians depend much less than the 95th percentile under load on what else
# the machine is running.
SINGLE="${SINGLE:-100}"
rm -f "$COOKIES"
token="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)"
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=mstenton" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
TIMES="$BENCH/matrix-$STAMP-single.txt"
: > "$TIMES"
for ((i = 0; i < SINGLE + 10; i++)); do
  for page in "/tasking/matrix?group=$GROUP" "/account/password"; do
    t="$(curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %{time_total}' "$BASE$page")"
    if (( i >= 10 )); then echo "$page $t" >> "$TIMES"; fi
  done
done
python3 - "$TIMES" <<'PY' | tee -a "$REPORT"
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def summary(prefix):
    times = sorted(float(r[2]) * 1000 for r in rows if r[0].startswith(prefix) and r[1] == '200')
    bad = sum(1 for r in rows if r[0].startswith(prefix) and r[1] != '200')
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(times), bad
m, f = summary('/tasking/matrix'), summary('/account/password')
print(f"one reader alone, taking turns: matrix median {m[0]:.1f} ms (p95 {m[1]:.1f}), floor median {f[0]:.1f} ms "
      f"(p95 {f[1]:.1f}), matrix ÷ floor {m[0] / f[0]:.2f}; {m[2]} + {f[2]} answered 200, {m[3] + f[3]} not")
PY
kill -TERM "$PID"; for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done; PID=""
say "report: $REPORT"
