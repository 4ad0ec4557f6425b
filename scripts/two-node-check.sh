#!/usr/bin/env bash
# Two nodes, one database (issue 10): starts two instances of the packaged application on one PostgreSQL database,
# both with their job executors running, drives work through both, and checks from the database that
#   - every overdue-action timer fired exactly once (one boundary event, one "chase" task for supervisors per action),
#   - no job ran twice (Camunda's job log: one success per job; the log also says which node ran it),
#   - the scheduled reminder job, which runs on both nodes, notified each person once per action,
#   - both nodes served users (reports logged, actions assigned and read back across the nodes).
#
# Usage: scripts/two-node-check.sh            (from the repository root; builds the jar if there is none)
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres: the owner, runs the migrations),
# APP_DB_USER (csu_casework_app: the nodes connect as it, owning nothing; created when missing), TWO_NODE_DB (csu_casework_twonode,
# dropped and created again), PORT_A (18081), PORT_B (18082), REPORTS (20), KEEP_RUNNING=1 to leave the nodes up.
# Needs: java 17, psql, curl, and Maven when the jar is missing. Exit status 0 when every check holds.
set -euo pipefail

cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
APP_DB_USER=${APP_DB_USER:-csu_casework_app}
DB=${TWO_NODE_DB:-csu_casework_twonode}
PORT_A=${PORT_A:-18081}
PORT_B=${PORT_B:-18082}
REPORTS=${REPORTS:-20}
USER_PASS="caseworker:Casework-demo-2026"
WORK=$(mktemp -d -t two-node-check.XXXXXX)
export PGHOST PGPORT PGUSER

psql_db() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

