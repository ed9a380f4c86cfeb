#!/usr/bin/env bash
# SaferHub start-up benchmark: wall time from `java -jar` to the first page served (GET / answering 200), with a
# warm embedded database, and the heap after start; side by side with a floor, the JDK's own `jwebserver`, started
# and timed the same way in the same run.
#
#   bench/startup.sh [runs]          runs defaults to 5 (after one warm-up run that is not counted)
#
# Environment:
#   JAVA_HOME  else Temurin 25 if present, else `java` on the PATH
#   JAVA_OPTS  extra options for every SaferHub JVM
#   VARIANTS   what to measure besides the floor, default "jar":
#                jar     java -jar target/saferhub-*.jar
#                c1      the same with -XX:TieredStopAtLevel=1 (C1 only: less JIT work while starting)
#                aot     java -XX:AOTCache=... -jar on the extracted jar (JDK 25+: the cache is trained once, not
#                        counted, with -Dspring.context.exit=onRefresh)
#                aot-c1  both
#   NICE       run everything measured under `nice -n $NICE` (root may give a negative value, so that other jobs on
#              a shared machine disturb the figures less)
#   PORT       default 18480
# Results go to standard output and to target/bench/startup-<time>.txt.
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JSTAT="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
JWEBSERVER="${JAVA_HOME:+$JAVA_HOME/bin/}jwebserver"
NICE_PREFIX=()
if [[ -n "${NICE:-}" ]]; then NICE_PREFIX=(nice -n "$NICE"); fi
read -r -a VARIANT_LIST <<< "${VARIANTS:-jar}"

JAR="$(ls target/saferhub-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)"
if [[ -z "$JAR" ]]; then
  echo "Building the jar once: ./mvnw -q -DskipTests package" >&2
  ./mvnw -q -DskipTests package
  JAR="$(ls target/saferhub-*.jar | grep -v -- '-plain' | head -n 1)"
fi

BENCH="$ROOT/target/bench"
DATA="$BENCH/data"
WWW="$BENCH/www"
mkdir -p "$BENCH" "$WWW"
echo '<!doctype html><title>floor</title><p>jwebserver' > "$WWW/index.html"
REPORT="$BENCH/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
PORT="${PORT:-18480}"
PID=""

cleanup() { if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

now_ns() { date +%s%N; }

# Waits for GET / to answer 200 on $PORT while process $PID lives; prints the seconds since $1 (ns).
await_first_page() {
  local started="$1"
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" 2>/dev/null)" == 200 ]]; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "the process ended before serving a page" >&2; return 1; fi
    sleep 0.05
  done
  awk -v a="$started" -v b="$(now_ns)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
}

# CPU seconds (user + system) the process $PID used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$PID/stat"; }

# Heap in use (MB) as jstat sees it: survivor + eden + old, garbage not yet collected included.
heap_used_mb() { "$JSTAT" -gc "$PID" | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'; }

# Heap still in use (MB) after a full collection: what the application really holds.
heap_live_mb() { "$JCMD" "$PID" GC.run > /dev/null 2>&1 || true; heap_used_mb; }

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status"; }

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# One SaferHub start; sets RESULT to "seconds cpu heap_used heap_live rss".
saferhub_run() {
  local started; started="$(now_ns)"
  "${NICE_PREFIX[@]}" "$JAVA" ${JAVA_OPTS:-} "$@" --saferhub.data-dir="$DATA" --server.address=127.0.0.1 --server.port="$PORT" \
      > "$BENCH/saferhub.log" 2>&1 &
  PID=$!
  local seconds; seconds="$(await_first_page "$started")"
  local cpu; cpu="$(cpu_seconds)"
  local used; used="$(heap_used_mb)"
  local live; live="$(heap_live_mb)"
  local rss; rss="$(rss_mb)"
  stop
  RESULT="$seconds $cpu $used $live $rss"
}

# One jwebserver start; sets RESULT to its seconds.
baseline_run() {
  local started; started="$(now_ns)"
  "${NICE_PREFIX[@]}" "$JWEBSERVER" -b 127.0.0.1 -p "$PORT" -d "$WWW" > "$BENCH/jwebserver.log" 2>&1 &
  PID=$!
  local seconds; seconds="$(await_first_page "$started")"
  stop
  RESULT="$seconds"
}

median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m + 0 }'; }

