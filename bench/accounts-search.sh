#!/usr/bin/env bash
# Search latency of connected accounts at scale, measured through the GraphQL API of the packaged application.
# See --help and docs/benchmarks.md.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/accounts-search.sh [options]

Loads N connected accounts into a PostgreSQL 15 of its own (or the one in BENCH_PG_URL), starts the packaged
application (target/quarkus-app/quarkus-run.jar, prod profile) against it with a locally signed JWT, and measures with
wrk the p50/p99 latency and requests/s of connectedAccount(id), the first page of connectedAccounts (with and without
totalCount) and searches (exact email, name substring, metadata key/value, combined, bare term). Also: a pgbench
select-only baseline on the same server, EXPLAIN (ANALYZE, BUFFERS) of each search's SQL, and the number of SQL
statements per list request for first: 5 and first: 100 (pg_stat_statements).

Build the jar first:  ./mvnw -B -q package -DskipTests

Options:
  --accounts N          accounts of the measured platform (default 1000000)
  --others N            accounts spread over three other platforms (default 5000)
  --duration S          seconds measured per query (default 10)
  --warmup S            seconds of mixed warm-up traffic before measuring (default 20)
  --connections N       wrk connections of the latency runs (default 4)
  --throughput-connections N
                        wrk connections of the throughput run (default 16)
  --keep-data           keep the PostgreSQL data directory (target/bench/pgdata) after the run
  --reuse-data          reuse target/bench/pgdata from a --keep-data run with the same --accounts/--others
                        (skips initdb and the load)
  -h, --help            this help

Environment:
  BENCH_PG_URL          use this PostgreSQL instead of starting one, as a libpq URI:
                        postgresql://USER:PASSWORD@HOST:PORT/DATABASE (an empty database the user owns; the
                        application migrates it, the script loads into it and adds pgbench_* tables, dropped at the end)
  BENCH_PG_BIN          PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
  JAVA                  java executable for the application (default: java on the PATH)

Writes only under target/bench/: summary.md (the table), results.tsv, explain-*.txt, statements-*.txt, app.log,
postgres.log, wrk-*.txt. Everything it starts (PostgreSQL, the application) is stopped on exit.
EOF
}

ACCOUNTS=1000000
OTHERS=5000
DURATION=10
WARMUP=20
CONNECTIONS=4
THROUGHPUT_CONNECTIONS=16
KEEP_DATA=0
REUSE_DATA=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --accounts) ACCOUNTS="$2"; shift 2 ;;
        --others) OTHERS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --throughput-connections) THROUGHPUT_CONNECTIONS="$2"; shift 2 ;;
        --keep-data) KEEP_DATA=1; shift ;;
        --reuse-data) REUSE_DATA=1; KEEP_DATA=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "Unknown option: $1 (see --help)" >&2; exit 64 ;;
    esac
done
for number in "$ACCOUNTS" "$OTHERS" "$DURATION" "$WARMUP" "$CONNECTIONS" "$THROUGHPUT_CONNECTIONS"; do
    [[ "$number" =~ ^[0-9]+$ ]] || { echo "Not a number: $number" >&2; exit 64; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$ROOT/target/bench"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
PGBIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
JAVA="${JAVA:-java}"
PLATFORM="plat_BenchMarketplace"
ISSUER="https://issuer.bench.connectboard.invalid/realms/bench"
AUDIENCE="connectboard-bench"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ -f "$JAR" ]] || die "$JAR is missing: run ./mvnw -B -q package -DskipTests first"
for tool in wrk openssl psql curl "$JAVA"; do
    command -v "$tool" >/dev/null || die "$tool is not installed (wrk: apt-get install wrk)"
done
[[ -x "$PGBIN/pgbench" ]] || die "pgbench not found in $PGBIN (set BENCH_PG_BIN)"

mkdir -p "$OUT"
PGDATA_DIR="$OUT/pgdata"
APP_PID=""
PG_STARTED=0
EXTERNAL_PG=0
[[ -n "${BENCH_PG_URL:-}" ]] && EXTERNAL_PG=1

