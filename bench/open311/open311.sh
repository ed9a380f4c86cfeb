#!/usr/bin/env bash
# SaferHub Open311 intake benchmark: reports posted by Open311 clients as fast as one server takes them, each placed in
# its ward, routed and checked for a likely duplicate, against the same server's GET /actuator/health as the floor,
# measured one after the other in one run on one warm server.
#
#   bench/open311/open311.sh
#
# Environment:
#   JAVA_HOME   else Temurin 25 if present;  JAVA_OPTS extra options for the SaferHub JVM
#   PORT        default 18491
#   USERS       concurrent clients without pauses, default 16
#   SECONDS_EACH   seconds of each phase (health alone, then posts alone), default 30; a warm-up of 10 s precedes them
#   DATA_FOLDER the reference data folder (default ../shared/data): the Leeds rows of crime-street/leeds give the
#               locations of the reports, as the demonstration's own reports do
#   JAR         the jar to start, default target/saferhub-*.jar (built when missing)
# Results: standard output and target/bench/open311-<time>.txt; Gatling's HTML reports under bench/load/target/gatling.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18491}"
BASE="http://127.0.0.1:$PORT"
USERS="${USERS:-16}"
SECONDS_EACH="${SECONDS_EACH:-30}"
DATA_FOLDER="${DATA_FOLDER:-$ROOT/../shared/data}"
PASSWORD="${SAFERHUB_DEMO_PASSWORD:-community-safety-demo}"
LEEDS="$DATA_FOLDER/crime-street/leeds/crimedataleeds.csv"
[[ -f "$LEEDS" ]] || { echo "No Leeds street-level file at $LEEDS (set DATA_FOLDER)" >&2; exit 1; }

JAR="${JAR:-$(ls target/saferhub-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}"
if [[ -z "$JAR" ]]; then
  echo "Building the jar once: ./mvnw -q -DskipTests package" >&2
  ./mvnw -q -DskipTests package
  JAR="$(ls target/saferhub-*.jar | grep -v -- '-plain' | head -n 1)"
fi
./mvnw -q -B -ntp -f bench/load/pom.xml test-compile

BENCH="$ROOT/target/bench"
DATA="$BENCH/open311-data"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
REPORT="$BENCH/open311-$STAMP.txt"
LOG="$BENCH/open311-$STAMP-server.log"
COOKIES="$BENCH/open311-cookies.txt"
POINTS="$BENCH/open311-points.csv"
rm -rf "$DATA" "$COOKIES"
mkdir -p "$BENCH"
# The locations: latitude,longitude of every located Leeds row (columns 6 and 5), without the header.
awk -F, 'NR > 1 && $5 != "" && $6 != "" { print $6 "," $5 }' "$LEEDS" > "$POINTS"
PID=""
cleanup() { if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill -9 "$PID"; fi; }
trap cleanup EXIT
say() { echo "$*" | tee -a "$REPORT"; }

say "# SaferHub Open311 intake benchmark, $STAMP"
say "host: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "java: $("$JAVA" -version 2>&1 | head -n 1); jar: $JAR ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
# shellcheck disable=SC2086
SERVER_PORT="$PORT" SAFERHUB_DATA_DIR="$DATA" SAFERHUB_DEMO=true SAFERHUB_DEMO_PASSWORD="$PASSWORD" \
  SAFERHUB_REFERENCE_DATA_DIR="$DATA_FOLDER" \
  "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.servlet.session.cookie.secure=false > "$LOG" 2>&1 &
PID=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health" 2>/dev/null)" == 200 ]]; do
  kill -0 "$PID" 2>/dev/null || { echo "SaferHub ended before answering; see $LOG" >&2; exit 1; }
  sleep 0.2
done
say "server: pid $PID; $(wc -l < "$POINTS") Leeds locations for the reports"

# A contributor's API key of Leeds City Council, issued through the administration page as a person would.
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
token="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)"
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=leeds.admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
form="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/admin/api-keys")"
token="$(echo "$form" | csrf)"
organisation="$(echo "$form" | tr '\n' ' ' | grep -o '<option value="[^"]*"[^>]*>[^<]*Leeds City Council<' \
  | head -n 1 | sed 's/<option value="\([^"]*\)".*/\1/')"
API_KEY="$(curl -s -L -c "$COOKIES" -b "$COOKIES" --data-urlencode "name=Open311 benchmark $STAMP" \
  --data-urlencode "organisationId=$organisation" --data-urlencode "roles=CONTRIBUTOR" \
  --data-urlencode "_csrf=$token" "$BASE/admin/api-keys" | grep -o 'shk_[A-Za-z0-9_-]*' | head -n 1)"
[[ -n "$API_KEY" ]] || { echo "could not issue an API key" >&2; exit 1; }

