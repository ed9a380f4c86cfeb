#!/usr/bin/env bash
# SaferHub locate benchmark: every point of the national police.uk month (2019-01, 41 forces) assigned to a ward by
# the Locator's spatial index, side by side with a naive scan of every ward (Geometry.contains), in one JVM.
#
#   bench/locate/locate.sh [runs] [--naive-sample]   runs defaults to 5 (after one warm-up pass that is not counted)
#
# Each run times both paths over every point, then over the points that fall inside a ward. --naive-sample runs the
# naive scan on a fixed sample of 20,000 points spread through the file instead of on all of them (slow machines).
# The benchmark is a test-scoped main class (src/test/java/uk/saferhub/geography/LocateBenchmark.java): the build
# compiles it but never runs it (surefire runs only *Tests classes).
#
# Environment:
#   JAVA_HOME                     else Temurin 25 if present, else `java` on the PATH
#   JAVA_OPTS                     extra JVM options (default -Xmx1g)
#   SAFERHUB_REFERENCE_DATA_DIR   the reference data folder (default ../shared/data)
# Results go to standard output and to target/bench/locate-<time>.txt.
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

# shellcheck disable=SC2086
exec "$JAVA" ${JAVA_OPTS:--Xmx1g} -cp "target/classes:target/test-classes:$(cat target/bench/cp.txt)" \
    uk.saferhub.geography.LocateBenchmark "$DATA" "${1:-5}" "${@:2}"
