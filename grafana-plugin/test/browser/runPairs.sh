#!/usr/bin/env bash
# The browser check on each @grafana/* + React pair: the project's own (React 18) and
# pairs/react19 (installed here from its lock file when missing, or when the lock changed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
plugin="$(cd "$here/../.." && pwd)"
pair="$here/pairs/react19"
stamp="$pair/node_modules/.installed-from-lock"
if ! cmp -s "$pair/package-lock.json" "$stamp" 2>/dev/null; then
  echo "[browser] installing the React 19 pair (@grafana/* 13.2) into $pair"
  npm ci --prefix "$pair" --no-audit --no-fund --ignore-scripts >/dev/null
  cp "$pair/package-lock.json" "$stamp"
fi
cd "$plugin"
QOE_BROWSER_PAIR=react18 npx jest -c test/browser/jest.config.js
QOE_BROWSER_PAIR=react19 npx jest -c test/browser/jest.config.js