# As root, PostgreSQL runs as the postgres user (initdb refuses root); otherwise as the caller.
as_pg() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ "$PG_STARTED" == 1 ]]; then
        log "stopping PostgreSQL"
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ "$EXTERNAL_PG" == 1 && -n "${PGHOST:-}" ]]; then
        psql -X -q -c 'DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_tellers, pgbench_history' \
            >/dev/null 2>&1 || true
    fi
    if [[ "$EXTERNAL_PG" == 0 && "$KEEP_DATA" == 0 && -d "$PGDATA_DIR" ]]; then
        rm -rf "$PGDATA_DIR"
    fi
    rm -rf "$OUT/jwt"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

# ---------------------------------------------------------------------------------------------------------------
# 1. PostgreSQL
# ---------------------------------------------------------------------------------------------------------------
DB_USER=connectboard_app
DB_PASSWORD="$(openssl rand -hex 16)"
if [[ "$EXTERNAL_PG" == 1 ]]; then
    re='^postgres(ql)?://([^:@/]+)(:([^@]*))?@([^:/?]+)(:([0-9]+))?/([^/?]+)$'
    [[ "$BENCH_PG_URL" =~ $re ]] || die "BENCH_PG_URL must look like postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
    DB_USER="${BASH_REMATCH[2]}"
    DB_PASSWORD="${BASH_REMATCH[4]}"
    export PGHOST="${BASH_REMATCH[5]}" PGPORT="${BASH_REMATCH[7]:-5432}" PGDATABASE="${BASH_REMATCH[8]}"
    export PGUSER="$DB_USER" PGPASSWORD="$DB_PASSWORD"
    ADMIN_USER="$DB_USER"
    log "using the external PostgreSQL at $PGHOST:$PGPORT/$PGDATABASE"
else
    PGPORT_LOCAL="$(free_port)"
    export PGHOST=127.0.0.1 PGPORT="$PGPORT_LOCAL" PGDATABASE=connectboard PGUSER=postgres
    ADMIN_USER=postgres
    LOADED_MARK="$PGDATA_DIR/bench-loaded-$ACCOUNTS-$OTHERS"
    if [[ "$REUSE_DATA" == 1 && -f "$LOADED_MARK" ]]; then
        log "reusing $PGDATA_DIR ($ACCOUNTS + $OTHERS accounts already loaded)"
    else
        REUSE_DATA=0
        rm -rf "$PGDATA_DIR"
        mkdir -p "$PGDATA_DIR"
        [[ "$(id -u)" == 0 ]] && chown postgres: "$PGDATA_DIR"
        log "initdb in $PGDATA_DIR"
        as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
        # A throwaway benchmark server: durability off (it only speeds up the load; the measured work is read-only),
        # pg_stat_statements to count the application's statements, 1 GB of shared buffers (the machine has 24 GB).
        cat >>"$PGDATA_DIR/postgresql.conf" <<EOF

# ---- bench/accounts-search.sh ----
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
shared_buffers = 1GB
max_wal_size = 8GB
checkpoint_timeout = 30min
fsync = off
full_page_writes = off
synchronous_commit = off
EOF
    fi
    [[ "$(id -u)" == 0 ]] && touch "$OUT/postgres.log" && chown postgres: "$OUT/postgres.log"
    log "starting PostgreSQL 15 on 127.0.0.1:$PGPORT"
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$OUT/postgres.log" -o "-p $PGPORT" -w -t 60 start >/dev/null
    PG_STARTED=1
    if [[ "$REUSE_DATA" == 0 ]]; then
        psql -X -q -d postgres -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'" \
            -c "CREATE DATABASE connectboard OWNER $DB_USER" \
            -c "CREATE DATABASE pgbench"
    fi
    psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
