#!/bin/sh
# Quick start, step 1: install everything, build the caixun CLI and run the main job on seeds/:
# one line per article (id, date, source, title, warnings), then a summary on stderr.
set -e
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@10.34.9"
$PNPM install --frozen-lockfile
$PNPM exec turbo run build --filter=@caixun/cli...
node apps/cli/dist/bin.js parse seeds --format table
