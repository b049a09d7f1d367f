#!/bin/sh
# Quick start, step 1: install everything and run the main job on seeds/.
set -e
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@10.34.9"
$PNPM install --frozen-lockfile
$PNPM --filter @caixun/core run seeds
