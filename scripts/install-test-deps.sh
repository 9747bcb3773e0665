#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Debian's Chromium (Playwright's own
# browser download cannot be used here), poppler-utils (pdftotext and pdfinfo, for the print
# test's PDF) and the npm packages pinned by the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | grep -i chromium || true

npm ci --no-audit --no-fund
