#!/usr/bin/env bash
# Installs PostGraphile 4.14.1, the peer of `make bench-api`, outside the
# repository: into $1 (default ~/.cache/postprod-bench/postgraphile-4.14.1).
# package.json names the exact version and package-lock.json beside this
# script pins every dependency; `npm ci` installs exactly those. Nothing is
# done when that installation is already there and matches the lock.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/postprod-bench/postgraphile-4.14.1}
stamp=$dest/node_modules/.postprod-lock
if [ -f "$stamp" ] && cmp -s "$here/package-lock.json" "$stamp"; then
	exit 0
fi
echo "installing PostGraphile 4.14.1 into $dest" >&2
mkdir -p "$dest"
cp "$here/package.json" "$here/package-lock.json" "$dest/"
(cd "$dest" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
"$dest/node_modules/.bin/postgraphile" --version >/dev/null
cp "$here/package-lock.json" "$stamp"
