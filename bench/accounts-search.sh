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
  --warmup S            at least this many seconds of mixed warm-up traffic before measuring (default 20)
  --warmup-max S        at most this many: the warm-up goes on in 10 s rounds until the JVM's JIT compiler threads
                        use under 5 % of a core (default 300; a native executable stops at --warmup)
  --connections N       wrk connections of the latency runs (default 4)
  --throughput-connections N
                        wrk connections of the throughput run (default 16)
  --layout L            physical order of the rows in the table (docs/benchmarks.md, "Table layout"):
                        created (default): as a table fills in production, accounts appended as they are created, one in
                        five moved to where it was last updated; random: no relation between a row's place and its
                        creation time, the worst case for the newest-first walks
  --keep-data           keep the PostgreSQL data directory (target/bench/pgdata-LAYOUT) after the run
  --reuse-data          reuse target/bench/pgdata-LAYOUT from a --keep-data run with the same --accounts/--others
                        (skips initdb and the load)
  -h, --help            this help

Environment:
  BENCH_PG_URL          use this PostgreSQL instead of starting one, as a libpq URI:
                        postgresql://USER:PASSWORD@HOST:PORT/DATABASE (an empty database the user owns; the
                        application migrates it, the script loads into it and adds pgbench_* tables, dropped at the end)
  BENCH_PG_BIN          PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
  JAVA                  java executable for the application (default: java on the PATH)
  BENCH_NATIVE          measure this native executable of the application instead of the jar

Writes only under target/bench/: summary.md (the table), results.tsv, explain-*.txt, statements-*.txt, app.log,
postgres.log, wrk-*.txt. Everything it starts (PostgreSQL, the application) is stopped on exit.
EOF
}

ACCOUNTS=1000000
OTHERS=5000
DURATION=10
WARMUP=20
WARMUP_MAX=300
CONNECTIONS=4
THROUGHPUT_CONNECTIONS=16
LAYOUT=created
KEEP_DATA=0
REUSE_DATA=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --accounts) ACCOUNTS="$2"; shift 2 ;;
        --others) OTHERS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --warmup-max) WARMUP_MAX="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --throughput-connections) THROUGHPUT_CONNECTIONS="$2"; shift 2 ;;
        --layout) LAYOUT="$2"; shift 2 ;;
        --keep-data) KEEP_DATA=1; shift ;;
        --reuse-data) REUSE_DATA=1; KEEP_DATA=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "Unknown option: $1 (see --help)" >&2; exit 64 ;;
    esac
