# shellcheck shell=bash
# Shared helpers of the bench/ scripts, sourced after ROOT, BENCH and OUT are set: logging, a PostgreSQL 15 of their
# own (or the one in BENCH_PG_URL), a locally signed JWT, the packaged application in prod profile, GraphQL calls,
# wrk with bench/graphql.lua, pgbench output, pg_stat_statements counts and the clean-up on exit.
#
# Globals it sets: PGBIN JAVA JAR ISSUER AUDIENCE APP_PID APP_PORT URL PG_STARTED EXTERNAL_PG DB_USER DB_PASSWORD
# ADMIN_USER PUBLIC_KEY WEBHOOK_SECRET, and exports PGHOST PGPORT PGDATABASE PGUSER (PGPASSWORD) for psql/pgbench.
# A script may define bench_cleanup_hook (called on exit, before PostgreSQL stops) and sets PGDATA_DIR and KEEP_DATA.

PGBIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
JAVA="${JAVA:-java}"
# BENCH_JAR: another build of the jar (a copy of target/quarkus-app, to measure it while the next one compiles).
JAR="${BENCH_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"
# BENCH_NATIVE: the native executable to measure instead of the jar (e.g. target/connectboard-1.0.0-SNAPSHOT-runner
# from ./native-build.sh); same environment, same prod profile.
NATIVE="${BENCH_NATIVE:-}"
ISSUER="https://issuer.bench.connectboard.invalid/realms/bench"
AUDIENCE="connectboard-bench"
APP_PID=""
APP_PORT=""
URL=""
PG_STARTED=0
EXTERNAL_PG=0
[[ -n "${BENCH_PG_URL:-}" ]] && EXTERNAL_PG=1
KEEP_DATA="${KEEP_DATA:-0}"
APP_LOG="${APP_LOG:-$OUT/app.log}"
PG_LOG="${PG_LOG:-$OUT/postgres.log}"
THREADS=2
WEBHOOK_SECRET="$(openssl rand -hex 32)"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# require_tools TOOL...: the packaged jar, the tools, Java and pgbench must be there.
require_tools() {
    if [[ -n "$NATIVE" ]]; then
        [[ -x "$NATIVE" ]] || die "BENCH_NATIVE=$NATIVE is not an executable file (build it with ./native-build.sh)"
    else
        [[ -f "$JAR" ]] || die "$JAR is missing: run ./mvnw -B -q package -DskipTests first"
    fi
    local tool
    for tool in "$@" "$JAVA"; do
        command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install wrk)"
    done
    [[ -x "$PGBIN/pgbench" ]] || die "pgbench not found in $PGBIN (set BENCH_PG_BIN)"
}

# As root, PostgreSQL runs as the postgres user (initdb refuses root); otherwise as the caller.
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

bench_cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_app
    if declare -F bench_cleanup_hook >/dev/null; then
        bench_cleanup_hook || true
    fi
    if [[ "$PG_STARTED" == 1 ]]; then
        log "stopping PostgreSQL"
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ "$EXTERNAL_PG" == 0 && "$KEEP_DATA" == 0 && -n "${PGDATA_DIR:-}" && -d "$PGDATA_DIR" ]]; then
        rm -rf "$PGDATA_DIR"
    fi
    rm -rf "$OUT/jwt"
    exit "$status"
}
# One bench run at a time: they share target/bench (and its scratch files).
exec 9>"$OUT/.bench.lock"
flock -n 9 || { log "ERROR: another bench run holds $OUT/.bench.lock"; exit 1; }
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------------------------

# pg_use_external: connect to BENCH_PG_URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE).
pg_use_external() {
    local re='^postgres(ql)?://([^:@/]+)(:([^@]*))?@([^:/?]+)(:([0-9]+))?/([^/?]+)$'
    [[ "$BENCH_PG_URL" =~ $re ]] || die "BENCH_PG_URL must look like postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
    DB_USER="${BASH_REMATCH[2]}"
    DB_PASSWORD="${BASH_REMATCH[4]}"
    export PGHOST="${BASH_REMATCH[5]}" PGPORT="${BASH_REMATCH[7]:-5432}" PGDATABASE="${BASH_REMATCH[8]}"
    export PGUSER="$DB_USER" PGPASSWORD="$DB_PASSWORD"
    ADMIN_USER="$DB_USER"
    log "using the external PostgreSQL at $PGHOST:$PGPORT/$PGDATABASE"
}

