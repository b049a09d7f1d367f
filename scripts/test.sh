#!/bin/sh
# Quick start, step 2 (and CI): install, prepare what tests need, then lint, type-check and run
# every test of every package.
set -e
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@10.34.9"
$PNPM install --frozen-lockfile
# Each file in scripts/setup.d installs or prepares one thing a test suite needs (a browser, say).
for setup in scripts/setup.d/*.sh; do
  [ -e "$setup" ] && sh "$setup"
done
$PNPM exec biome check .
$PNPM exec turbo run typecheck test --concurrency=1
