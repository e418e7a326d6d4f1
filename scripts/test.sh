#!/usr/bin/env bash
# Everything CI checks, in order: types, build, tests, package lint, docs, accuracy.
# The build comes before the tests because the CLI tests run the built dist/cli.js.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$1"; }

step "type check"
npx tsc --noEmit

step "build"
npx tsup --silent

step "tests"
npx vitest run

step "package lint (publint, are-the-types-wrong)"
bash scripts/lint-package.sh

step "docs"
npx typedoc

step "accuracy on the dev corpus"
if [ -d ../shared/corpus/dev ]; then
  node ../shared/eval/score.mjs --lib dist/index.js ../shared/corpus/dev
  step "accuracy gate: source and event fields (F1 >= 0.9)"
  node ../shared/eval/score.mjs --lib dist/index.js ../shared/corpus/dev --fields source,event --min-f1 0.9
  step "accuracy gate: entity fields (F1 >= 0.9)"
  node ../shared/eval/score.mjs --lib dist/index.js ../shared/corpus/dev --fields people,topics,agreements,quotes --min-f1 0.9
  step "accuracy gate: all fields (F1 >= 0.9)"
  node ../shared/eval/score.mjs --lib dist/index.js ../shared/corpus/dev --min-f1 0.9
else
  echo "../shared/corpus/dev not found: accuracy not scored"
fi