simulate() {
  SAFERHUB_URL="$BASE" LOAD_USERS="$USERS" LOAD_SECONDS="$1" LOAD_API_KEY="$API_KEY" LOAD_POINTS="$POINTS" \
    ./mvnw -q -B -ntp -f bench/load/pom.xml gatling:test -Dgatling.simulationClass=uk.saferhub.bench.Open311PostSimulation \
    > "$BENCH/open311-$STAMP-$2-gatling.log" 2>&1 || say "(Gatling reported failures: see $BENCH/open311-$STAMP-$2-gatling.log)"
  ls -dt bench/load/target/gatling/*/ | head -n 1
}
summarise() {
  python3 - "$1/index.html" "$2" <<'PY'
import re, sys
page = open(sys.argv[1]).read()
seconds = float(sys.argv[2])
for row in re.finditer(r'<tr id="([^"]+)" data-parent="ROOT">(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row.group(2)).group(1)
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row.group(2)))
    print(f"| {name} | {cells['2']} | {cells['4']} | {int(cells['2']) / seconds:.0f} | {cells['8']} | {cells['9']} | {cells['10']} | {cells['12']} |")
PY
}

# CPU used by the server and its PostgreSQL (clock ticks, utime + stime, with the postmaster's waited-for children),
# sampled every second during the measured run: with Gatling's 5-second counts it gives the CPU per request of each
# phase, which depends much less than requests per second on what else the machine is running.
POSTMASTER="$(pgrep -f -- "-D $DATA/postgres" | head -n 1 || true)"
cpu_ticks() {
  local total=0 p
  for p in "$PID" $POSTMASTER $(pgrep -P "${POSTMASTER:-0}" 2>/dev/null); do
    [[ -r /proc/$p/stat ]] || continue
    total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
CPULOG="$BENCH/open311-$STAMP-cpu.txt"
simulate 10 warm-up > /dev/null
( while kill -0 "$PID" 2>/dev/null; do echo "$(date +%s) $(cpu_ticks)"; sleep 1; done > "$CPULOG" ) &
SAMPLER=$!
report="$(simulate "$SECONDS_EACH" measured)"
kill "$SAMPLER" 2>/dev/null || true
say ""
say "## $USERS clients without pauses: health alone for ${SECONDS_EACH} s, then posts alone for ${SECONDS_EACH} s"
say "| request | requests | failed | req/s | p50 ms | p95 ms | p99 ms | max ms |"
say "| --- | --- | --- | --- | --- | --- | --- | --- |"
summarise "$report" "$SECONDS_EACH" | tee -a "$REPORT"
say "Gatling report: $report"
python3 - "$REPORT" <<'PY' | tee -a "$REPORT"
import re, sys
rows = [l.split('|') for l in open(sys.argv[1]) if l.startswith('| GET') or l.startswith('| POST')]
by = {r[1].strip().split()[0]: r for r in rows}
if 'GET' in by and 'POST' in by:
    g, p = by['GET'], by['POST']
    print(f"posts: {p[4].strip()} req/s = {int(p[4]) / int(g[4]):.2f} × the floor's {g[4].strip()} req/s; "
          f"p99 {p[7].strip()} ms against the floor's {g[7].strip()} ms")
PY

python3 - "$BENCH/open311-$STAMP-measured-gatling.log" "$CPULOG" "$(getconf CLK_TCK)" <<'PY' | tee -a "$REPORT"
import re, sys, calendar, time
log, cpu, tck = open(sys.argv[1]).read(), [l.split() for l in open(sys.argv[2]) if l.strip()], int(sys.argv[3])
snaps = []  # (epoch, {request: count})
for block in re.split(r'\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT)', log):
    m = re.match(r'(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) GMT', block)
    if m:
        at = calendar.timegm(time.strptime(m.group(1), '%Y-%m-%d %H:%M:%S'))
        snaps.append((at, {k.strip(): int(v.replace(',', '')) for k, v in re.findall(r'> ((?:GET|POST) [^|]+)\|\s+([\d,]+)', block)}))
def ticks(at):
    before = [int(t) for s, t in cpu if int(s) <= at]
    return before[-1] if before else None
for name in ('GET /actuator/health', 'POST /open311/v2/requests.json'):
    counts = [(at, c.get(name, 0)) for at, c in snaps]
    moving = [i for i in range(1, len(counts)) if counts[i][1] > counts[i - 1][1]]
    if len(moving) < 3:
        continue
    a, b = counts[moving[1]], counts[moving[-2]]  # leave out the first and last 5 s of the phase
    ta, tb = ticks(a[0]), ticks(b[0])
    if ta is None or tb is None or b[1] <= a[1]:
        continue
    print(f"{name}: {1000 * (tb - ta) / tck / (b[1] - a[1]):.2f} ms of CPU (server + PostgreSQL) a request, "
          f"over {b[1] - a[1]} requests from {b[0] - a[0]} s of the phase")
PY

kill -TERM "$PID"
for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
PID=""
say "report: $REPORT"
