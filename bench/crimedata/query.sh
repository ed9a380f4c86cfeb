#!/usr/bin/env bash
# SaferHub crime query benchmark: the analysis queries for one force over 13 months (Cambridgeshire, the 13 monthly
# files of ../shared/data/crime-street/cambridgeshire, imported by SaferHub), the same SQL on the embedded PostgreSQL
# and on DuckDB in memory holding the same rows, alternating; medians, 95th percentiles and their ratios.
#
#   bench/crimedata/query.sh [runs]        runs of each query, defaults to 30 (after 5 not counted)
#
# DuckDB's JDBC driver (org.duckdb:duckdb_jdbc from Maven Central) is fetched into target/bench by this script for
# the benchmark alone: it is no dependency of SaferHub's.
# Environment: JAVA_HOME (else Temurin 25 if present), SAFERHUB_REFERENCE_DATA_DIR (default ../shared/data).
# The benchmark is a test-scoped main class (src/test/java/uk/saferhub/crimedata/QueryBenchmark.java).
# Results go to standard output and to target/bench/crime-query-<time>.txt.
# EXPLAIN=1 prints PostgreSQL's plan of each query over the rows (before and after the timed runs); EXPLAIN=generic
# prints the plan PostgreSQL keeps for a prepared statement after its fifth run (plan_cache_mode=force_generic_plan);
# PLAN_MODE=force_custom_plan|force_generic_plan sets plan_cache_mode for the timed runs.
set -euo pipefail

DUCKDB_VERSION=1.4.4.0
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
DATA="$(cd "${SAFERHUB_REFERENCE_DATA_DIR:-../shared/data}" && pwd)"
OUT="target/bench/crime-query-$(date -u +%Y%m%dT%H%M%SZ).txt"

mkdir -p target/bench
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/cp.txt > /dev/null
./mvnw -q dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:$DUCKDB_VERSION -DoutputDirectory=target/bench > /dev/null
CP="target/classes:target/test-classes:$(cat target/bench/cp.txt):target/bench/duckdb_jdbc-$DUCKDB_VERSION.jar"

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), DuckDB $DUCKDB_VERSION"
  "$JAVA" -Xmx1g -cp "$CP" uk.saferhub.crimedata.QueryBenchmark "$DATA" "${1:-30}"
} 2>&1 | grep --line-buffered -v "^\s*at \|WARN\|^$" | tee "$OUT"