fi
psql -X -At -c 'SELECT version()' | sed 's/^/  /' >&2
PG_VERSION="$(psql -X -At -c 'SHOW server_version')"

# ---------------------------------------------------------------------------------------------------------------
# 2. The application, prod profile, OIDC with a local public key
# ---------------------------------------------------------------------------------------------------------------
mkdir -p "$OUT/jwt"
chmod 700 "$OUT/jwt"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$OUT/jwt/private.pem" 2>/dev/null
PUBLIC_KEY="$(openssl pkey -in "$OUT/jwt/private.pem" -pubout | grep -v -- '-----' | tr -d '\n')"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
# sign_jwt ISSUER AUDIENCE: an RS256 access token of an analyst of the benchmark platform, valid 2 hours.
sign_jwt() {
    local now header payload signature
    now="$(date +%s)"
    header="$(printf '{"alg":"RS256","typ":"JWT","kid":"bench"}' | b64url)"
    payload="$(printf '{"iss":"%s","aud":"%s","sub":"bench-analyst","iat":%d,"exp":%d,"platform_id":"%s","realm_access":{"roles":["analyst"]}}' \
        "$1" "$2" "$now" "$((now + 7200))" "$PLATFORM" | b64url)"
    signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$OUT/jwt/private.pem" -binary | b64url)"
    printf '%s.%s.%s' "$header" "$payload" "$signature"
}
TOKEN="$(sign_jwt "$ISSUER" "$AUDIENCE")"

APP_PORT="$(free_port)"
log "starting the application on 127.0.0.1:$APP_PORT (log: target/bench/app.log)"
(
    unset QUARKUS_OIDC_AUTH_SERVER_URL
    export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE"
    export QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD"
    # No issuer on the network: Quarkus verifies signatures with this key and creates no OIDC server connection;
    # auth-server-url must stay unset. Issuer and audience are still checked (see the token checks below).
    export QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY"
    export QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" QUARKUS_OIDC_TOKEN_AUDIENCE="$AUDIENCE"
    export QUARKUS_OIDC_CLIENT_ID=connectboard-bench
    CONNECTBOARD_PROVIDER_WEBHOOK_SECRET="$(openssl rand -hex 32)"
    export CONNECTBOARD_PROVIDER_WEBHOOK_SECRET
    export CONNECTBOARD_PUBLIC_BASE_URL=https://connect.bench.invalid
    # The app requires a mail sender in prod; the bench sends no mail, so the mock mailbox is enough.
    export QUARKUS_MAILER_FROM="Connectboard <bench@connect.bench.invalid>" QUARKUS_MAILER_MOCK=true
    export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$APP_PORT"
    exec "$JAVA" -jar "$JAR"
) >"$OUT/app.log" 2>&1 &
APP_PID=$!
APP_STARTED_AT=$(date +%s)
until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$OUT/app.log" >&2; die "the application exited"; }
    (($(date +%s) - APP_STARTED_AT < 180)) || die "the application was not ready within 180 s"
    sleep 0.5
done
log "application ready after $(($(date +%s) - APP_STARTED_AT)) s (Flyway migrated the database)"

URL="http://127.0.0.1:$APP_PORT/graphql"
gql() { # gql BODY [TOKEN] -> response body; HTTP status in $OUT/last-status
    curl -s -o - -w '\n%{http_code}' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer ${2:-$TOKEN}" --data-binary "$1" "$URL" >"$OUT/last-response"
    tail -n 1 "$OUT/last-response" >"$OUT/last-status"
    sed '$d' "$OUT/last-response"
}
VIEWER='{"query":"{ viewer { subject roles platform { id } } }"}'
TOKEN_CHECKS=""
for check in "valid token:$TOKEN:200" \
    "wrong issuer:$(sign_jwt https://other-issuer.invalid "$AUDIENCE"):401" \
    "wrong audience:$(sign_jwt "$ISSUER" some-other-app):401" \
    "no token::401"; do
    IFS=: read -r name token expected <<<"$check"
    if [[ -z "$token" ]]; then
        status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$VIEWER" "$URL")"
    else
        gql "$VIEWER" "$token" >/dev/null
        status="$(cat "$OUT/last-status")"
    fi
    [[ "$status" == "$expected" ]] || die "token check '$name': HTTP $status, expected $expected"
    TOKEN_CHECKS+="$name → $status; "
