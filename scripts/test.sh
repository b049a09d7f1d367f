#!/bin/sh
# Quick start, step 2 (and CI): install, then lint, type-check and run every test of every package.
set -e
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@10.34.9"
$PNPM install --frozen-lockfile
$PNPM exec biome check .
$PNPM exec turbo run typecheck test --concurrency=1
