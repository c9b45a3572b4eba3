#!/usr/bin/env bash
# Benchmarks of the customer-value issue, each beside a pgbench reference measured in the same run (absolute figures
# drift on a shared machine; the ratios travel better). Needs: local PostgreSQL (trust auth) with pgbench, Redis,
# JDK 25 (found like ./dev does), a built application (./dev build). Usage: bench/run.sh [rows] (default 1000000).
# Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
PG="-h 127.0.0.1 -U postgres"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
APP=

[ -f api/target/stammkunde.jar ] && [ -f bench/target/bench-0.1.0-SNAPSHOT.jar ] || ./dev build -q
./dev mvn -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$WORK/cp" >/dev/null
CP="bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat "$WORK/cp")"

if [ -z "${SKIP_REFERENCE:-}" ]; then
echo "## reference: pgbench (select-only, 2 clients, 20 s, scale 10)" >&2
psql $PG -q -d postgres -c "DROP DATABASE IF EXISTS stammkunde_pgbench" -c "CREATE DATABASE stammkunde_pgbench"
pgbench $PG -q -i -s 10 stammkunde_pgbench >/dev/null 2>&1
TPS=$(pgbench $PG -S -c 2 -j 2 -T 20 stammkunde_pgbench 2>/dev/null | awk '/^tps/ {print int($3); exit}')
echo "pgbench tps=$TPS" >&2

echo "## model fit" >&2
FIT=$("$JAVA" -cp "$CP" de.stammkunde.bench.FitBenchmark 100000 1000000)
echo "$FIT" >&2
else TPS=1; FIT=""; fi

echo "## history import of $ROWS lines through the HTTP API" >&2
"$JAVA" -cp "$CP" de.stammkunde.bench.HistoryFile "$WORK/history.csv" "$ROWS" >&2
psql $PG -q -d postgres -c "DROP DATABASE IF EXISTS stammkunde_bench WITH (FORCE)" -c "CREATE DATABASE stammkunde_bench"
"$JAVA" -Xmx1g -jar api/target/stammkunde.jar --spring.profiles.active=demo --server.port=18080 \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/stammkunde_bench --spring.datasource.username=postgres \
  --stammkunde.demo.customers=5 --stammkunde.demo.till-customers=10 --stammkunde.cookies.secure=false \
  --stammkunde.redis-key-prefix="bench-$$:" ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 180); do curl -sf http://localhost:18080/actuator/health >/dev/null && break; sleep 1; done
J="$WORK/cookies"
curl -s -c "$J" -b "$J" http://localhost:18080/api/v1/auth/session >/dev/null
XSRF=$(awk '/XSRF-TOKEN/ {print $7}' "$J")
curl -sf -c "$J" -b "$J" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' \
  -d '{"shop":"baeckerei-sonnenschein","email":"inhaberin@baeckerei-sonnenschein.de","password":"Brezel-Butter-Kaffee"}' \
  http://localhost:18080/api/v1/auth/login >/dev/null
XSRF=$(awk '/XSRF-TOKEN/ {print $7}' "$J")
SHOP=$(curl -s -b "$J" http://localhost:18080/api/v1/auth/session | sed -E 's/.*"shop":\{"id":"([^"]+)".*/\1/')
START=$(date +%s.%N)
JOB=$(curl -s -b "$J" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: text/csv' --data-binary @"$WORK/history.csv" \
  "http://localhost:18080/api/v1/shops/$SHOP/imports/purchases?fileName=bench.csv" | sed -E 's/.*"id":"([^"]+)".*/\1/')
UPLOADED=$(date +%s.%N)
PEAK=0
while true; do
  STATE=$(curl -s -b "$J" "http://localhost:18080/api/v1/shops/$SHOP/imports/$JOB")
  RSS=$(ps -o rss= -p $APP | tr -d ' '); [ "$RSS" -gt "$PEAK" ] && PEAK=$RSS
  case "$STATE" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break;; esac
  sleep 1
done
END=$(date +%s.%N)
echo "$STATE" | head -c 400 >&2; echo >&2
IMPORTED=$(echo "$STATE" | sed -E 's/.*"imported":([0-9]+).*/\1/')
CUSTOMERS=$(echo "$STATE" | sed -E 's/.*"customersCreated":([0-9]+).*/\1/')

echo "## the lifetime-value run the import queued, and the model endpoint with a holdout" >&2
while true; do
  RUN=$(curl -s -b "$J" "http://localhost:18080/api/v1/shops/$SHOP/analytics/clv/runs" | sed -E 's/^\{"items":\[(\{[^}]*\}).*/\1/')
  case "$RUN" in *'"status":"DONE"'*|*'"status":"FAILED"'*) break;; esac
  sleep 1
done
echo "$RUN" | head -c 300 >&2; echo >&2
RUN_S=$(echo "$RUN" | sed -E 's/.*"startedAt":"([^"]+)","finishedAt":"([^"]+)".*/\1 \2/' | {
  read -r a b; echo "$(( $(date -d "$b" +%s%N) - $(date -d "$a" +%s%N) ))" | awk '{printf "%.1f", $1 / 1e9}'; })
TODAY=$(date +%F); CAL=$(date -d "-26 weeks" +%F)
MODEL_S=$(curl -s -o "$WORK/model.json" -w '%{time_total}' -b "$J" \
  "http://localhost:18080/api/v1/shops/$SHOP/analytics/clv/model?calibrationEnd=$CAL&holdoutEnd=$TODAY")
head -c 300 "$WORK/model.json" >&2; echo >&2
SKIPPED=$(echo "$STATE" | sed -E 's/.*"skipped":([0-9]+).*/\1/')

awk -v tps="$TPS" -v fit="$FIT" -v rows="$ROWS" -v start="$START" -v up="$UPLOADED" -v end="$END" \
    -v imported="$IMPORTED" -v skipped="$SKIPPED" -v peak="$PEAK" -v customers="$CUSTOMERS" -v run="$RUN_S" \
    -v model="$MODEL_S" 'BEGIN {
  printf "| benchmark | result | reference (same run) | ratio |\n| --- | --- | --- | --- |\n"
  printf "| pgbench -S, 2 clients | %d tps | – | 1 |\n", tps
  n = split(fit, lines, "\n")
  for (i = 1; i <= n; i++) {
    split(lines[i], f, " "); sub("n=", "", f[2]); sub("median_s=", "", f[5]); sub("cold_s=", "", f[4]); sub("gg_median_s=", "", f[6])
    printf "| fit BG/NBD, %d customers | %.2f s (cold %.2f s; Gamma-Gamma %.2f s) | 1,000 pgbench transactions take %.2f s | %.2f× |\n", f[2], f[5], f[4], f[6], 1000 / tps, f[5] / (1000 / tps)
  }
  total = end - start
  printf "| history import, %d lines (%d imported, %d skipped) | %.0f s (upload %.0f s), %.0f lines/s, peak RSS %.0f MB | %d tps | %.2f lines per pgbench transaction |\n", rows, imported, skipped, total, up - start, rows / total, peak / 1024, tps, (rows / total) / tps
  printf "| lifetime-value run (SQL summary, fit, score, write) for %d customers | %s s | %d tps | %.0f pgbench transactions |\n", customers, run, tps, run * tps
  printf "| model endpoint with holdout (SQL summary, fit, 26-week holdout curves) for %d customers | %s s | %d tps | %.0f pgbench transactions |\n", customers, model, tps, model * tps
}'
