#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/img/*.png) of `llm101 export`: the same demo
# workspace and headless-Chromium renders as the test "export: browser render", kept here.
# Usage: docs/screenshots.sh [BUILD_DIR]    (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
mkdir -p "$root/docs/img"
python3 "$root/tests/export/render_test.py" "$build/llm101" --out "$root/docs/img"
ls -l "$root"/docs/img/*.png
