#!/usr/bin/env bash
# Packs the package as npm would publish it, checks the tarball with publint and attw, then
# installs it into a throwaway consumer project that imports it from ESM and requires it from
# CommonJS, type-checked under node16 resolution.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball="$work/$(npm pack --silent --pack-destination "$work" 2>/dev/null | tail -n 1)"
npx publint run "$tarball" --strict
npx attw "$tarball" --profile node16

consumer="$work/consumer"
mkdir -p "$consumer"
cp scripts/consumer/* "$consumer/"
(cd "$consumer" && npm install --silent --no-audit --no-fund --prefer-offline "$tarball" >/dev/null)
"$root/node_modules/.bin/tsc" -p "$consumer/tsconfig.json"
node "$consumer/out/esm.mjs"
node "$consumer/out/cjs.cjs"
echo "consumer: ESM import and CommonJS require both work, with types"
echo "Baku, May 3. The heads of the security services of Azerbaijan and Georgia met in Baku." \
  | "$consumer/node_modules/.bin/secpress" parse - --format ndjson >/dev/null
echo "consumer: the installed secpress command runs ($("$consumer/node_modules/.bin/secpress" --version))"