JAR=$(ls target/csu-casework-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
    say "No jar in target/: building it (mvn -DskipTests package)"
    mvn -q -B -DskipTests package
    JAR=$(ls target/csu-casework-*.jar | grep -v original | head -1)
fi

say "Database $DB on $PGHOST:$PGPORT: dropping and creating it"
psql -X -q -d postgres -c "drop database if exists \"$DB\" with (force)" -c "create database \"$DB\""
psql -X -q -At -d postgres -c "select 1 from pg_roles where rolname = '$APP_DB_USER'" | grep -q 1 \
    || psql -X -q -d postgres -c "create role \"$APP_DB_USER\" login"

PIDS=()
stop_nodes() {
    if [[ "${KEEP_RUNNING:-0}" == "1" ]]; then
        say "Nodes left running: pids ${PIDS[*]:-none}; logs in $WORK"
        return
    fi
    for pid in "${PIDS[@]:-}"; do
        [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]:-}"; do
        [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
    done
}
trap stop_nodes EXIT

# Each node: the production profile on the shared database, its own port and its own name in the job log.
#   casework.tasking.overdue-after=PT0S  an action's overdue timer falls due at the start of its due day (default:
#                                        the end of it), so that actions due today escalate within seconds;
#   job executor polling every second (default 5 s) so that the check does not wait long;
#   history level full (only in this fresh database) so that Camunda keeps the job log with each job's node;
#   the reminder job every 10 seconds on both nodes (default every 15 minutes).
start_node() {
    local name=$1 port=$2 demo=$3
    SERVER_PORT=$port \
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$APP_DB_USER" \
    SPRING_DATASOURCE_PASSWORD="${APP_DB_PASSWORD:-}" \
    SPRING_FLYWAY_USER="$PGUSER" \
    SPRING_FLYWAY_PASSWORD="${PGPASSWORD:-}" \
    CASEWORK_DB_APP_ROLE="$APP_DB_USER" \
    CASEWORK_DEMO_DATA=$demo \
    CASEWORK_TASKING_OVERDUE_AFTER=PT0S \
    CASEWORK_NOTIFICATIONS_REMINDER_CRON="*/10 * * * * *" \
    CAMUNDA_BPM_HISTORY_LEVEL=full \
    CAMUNDA_BPM_JOB_EXECUTION_WAIT_TIME_IN_MILLIS=1000 \
    CAMUNDA_BPM_JOB_EXECUTION_MAX_WAIT=2000 \
    LOGGING_LEVEL_ROOT=warn \
    java -Xmx700m -XX:TieredStopAtLevel=1 -Dcamunda.bpm.generic-properties.properties.hostname="$name" -jar "$JAR" > "$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    say "Started $name on port $port (pid $!, log $WORK/$name.log)"
}

wait_up() {
    local name=$1 port=$2
    for _ in $(seq 1 180); do
        if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            say "$name is UP"
            return 0
        fi
        sleep 2
    done
    say "$name did not come up; the end of its log:"
    tail -40 "$WORK/$name.log"
    exit 1
}

# One after the other: the first creates the schema (Flyway, Camunda) and the demo accounts.
start_node node-a "$PORT_A" true
wait_up node-a "$PORT_A"
start_node node-b "$PORT_B" false
wait_up node-b "$PORT_B"

api() { # api PORT METHOD PATH [JSON] -> body on stdout, HTTP status in $WORK/status
    local port=$1 method=$2 path=$3 body=${4:-}
    curl -sS -u "$USER_PASS" -X "$method" -H 'Content-Type: application/json' \
        ${body:+--data "$body"} -o "$WORK/body" -w '%{http_code}' "http://127.0.0.1:$port$path" > "$WORK/status"
    cat "$WORK/body"
}

TODAY=$(TZ=Europe/London date +%F)
TOMORROW=$(TZ=Europe/London date -d tomorrow +%F)
WARD=$(psql_db "select ons_code from ward where active order by ons_code limit 1")
declare -A SERVED=([a]=0 [b]=0)
FAILURES=0
fail() { say "FAIL: $*"; FAILURES=$((FAILURES + 1)); }

say "Logging $REPORTS reports through POST /api/reports, alternating the nodes; each gets one action from the other"
for i in $(seq 1 "$REPORTS"); do
    if (( i % 2 )); then log_port=$PORT_A; act_port=$PORT_B; n1=a; n2=b; else log_port=$PORT_B; act_port=$PORT_A; n1=b; n2=a; fi
    # Half the actions are due today (their timers fire at once), half tomorrow (the reminder job's work).
    if (( i % 2 )); then due=$TODAY; else due=$TOMORROW; fi
    received=$(date -u -d '-5 minutes' +%Y-%m-%dT%H:%M:%SZ)
    ref=$(api "$log_port" POST /api/reports "{\"receivedAt\":\"$received\",\"categoryCode\":\"ASB_NUISANCE\",\
\"wardCode\":\"$WARD\",\"location\":\"Two node check place $i\",\"sourceAgencyCode\":\"KENT_POLICE\",\"anonymous\":true,\
\"subjects\":[],\"description\":\"Two-node check report $i\"}" | sed -n 's/.*"reference":"\([^"]*\)".*/\1/p')
    [[ "$(cat "$WORK/status")" == "201" && -n "$ref" ]] || { fail "node-$n1 did not log report $i: $(cat "$WORK/status") $(cat "$WORK/body")"; continue; }
    SERVED[$n1]=$((SERVED[$n1] + 1))
    echo "$ref" >> "$WORK/references"
    api "$act_port" POST "/api/reports/$ref/actions" \
        "{\"agencyCode\":\"KENT_POLICE\",\"description\":\"Patrol the area\",\"dueDate\":\"$due\"}" > /dev/null
    [[ "$(cat "$WORK/status")" == "201" ]] || { fail "node-$n2 did not add an action to $ref: $(cat "$WORK/status") $(cat "$WORK/body")"; continue; }
    SERVED[$n2]=$((SERVED[$n2] + 1))
    api "$log_port" GET "/api/reports/$ref" > /dev/null
    [[ "$(cat "$WORK/status")" == "200" ]] || fail "node-$n1 could not read $ref back: $(cat "$WORK/status")"
done
# The screens need the jar's frontend bundle (mvn -Pproduction package); a development build has none.
unzip -l "$JAR" > "$WORK/jar-contents" 2>/dev/null || true
if grep -q 'META-INF/VAADIN/config/stats.json' "$WORK/jar-contents"; then
    SCREENS=""
    for port in "$PORT_A" "$PORT_B"; do
        code=$(curl -s -o "$WORK/login.html" -w '%{http_code}' "http://127.0.0.1:$port/login")
        [[ "$code" == "200" ]] && grep -q 'VAADIN/build' "$WORK/login.html" \
            || fail "the sign-in page on port $port answered $code without the application's frontend"
        SCREENS="$SCREENS port $port: HTTP $code with the frontend bundle;"
    done
else
    SCREENS=" not checked: the jar was built without -Pproduction and has no frontend bundle"
    say "The sign-in page is$SCREENS"
fi
OURS="select proc_inst_id_ from act_hi_procinst where business_key_ in ($(sed "s/.*/'&'/" "$WORK/references" | paste -sd ','))"

DUE_TODAY=$(( (REPORTS + 1) / 2 ))
say "Waiting for the $DUE_TODAY overdue timers (actions due today) to fire"
for _ in $(seq 1 90); do
    fired=$(psql_db "select count(*) from act_hi_actinst where act_id_ = 'actionOverdue' and proc_inst_id_ in ($OURS)")
    (( fired >= DUE_TODAY )) && break
    sleep 2
done
say "Letting both nodes run on for 30 s more (reminder job 3 times on each, timers that might fire twice)"
sleep 30

# Only this run's reports: the demo data has actions of its own, some already overdue.
fired=$(psql_db "select count(*) from act_hi_actinst where act_id_ = 'actionOverdue' and proc_inst_id_ in ($OURS)")
fired_twice=$(psql_db "select count(*) from (select execution_id_ from act_hi_actinst where act_id_ = 'actionOverdue' \
  group by proc_inst_id_, execution_id_ having count(*) > 1) t")
chases=$(psql_db "select count(*) from act_hi_taskinst where task_def_key_ = 'chaseOverdueAction' and proc_inst_id_ in ($OURS)")
jobs_ok=$(psql_db "select count(distinct job_id_) from act_hi_job_log where job_state_ = 2")
jobs_twice=$(psql_db "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ \
  having count(*) > 1) t")
by_node=$(psql_db "select coalesce(hostname_, '?') || ': ' || count(*) from act_hi_job_log where job_state_ = 2 \
  group by hostname_ order by hostname_" | paste -sd ',' | sed 's/,/, /g')
reminders=$(psql_db "select count(*) from notification where kind = 'ACTION_DUE_TOMORROW'")
reminders_twice=$(psql_db "select count(*) from (select user_id, kind, reference from notification \
  group by user_id, kind, reference, title having count(*) > 1) t")

(( fired == DUE_TODAY )) || fail "$fired overdue timers fired for $DUE_TODAY actions due today"
(( fired_twice == 0 )) || fail "$fired_twice overdue timers fired more than once"
(( chases == DUE_TODAY )) || fail "$chases chase tasks for $DUE_TODAY overdue actions"
(( jobs_twice == 0 )) || fail "$jobs_twice jobs succeeded more than once"
(( reminders > 0 )) || fail "the reminder job notified nobody of the actions due tomorrow"
(( reminders_twice == 0 )) || fail "$reminders_twice notifications were made more than once"
(( SERVED[a] > 0 && SERVED[b] > 0 )) || fail "a node served no requests (a: ${SERVED[a]}, b: ${SERVED[b]})"

cat <<EOF

Two-node check, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, jar $(basename "$JAR"), database $DB

| check | result |
|---|---|
| API requests answered (log a report, add an action, read it back) | node-a ${SERVED[a]} writes, node-b ${SERVED[b]} writes, every report read back from the node that did not add its action |
| overdue timers fired (actions due today) | $fired of $DUE_TODAY, $fired_twice more than once |
| "chase the overdue action" tasks for supervisors | $chases for $DUE_TODAY overdue actions |
| sign-in page on both nodes |$SCREENS |
| jobs run (Camunda job log, successes) | $jobs_ok jobs, $jobs_twice more than once; by node: $by_node |
| reminder notifications (actions due tomorrow, job on both nodes every 10 s) | $reminders, $reminders_twice duplicates |
| result | $( (( FAILURES == 0 )) && echo "PASS" || echo "FAIL ($FAILURES)") |
EOF
exit $(( FAILURES == 0 ? 0 : 1 ))
