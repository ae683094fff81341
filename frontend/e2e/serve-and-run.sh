#!/usr/bin/env bash
# Starts bin/postprod on a throwaway data directory (its own PostgreSQL,
# migrated and seeded with the demo) with a Mailpit beside it as its SMTP
# server, runs the browser tests against them (MAILPIT_URL: Mailpit's API,
# read by support/mail.mjs), and stops everything whatever happens. Arguments
# after the binary go to run.mjs (spec names, -j N):
# `serve-and-run.sh ./bin/postprod planning`.
set -euo pipefail
bin=$(realpath "$1")
shift
mailpit=${POSTPROD_MAILPIT_BIN:-$(dirname "$bin")/mailpit}
[ -x "$mailpit" ] || { echo "no Mailpit at $mailpit: build it with 'make bin/mailpit'"; exit 1; }
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/postprod-e2e-XXXXXX)
chmod 755 "$data"
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(freeport)
smtp_port=$(freeport)
mail_port=$(freeport)
log="$data/server.log"
"$mailpit" --smtp "127.0.0.1:$smtp_port" --listen "127.0.0.1:$mail_port" --database "$data/mailpit.db" \
  --max 5000 --quiet >"$data/mailpit.log" 2>&1 &
mailpid=$!
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  kill "$mailpid" 2>/dev/null || true
  wait "$mailpid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
  if curl -fs "http://127.0.0.1:$mail_port/api/v1/info" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$mailpid" 2>/dev/null; then echo "Mailpit did not start:"; cat "$data/mailpit.log"; exit 1; fi
  sleep 0.1
done
POSTPROD_DATA_DIR="$data" POSTPROD_ADDR="127.0.0.1:$port" POSTPROD_SMTP_URL="smtp://127.0.0.1:$smtp_port" \
  "$bin" serve --demo >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "the server did not start:"; cat "$log"; exit 1; fi
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "the server is not ready:"; cat "$log"; exit 1; }
if ! BASE_URL="http://127.0.0.1:$port" MAILPIT_URL="http://127.0.0.1:$mail_port" node e2e/run.mjs "$@"; then
  echo "--- server log ---"; tail -50 "$log"; exit 1
fi
