#!/usr/bin/env bash
# The load test (issue 20): seeds the county dataset of the benchmark into its own database, starts the packaged
# application on it with the postgres profile, runs the Gatling simulation (load-test/: API clients and people on the
# web pages, signed in, in a realistic mix), samples the connection pool from /actuator/prometheus twice a second,
# and stops the application. Prints a summary (per request kind: count, failures, p95; throughput; the pool's peak)
# and writes it to target/load-test/summary.md. Not part of mvn verify; run it on an otherwise idle machine.
#
# Usage: scripts/load-test.sh                 (from the repository root)
# Settings (environment): USERS (50), LOAD_SECONDS (300), REPORTS (200000, the dataset's size), PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (postgres, the owner: seeding and migrations), APP_DB_USER (csu_casework_app: the
# application connects as it, owning nothing; created when missing), LOAD_DB (csu_casework_load, dropped and created again), LOAD_PORT (18090),
# SEED=0 to keep the database of an earlier run, APP_CLASSES=another build's target/classes (e.g. one without a
# fix, to show what the fix changed), SCENARIO=readers for issue 20's attack (every user opening reports without a
# pause) instead of the realistic mix, POOL_SIZE to override Hikari's maximum pool size (default 10).
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

# The application as `mvn spring-boot:run` starts it (the development bundle of the UI, decision 0012; a plain jar
# would need the production bundle, mvn -Pproduction package): compiled classes and the runtime classpath.
CLASSES=${APP_CLASSES:-$ROOT/target/classes}
if [[ ! -d "$CLASSES/org" ]]; then
    say "No compiled classes in $CLASSES: compiling (mvn -DskipTests compile)"
    mvn -q -B -DskipTests compile
fi
[[ -s target/load-test/classpath.txt ]] || mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/load-test/classpath.txt

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

say "Starting the application ($CLASSES) on port $PORT, postgres profile, database $DB"
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
    java -Xmx1g -cp "$CLASSES:$(cat target/load-test/classpath.txt)" org.csucasework.CaseworkApplication \
    > "$OUT/application.log" 2>&1 &
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
    -Dload.seconds="$SECONDS_TO_RUN" -Dload.scenario="${SCENARIO:-mix}" -Dload.reports="$ROOT/target/load-data/reports.csv" > "$OUT/gatling.log" 2>&1
GATLING=$?
set -e
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""

RUN=$(ls -td load-test/target/gatling/*/ 2>/dev/null | head -1)
python3 - "$RUN/index.html" "$OUT/pool.txt" "$SECONDS_TO_RUN" "$USERS" "$LOAD_BEFORE" "$LOAD_AFTER" > "$OUT/summary.md" <<'EOF'
import html, os, platform, re, sys, datetime
report, pool, seconds, users, before, after = sys.argv[1:7]
print(f"Date {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; {users} users for {seconds} s; "
      f"load average (1, 5, 15 min) before {before}, after {after}; {os.cpu_count()} cores; {platform.platform()}")
print()
# Gatling's own statistics table (index.html): per request kind count, OK, KO, %KO, rate, min, p50, p75, p95, p99,
# max, mean, std. The first row is all requests.
page = open(report).read()
rows = []
for match in re.finditer(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', page, re.S):
    cells = re.findall(r'<td class="value [^"]*">([^<]*)</td>', match.group(2))
    if len(cells) >= 13:
        rows.append((html.unescape(match.group(1)).strip(), cells))
print("| request | count | failed | throughput | median | p95 | max |")
print("|---|---:|---:|---:|---:|---:|---:|")
for i, (name, c) in enumerate(rows[1:] + rows[:1]):
    label = "**all requests**" if i == len(rows) - 1 else name
    print(f"| {label} | {c[0]} | {c[2]} | {c[4]} /s | {c[6]} ms | {c[8]} ms | {c[10]} ms |")
print()
samples = [line.split() for line in open(pool) if len(line.split()) == 6]
def peak(i): return max(float(s[i]) for s in samples) if samples else float("nan")
timeouts = [float(s[5]) for s in samples] or [0.0]
print(f"Connection pool (maximum {peak(4):.0f}): peak active {peak(1):.0f}, peak pending (threads waiting for a "
      f"connection) {peak(2):.0f}, connection time-outs during the run {timeouts[-1] - timeouts[0]:.0f} "
      f"({len(samples)} samples, twice a second)")
EOF
cat "$OUT/summary.md"
say "Gatling report: $RUN; application log: $OUT/application.log"
exit $GATLING