done
[[ "$LAYOUT" == created || "$LAYOUT" == random ]] || { echo "--layout is created or random, not $LAYOUT" >&2; exit 64; }
for number in "$ACCOUNTS" "$OTHERS" "$DURATION" "$WARMUP" "$WARMUP_MAX" "$CONNECTIONS" "$THROUGHPUT_CONNECTIONS"; do
    [[ "$number" =~ ^[0-9]+$ ]] || { echo "Not a number: $number" >&2; exit 64; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$ROOT/target/bench"
PLATFORM="plat_BenchMarketplace"
mkdir -p "$OUT"
PGDATA_DIR="$OUT/pgdata-$LAYOUT"
# shellcheck source=SCRIPTDIR/lib.sh
source "$BENCH/lib.sh"
require_tools wrk openssl psql curl
: >"$APP_LOG"

# An external server keeps no pgbench tables of ours.
bench_cleanup_hook() {
    if [[ "$EXTERNAL_PG" == 1 && -n "${PGHOST:-}" ]]; then
        psql -X -q -c 'DROP TABLE IF EXISTS pgbench_accounts, pgbench_branches, pgbench_tellers, pgbench_history' \
            >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# 1. PostgreSQL
# ---------------------------------------------------------------------------------------------------------------
if [[ "$EXTERNAL_PG" == 1 ]]; then
    pg_use_external
else
    LOADED_MARK="$PGDATA_DIR/bench-loaded-$ACCOUNTS-$OTHERS"
    if [[ "$REUSE_DATA" == 1 && -f "$LOADED_MARK" ]]; then
        log "reusing $PGDATA_DIR ($ACCOUNTS + $OTHERS accounts already loaded)"
    else
        REUSE_DATA=0
        # A throwaway benchmark server: durability off (it only speeds up the load; the measured work is read-only),
        # pg_stat_statements to count the application's statements, 1 GB of shared buffers (the machine has 24 GB).
        pg_init "shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
shared_buffers = 1GB
max_wal_size = 8GB
checkpoint_timeout = 30min
fsync = off
full_page_writes = off
synchronous_commit = off"
    fi
    pg_start
    [[ "$REUSE_DATA" == 0 ]] && pg_create_databases
    psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
fi
psql -X -At -c 'SELECT version()' | sed 's/^/  /' >&2

# ---------------------------------------------------------------------------------------------------------------
# 2. The application, prod profile, OIDC with a local public key
# ---------------------------------------------------------------------------------------------------------------
jwt_init
TOKEN="$(sign_jwt "$ISSUER" "$AUDIENCE" bench-analyst "$PLATFORM" analyst)"
# shellcheck disable=SC2119 # no extra environment
app_start
log "Flyway migrated the database"

VIEWER='{"query":"{ viewer { subject roles platform { id } } }"}'
TOKEN_CHECKS=""
for check in "valid token:$TOKEN:200" \
    "wrong issuer:$(sign_jwt https://other-issuer.invalid "$AUDIENCE" bench-analyst "$PLATFORM" analyst):401" \
    "wrong audience:$(sign_jwt "$ISSUER" some-other-app bench-analyst "$PLATFORM" analyst):401" \
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
        -v others="$OTHERS" -v layout="$LAYOUT" -f "$BENCH/load-accounts.sql" >"$OUT/load.txt" 2>&1 \
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
# From the statistics of the VACUUM ANALYZE that ends the load: 1 is creation order, 0 no relation.
CORRELATION="$(psql -X -At -c "SELECT round(correlation::numeric, 2) FROM pg_stats
    WHERE tablename = 'connected_account' AND attname = 'created_at'")"

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
log "warm-up: ${WARMUP}-${WARMUP_MAX}s of mixed traffic, $CONNECTIONS connections, until the JIT has settled"
warm_up "$OUT/bodies-mixed.jsonl" "$CONNECTIONS" "$WARMUP" "$WARMUP_MAX"
declare -A RESULT
for scenario in "${SCENARIOS[@]}"; do
    RESULT[$scenario]="$(run_wrk "$scenario" "$OUT/bodies-$scenario.jsonl" "$CONNECTIONS" "$DURATION")"
    log "$scenario: p50 $(field "${RESULT[$scenario]}" p50_ms) ms, p99 $(field "${RESULT[$scenario]}" p99_ms) ms, $(field "${RESULT[$scenario]}" rps) req/s"
done
# One connection: each request's own latency, without waiting behind the others' CPU. With $CONNECTIONS connections on
# 2 cores the machine is saturated and a p50 is mostly queueing (about connections / throughput).
SERIAL_SCENARIOS=(node search_email search_name search_metadata search_combined search_term)
for scenario in "${SERIAL_SCENARIOS[@]}"; do
    RESULT[${scenario}_serial]="$(run_wrk "${scenario}_serial" "$OUT/bodies-$scenario.jsonl" 1 "$DURATION")"
    log "$scenario, 1 connection: p50 $(field "${RESULT[${scenario}_serial]}" p50_ms) ms, p99 $(field "${RESULT[${scenario}_serial]}" p99_ms) ms"
done
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
if pg_statements_available; then
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
        pg_statements_reset
        for _ in $(seq 1 "$REPEAT"); do
            response="$(gql "${COUNT_BODY[$variant]}")"
            [[ "$response" != *'"errors"'* ]] || die "statement count $variant: $response"
        done
        STATEMENTS[$variant]="$(pg_statements_per_request "$OUT/statements-$variant.txt" "$REPEAT")"
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
rm -f "$OUT"/explain-*.txt  # none left from a run of other code
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
    pgbench_tps_latency "$OUT/pgbench-c$1.txt"
}
PGB="$(pgbench_run "$CONNECTIONS")"
read -r PGB_TPS PGB_LAT <<<"$PGB"
PGB="$(pgbench_run "$THROUGHPUT_CONNECTIONS")"
read -r PGB_TPS_HI PGB_LAT_HI <<<"$PGB"
log "pgbench -S: $PGB_TPS tps ($PGB_LAT ms avg) at $CONNECTIONS clients, $PGB_TPS_HI tps at $THROUGHPUT_CONNECTIONS"

# ---------------------------------------------------------------------------------------------------------------
# 9. Summary
# ---------------------------------------------------------------------------------------------------------------
verdict() { # verdict SCENARIO [RESULT KEY] -> met / MISSED / (no target)
    [[ "$1" == search_* ]] || { echo "—"; return; }
    local r="${RESULT[${2:-$1}]}"
    awk -v p50="$(field "$r" p50_ms)" -v p99="$(field "$r" p99_ms)" \
        'BEGIN { print (p50 < 20 && p99 < 100) ? "met" : "MISSED" }'
}
declare -A EXPLAIN_OF=([list]=list [list_100]=list [list_total]=count_all [search_email]=email [search_name]=name [search_metadata]=metadata
    [search_combined]=combined [search_term]=term [node]=node)
{
    echo "# Connected-account search benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "Command: \`bench/accounts-search.sh --accounts $ACCOUNTS --others $OTHERS --duration $DURATION --warmup $WARMUP --warmup-max $WARMUP_MAX --connections $CONNECTIONS --throughput-connections $THROUGHPUT_CONNECTIONS --layout $LAYOUT\`"
    echo
    echo "Machine: $(machine_line)"
    echo
    echo "Code: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- src bench 2>/dev/null || echo ' (with uncommitted changes)'); migrations: $(find "$ROOT/src/main/resources/db/migration" -name 'V*.sql' -printf '%f ' | tr ' ' '\n' | sort | paste -sd ' ')."
    echo
    echo "Data: $LIVE live accounts of $PLATFORM (+ $OTHERS on three other platforms, ~1 % removed), connected_account with indexes $TABLE_SIZE; load $LOAD_SECONDS s; layout $LAYOUT (correlation of the rows' physical order with created_at: $CORRELATION)."
    echo
    echo "Tokens: $TOKEN_CHECKS"
    echo
    echo "## Latency through POST /graphql (wrk, $CONNECTIONS connections, ${DURATION}s each, after ${WARMED_SECONDS}s warm-up; JIT compiler in its last 10 s: ${WARM_COMPILER_SHARE} % of a core)"
    echo
    echo "| query | p50 ms | p99 ms | req/s | p50 ÷ pgbench avg | SQL alone p50 / p99 / max ms (100 values, psql) | SQL execution, one value (EXPLAIN ANALYZE) ms | target (p50 < 20, p99 < 100) | 1 connection p50 / p99 ms | target at 1 connection | failed / empty |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|---:|---|---|"
    for scenario in "${SCENARIOS[@]}"; do
        r="${RESULT[$scenario]}"
        serial="${RESULT[${scenario}_serial]:-}" serial_latency="—" serial_verdict="—"
        if [[ -n "$serial" ]]; then
            serial_latency="$(field "$serial" p50_ms) / $(field "$serial" p99_ms)"
            serial_verdict="$(verdict "$scenario" "${scenario}_serial")"
        fi
        echo "| ${DESCRIPTION[$scenario]} | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" rps) | $(ratio "$(field "$r" p50_ms)" "$PGB_LAT")× | ${SQL_TIMING[$scenario]:-—} | ${EXPLAIN_TIME[${EXPLAIN_OF[$scenario]}]:-—} | $(verdict "$scenario") | $serial_latency | $serial_verdict | $(field "$r" failed) / $(field "$r" empty_results) of $(field "$r" requests) |"
    done
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
    for scenario in "${SCENARIOS[@]}" "${SERIAL_SCENARIOS[@]/%/_serial}" throughput; do
        r="${RESULT[$scenario]}"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" "$(field "$r" rps)" \
            "$(field "$r" requests)" "$(field "$r" failed)"
    done
    printf 'pgbench_c%s\t\t\t%s\n' "$CONNECTIONS" "$PGB_TPS"
    printf 'pgbench_c%s\t\t\t%s\n' "$THROUGHPUT_CONNECTIONS" "$PGB_TPS_HI"
} >"$OUT/results.tsv"

cat "$OUT/summary.md"