done
gql "$VIEWER" | grep -q '"subject":"bench-analyst"' || die "unexpected viewer: $(cat "$OUT/last-response")"
log "token checks: $TOKEN_CHECKS"

# ---------------------------------------------------------------------------------------------------------------
# 3. Data: INSERT ... SELECT generate_series, then VACUUM ANALYZE
# ---------------------------------------------------------------------------------------------------------------
if [[ "$REUSE_DATA" == 0 ]]; then
    log "loading $ACCOUNTS accounts for $PLATFORM and $OTHERS for three other platforms"
    LOAD_STARTED_AT=$(date +%s)
    psql -X -q -U "$ADMIN_USER" -v ON_ERROR_STOP=1 -v platform="$PLATFORM" -v accounts="$ACCOUNTS" \
        -v others="$OTHERS" -f "$BENCH/load-accounts.sql" >"$OUT/load.txt" 2>&1 \
        || { cat "$OUT/load.txt" >&2; die "loading failed"; }
    LOAD_SECONDS=$(($(date +%s) - LOAD_STARTED_AT))
    [[ "$EXTERNAL_PG" == 0 ]] && as_pg touch "$PGDATA_DIR/bench-loaded-$ACCOUNTS-$OTHERS"
    log "loaded in $LOAD_SECONDS s (details: target/bench/load.txt)"
else
    LOAD_SECONDS="reused"
fi
psql -X -At -c "SELECT count(*) FROM connected_account WHERE platform_id = '$PLATFORM' AND removed_at IS NULL" \
    >"$OUT/live-accounts"
LIVE="$(cat "$OUT/live-accounts")"
gql "$VIEWER" | grep -q "\"$PLATFORM\"" || die "viewer does not show $PLATFORM: $(cat "$OUT/last-response")"
TABLE_SIZE="$(psql -X -At -c "SELECT pg_size_pretty(pg_total_relation_size('connected_account'))")"

# ---------------------------------------------------------------------------------------------------------------
# 4. Request bodies (values sampled from the data so that searches match, random per request)
# ---------------------------------------------------------------------------------------------------------------
log "sampling search values"
psql -X -q -At -v ON_ERROR_STOP=1 -v platform="$PLATFORM" -v out="$OUT" -f "$BENCH/request-bodies.sql" \
    >"$OUT/bodies.log" 2>&1 || { cat "$OUT/bodies.log" >&2; die "could not build request bodies"; }

SCENARIOS=(node list list_100 list_total search_email search_name search_metadata search_combined search_term)
declare -A DESCRIPTION=(
    [node]='connectedAccount(id) — random ids'
    [list]='connectedAccounts(first: 20) — first page'
    [list_100]='connectedAccounts(first: 100) — first page of 100'
    [list_total]='connectedAccounts(first: 20) { totalCount } — first page + count'
    [search_email]='search email:"…" (exact, any case)'
    [search_name]='search name~"…" (4–6 letter fragment)'
    [search_metadata]='search metadata["key"]:"value"'
    [search_combined]='search name~"…" country:"…" metadata["tier"]:"…"'
    [search_term]='search bare term (name or email contains)'
)
for scenario in "${SCENARIOS[@]}"; do
    [[ -s "$OUT/bodies-$scenario.jsonl" ]] || die "no request bodies for $scenario"
    body="$(head -n 1 "$OUT/bodies-$scenario.jsonl")"
    response="$(gql "$body")"
    [[ "$(cat "$OUT/last-status")" == 200 && "$response" != *'"errors"'* ]] \
        || die "$scenario: $response"