# pg_init SETTINGS: a fresh cluster in PGDATA_DIR with SETTINGS appended to its postgresql.conf.
pg_init() {
    rm -rf "$PGDATA_DIR"
    mkdir -p "$PGDATA_DIR"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$PGDATA_DIR"
    log "initdb in $PGDATA_DIR"
    as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    {
        echo
        echo "# ---- bench/$(basename "$0") ----"
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = ''"
        echo "$1"
    } >>"$PGDATA_DIR/postgresql.conf"
}

# pg_start: starts the cluster in PGDATA_DIR on a free port (log: PG_LOG), as user postgres.
pg_start() {
    PGPORT="$(free_port)"
    export PGHOST=127.0.0.1 PGPORT PGDATABASE=connectboard PGUSER=postgres
    ADMIN_USER=postgres
    DB_USER=connectboard_app
    DB_PASSWORD="${DB_PASSWORD:-$(openssl rand -hex 16)}"
    : >"$PG_LOG"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$PG_LOG"
    log "starting PostgreSQL 15 on 127.0.0.1:$PGPORT"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_LOG" -o "-p $PGPORT" -w -t 60 start >/dev/null
    PG_STARTED=1
}

# pg_create_databases: the application's role and database (connectboard) and a database for pgbench.
pg_create_databases() {
    psql -X -q -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'" \
        -c "CREATE DATABASE connectboard OWNER $DB_USER" \
        -c "CREATE DATABASE pgbench"
}

# pg_statements_available: true when pg_stat_statements can be read.
pg_statements_available() {
    psql -X -At -c 'SELECT 1 FROM pg_stat_statements LIMIT 1' >/dev/null 2>&1
}

pg_statements_reset() {
    psql -X -q -At -U "$ADMIN_USER" -c 'SELECT pg_stat_statements_reset()' >/dev/null
}

# pg_statements_per_request FILE REPEAT: writes calls, rows and text of every statement of the benchmark database
# since the reset (the reset and the read-out excluded) to FILE and prints the calls divided by REPEAT.
pg_statements_per_request() {
    psql -X -At -F $'\t' -c "SELECT calls, rows, regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC, query" >"$1"
    awk -F '\t' -v n="$2" '{ s += $1 } END { printf "%.1f", s / n }' "$1"
}

# pgbench_tps_latency FILE: "TPS average_latency_ms" of a pgbench output.
pgbench_tps_latency() {
    printf '%s %s\n' "$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$1")" \
        "$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$1")"
}

# ---------------------------------------------------------------------------------------------------------------
# The application, prod profile, OIDC with a local public key
# ---------------------------------------------------------------------------------------------------------------

