#!/usr/bin/env bash
# SaferHub everyday pages benchmark: how long the signed-in home page ("Your work") and a search take to answer,
# side by side with the simplest signed-in page (/account/password, the floor: the same filters, session and layout,
# no data), for several demonstration accounts, one request at a time.
#
#   bench/pages/pages.sh [requests]    requests per page and account, default 50 (after 10 warm-up requests)
#
# Needs a SaferHub already running with the demonstration partnership (`./mvnw spring-boot:run`, or the jar).
#
# Environment:
#   BASE       the server (default http://127.0.0.1:8080)
#   PASSWORD   the demonstration accounts' password (default community-safety-demo, SAFERHUB_DEMO_PASSWORD's default)
#   USERS      the accounts (default: a coordinator, a police sergeant, a panel member and an administrator)
# Results go to standard output and to target/bench/pages-<time>.txt.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

BASE="${BASE:-http://127.0.0.1:8080}"
PASSWORD="${PASSWORD:-community-safety-demo}"
USERS="${USERS:-mstenton central.sergeant panel.member admin}"
REQUESTS="${1:-50}"
WARM_UP=10
PAGES=("/account/password" "/" "/search?q=protocol" "/search?q=east+north+east")

if ! curl -fsS -o /dev/null "$BASE/actuator/health"; then
  echo "No SaferHub answers at $BASE: start it first (./mvnw spring-boot:run)" >&2
  exit 1
fi

mkdir -p target/bench
REPORT="target/bench/pages-$(date -u +%Y%m%dT%H%M%SZ).txt"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Signs in as $1 with a cookie jar of its own; fails when the sign-in does not land on the home page.
sign_in() {
  local jar="$WORK/$1.cookies" token
  token="$(curl -fsS -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')"
  local landed
  landed="$(curl -sS -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
    "$BASE/login")"
  if [[ "$landed" != "$BASE/" ]]; then
    echo "Signing in as $1 did not land on the home page (went to '$landed')" >&2
    exit 1
  fi
}

# Prints the times in milliseconds of $3 requests for page $2 as $1, one a line; fails on any answer but 200.
times() {
  local jar="$WORK/$1.cookies" i code seconds
  for ((i = 0; i < $3; i++)); do
    read -r code seconds < <(curl -sS -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$2")
    if [[ "$code" != 200 ]]; then
      echo "$2 as $1 answered $code" >&2
      exit 1
    fi
    awk -v s="$seconds" 'BEGIN { printf "%.1f\n", s * 1000 }'
  done
}

# Median and 95th percentile of the numbers on standard input.
summary() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    p = v[int(NR * 0.95 + 0.999)]; printf "%.1f %.1f\n", m, p }'
}

{
  echo "SaferHub everyday pages at $BASE, $(date -u '+%Y-%m-%d %H:%M UTC'), $REQUESTS requests per page and account"
  echo "after $WARM_UP warm-up requests; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  printf '%-18s %-28s %10s %10s %10s\n' account page "median ms" "p95 ms" "× floor"
  for user in $USERS; do
    sign_in "$user"
    floor=""
    for page in "${PAGES[@]}"; do
      times "$user" "$page" "$WARM_UP" > /dev/null
    done
    # the pages take turns, so that a slow moment of the machine falls on all of them alike
    for ((round = 0; round < REQUESTS; round++)); do
      for index in "${!PAGES[@]}"; do
        times "$user" "${PAGES[$index]}" 1 >> "$WORK/$user.$index"
      done
    done
    for index in "${!PAGES[@]}"; do
      read -r median p95 < <(summary < "$WORK/$user.$index")
      if [[ -z "$floor" ]]; then
        floor="$median"
      fi
      printf '%-18s %-28s %10s %10s %10s\n' "$user" "${PAGES[$index]}" "$median" "$p95" \
        "$(awk -v a="$median" -v b="$floor" 'BEGIN { printf "%.2f", a / b }')"
    done
  done
} | tee "$REPORT"
echo "Report: $REPORT"
