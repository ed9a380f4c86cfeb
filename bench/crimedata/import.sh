#!/usr/bin/env bash
# SaferHub crime import benchmark: the national police.uk month (2019-01, 41 forces, 358,147 rows, a .csv.gz)
# imported by SaferHub (checks, ward placement against the demonstration's wards, COPY to staging, the force-month
# replacement) side by side with a raw PostgreSQL COPY of the same decompressed file into an unindexed table, on the
# same embedded server in one JVM, alternating; then the heap, under -Xmx256m, importing the file and a file of ten
# copies of it (3,581,470 rows, written to target/bench and never committed).
#
#   bench/crimedata/import.sh [runs]        runs defaults to 3 (after three of each not counted)
#
# Environment: JAVA_HOME (else Temurin 25 if present), SAFERHUB_REFERENCE_DATA_DIR (default ../shared/data).
# The benchmark is a test-scoped main class (src/test/java/uk/saferhub/crimedata/ImportBenchmark.java).
# Results go to standard output and to target/bench/crime-import-<time>.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DATA="$(cd "${SAFERHUB_REFERENCE_DATA_DIR:-../shared/data}" && pwd)"
NATIONAL="$DATA/crime-street/national/2019-01-street-41-forces.csv.gz"
OUT="target/bench/crime-import-$(date -u +%Y%m%dT%H%M%SZ).txt"

mkdir -p target/bench
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/cp.txt > /dev/null
CP="target/classes:target/test-classes:$(cat target/bench/cp.txt)"

TEN="target/bench/2019-01-street-41-forces-ten-copies.csv.gz"
if [[ ! -s "$TEN" || $(stat -c %s "$TEN") -lt 1000000 ]]; then
  set +o pipefail
  { zcat "$NATIONAL" | head -1; for _ in 1 2 3 4 5 6 7 8 9 10; do zcat "$NATIONAL" | tail -n +2; done; } | gzip -1 > "$TEN"
  set -o pipefail
fi

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -Xmx1g -cp "$CP" uk.saferhub.crimedata.ImportBenchmark "$DATA" "$NATIONAL" "${1:-3}"
  "$JAVA" -Xmx256m -cp "$CP" uk.saferhub.crimedata.ImportBenchmark "$DATA" "$NATIONAL" heap
  "$JAVA" -Xmx256m -cp "$CP" uk.saferhub.crimedata.ImportBenchmark "$DATA" "$TEN" heap
} 2>&1 | grep --line-buffered -v "^\s*at \|WARN\|^$" | tee "$OUT"