jwt_init() {
    mkdir -p "$OUT/jwt"
    chmod 700 "$OUT/jwt"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/jwt/private.pem" 2>/dev/null
    PUBLIC_KEY="$(openssl pkey -in "$OUT/jwt/private.pem" -pubout | grep -v -- '-----' | tr -d '\n')"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# sign_jwt ISSUER AUDIENCE SUBJECT PLATFORM ROLE: an RS256 access token, valid 2 hours.
sign_jwt() {
    local now header payload signature
    now="$(date +%s)"
    header="$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | b64url)"
    payload="$(printf '{"iss":"%s","aud":"%s","sub":"%s","iat":%d,"exp":%d,"platform_id":"%s","realm_access":{"roles":["%s"]}}' \
        "$1" "$2" "$3" "$now" "$((now + 7200))" "$4" "$5" | b64url)"
    signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$OUT/jwt/private.pem" -binary | b64url)"
    printf '%s.%s.%s' "$header" "$payload" "$signature"
}

# app_start [NAME=VALUE...]: starts the packaged application against the database (log: APP_LOG, appended),
# with the extra environment given, and waits until it is ready. Sets APP_PID, APP_PORT and URL.
app_start() {
    APP_PORT="$(free_port)"
    log "starting the application on 127.0.0.1:$APP_PORT${*:+ with $*} (log: ${APP_LOG#"$ROOT"/})"
    (
        unset QUARKUS_OIDC_AUTH_SERVER_URL
        export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE"
        export QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD"
        # No issuer on the network: Quarkus verifies signatures with this key and creates no OIDC server connection;
        # auth-server-url must stay unset. Issuer and audience are still checked.
        export QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY"
        export QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" QUARKUS_OIDC_TOKEN_AUDIENCE="$AUDIENCE" CONNECTBOARD_DASHBOARD_ISSUER="$ISSUER"
        export QUARKUS_OIDC_CLIENT_ID=connectboard-bench
        export CONNECTBOARD_PROVIDER_WEBHOOK_SECRET="$WEBHOOK_SECRET"
        export CONNECTBOARD_PUBLIC_BASE_URL=https://connect.bench.invalid
        # The app requires a mail sender in prod; the bench sends no mail, so the mock mailbox is enough.
        export QUARKUS_MAILER_FROM="Connectboard <bench@connect.bench.invalid>" QUARKUS_MAILER_MOCK=true
        export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT"
        local assignment
        for assignment in "$@"; do export "${assignment?}"; done
        if [[ -n "$NATIVE" ]]; then exec "$NATIVE"; fi
        exec "$JAVA" -jar "$JAR"
    ) >>"$APP_LOG" 2>&1 &
    APP_PID=$!
    URL="http://127.0.0.1:$APP_PORT/graphql"
    local started
    started=$(date +%s)
    until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$APP_LOG" >&2; die "the application exited"; }
        (($(date +%s) - started < 180)) || die "the application was not ready within 180 s"
        sleep 0.5
    done
    log "application ready after $(($(date +%s) - started)) s"
}

# gql BODY [TOKEN] -> response body; HTTP status in $OUT/last-status.
gql() {
    curl -s -o - -w '\n%{http_code}' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer ${2:-$TOKEN}" --data-binary "$1" "$URL" >"$OUT/last-response"
    tail -n 1 "$OUT/last-response" >"$OUT/last-status"
    sed '$d' "$OUT/last-response"
}

# provider_event TYPE DATA_JSON: posts a provider event signed with the webhook secret (HMAC-SHA256 of "<t>.<body>");
# prints the HTTP status.
provider_event() {
    local t body signature
    t="$(date +%s)"
    body="$(printf '{"id":"evt_%s","type":"%s","created":%d,"data":%s}' "$(openssl rand -hex 12)" "$1" "$t" "$2")"
    signature="$(printf '%s.%s' "$t" "$body" | openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" -hex | sed 's/^.* //')"
    curl -s -o "$OUT/last-event-response" -w '%{http_code}' -H 'Content-Type: application/json' \
        -H "Provider-Signature: t=$t,v1=$signature" --data-binary "$body" "${URL%/graphql}/provider/events"
}

# ---------------------------------------------------------------------------------------------------------------
# wrk and figures
# ---------------------------------------------------------------------------------------------------------------

# run_wrk LABEL BODIES CONNECTIONS SECONDS -> the RESULT line of bench/graphql.lua (output in $OUT/wrk-LABEL.txt).
run_wrk() {
    local threads=$THREADS
    (($3 < threads)) && threads=$3
    wrk -t"$threads" -c"$3" -d"$4s" --timeout 10s -s "$BENCH/graphql.lua" "$URL" -- "$2" "$TOKEN" "$1" \
        >"$OUT/wrk-$1.txt" 2>&1 || { cat "$OUT/wrk-$1.txt" >&2; die "wrk failed for $1"; }
    grep '^RESULT ' "$OUT/wrk-$1.txt" || die "no result from wrk for $1"
}

