#!/usr/bin/env bash
# Starts bin/postprod on a throwaway data directory (its own PostgreSQL,
# migrated and seeded with the demo), runs the browser tests against it,
# and stops everything whatever happens. Arguments after the binary go to run.mjs
# (spec names, -j N): `serve-and-run.sh ./bin/postprod planning`.
set -euo pipefail
bin=$(realpath "$1")
shift
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/postprod-e2e-XXXXXX)
chmod 755 "$data"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log="$data/server.log"
POSTPROD_DATA_DIR="$data" POSTPROD_ADDR="127.0.0.1:$port" "$bin" serve --demo >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "the server did not start:"; cat "$log"; exit 1; fi
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "the server is not ready:"; cat "$log"; exit 1; }
if ! BASE_URL="http://127.0.0.1:$port" node e2e/run.mjs "$@"; then
  echo "--- server log ---"; tail -50 "$log"; exit 1
fi
