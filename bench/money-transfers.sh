#!/usr/bin/env bash
# Throughput of sendFunds (platform → account balance) through the GraphQL API of the packaged application, against a
# pgbench transfer baseline on the same PostgreSQL in the same run (issue 6, "Performance"). See --help and
# docs/benchmarks.md.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/money-transfers.sh [options]

Starts a PostgreSQL 15 of its own (or uses BENCH_PG_URL), with durability on (fsync, synchronous_commit: a transfer
is a commit), and in one run:
  1. pgbench on it: a two-row transfer (a table of N rows; per transaction SELECT ... FOR UPDATE of two random rows
     in id order, one UPDATE -amount, one UPDATE +amount) and the variant where every transfer debits one shared row,
     both at --connections clients; TPS, average, p50 and p99 latency;
  2. the packaged application (target/quarkus-app/quarkus-run.jar, prod profile, a locally signed JWT): per scenario
     a platform registered through the signed provider webhook, its profile completed, --accounts US individual
     accounts with TRANSFERS ACTIVE (requested, requirements and a bank account submitted through the API), funded with
     top-ups confirmed by the webhook (top_up.succeeded); then sendFunds (ACCOUNT_BALANCE, random account, 1-100
     cents, a unique idempotencyKey per request) with wrk at --connections connections: a warm-up, then the
     measurement: transfers/s, p50, p99, non-2xx, GraphQL errors, userErrors;
  3. SQL statements per sendFunds (pg_stat_statements) and its latency on one connection;
  3b. in the headline scenario: connectedAccount(id) and connectedAccounts(first: 20) of the same platform with wrk at
     --connections connections (10 s warm-up, --duration measured): requests/s, p50, p99, application and PostgreSQL
     CPU per request;
  4. pgbench two-row again, then the ledger checks: balance rows = ledger entries per book, no negative balance,
     every movement sums to zero, each platform's available money = its confirmed top-ups, transfers acknowledged
     vs stored; and a summary with the ratio API transfers/s ÷ pgbench two-row TPS (target >= 0.3, issue 20) and p99
     (< 100 ms).

Build the jar first:  ./mvnw -B -q package -DskipTests

Options:
  --accounts N          accounts with TRANSFERS ACTIVE per scenario (default 50)
  --duration S          seconds measured, per pgbench run and per scenario (default 20)
  --warmup S            seconds of sendFunds before each scenario's measurement (default 30)
  --jit-warmup S        extra warm-up seconds for a scenario right after the application (re)started (default 60:
                        on a busy 2-core machine the JIT still compiles after 40 s)
  --connections N       pgbench clients and wrk connections (default 16)
  --pgbench-rows N      rows of the pgbench transfer table (default 1000)
  --scenarios LIST      space-separated SHARDS/TOP_UPS: the application's connectboard.money.balance-shards and how
                        many top-ups fund the platform (default "8/32 8/1 1/1"; the first is the headline measured
                        against the targets)
  --keep-data           keep the PostgreSQL data directory (target/bench/pgdata-money) after the run
  -h, --help            this help

Environment:
  BENCH_PG_URL          use this PostgreSQL instead of starting one: postgresql://USER:PASSWORD@HOST:PORT/DATABASE
                        (an empty database the user owns; the application migrates it; the pgbench table
                        bench_transfer_account is created in it and dropped at the end)
  BENCH_PG_BIN          PostgreSQL binaries (default /usr/lib/postgresql/15/bin)
  JAVA                  java executable for the application (default: java on the PATH)
  BENCH_NATIVE          measure this native executable of the application instead of the jar
  BENCH_JAR             measure this quarkus-run.jar instead of target/quarkus-app/quarkus-run.jar
  BENCH_PROFILER        path of async-profiler's libasyncProfiler.so (tools.profiler:async-profiler on Maven
                        Central, linux-x64/): after the headline scenario's measurements, profile sendFunds,
                        connectedAccount(id) and the first page of 20 for BENCH_PROFILE_SECONDS each (default 15; CPU,
                        ctimer, 1 ms, all threads) into target/bench/profile-*.collapsed, and split each with
                        bench/profile-split.py into profile-*.split.txt. Outside the measured seconds: the profiler's
                        own cost does not reach the CPU columns.

Writes only under target/bench/: money-summary.md, money-results.tsv, money-ledger-checks.txt,
money-statements.txt, money-app.log, money-postgres.log, wrk-money-*.txt, pgbench-money-*. Everything it starts
(PostgreSQL, the application) is stopped on exit.
EOF
}

ACCOUNTS=50
DURATION=20
WARMUP=30
JIT_WARMUP=60
CONNECTIONS=16
PGBENCH_ROWS=1000
SCENARIOS="8/32 8/1 1/1"
KEEP_DATA=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --accounts) ACCOUNTS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --jit-warmup) JIT_WARMUP="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --pgbench-rows) PGBENCH_ROWS="$2"; shift 2 ;;
        --scenarios) SCENARIOS="$2"; shift 2 ;;
        --keep-data) KEEP_DATA=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "Unknown option: $1 (see --help)" >&2; exit 64 ;;
    esac
done
for number in "$ACCOUNTS" "$DURATION" "$WARMUP" "$CONNECTIONS" "$PGBENCH_ROWS"; do
    [[ "$number" =~ ^[0-9]+$ && "$number" -gt 0 ]] || { echo "Not a positive number: $number" >&2; exit 64; }
