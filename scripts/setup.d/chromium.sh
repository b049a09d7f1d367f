#!/bin/sh
# Browser tests of @caixun/site drive Debian's Chromium through playwright-core, and their
# screenshots need a CJK font to show Chinese text. Installs only what is missing, so running
# this again is a no-op.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="chromium"
fc-list :lang=zh 2>/dev/null | grep -q . || missing="$missing fonts-noto-cjk"
if [ -z "$missing" ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
# shellcheck disable=SC2086 # the list is meant to split into package names
apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1
