#!/usr/bin/env bash
# Regenerates processor/generated/qoe.{js,d.ts} from proto/ (static code, no runtime reflection).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/generated"
bin="$root/node_modules/.bin"
mkdir -p "$out"
mapfile -t protos < <(find "$root/proto" -name '*.proto' | sort)
"$bin/pbjs" -t static-module -w commonjs --force-number --keep-case --no-beautify \
  -p "$root/proto" -o "$out/qoe.js" "${protos[@]}"
"$bin/pbts" -o "$out/qoe.d.ts" "$out/qoe.js"
echo "generated $out/qoe.js and qoe.d.ts from ${#protos[@]} proto files"
