#!/usr/bin/env bash
# Builds Mailpit (github.com/axllent/mailpit), the local SMTP server and mail
# catcher that `make run` starts in development and the tests send to, into
# $1 (default bin/mailpit).
#
# The Go module carries the web page's sources but not the page itself, and
# two of its npm packages are not served here (rapidoc 12, for the API docs
# page; sass-embedded 1.108.1): package.json beside this script is Mailpit's
# own with rapidoc removed and sass-embedded 1.108.2, and package-lock.json
# pins every package. Only the mail page (app.js) is built, not the API docs
# page. Everything happens in a scratch copy under .data/build.
set -euo pipefail
VERSION=v1.33.1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$root/bin/mailpit}
case "$out" in /*) ;; *) out=$root/$out ;; esac
work=$root/.data/build/mailpit-$VERSION

echo "building Mailpit $VERSION (mail catcher) into ${out#$root/}" >&2
src=$(cd "$here" && GOFLAGS=-mod=mod go mod download -json "github.com/axllent/mailpit@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "mailpit $VERSION: go mod download gave no directory" >&2; exit 1; }
rm -rf "$work"
mkdir -p "$(dirname "$work")"
cp -R "$src" "$work"
chmod -R u+w "$work"
cp "$here/package.json" "$here/package-lock.json" "$work/"
sed -i 's#, "server/ui-src/docs.js"##' "$work/esbuild.config.mjs"
cd "$work"
npm install --no-audit --no-fund --loglevel=error >/dev/null
npm run package --silent >/dev/null
[ -s server/ui/dist/app.js ] || { echo "mailpit: the web page was not built" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
go build -trimpath -o "$out.tmp" .
mv "$out.tmp" "$out"
rm -rf "$work"
