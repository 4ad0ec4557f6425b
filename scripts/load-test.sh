#!/usr/bin/env bash
# The load test (issue 20): seeds the county dataset of the benchmark into its own database, starts the packaged
# application on it with the postgres profile, runs the Gatling simulation (load-test/: API clients and people on the
# web pages, signed in, in a realistic mix), samples the connection pool from /actuator/prometheus twice a second,
# and stops the application. Prints a summary (per request kind: count, failures, p95; throughput; the pool's peak)
# and writes it to target/load-test/summary.md. Not part of mvn verify; run it on an otherwise idle machine.
#
# Usage: scripts/load-test.sh                 (from the repository root; builds the jar if there is none)
# Settings (environment): USERS (50), LOAD_SECONDS (300), REPORTS (200000, the dataset's size), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres, the owner: seeding and migrations), APP_DB_USER (csu_casework_app: the
# application connects as it, owning nothing; created when missing), LOAD_DB (csu_casework_load, dropped and created again), LOAD_PORT (18090),
# SEED=0 to keep the database of an earlier run, JAR=path to run another build of the application (e.g. one
# without a fix, to show what the fix changed), POOL_SIZE to override Hikari's maximum pool size (default 10).
# Needs: java 17, Maven, psql, curl, python3. Exit status 0 when Gatling saw no failed request.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
USERS=${USERS:-50}
SECONDS_TO_RUN=${LOAD_SECONDS:-300}
REPORTS=${REPORTS:-200000}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
APP_DB_USER=${APP_DB_USER:-csu_casework_app}
DB=${LOAD_DB:-csu_casework_load}
PORT=${LOAD_PORT:-18090}
PASSWORD="Casework-demo-2026"
OUT="$ROOT/target/load-test"
mkdir -p "$OUT"
say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

JAR=${JAR:-$(ls target/csu-casework-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [[ -z "$JAR" ]]; then
    say "No jar in target/: building it (mvn -DskipTests package)"
    mvn -q -B -DskipTests package
    JAR=$(ls target/csu-casework-*.jar | grep -v original | head -1)
fi

if [[ "${SEED:-1}" == "1" ]]; then
    say "Seeding $REPORTS reports into $DB (LoadTestDataset, the county dataset of the benchmark)"
    LOAD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" TEST_DB_USER="$PGUSER" \
        mvn -q -B test -Dtest=LoadTestDataset -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.reports="$REPORTS"
fi
[[ -s target/load-data/reports.csv ]] || { say "target/load-data/reports.csv is missing: run with SEED=1"; exit 1; }

export PGHOST PGPORT PGUSER
psql -X -q -At -d postgres -c "select 1 from pg_roles where rolname = '$APP_DB_USER'" | grep -q 1 \
    || psql -X -q -d postgres -c "create role \"$APP_DB_USER\" login"

APP_PID=""
SAMPLER_PID=""
stop_all() {
    [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [[ -n "$APP_PID" ]]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
}
trap stop_all EXIT

say "Starting the application ($JAR) on port $PORT, postgres profile, database $DB"
env SERVER_PORT="$PORT" \
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$APP_DB_USER" \
    SPRING_DATASOURCE_PASSWORD="${APP_DB_PASSWORD:-}" \
    SPRING_FLYWAY_USER="$PGUSER" \
    SPRING_FLYWAY_PASSWORD="${PGPASSWORD:-}" \
    CASEWORK_DB_APP_ROLE="$APP_DB_USER" \
    ${POOL_SIZE:+SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$POOL_SIZE} \
    CASEWORK_DEMO_DATA=false \
    java -Xmx1g -jar "$JAR" > "$OUT/application.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
        break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { say "The application stopped; the end of its log:"; tail -40 "$OUT/application.log"; exit 1; }
    sleep 2
done
curl -fsS "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"' || { say "Not up after 6 minutes"; exit 1; }
say "Application is UP (pid $APP_PID)"

# The pool, twice a second, as an administrator sees it: active, idle, pending (threads waiting), timeouts so far.
sample_pool() {
    while true; do
        curl -s -u "admin:$PASSWORD" "http://127.0.0.1:$PORT/actuator/prometheus" 2>/dev/null \
            | awk -v t="$(date +%s.%N)" '/^hikaricp_connections_(active|pending|idle|max|timeout_total)\{/ {
                  split($1, name, "{"); v[name[1]] = $2 }
              END { printf "%s %s %s %s %s %s\n", t, v["hikaricp_connections_active"], v["hikaricp_connections_pending"],
                    v["hikaricp_connections_idle"], v["hikaricp_connections_max"], v["hikaricp_connections_timeout_total"] }'
        sleep 0.5
    done
}
sample_pool > "$OUT/pool.txt" &
SAMPLER_PID=$!

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
say "Load average before: $LOAD_BEFORE. Running Gatling: $USERS users for $SECONDS_TO_RUN s"
set +e
mvn -q -B -f load-test/pom.xml gatling:test -Dload.baseUrl="http://127.0.0.1:$PORT" -Dload.users="$USERS" \
    -Dload.seconds="$SECONDS_TO_RUN" -Dload.reports="$ROOT/target/load-data/reports.csv" > "$OUT/gatling.log" 2>&1
GATLING=$?
set -e
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

RUN=$(ls -td load-test/target/gatling/*/ 2>/dev/null | head -1)
python3 - "$RUN" "$OUT/pool.txt" "$SECONDS_TO_RUN" "$USERS" "$LOAD_BEFORE" "$LOAD_AFTER" > "$OUT/summary.md" <<'EOF'
import json, sys, glob, os, platform, datetime
run, pool, seconds, users, before, after = sys.argv[1:7]
print(f"Date {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC; {users} users for {seconds} s; "
      f"load average before {before}, after {after}; {os.cpu_count()} cores; {platform.platform()}")
print()
stats = json.load(open(os.path.join(run, "js", "stats.json")))
def row(name, s):
    n = s["numberOfRequests"]
    return (f"| {name} | {n['total']} | {n['ko']} | {s['percentiles1']['total']} ms | {s['percentiles3']['total']} ms "
            f"| {s['meanNumberOfRequestsPerSecond']['total']:.1f} /s |")
print("| request | count | failed | median | p95 | throughput |")
print("|---|---:|---:|---:|---:|---:|")
for content in sorted(stats["contents"].values(), key=lambda c: c["name"]):
    print(row(content["name"], content["stats"]))
print(row("**all requests**", stats["stats"]))
print()
samples = [line.split() for line in open(pool) if len(line.split()) == 6]
def peak(i): return max(float(s[i]) for s in samples) if samples else float("nan")
timeouts = [float(s[5]) for s in samples]
print(f"Connection pool (max {peak(4):.0f}): peak active {peak(1):.0f}, peak pending (threads waiting) {peak(2):.0f}, "
      f"connection timeouts during the run {timeouts[-1] - timeouts[0]:.0f} ({len(samples)} samples, every 0.5 s)")
EOF
cat "$OUT/summary.md"
say "Gatling report: $RUN; application log: $OUT/application.log"
exit $GATLING
