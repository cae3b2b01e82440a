#!/bin/sh
# Startup cost of the translation catalog: `llm101 status` on the seed roadmap (a fresh
# workspace) in English (LC_ALL=C.UTF-8: gettext is never pointed at a catalog) and in Chinese
# (LANG=zh_CN.UTF-8: the catalog is found beside the binary, mapped and looked up), with
# hyperfine; prints both means and the ratio. Usage: bench/i18n.sh [BUILD_DIR] [RUNS]
set -eu
build=${1:-build}
runs=${2:-300}
bin=$(cd "$build" && pwd)/llm101
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
LC_ALL=C.UTF-8 "$bin" init -q
export LLM101_TODAY=2026-11-29
hyperfine -N --warmup 20 --runs "$runs" --style none --export-json "$work/i18n.json" \
  -n en "env -i LC_ALL=C.UTF-8 LLM101_TODAY=2026-11-29 $bin status" \
  -n zh "env -i LANG=zh_CN.UTF-8 LLM101_TODAY=2026-11-29 $bin status" >/dev/null
python3 - "$work/i18n.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
en, zh = r["en"], r["zh"]
print(f"status, seed roadmap: English {en['mean']*1e3:.2f} ± {en['stddev']*1e3:.2f} ms, "
      f"Chinese {zh['mean']*1e3:.2f} ± {zh['stddev']*1e3:.2f} ms, ratio {zh['mean']/en['mean']:.2f} "
      f"(medians {en['median']*1e3:.2f} / {zh['median']*1e3:.2f} ms)")
PY
# Wall time on a shared machine is noisy; instructions executed are not (valgrind, when present).
if command -v valgrind >/dev/null 2>&1; then
  for lang in LC_ALL=C.UTF-8 LANG=zh_CN.UTF-8; do
    refs=$(env -i "$lang" LLM101_TODAY=2026-11-29 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      "$bin" status 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p')
    echo "instructions ($lang): $refs"
  done
fi
