#!/usr/bin/env bash
# Chromium for the review-page tests, from Debian's packages (never a browser download).
# Already there: nothing to do. As root (CI) or with sudo: apt-get installs it. Otherwise a
# note, and the browser tests skip with that reason (under CI=true they fail instead).
set -euo pipefail
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then exit 0; fi
done
if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
    echo "install_chromium: Chromium is not installed and this user cannot install it;" \
        "the review-page tests will be skipped (apt-get install chromium)" >&2
fi