{
  echo "SaferHub start-up benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)," \
       "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$JAVA" -version 2>&1 | head -n 1); options: ${JAVA_OPTS:-none}; nice: ${NICE:-0}"
  echo "jar: $JAR; data: $DATA; runs: $RUNS (after one warm-up)"
} | tee "$REPORT"

saferhub_run -jar "$JAR"
echo "warm-up (not counted): ${RESULT%% *} s" | tee -a "$REPORT"

variants=("${VARIANT_LIST[@]}")
if [[ " ${variants[*]} " == *" aot"* ]]; then
  APP="$BENCH/app"
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
  EXTRACTED="$APP/$(basename "$JAR")"
  echo "training the AOT cache (not counted)..." | tee -a "$REPORT"
  "$JAVA" -XX:AOTCacheOutput="$APP/saferhub.aot" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
      --saferhub.data-dir="$DATA" --server.address=127.0.0.1 --server.port="$PORT" > "$BENCH/aot-training.log" 2>&1
fi

declare -A t_seconds t_cpu t_used t_live t_rss
baseline=()
printf '%-4s %-10s %8s %8s %10s %10s %8s\n' run variant seconds cpu_s heap_used heap_live rss_mb | tee -a "$REPORT"
for ((i = 1; i <= RUNS; i++)); do
  baseline_run
  b="$RESULT"
  baseline+=("$b")
  printf '%-4s %-10s %8s\n' "$i" jwebserver "$b" | tee -a "$REPORT"
  for v in "${variants[@]}"; do
    case "$v" in
      jar) saferhub_run -jar "$JAR" ;;
      c1) saferhub_run -XX:TieredStopAtLevel=1 -jar "$JAR" ;;
      aot) saferhub_run -XX:AOTCache="$APP/saferhub.aot" -jar "$EXTRACTED" ;;
      aot-c1) saferhub_run -XX:TieredStopAtLevel=1 -XX:AOTCache="$APP/saferhub.aot" -jar "$EXTRACTED" ;;
      *) echo "unknown variant $v" >&2; exit 2 ;;
    esac
    read -r s c u l r <<< "$RESULT"
    t_seconds[$v]+="$s "; t_cpu[$v]+="$c "; t_used[$v]+="$u "; t_live[$v]+="$l "; t_rss[$v]+="$r "
    printf '%-4s %-10s %8s %8s %10s %10s %8s\n' "$i" "$v" "$s" "$c" "$u" "$l" "$r" | tee -a "$REPORT"
  done
done

floor="$(printf '%s\n' "${baseline[@]}" | median)"
{
  echo
  echo "medians over $RUNS runs (seconds to the first page; heap and RSS in MB):"
  echo "  jwebserver (floor): ${floor} s"
  for v in "${variants[@]}"; do
    s="$(tr ' ' '\n' <<< "${t_seconds[$v]}" | grep . | median)"
    u="$(tr ' ' '\n' <<< "${t_used[$v]}" | grep . | median)"
    l="$(tr ' ' '\n' <<< "${t_live[$v]}" | grep . | median)"
    c="$(tr ' ' '\n' <<< "${t_cpu[$v]}" | grep . | median)"
    r="$(tr ' ' '\n' <<< "${t_rss[$v]}" | grep . | median)"
    ratio="$(awk -v a="$s" -v b="$floor" 'BEGIN { printf "%.1f", a / b }')"
    verdict="$(awk -v s="$s" -v u="$u" 'BEGIN { printf "time %s 8 s, heap %s 512 MB", (s <= 8) ? "within" : "OVER",
        (u <= 512) ? "within" : "OVER" }')"
    echo "  saferhub $v: ${s} s (${ratio}x the floor), CPU ${c} s, heap used ${u} MB, live ${l} MB, RSS ${r} MB:" \
         "$verdict"
  done
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$REPORT"
echo "report: $REPORT"
