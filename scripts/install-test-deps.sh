#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Debian's Chromium (Playwright's own
# browser download cannot be used here) and the npm packages pinned by the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | grep -i chromium || true

npm ci --no-audit --no-fund
