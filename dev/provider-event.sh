#!/usr/bin/env bash
# Plays the provider in development: signs an event the way the provider does and posts it to the webhook.
#
#   dev/provider-event.sh TYPE 'DATA-JSON'   an event of TYPE with that data object (a fresh evt_ id, created now)
#   dev/provider-event.sh -f EVENT.json      a complete event body, sent as it is (replays keep their id)
#
# The signature is the header Provider-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">, keyed with
# the shared webhook secret. Environment:
#   CONNECTBOARD_URL                       the service, default http://localhost:8080
#   CONNECTBOARD_PROVIDER_WEBHOOK_SECRET   the secret, default dev-webhook-secret (the dev profile's)
# Prints the HTTP status and the answer; exits 0 on a 2xx answer, 1 otherwise. Needs bash, openssl and curl.
# Examples and every event type: docs/provider-events.md.
set -euo pipefail

usage() {
    sed -n '4,5p' "$0" | sed 's/^# *//' >&2
    exit 2
}

if [[ $# -eq 2 && $1 == -f ]]; then
    body=$(cat -- "$2")
elif [[ $# -eq 2 && $1 != -* ]]; then
    type=$1
    data=$2
    if [[ ! $type =~ ^[a-z_]+\.[a-z_]+$ ]]; then
        echo "Not an event type: $type (e.g. top_up.succeeded)" >&2
        exit 2
    fi
    body=$(printf '{"id":"evt_%s","type":"%s","created":%s,"data":%s}' "$(openssl rand -hex 12)" "$type" \
        "$(date +%s)" "$data")
else
    usage
fi

url=${CONNECTBOARD_URL:-http://localhost:8080}
secret=${CONNECTBOARD_PROVIDER_WEBHOOK_SECRET:-dev-webhook-secret}
t=$(date +%s)
# printf '%s': the exact bytes that are posted, with no trailing newline.
signature=$(printf '%s' "$t.$body" | openssl dgst -sha256 -hmac "$secret" -r | cut -d' ' -f1)

answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
status=$(printf '%s' "$body" | curl -sS -o "$answer" -w '%{http_code}' -X POST "$url/provider/events" \
    -H 'Content-Type: application/json' -H "Provider-Signature: t=$t,v1=$signature" --data-binary @-)
echo "$status $(cat "$answer")"
[[ $status == 2?? ]]
