#!/usr/bin/env bash
# SaferHub patrol plan benchmark: a district's week planned from every snap point of the real Leeds street-level file
# (8,009 rows) for 4, 8 and 16 PCSOs of five shifts each; the target is under one second.
#
#   bench/patrol/plan.sh [runs]     runs defaults to 20 (after five not counted)
#
# The benchmark is a test-scoped main class (src/test/java/uk/saferhub/workforce/internal/PatrolBenchmark.java).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DATA="${SAFERHUB_REFERENCE_DATA_DIR:-../shared/data}"
mkdir -p target/bench
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/cp.txt > /dev/null
"$JAVA" -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench/cp.txt)" \
    uk.saferhub.workforce.internal.PatrolBenchmark "$DATA/crime-street/leeds/crimedataleeds.csv" "${1:-20}" \
    | tee "target/bench/patrol-$(date -u +%Y%m%dT%H%M%SZ).txt"
