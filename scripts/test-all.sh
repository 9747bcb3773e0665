#!/usr/bin/env bash
# The one test command: installs the prerequisites, then runs every check and test
# (types, lint, format, content, unit and component tests, build, end-to-end in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-deps.sh
rm -rf reports && mkdir -p reports
status=0
npm test || status=$?
node scripts/test-summary.mjs || true
exit "$status"