# jit_compiler_ticks PID -> CPU clock ticks used so far by the JIT compiler threads of a JVM ("C1 CompilerThre",
# "C2 CompilerThre"); 0 for a native executable, which has none.
jit_compiler_ticks() {
    local task total=0
    for task in /proc/"$1"/task/*; do
        [[ "$(cat "$task/comm" 2>/dev/null)" == C[12]\ CompilerThre* ]] || continue
        total=$((total + $(sed 's/^.*) //' "$task/stat" | cut -d ' ' -f 12-13 | tr ' ' '+')))
    done
    echo "$total"
}

# warm_up BODIES CONNECTIONS MIN_SECONDS MAX_SECONDS: mixed traffic in rounds of 10 s until the JIT compiler has
# settled. On these 2-core machines the JVM keeps compiling for 2-4 minutes under load: 20 s after the start the
# compiler threads still took 45 % of the application's CPU and throughput was 60 % of its settled value
# (docs/benchmarks.md, "JIT warm-up"). Stops after MIN_SECONDS once a round's compiler CPU is under 5 % of one core,
# or at MAX_SECONDS. Sets WARMED_SECONDS and WARM_COMPILER_SHARE (the last round's compiler CPU, % of one core).
warm_up() {
    local round=10 before after
    WARMED_SECONDS=0
    WARM_COMPILER_SHARE=0
    while ((WARMED_SECONDS < $4)); do
        before="$(jit_compiler_ticks "$APP_PID")"
        run_wrk "warmup-$WARMED_SECONDS" "$1" "$2" "$round" >/dev/null
        after="$(jit_compiler_ticks "$APP_PID")"
        WARMED_SECONDS=$((WARMED_SECONDS + round))
        WARM_COMPILER_SHARE=$(((after - before) * 100 / (round * $(getconf CLK_TCK))))
        log "warm-up: ${WARMED_SECONDS}s, JIT compiler ${WARM_COMPILER_SHARE} % of a core in the last ${round}s"
        ((WARMED_SECONDS >= $3 && WARM_COMPILER_SHARE < 5)) && break
    done
}

# field RESULT_LINE NAME -> the value of NAME=... in a RESULT line.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

# ratio A B [FORMAT] -> A / B.
ratio() { awk -v a="$1" -v b="$2" -v f="${3:-%.1f}" 'BEGIN { if (b > 0) printf f, a / b; else print "n/a" }'; }

# cpu_ticks PID... -> user + system CPU clock ticks (getconf CLK_TCK a second) of the processes, all their threads.
cpu_ticks() {
    local total=0 pid
    for pid in "$@"; do
        [[ -r "/proc/$pid/stat" ]] && total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | cut -d ' ' -f 12-13 | tr ' ' '+')))
    done
    echo "$total"
}

# cpu_snapshot PID... -> one "/proc/PID/stat ticks" line per live process, all read by one awk (cheap on a busy
# machine, where forking per process takes time).
cpu_snapshot() {
    local pid files=()
    for pid in "$@"; do
        [[ -r "/proc/$pid/stat" ]] && files+=("/proc/$pid/stat")
    done
    [[ ${#files[@]} -gt 0 ]] || return 0
    awk '{ sub(/^.*\) /, ""); split($0, f, " "); print FILENAME, f[12] + f[13] }' "${files[@]}" 2>/dev/null || true
}

# cpu_delta BEFORE AFTER -> ticks used between two snapshots by the processes of the second (one started in between
# counts from its start; one that ended in between is not counted).
cpu_delta() {
    awk 'NR == FNR { before[$1] = $2; next } { total += $2 - (($1 in before) ? before[$1] : 0) } END { print total + 0 }' \
        <(printf '%s\n' "$1") <(printf '%s\n' "$2")
}

# pg_backends -> the pids of the processes of the PostgreSQL this script started (none for an external one).
pg_backends() {
    [[ "$PG_STARTED" == 1 && -r "$PGDATA_DIR/postmaster.pid" ]] || return 0
    pgrep -P "$(head -n 1 "$PGDATA_DIR/postmaster.pid")" || true
}

# machine_line -> cores, CPU, memory, load average, PostgreSQL and Java versions, for a summary.
machine_line() {
    echo "$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average now: $(cut -d ' ' -f 1-3 /proc/loadavg);" \
        "PostgreSQL $(psql -X -At -c 'SHOW server_version'); $(if [[ -n "$NATIVE" ]]; then echo "native executable $NATIVE"; else "$JAVA" -version 2>&1 | head -n 1; fi)."
}
