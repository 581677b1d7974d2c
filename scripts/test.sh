#!/usr/bin/env bash
# `npm test`: every test (processor unit and integration, the Grafana app's jest tests and
# its browser check). The tests start InfluxDB, Redis and PostgreSQL on 127.0.0.1 through
# scripts/services.sh; when none of them was running before, they are stopped at the end,
# whatever the result, so a test run leaves no server behind.
set -euo pipefail
cd "$(dirname "$0")/.."

was_running=0
if bash scripts/services.sh status 2>/dev/null | grep -q ': up'; then was_running=1; fi
stop_what_we_started() {
  local code=$?
  if [ "$was_running" -eq 0 ]; then bash scripts/services.sh down >&2 || true; fi
  exit "$code"
}
trap stop_what_we_started EXIT

npm run build -w processor
npm run typecheck
npm test --workspaces --if-present
# The fault suite's bounded, deterministic subset (npm run test:faults runs it whole).
QOE_FAULTS=ci npm run test:faults -w processor
npm run test:browser
