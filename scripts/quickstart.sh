#!/bin/sh
# Quick start, step 1: install everything, build the caixun CLI, put `caixun` on the PATH and run
# the main job on seeds/: one line per article (id, date, source, title, warnings), then a summary
# on stderr.
set -e
cd "$(dirname "$0")/.."
PNPM="npx -y pnpm@10.34.9"
$PNPM install --frozen-lockfile
$PNPM exec turbo run build --filter=@caixun/cli...

# `npm link` puts a `caixun` symlink to apps/cli into npm's global bin folder, the one where
# `npm install -g` puts commands; `npm unlink -g @caixun/cli` takes it away again.
bin="$(npm prefix -g)/bin"
if (cd apps/cli && npm link --no-audit --no-fund --loglevel=error >/dev/null 2>&1); then
  if [ "$(command -v caixun)" = "$bin/caixun" ]; then
    echo "quickstart: caixun is on your PATH ($bin/caixun -> apps/cli)" >&2
  else
    echo "quickstart: caixun is linked as $bin/caixun, but $bin is not on your PATH; add it, or: alias caixun=\"node $PWD/apps/cli/dist/bin.js\"" >&2
  fi
else
  echo "quickstart: could not link caixun into $bin (no permission?); use: alias caixun=\"node $PWD/apps/cli/dist/bin.js\"" >&2
fi
node apps/cli/dist/bin.js parse seeds --format table