done
[[ "$JIT_WARMUP" =~ ^[0-9]+$ ]] || { echo "Not a number: $JIT_WARMUP" >&2; exit 64; }
read -r -a SCENARIO_LIST <<<"$SCENARIOS"
[[ ${#SCENARIO_LIST[@]} -gt 0 ]] || { echo "No scenario" >&2; exit 64; }
for scenario in "${SCENARIO_LIST[@]}"; do
    [[ "$scenario" =~ ^[1-9][0-9]*/[1-9][0-9]*$ ]] || { echo "A scenario is SHARDS/TOP_UPS, not $scenario" >&2; exit 64; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$ROOT/target/bench"
mkdir -p "$OUT"
PGDATA_DIR="$OUT/pgdata-money"
APP_LOG="$OUT/money-app.log"
PG_LOG="$OUT/money-postgres.log"
# shellcheck source=SCRIPTDIR/lib.sh
source "$BENCH/lib.sh"
require_tools wrk openssl psql curl
: >"$APP_LOG"
TOP_UP_AMOUNT=1000000000 # cents per top-up: 10 million usd, far more than the run sends
SERIAL_REPEAT=30

bench_cleanup_hook() {
    if [[ "$EXTERNAL_PG" == 1 && -n "${PGHOST:-}" ]]; then
        psql -X -q -c 'DROP TABLE IF EXISTS bench_transfer_account' >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# 1. PostgreSQL, durable: the measured work is commits
# ---------------------------------------------------------------------------------------------------------------
if [[ "$EXTERNAL_PG" == 1 ]]; then
    pg_use_external
    PGBENCH_DB="$PGDATABASE"
else
    # Durability as PostgreSQL ships it (fsync, synchronous_commit, full_page_writes on); pg_stat_statements to count
    # the application's statements.
    pg_init "shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
shared_buffers = 512MB
max_wal_size = 4GB"
    pg_start
    pg_create_databases
    PGBENCH_DB=pgbench
fi
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements' 2>/dev/null \
    || log "pg_stat_statements is not available: statements will not be counted"
psql -X -At -c 'SELECT version()' | sed 's/^/  /' >&2
LOAD_BEFORE="$(uptime | sed 's/.*load average: //')"

# ---------------------------------------------------------------------------------------------------------------
# 2. pgbench baseline: two-row transfers and transfers that all debit one shared row
# ---------------------------------------------------------------------------------------------------------------
log "pgbench table bench_transfer_account: $PGBENCH_ROWS rows + the shared row 0"
psql -X -q -d "$PGBENCH_DB" -v ON_ERROR_STOP=1 -v rows="$PGBENCH_ROWS" >/dev/null <<'SQL'
DROP TABLE IF EXISTS bench_transfer_account;
CREATE TABLE bench_transfer_account (id integer PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0));
INSERT INTO bench_transfer_account SELECT i, 1000000000 FROM generate_series(0, :rows) i;
VACUUM ANALYZE bench_transfer_account;
SQL
cat >"$OUT/pgbench-money-two-row.sql" <<'SQL'
-- Two random rows, locked in id order (no deadlock), one debited, one credited.
\set a random(1, :rows)
\set b random(1, :rows)
\set amount random(1, 100)
BEGIN;
SELECT id FROM bench_transfer_account WHERE id IN (:a, :b) ORDER BY id FOR UPDATE;
UPDATE bench_transfer_account SET balance = balance - :amount WHERE id = :a;
UPDATE bench_transfer_account SET balance = balance + :amount WHERE id = :b;
COMMIT;
SQL
cat >"$OUT/pgbench-money-shared-row.sql" <<'SQL'
-- Every transfer debits the shared row 0 (a platform with one balance row) and credits a random row.
\set b random(1, :rows)
\set amount random(1, 100)
BEGIN;
UPDATE bench_transfer_account SET balance = balance - :amount WHERE id = 0;
UPDATE bench_transfer_account SET balance = balance + :amount WHERE id = :b;
COMMIT;
SQL

CLK_TCK="$(getconf CLK_TCK)"
# pgbench_transfers LABEL SCRIPT -> "tps avg_ms p50_ms p99_ms failed pg_cpu_ms_per_transaction" (per-transaction log:
# pgbench-money-LABEL.log*). PostgreSQL's CPU is read from its backends between second 2 and DURATION-1.
pgbench_transfers() {
    local prefix="$OUT/pgbench-money-$1" pid failed cpu="n/a" before after started t0 t1
    rm -f "$prefix".log*
    "$PGBIN/pgbench" -n -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -D rows="$PGBENCH_ROWS" -f "$2" \
        -l --log-prefix="$prefix.log" -d "$PGBENCH_DB" >"$prefix.txt" 2>&1 &
    pid=$!
    started="$(date +%s.%N)"
    if ((DURATION >= 5)) && [[ "$PG_STARTED" == 1 ]]; then
        # PostgreSQL's processes from second 2 to second DURATION-2 of the run (the backends leave when pgbench ends).
        sleep 2
        t0="$(date +%s.%N)"
        # shellcheck disable=SC2046 # pids
        before="$(cpu_snapshot $(pg_backends))"
        sleep "$(awk -v started="$started" -v now="$(date +%s.%N)" -v d="$DURATION" 'BEGIN { s = started + d - 2 - now; print (s > 0) ? s : 0 }')"
        # shellcheck disable=SC2046 # pids
        after="$(cpu_snapshot $(pg_backends))"
        t1="$(date +%s.%N)"
        printf '# before\n%s\n# after\n%s\n' "$before" "$after" >"$prefix.cpu"
        cpu="$(cpu_delta "$before" "$after")"
        cpu="$(awk -v t="$cpu" -v hz="$CLK_TCK" -v s="$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" 'BEGIN { printf "%.3f", t * 1000 / hz / s }')"
    fi
    wait "$pid" || { cat "$prefix.txt" >&2; die "pgbench $1 failed"; }
    failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$prefix.txt")"
    local tps_latency
    tps_latency="$(pgbench_tps_latency "$prefix.txt")"
    [[ "$cpu" == n/a ]] || cpu="$(awk -v ms_per_s="$cpu" -v tps="${tps_latency%% *}" 'BEGIN { printf "%.3f", ms_per_s / tps }')"
    printf '%s %s %s %s\n' "$tps_latency" \
        "$(cat "$prefix".log* | awk '{ print $3 / 1000 }' | sort -n | awk '{ v[NR] = $1 }
            END { printf "%.2f %.2f", v[int(NR * 0.5 + 0.5)], v[int(NR * 0.99 + 0.5)] }')" "${failed:-0}" "$cpu"
}
declare -A PGB
log "pgbench two-row transfers, $CONNECTIONS clients, ${DURATION}s"
PGB[two_row_before]="$(pgbench_transfers two-row-before "$OUT/pgbench-money-two-row.sql")"
log "  tps avg p50 p99 failed: ${PGB[two_row_before]}"
log "pgbench shared-row transfers, $CONNECTIONS clients, ${DURATION}s"
PGB[shared_row]="$(pgbench_transfers shared-row "$OUT/pgbench-money-shared-row.sql")"
log "  tps avg p50 p99 failed: ${PGB[shared_row]}"

# ---------------------------------------------------------------------------------------------------------------
# 3. The application and the scenarios
# ---------------------------------------------------------------------------------------------------------------
jwt_init

# ok_or_die WHAT RESPONSE: HTTP 200, no GraphQL error, no userErrors.
ok_or_die() {
    [[ "$(cat "$OUT/last-status")" == 200 && "$2" != *'"errors"'* && "$2" != *'"userErrors":[{'* ]] \
        || die "$1: HTTP $(cat "$OUT/last-status"): $2"
}

# json_string TEXT -> TEXT as a JSON string literal (backslashes and quotes escaped, line breaks as spaces).
json_string() {
    local s="${1//\\/\\\\}"
    s="${s//\"/\\\"}"
    printf '"%s"' "${s//$'\n'/ }"
}

# shellcheck disable=SC2016 # GraphQL variables, not shell ones
REQUIREMENTS_DOC='mutation($id: ID!, $address: String!) {
  capabilities: updateCapabilities(input: {accountId: $id, changes: [{capability: TRANSFERS, requested: true}]}) { userErrors { code message } }
  tos: submitRequirementInformation(input: {accountId: $id, requirement: "tos_acceptance.date", value: "2026-01-02"}) { userErrors { code message } }
  mcc: submitRequirementInformation(input: {accountId: $id, requirement: "business_profile.mcc", value: "5734"}) { userErrors { code message } }
  url: submitRequirementInformation(input: {accountId: $id, requirement: "business_profile.url", value: "https://shop.example"}) { userErrors { code message } }
  first: submitRequirementInformation(input: {accountId: $id, requirement: "individual.first_name", value: "Ada"}) { userErrors { code message } }
  last: submitRequirementInformation(input: {accountId: $id, requirement: "individual.last_name", value: "Lovelace"}) { userErrors { code message } }
  dob: submitRequirementInformation(input: {accountId: $id, requirement: "individual.dob", value: "1990-12-10"}) { userErrors { code message } }
  address: submitRequirementInformation(input: {accountId: $id, requirement: "individual.address", value: $address}) { userErrors { code message } }
  bank: addExternalAccount(input: {accountId: $id, kind: BANK_ACCOUNT, providerToken: "tok_6789", last4: "6789", country: "US", currency: "usd"}) { userErrors { code message } }
}'
ADDRESS='{"line1": "1 Main St", "city": "Springfield", "postalCode": "12345", "country": "US"}'
# shellcheck disable=SC2016 # GraphQL variables, not shell ones
SEND_DOC='mutation($input: SendFundsInput!) { sendFunds(input: $input) { transfer { id accountId amount { amount currency } destination createdAt } userErrors { code field message } } }'

# setup_platform LABEL SHARDS TOP_UPS: a registered platform with a complete profile, ACCOUNTS accounts with TRANSFERS
# ACTIVE (ids in $OUT/money-accounts-LABEL.txt), funded by TOP_UPS confirmed top-ups. Sets PLATFORM and TOKEN.
setup_platform() {
    local label="$1" i id response status
    PLATFORM="plat_MoneyBench${label}$(openssl rand -hex 4)"
    status="$(provider_event platform.registered "{\"platform_id\":\"$PLATFORM\",\"name\":\"Money bench $label\",\"country\":\"US\",\"default_currency\":\"usd\"}")"
    [[ "$status" == 200 ]] || die "platform.registered: HTTP $status: $(cat "$OUT/last-event-response")"
    TOKEN="$(sign_jwt "$ISSUER" "$AUDIENCE" bench-administrator "$PLATFORM" administrator)"
    response="$(gql '{"query":"mutation { updatePlatformProfile(input: {url: \"https://platform.example\", supportEmail: \"help@platform.example\", notificationEmail: \"ops@platform.example\"}) { platform { profileComplete } userErrors { code message } } }"}')"
    ok_or_die updatePlatformProfile "$response"
    [[ "$response" == *'"profileComplete":true'* ]] || die "profile not complete: $response"
    log "$label: platform $PLATFORM registered; creating $ACCOUNTS accounts with TRANSFERS ACTIVE"
    : >"$OUT/money-accounts-$label.txt"
    for i in $(seq 1 "$ACCOUNTS"); do
        response="$(gql '{"query":"mutation { createConnectedAccount(input: {country: \"US\", businessType: INDIVIDUAL, dashboardAccess: NONE}) { connectedAccount { id } userErrors { code message } } }"}')"
        ok_or_die createConnectedAccount "$response"
        id="$(sed -n 's/.*"connectedAccount":{"id":"\([^"]*\)".*/\1/p' <<<"$response")"
        [[ -n "$id" ]] || die "no account id in $response"
        response="$(gql "{\"query\":$(json_string "$REQUIREMENTS_DOC"),\"variables\":{\"id\":\"$id\",\"address\":$(json_string "$ADDRESS")}}")"
        ok_or_die "requirements of $id" "$response"
        response="$(gql "{\"query\":\"query(\$id: ID!) { connectedAccount(id: \$id) { capabilities { name status } requirements { currentlyDue pendingVerification errors { requirement code reason } } } }\",\"variables\":{\"id\":\"$id\"}}")"
        [[ "$response" == *'{"name":"TRANSFERS","status":"ACTIVE"}'* ]] || die "TRANSFERS of $id is not ACTIVE: $response"
        echo "$id" >>"$OUT/money-accounts-$label.txt"
        if ((i % 10 == 0)); then log "  $i accounts"; fi
    done
    log "$label: funding with $3 top-up(s) of $TOP_UP_AMOUNT cents, confirmed by top_up.succeeded"
    for i in $(seq 1 "$3"); do
        response="$(gql "{\"query\":\"mutation(\$input: AddToBalanceInput!) { addToBalance(input: \$input) { topUp { id status } userErrors { code message } } }\",\"variables\":{\"input\":{\"amount\":$TOP_UP_AMOUNT,\"currency\":\"usd\",\"description\":\"bench funding $i\",\"idempotencyKey\":\"fund-$label-$i\"}}}")"
        ok_or_die addToBalance "$response"
        id="$(sed -n 's/.*"topUp":{"id":"\([^"]*\)".*/\1/p' <<<"$response")"
        status="$(provider_event top_up.succeeded "{\"top_up_id\":\"$id\"}")"
        [[ "$status" == 200 ]] || die "top_up.succeeded: HTTP $status: $(cat "$OUT/last-event-response")"
    done
    # The request bodies: every account 4 times with random amounts; @KEY@ becomes a unique idempotency key.
    local query amount
    query="$(json_string "$SEND_DOC")"
    : >"$OUT/money-bodies-$label.jsonl"
    for _ in 1 2 3 4; do
        while read -r id; do
            amount=$((1 + RANDOM % 100))
            printf '{"query":%s,"variables":{"input":{"accountId":"%s","amount":%d,"currency":"usd","description":"bench","destination":"ACCOUNT_BALANCE","idempotencyKey":"@KEY@"}}}\n' \
                "$query" "$id" "$amount" >>"$OUT/money-bodies-$label.jsonl"
        done <"$OUT/money-accounts-$label.txt"
    done
}

# shard_rows -> "amount amount ..." of the platform's AVAILABLE usd rows, in shard order (cents).
shard_rows() {
    psql -X -At -U "$ADMIN_USER" -c "SELECT string_agg(amount::text, ' ' ORDER BY shard) FROM balance
        WHERE platform_id = '$PLATFORM' AND owner_id = '$PLATFORM' AND book = 'AVAILABLE' AND currency = 'usd'"
}

# send_one KEY -> response of one sendFunds to the first account (1 cent) with KEY; curl's total time in last-time.
send_one() {
    local account body
    account="$(head -n 1 "$OUT/money-accounts-$LABEL.txt")"
    body="$(head -n 1 "$OUT/money-bodies-$LABEL.jsonl" | sed "s/\"accountId\":\"[^\"]*\"/\"accountId\":\"$account\"/; s/\"amount\":[0-9]*/\"amount\":1/; s/@KEY@/$1/")"
    curl -s -o - -w '\n%{http_code} %{time_total}' -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $TOKEN" --data-binary "$body" "$URL" >"$OUT/last-response"
    tail -n 1 "$OUT/last-response" | cut -d ' ' -f 1 >"$OUT/last-status"
    tail -n 1 "$OUT/last-response" | cut -d ' ' -f 2 >"$OUT/last-time"
    sed '$d' "$OUT/last-response"
}

# measure_cpu LABEL BODIES -> "RESULT-line app_cores app_ms_per_request pg_cores pg_ms_per_request": wrk at CONNECTIONS
# for DURATION seconds, with the application's and PostgreSQL's CPU ticks read from /proc around it.
measure_cpu() {
    local result app_ticks pg_before pg_ticks
    app_ticks="$(cpu_ticks "$APP_PID")"
    # shellcheck disable=SC2046 # pids
    pg_before="$(cpu_snapshot $(pg_backends))"
    result="$(run_wrk "$1" "$2" "$CONNECTIONS" "$DURATION")"
    app_ticks=$(($(cpu_ticks "$APP_PID") - app_ticks))
    # shellcheck disable=SC2046 # pids
    pg_ticks="$(cpu_delta "$pg_before" "$(cpu_snapshot $(pg_backends))")"
    printf '%s %s\n' "$result" "$(awk -v a="$app_ticks" -v p="$pg_ticks" -v hz="$CLK_TCK" -v s="$(field "$result" seconds)" \
        -v n="$(field "$result" requests)" -v pg="$PG_STARTED" 'BEGIN { printf "app_cores=%.2f app_ms=%.2f pg_cores=%s pg_ms=%s", a / hz / s,
            a * 1000 / hz / n, pg == 1 ? sprintf("%.2f", p / hz / s) : "n/a", pg == 1 ? sprintf("%.2f", p * 1000 / hz / n) : "n/a" }')"
}

# profile_app NAME BODIES: async-profiler (BENCH_PROFILER) on the application while wrk sends BODIES for
# BENCH_PROFILE_SECONDS; collapsed stacks in $OUT/profile-NAME.collapsed, split by item in $OUT/profile-NAME.split.txt.
profile_app() {
    local file="$OUT/profile-$1.collapsed"
    rm -f "$file"
    jcmd "$APP_PID" JVMTI.agent_load "$BENCH_PROFILER" "\"start,event=ctimer,interval=1ms,file=$file,collapsed\"" >/dev/null \
        || die "could not attach async-profiler to $APP_PID"
    local r
    r="$(run_wrk "profile-$1" "$2" "$CONNECTIONS" "${BENCH_PROFILE_SECONDS:-15}")"
    jcmd "$APP_PID" JVMTI.agent_load "$BENCH_PROFILER" "\"stop,file=$file,collapsed\"" >/dev/null \
        || die "could not stop async-profiler"
    python3 "$BENCH/profile-split.py" "$file" "$(field "$r" requests)" >"$OUT/profile-$1.split.txt"
    log "profile $1: $(field "$r" requests) requests; split in ${OUT#"$ROOT"/}/profile-$1.split.txt"
}

# shellcheck disable=SC2016 # GraphQL variables, not shell ones
READ_FIELDS='id createdAt email status country dashboardAccess businessProfile { name } metadata { key value }'
declare -A READS
declare -A CPU WARMUP_OF RESULT SHARDS_OF TOPUPS_OF FUNDED_ROWS ACKED STORED STATEMENTS SERIAL
LABELS=()
CURRENT_SHARDS=""
index=0
for scenario in "${SCENARIO_LIST[@]}"; do
    index=$((index + 1))
    shards="${scenario%/*}"
    top_ups="${scenario#*/}"
    LABEL="s${shards}t${top_ups}"
    if [[ " ${LABELS[*]} " == *" $LABEL "* ]]; then LABEL="${LABEL}n$index"; fi
    LABELS+=("$LABEL")
    SHARDS_OF[$LABEL]="$shards"
    TOPUPS_OF[$LABEL]="$top_ups"
    warmup="$WARMUP"
    if [[ "$shards" != "$CURRENT_SHARDS" ]]; then
        stop_app
        app_start "CONNECTBOARD_MONEY_BALANCE_SHARDS=$shards"
        CURRENT_SHARDS="$shards"
        warmup=$((WARMUP + JIT_WARMUP))
    fi
    WARMUP_OF[$LABEL]="$warmup"
    log "scenario $LABEL: balance-shards=$shards, funded by $top_ups top-up(s)"
    setup_platform "$LABEL" "$shards" "$top_ups"
    FUNDED_ROWS[$LABEL]="$(shard_rows)"
    log "$LABEL: platform AVAILABLE rows (cents, by shard): ${FUNDED_ROWS[$LABEL]}"

    # One transfer and its replay: the same key returns the same transfer.
    first="$(send_one "check-$LABEL")"
    ok_or_die "sendFunds" "$first"
    replay="$(send_one "check-$LABEL")"
    ok_or_die "sendFunds replay" "$replay"
    [[ "$(sed -n 's/.*"transfer":{"id":"\([^"]*\)".*/\1/p' <<<"$first")" == "$(sed -n 's/.*"transfer":{"id":"\([^"]*\)".*/\1/p' <<<"$replay")" ]] \
        || die "a replay returned another transfer: $first / $replay"
    acked=1

    log "$LABEL: warm-up, ${warmup}s at $CONNECTIONS connections"
    warm="$(run_wrk "money-warmup-$LABEL" "$OUT/money-bodies-$LABEL.jsonl" "$CONNECTIONS" "$warmup")"
    acked=$((acked + $(field "$warm" requests) - $(field "$warm" failed) - $(field "$warm" user_errors)))
    log "$LABEL: measuring, ${DURATION}s at $CONNECTIONS connections"
    app_ticks="$(cpu_ticks "$APP_PID")"
    # shellcheck disable=SC2046 # pids
    pg_before="$(cpu_snapshot $(pg_backends))"
    RESULT[$LABEL]="$(run_wrk "money-$LABEL" "$OUT/money-bodies-$LABEL.jsonl" "$CONNECTIONS" "$DURATION")"
    r="${RESULT[$LABEL]}"
    app_ticks=$(($(cpu_ticks "$APP_PID") - app_ticks))
    # shellcheck disable=SC2046 # pids
    pg_ticks="$(cpu_delta "$pg_before" "$(cpu_snapshot $(pg_backends))")"
    # CPU: cores used by the application and by PostgreSQL during the measurement, ms of CPU per sendFunds.
    CPU[$LABEL]="$(awk -v a="$app_ticks" -v p="$pg_ticks" -v hz="$CLK_TCK" -v s="$(field "$r" seconds)" -v n="$(field "$r" requests)" \
        -v pg="$PG_STARTED" 'BEGIN { printf "%.2f %.1f %s %s", a / hz / s, a * 1000 / hz / n,
            pg == 1 ? sprintf("%.2f", p / hz / s) : "n/a", pg == 1 ? sprintf("%.2f", p * 1000 / hz / n) : "n/a" }')"
    log "$LABEL: CPU during the measurement: application $(cut -d ' ' -f 1 <<<"${CPU[$LABEL]}") cores," \
        "$(cut -d ' ' -f 2 <<<"${CPU[$LABEL]}") ms per sendFunds; PostgreSQL $(cut -d ' ' -f 3 <<<"${CPU[$LABEL]}") cores," \
        "$(cut -d ' ' -f 4 <<<"${CPU[$LABEL]}") ms per sendFunds"
    acked=$((acked + $(field "$r" requests) - $(field "$r" failed) - $(field "$r" user_errors)))
    log "$LABEL: $(field "$r" rps) transfers/s, p50 $(field "$r" p50_ms) ms, p99 $(field "$r" p99_ms) ms;" \
        "non-2xx $(field "$r" http_errors), GraphQL errors $(field "$r" graphql_errors), userErrors $(field "$r" user_errors), socket errors $(field "$r" socket_errors)"

    # Statements and latency of one sendFunds on one connection (no queueing behind other requests).
    if pg_statements_available; then
        pg_statements_reset
    fi
    : >"$OUT/money-serial-$LABEL.txt"
    for n in $(seq 1 "$SERIAL_REPEAT"); do
        ok_or_die "serial sendFunds" "$(send_one "serial-$LABEL-$n")"
        awk '{ print $1 * 1000 }' "$OUT/last-time" >>"$OUT/money-serial-$LABEL.txt"
    done
    acked=$((acked + SERIAL_REPEAT))
    if pg_statements_available; then
        STATEMENTS[$LABEL]="$(pg_statements_per_request "$OUT/money-statements-$LABEL.txt" "$SERIAL_REPEAT")"
    else
        STATEMENTS[$LABEL]="n/a"
    fi
    SERIAL[$LABEL]="$(sort -n "$OUT/money-serial-$LABEL.txt" | awk '{ v[NR] = $1 } END { printf "%.1f / %.1f", v[int(NR * 0.5 + 0.5)], v[NR] }')"
    log "$LABEL: one connection, p50 / max ${SERIAL[$LABEL]} ms; ${STATEMENTS[$LABEL]} SQL statements per sendFunds"

    if [[ "$index" == 1 ]]; then
        # Reads of the same platform: connectedAccount(id) of a random account, and the first page of 20.
        : >"$OUT/money-bodies-node.jsonl"
        while read -r id; do
            printf '{"query":%s,"variables":{"id":"%s"}}\n' \
                "$(json_string "query(\$id: ID!) { connectedAccount(id: \$id) { $READ_FIELDS } }")" "$id" >>"$OUT/money-bodies-node.jsonl"
        done <"$OUT/money-accounts-$LABEL.txt"
        printf '{"query":%s}\n' "$(json_string "{ connectedAccounts(first: 20) { nodes { $READ_FIELDS } pageInfo { hasNextPage endCursor } } }")" \
            >"$OUT/money-bodies-list.jsonl"
        for read_kind in node list; do
            body="$(head -n 1 "$OUT/money-bodies-$read_kind.jsonl")"
            response="$(gql "$body")"
            [[ "$(cat "$OUT/last-status")" == 200 && "$response" != *'"errors"'* && "$response" == *'"id":"acct_'* ]] \
                || die "$read_kind: $response"
            run_wrk "warmup-$read_kind" "$OUT/money-bodies-$read_kind.jsonl" "$CONNECTIONS" 10 >/dev/null
            READS[$read_kind]="$(measure_cpu "read-$read_kind" "$OUT/money-bodies-$read_kind.jsonl")"
            log "$read_kind: $(field "${READS[$read_kind]}" rps) req/s, p50 $(field "${READS[$read_kind]}" p50_ms) ms, p99 $(field "${READS[$read_kind]}" p99_ms) ms;" \
                "application $(field "${READS[$read_kind]}" app_ms) ms, PostgreSQL $(field "${READS[$read_kind]}" pg_ms) ms of CPU per request"
        done
        if [[ -n "${BENCH_PROFILER:-}" && -z "$NATIVE" ]]; then
            profile_app sendFunds "$OUT/money-bodies-$LABEL.jsonl"
            profile_app node "$OUT/money-bodies-node.jsonl"
            profile_app list "$OUT/money-bodies-list.jsonl"
            acked=$((acked + $(field "$(grep '^RESULT ' "$OUT/wrk-profile-sendFunds.txt")" requests) - $(field "$(grep '^RESULT ' "$OUT/wrk-profile-sendFunds.txt")" failed) - $(field "$(grep '^RESULT ' "$OUT/wrk-profile-sendFunds.txt")" user_errors)))
        fi
    fi

    ACKED[$LABEL]="$acked"
    STORED[$LABEL]="$(psql -X -At -U "$ADMIN_USER" -c "SELECT count(*) FROM transfer WHERE platform_id = '$PLATFORM'")"
    log "$LABEL: transfers acknowledged ${ACKED[$LABEL]}, stored ${STORED[$LABEL]} (requests still in flight when wrk stopped may be stored unacknowledged)"
done
stop_app

log "pgbench two-row transfers again, $CONNECTIONS clients, ${DURATION}s"
PGB[two_row_after]="$(pgbench_transfers two-row-after "$OUT/pgbench-money-two-row.sql")"
log "  tps avg p50 p99 failed: ${PGB[two_row_after]}"
LOAD_AFTER="$(uptime | sed 's/.*load average: //')"

# ---------------------------------------------------------------------------------------------------------------
# 4. Ledger checks (every count must be 0)
# ---------------------------------------------------------------------------------------------------------------
log "ledger checks"
psql -X -At -F $'\t' -U "$ADMIN_USER" -v ON_ERROR_STOP=1 >"$OUT/money-ledger-checks.txt" <<'SQL'
WITH rows AS (SELECT platform_id, owner_id, book, currency, sum(amount) AS amount FROM balance GROUP BY 1, 2, 3, 4),
     entries AS (SELECT platform_id, owner_id, book, currency, sum(amount) AS amount FROM ledger_entry
                 WHERE book IN ('AVAILABLE', 'PENDING') GROUP BY 1, 2, 3, 4)
SELECT 'books whose balance rows differ from the sum of their ledger entries', count(*)
  FROM rows FULL JOIN entries USING (platform_id, owner_id, book, currency)
 WHERE coalesce(rows.amount, 0) <> coalesce(entries.amount, 0);
SELECT 'negative balance rows', count(*) FROM balance WHERE amount < 0;
SELECT 'movements whose entries do not sum to zero', count(*)
  FROM (SELECT 1 FROM ledger_entry GROUP BY platform_id, movement_id, currency HAVING sum(amount) <> 0) unbalanced;
SELECT 'platforms whose available money (platform + accounts) differs from their confirmed top-ups', count(*)
  FROM platform p
 WHERE (SELECT coalesce(sum(amount), 0) FROM top_up t WHERE t.platform_id = p.platform_id AND t.status = 'SUCCEEDED')
    <> (SELECT coalesce(sum(amount), 0) FROM balance b WHERE b.platform_id = p.platform_id AND b.book = 'AVAILABLE');
SELECT 'transfers without exactly two TRANSFER entries', count(*)
  FROM transfer t
 WHERE (SELECT count(*) FROM ledger_entry e WHERE e.platform_id = t.platform_id AND e.movement_id = t.id) <> 2;
SELECT 'transfers without their idempotency key', (SELECT count(*) FROM transfer) + (SELECT count(*) FROM top_up)
       - (SELECT count(*) FROM idempotency_key WHERE result IS NOT NULL);
SELECT 'balance rows checked', count(*) FROM balance;
SELECT 'ledger entries checked', count(*) FROM ledger_entry;
SQL
LEDGER_OK=1
while IFS=$'\t' read -r check count; do
    log "  $check: $count"
    [[ "$check" == *checked* || "$count" == 0 ]] || LEDGER_OK=0
done <"$OUT/money-ledger-checks.txt"
for label in "${LABELS[@]}"; do
    inflight=$((STORED[$label] - ACKED[$label]))
    ((inflight >= 0 && inflight <= 2 * CONNECTIONS)) || LEDGER_OK=0
done

# ---------------------------------------------------------------------------------------------------------------
# 5. Summary
# ---------------------------------------------------------------------------------------------------------------
pgb() { cut -d ' ' -f "$2" <<<"${PGB[$1]}"; }
PGB_TWO_ROW="$(awk -v a="$(pgb two_row_before 1)" -v b="$(pgb two_row_after 1)" 'BEGIN { printf "%.1f", (a + b) / 2 }')"
HEADLINE="${LABELS[0]}"
verdict() { # verdict LABEL -> met / MISSED
    awk -v ratio="$(ratio "$(field "${RESULT[$1]}" rps)" "$PGB_TWO_ROW" '%.3f')" -v p99="$(field "${RESULT[$1]}" p99_ms)" \
        'BEGIN { print (ratio >= 0.3 && p99 < 100) ? "met" : "MISSED" }'
}
{
    echo "# Money benchmark: sendFunds throughput — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo
    echo "Command: \`bench/money-transfers.sh --accounts $ACCOUNTS --duration $DURATION --warmup $WARMUP --jit-warmup $JIT_WARMUP --connections $CONNECTIONS --pgbench-rows $PGBENCH_ROWS --scenarios \"$SCENARIOS\"\`"
    echo
    echo "Machine: $(machine_line) Load average (1/5/15 min) at the start: $LOAD_BEFORE; at the end: $LOAD_AFTER."
    echo
    echo "Code: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- src bench 2>/dev/null || echo ' (with uncommitted changes)')."
    echo
    echo "## Against the targets (headline scenario $HEADLINE)"
    echo
    r="${RESULT[$HEADLINE]}"
    echo "| | value | target | |"
    echo "|---|---:|---:|---|"
    echo "| API transfers/s ÷ pgbench two-row TPS (mean of before/after, $PGB_TWO_ROW) | $(ratio "$(field "$r" rps)" "$PGB_TWO_ROW" '%.2f') | ≥ 0.3 | $(awk -v x="$(ratio "$(field "$r" rps)" "$PGB_TWO_ROW" '%.3f')" 'BEGIN { print (x >= 0.3) ? "met" : "MISSED" }') |"
    echo "| application CPU ms per sendFunds | $(cut -d ' ' -f 2 <<<"${CPU[$HEADLINE]}") | ≤ 2 | |"
    echo "| PostgreSQL CPU ms per sendFunds | $(cut -d ' ' -f 4 <<<"${CPU[$HEADLINE]}") | ≤ 1.2 | |"
    echo "| sendFunds p99 ms | $(field "$r" p99_ms) | < 100 | $(awk -v x="$(field "$r" p99_ms)" 'BEGIN { print (x < 100) ? "met" : "MISSED" }') |"
    echo
    echo "## sendFunds through POST /graphql (wrk, $CONNECTIONS connections, ${DURATION}s after a warm-up, $ACCOUNTS accounts)"
    echo
    echo "| scenario | balance shards | top-ups funding | warm-up s | platform AVAILABLE rows after funding (cents) | transfers/s | p50 ms | p99 ms | max ms | ÷ pgbench two-row | ÷ pgbench shared-row | non-2xx | GraphQL errors | userErrors | 1 connection p50 / max ms | SQL statements per sendFunds | app cores / CPU ms per sendFunds | PostgreSQL cores / CPU ms per sendFunds | acknowledged / stored | targets |"
    echo "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    for label in "${LABELS[@]}"; do
        r="${RESULT[$label]}"
        echo "| $label | ${SHARDS_OF[$label]} | ${TOPUPS_OF[$label]} | ${WARMUP_OF[$label]} | ${FUNDED_ROWS[$label]} | $(field "$r" rps) | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" max_ms) | $(ratio "$(field "$r" rps)" "$PGB_TWO_ROW" '%.2f') | $(ratio "$(field "$r" rps)" "$(pgb shared_row 1)" '%.2f') | $(field "$r" http_errors) | $(field "$r" graphql_errors) | $(field "$r" user_errors) | ${SERIAL[$label]} | ${STATEMENTS[$label]} | $(cut -d ' ' -f 1 <<<"${CPU[$label]}") / $(cut -d ' ' -f 2 <<<"${CPU[$label]}") | $(cut -d ' ' -f 3 <<<"${CPU[$label]}") / $(cut -d ' ' -f 4 <<<"${CPU[$label]}") | ${ACKED[$label]} / ${STORED[$label]} | $(verdict "$label") |"
    done
    echo
    echo "## Reads of the headline platform ($ACCOUNTS accounts; wrk, $CONNECTIONS connections, ${DURATION}s after 10 s of warm-up)"
    echo
    echo "| request | req/s | p50 ms | p99 ms | errors | app cores / CPU ms per request | PostgreSQL cores / CPU ms per request |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for read_kind in node list; do
        r="${READS[$read_kind]:-}"
        [[ -n "$r" ]] || continue
        echo "| $([[ $read_kind == node ]] && echo 'connectedAccount(id)' || echo 'connectedAccounts(first: 20)') | $(field "$r" rps) | $(field "$r" p50_ms) | $(field "$r" p99_ms) | $(field "$r" failed) | $(field "$r" app_cores) / $(field "$r" app_ms) | $(field "$r" pg_cores) / $(field "$r" pg_ms) |"
    done
    echo
    echo "## Baseline: pgbench on the same PostgreSQL, $CONNECTIONS clients, ${DURATION}s each, table of $PGBENCH_ROWS rows"
    echo
    echo "| script | TPS | latency avg ms | p50 ms | p99 ms | failed | PostgreSQL CPU ms per transaction |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for run in two_row_before shared_row two_row_after; do
        echo "| $run | $(pgb "$run" 1) | $(pgb "$run" 2) | $(pgb "$run" 3) | $(pgb "$run" 4) | $(pgb "$run" 5) | $(pgb "$run" 6) |"
    done
    echo
    echo "## Ledger checks after the run ($([[ "$LEDGER_OK" == 1 ]] && echo "all hold" || echo "FAILED"))"
    echo
    echo "| check | count |"
    echo "|---|---:|"
    sed 's/\t/ | /; s/^/| /; s/$/ |/' "$OUT/money-ledger-checks.txt"
    echo
    echo "Acknowledged transfers (HTTP 200, no error, no userErrors) against stored ones per scenario: see the table;" \
        "stored − acknowledged must be between 0 and 2 × connections (requests in flight when wrk stops)."
} >"$OUT/money-summary.md"

{
    printf 'scenario\tshards\ttop_ups\trps\tp50_ms\tp99_ms\trequests\tfailed\tuser_errors\tstatements\n'
    for label in "${LABELS[@]}"; do
        r="${RESULT[$label]}"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "${SHARDS_OF[$label]}" "${TOPUPS_OF[$label]}" \
            "$(field "$r" rps)" "$(field "$r" p50_ms)" "$(field "$r" p99_ms)" "$(field "$r" requests)" \
            "$(field "$r" failed)" "$(field "$r" user_errors)" "${STATEMENTS[$label]}"
    done
    for run in two_row_before shared_row two_row_after; do
        printf 'pgbench_%s\t\t\t%s\t%s\t%s\n' "$run" "$(pgb "$run" 1)" "$(pgb "$run" 3)" "$(pgb "$run" 4)"
    done
} >"$OUT/money-results.tsv"

cat "$OUT/money-summary.md"
[[ "$LEDGER_OK" == 1 ]] || die "a ledger check failed (see target/bench/money-ledger-checks.txt)"