done
cat "$OUT"/bodies-search_*.jsonl "$OUT/bodies-node.jsonl" "$OUT/bodies-list.jsonl" | shuf --random-source=<(yes) \
    >"$OUT/bodies-mixed.jsonl"

# ---------------------------------------------------------------------------------------------------------------
# 5. Measurements through the API
# ---------------------------------------------------------------------------------------------------------------
THREADS=2
run_wrk() { # run_wrk LABEL BODIES CONNECTIONS SECONDS -> the RESULT line
    local threads=$THREADS
    (($3 < threads)) && threads=$3
    wrk -t"$threads" -c"$3" -d"$4s" --timeout 10s -s "$BENCH/graphql.lua" "$URL" -- "$2" "$TOKEN" "$1" \
        >"$OUT/wrk-$1.txt" 2>&1 || { cat "$OUT/wrk-$1.txt" >&2; die "wrk failed for $1"; }
    grep '^RESULT ' "$OUT/wrk-$1.txt" || die "no result from wrk for $1"
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

log "warm-up: ${WARMUP}s of mixed traffic, $CONNECTIONS connections"
run_wrk warmup "$OUT/bodies-mixed.jsonl" "$CONNECTIONS" "$WARMUP" >/dev/null
declare -A RESULT
for scenario in "${SCENARIOS[@]}"; do
    RESULT[$scenario]="$(run_wrk "$scenario" "$OUT/bodies-$scenario.jsonl" "$CONNECTIONS" "$DURATION")"
    log "$scenario: p50 $(field "${RESULT[$scenario]}" p50_ms) ms, p99 $(field "${RESULT[$scenario]}" p99_ms) ms, $(field "${RESULT[$scenario]}" rps) req/s"
done
RESULT[node_serial]="$(run_wrk node_serial "$OUT/bodies-node.jsonl" 1 "$DURATION")"
log "node_serial (1 connection): p50 $(field "${RESULT[node_serial]}" p50_ms) ms"
log "throughput: mixed searches, $THROUGHPUT_CONNECTIONS connections, ${DURATION}s"
cat "$OUT"/bodies-search_*.jsonl | shuf --random-source=<(yes) >"$OUT/bodies-searches.jsonl"
RESULT[throughput]="$(run_wrk throughput "$OUT/bodies-searches.jsonl" "$THROUGHPUT_CONNECTIONS" "$DURATION")"
log "throughput: $(field "${RESULT[throughput]}" rps) req/s, p50 $(field "${RESULT[throughput]}" p50_ms) ms"

# ---------------------------------------------------------------------------------------------------------------
# 6. Statements per list request (pg_stat_statements), independent of the page size?
# ---------------------------------------------------------------------------------------------------------------
REPEAT=20
STATEMENTS_NOTE=""
declare -A STATEMENTS
if psql -X -At -c 'SELECT 1 FROM pg_stat_statements LIMIT 1' >/dev/null 2>&1; then
    FIELDS='id createdAt email status country dashboardAccess businessProfile { name } metadata { key value }'
    search_value="$(sed -n 's/.*"search":"\(name~[^"\\]*\\"[a-z]*\\"\)".*/\1/p' "$OUT/bodies-search_name.jsonl" | head -n 1)"
    declare -A COUNT_BODY=(
        [first5]="{\"query\":\"{ connectedAccounts(first: 5) { nodes { $FIELDS } pageInfo { hasNextPage } } }\"}"
        [first100]="{\"query\":\"{ connectedAccounts(first: 100) { nodes { $FIELDS } pageInfo { hasNextPage } } }\"}"
        [first5_search]="{\"query\":\"query(\$s: String) { connectedAccounts(first: 5, search: \$s) { nodes { $FIELDS } } }\",\"variables\":{\"s\":\"$search_value\"}}"
        [first100_search]="{\"query\":\"query(\$s: String) { connectedAccounts(first: 100, search: \$s) { nodes { $FIELDS } } }\",\"variables\":{\"s\":\"$search_value\"}}"
        [first5_total]="{\"query\":\"{ connectedAccounts(first: 5) { totalCount nodes { $FIELDS } } }\"}"
        [first100_total]="{\"query\":\"{ connectedAccounts(first: 100) { totalCount nodes { $FIELDS } } }\"}"
    )
    for variant in first5 first100 first5_search first100_search first5_total first100_total; do
        psql -X -q -At -U "$ADMIN_USER" -c 'SELECT pg_stat_statements_reset()' >/dev/null
        for _ in $(seq 1 "$REPEAT"); do
            response="$(gql "${COUNT_BODY[$variant]}")"
            [[ "$response" != *'"errors"'* ]] || die "statement count $variant: $response"
        done
        # Every statement of the benchmark database except the reset and this read-out (psql's own).
        psql -X -At -F $'\t' -c "SELECT calls, rows, regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC, query" >"$OUT/statements-$variant.txt"
        STATEMENTS[$variant]="$(awk -F '\t' -v n="$REPEAT" '{ s += $1 } END { printf "%.1f", s / n }' "$OUT/statements-$variant.txt")"
        log "statements per request, $variant: ${STATEMENTS[$variant]}"
    done
    STATEMENTS_NOTE="pg_stat_statements reset, $REPEAT identical requests sent one after another, sum of calls of every statement recorded in the database (the reset and the read-out excluded) divided by $REPEAT"
else
    STATEMENTS_NOTE="pg_stat_statements is not available on this server: statements not counted"
    log "$STATEMENTS_NOTE"
fi

# ---------------------------------------------------------------------------------------------------------------
# 6b. The searches' SQL alone: 100 values each, one after another in psql (\timing), no application in between
# ---------------------------------------------------------------------------------------------------------------
log "timing the searches' SQL alone (psql, 100 values each)"
declare -A SQL_TIMING
for scenario in "${SCENARIOS[@]}"; do
    [[ -f "$OUT/sql-$scenario.sql" ]] || continue
    { printf '%s\n' '\timing on'; cat "$OUT/sql-$scenario.sql"; } | psql -X -q -At -v ON_ERROR_STOP=1 >"$OUT/sql-$scenario.txt" 2>&1 \
        || { cat "$OUT/sql-$scenario.txt" >&2; die "SQL of $scenario failed"; }
    SQL_TIMING[$scenario]="$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$OUT/sql-$scenario.txt" | sort -n \
        | awk '{ v[NR] = $1 } END { i50 = int(NR * 0.5 + 0.5); i99 = int(NR * 0.99 + 0.5); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
                printf "%.1f / %.1f / %.1f", v[i50], v[i99], v[NR] }')"
    log "$scenario SQL alone p50 / p99 / max: ${SQL_TIMING[$scenario]} ms"
done

# ---------------------------------------------------------------------------------------------------------------
# 7. EXPLAIN (ANALYZE, BUFFERS) of the SQL the application runs, with one sampled value each
# ---------------------------------------------------------------------------------------------------------------
log "EXPLAIN (ANALYZE, BUFFERS) of each query"
psql -X -q -v ON_ERROR_STOP=1 -v platform="$PLATFORM" -v out="$OUT" -f "$BENCH/explain-searches.sql" \
    >"$OUT/explain.log" 2>&1 || { cat "$OUT/explain.log" >&2; die "EXPLAIN failed"; }
declare -A EXPLAIN_TIME EXPLAIN_INDEXES
for file in "$OUT"/explain-*.txt; do
    name="$(basename "$file" .txt)"
    name="${name#explain-}"
    EXPLAIN_TIME[$name]="$(sed -n 's/.*Execution Time: \([0-9.]*\) ms.*/\1/p' "$file" | tail -n 1)"
    EXPLAIN_INDEXES[$name]="$(grep -oE '(Index Only Scan|Index Scan|Bitmap Index Scan|Index Scan Backward)( Backward)? (using|on) [a-z_]+|Seq Scan on [a-z_]+' "$file" \
        | sed -E 's/ (using|on) /: /' | sort -u | paste -sd ',' | sed 's/,/, /g')"
done

# ---------------------------------------------------------------------------------------------------------------
# 8. Baseline: pgbench select-only on the same server
# ---------------------------------------------------------------------------------------------------------------
PGBENCH_DB="pgbench"
[[ "$EXTERNAL_PG" == 1 ]] && PGBENCH_DB="$PGDATABASE"
log "pgbench -i -s 10 and pgbench -S (${DURATION}s at $CONNECTIONS and at $THROUGHPUT_CONNECTIONS clients)"
"$PGBIN/pgbench" -i -s 10 -q -d "$PGBENCH_DB" >"$OUT/pgbench-init.txt" 2>&1 || { cat "$OUT/pgbench-init.txt" >&2; die "pgbench -i failed"; }
pgbench_run() { # pgbench_run CLIENTS -> "tps latency_ms"
    "$PGBIN/pgbench" -S -n -c "$1" -j "$THREADS" -T "$DURATION" -d "$PGBENCH_DB" >"$OUT/pgbench-c$1.txt" 2>&1 \
        || { cat "$OUT/pgbench-c$1.txt" >&2; die "pgbench failed"; }
    printf '%s %s\n' "$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$OUT/pgbench-c$1.txt")" \
        "$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$OUT/pgbench-c$1.txt")"
}
PGB="$(pgbench_run "$CONNECTIONS")"
read -r PGB_TPS PGB_LAT <<<"$PGB"
PGB="$(pgbench_run "$THROUGHPUT_CONNECTIONS")"
read -r PGB_TPS_HI PGB_LAT_HI <<<"$PGB"
log "pgbench -S: $PGB_TPS tps ($PGB_LAT ms avg) at $CONNECTIONS clients, $PGB_TPS_HI tps at $THROUGHPUT_CONNECTIONS"

# ---------------------------------------------------------------------------------------------------------------
# 9. Summary
# ---------------------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
verdict() { # verdict SCENARIO -> met / MISSED / (no target)
    [[ "$1" == search_* ]] || { echo "—"; return; }
    awk -v p50="$(field "${RESULT[$1]}" p50_ms)" -v p99="$(field "${RESULT[$1]}" p99_ms)" \
        'BEGIN { print (p50 < 20 && p99 < 100) ? "met" : "MISSED" }'
}
declare -A EXPLAIN_OF=([list]=list [list_100]=list [list_total]=count_all [search_email]=email [search_name]=name [search_metadata]=metadata
    [search_combined]=combined [search_term]=term [node]=node)
{
    echo "# Connected-account search benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "Command: \`bench/accounts-search.sh --accounts $ACCOUNTS --others $OTHERS --duration $DURATION --warmup $WARMUP --connections $CONNECTIONS --throughput-connections $THROUGHPUT_CONNECTIONS\`"
    echo
    echo "Machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average before/after: $(cut -d ' ' -f 1-3 /proc/loadavg);" \
        "PostgreSQL $PG_VERSION; $("$JAVA" -version 2>&1 | head -n 1)."
    echo
    echo "Code: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- src bench 2>/dev/null || echo ' (with uncommitted changes)'); migrations: $(find "$ROOT/src/main/resources/db/migration" -name 'V*.sql' -printf '%f ' | tr ' ' '\n' | sort | paste -sd ' ')."
    echo
    echo "Data: $LIVE live accounts of $PLATFORM (+ $OTHERS on three other platforms, ~1 % removed), connected_account with indexes $TABLE_SIZE; load $LOAD_SECONDS s."
    echo
    echo "Tokens: $TOKEN_CHECKS"
    echo
    echo "## Latency through POST /graphql (wrk, $CONNECTIONS connections, ${DURATION}s each, after ${WARMUP}s warm-up)"
    echo
    echo "| query | p50 ms | p99 ms | req/s | p50 ÷ pgbench avg | SQL alone p50 / p99 / max ms (100 values, psql) | SQL execution, one value (EXPLAIN ANALYZE) ms | target (p50 < 20, p99 < 100) | failed / empty |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|---|"
    for scenario in "${SCENARIOS[@]}"; do
        r="${RESULT[$scenario]}"
        echo "| ${DESCRIPTION[$scenario]} | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" rps) | $(ratio "$(field "$r" p50_ms)" "$PGB_LAT")× | ${SQL_TIMING[$scenario]:-—} | ${EXPLAIN_TIME[${EXPLAIN_OF[$scenario]}]:-—} | $(verdict "$scenario") | $(field "$r" failed) / $(field "$r" empty_results) of $(field "$r" requests) |"
    done
    r="${RESULT[node_serial]}"
    echo
    echo "One connection (no queueing behind the other connections), connectedAccount(id): p50 $(field "$r" p50_ms) ms, p99 $(field "$r" p99_ms) ms, $(field "$r" rps) req/s."
    r="${RESULT[throughput]}"
    echo
    echo "Throughput, all searches mixed, $THROUGHPUT_CONNECTIONS connections: $(field "$r" rps) req/s (p50 $(field "$r" p50_ms) ms, p99 $(field "$r" p99_ms) ms, $(field "$r" failed) failed); pgbench select-only at the same concurrency does $(ratio "$PGB_TPS_HI" "$(field "$r" rps)")× that (pgbench TPS ÷ API req/s)."
    echo
    echo "## Baseline: pgbench -S (scale 10) on the same PostgreSQL, ${DURATION}s"
    echo
    echo "| clients | TPS | latency avg ms |"
    echo "|---:|---:|---:|"
    echo "| $CONNECTIONS | $PGB_TPS | $PGB_LAT |"
    echo "| $THROUGHPUT_CONNECTIONS | $PGB_TPS_HI | $PGB_LAT_HI |"
    echo
    echo "## SQL statements per list request"
    echo
    echo "$STATEMENTS_NOTE."
    echo
    if [[ ${#STATEMENTS[@]} -gt 0 ]]; then
        echo "| request | first: 5 | first: 100 |"
        echo "|---|---:|---:|"
        echo "| connectedAccounts | ${STATEMENTS[first5]} | ${STATEMENTS[first100]} |"
        echo "| connectedAccounts(search: name~…) | ${STATEMENTS[first5_search]} | ${STATEMENTS[first100_search]} |"
        echo "| connectedAccounts { totalCount } | ${STATEMENTS[first5_total]} | ${STATEMENTS[first100_total]} |"
        echo
        echo "Statements seen for first: 100 (calls, rows, text): see target/bench/statements-first100.txt."
    fi
    echo
    echo "## EXPLAIN (ANALYZE, BUFFERS), custom plans, one sampled value each (target/bench/explain-*.txt)"
    echo
    echo "| query | execution ms | access paths |"
    echo "|---|---:|---|"
    for name in $(printf '%s\n' "${!EXPLAIN_TIME[@]}" | sort); do
        echo "| $name | ${EXPLAIN_TIME[$name]} | ${EXPLAIN_INDEXES[$name]} |"
    done
} >"$OUT/summary.md"

{
    printf 'query\tp50_ms\tp99_ms\trps\trequests\tfailed\n'
    for scenario in "${SCENARIOS[@]}" node_serial throughput; do
        r="${RESULT[$scenario]}"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" "$(field "$r" rps)" \
            "$(field "$r" requests)" "$(field "$r" failed)"
    done
    printf 'pgbench_c%s\t\t\t%s\n' "$CONNECTIONS" "$PGB_TPS"
    printf 'pgbench_c%s\t\t\t%s\n' "$THROUGHPUT_CONNECTIONS" "$PGB_TPS_HI"
} >"$OUT/results.tsv"

cat "$OUT/summary.md"
