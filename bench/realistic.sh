#!/bin/bash
# The issue-14 rows on the realistic family (bench/realistic.py) beside the same rows on gen.py's:
# status vs cmark-gfm at 1k/10k/100k, list --json vs cmark-gfm at 10k, check vs the C
# tmp+fsync+rename floor at 10k and vs sed -i at 100k. One hyperfine run per size; prints
# "name median_ms" lines (and which structure path read each roadmap, from `outline --json`).
# Usage: [SIZES="1000 10000"] bench/realistic.sh BINARY [RUNS]
set -euo pipefail
bin=$(realpath "$1"); runs=${2:-10}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/llm101-realistic.XXXXXX)
trap 'rm -rf "$work"' EXIT
cc -O2 -o "$work/flip" "$here/ref/flip.c"
for n in ${SIZES:-1000 10000 100000}; do
  for fam in gen real; do
    d="$work/$fam$n" && mkdir -p "$d"
    if [ $fam = gen ]; then python3 "$here/gen.py" roadmap $n "$work/$fam$n.md"; else python3 "$here/realistic.py" $n "$work/$fam$n.md"; fi
    # As a learner starts: init takes the roadmap in and records its ticked items as done before
    # tracking (journal/before-tracking.md), so a check writes only today's short entry (a
    # hand-made llm101.toml would date every ticked item today, in one entry check rewrites).
    "$bin" -C "$d" -q init --from "$work/$fam$n.md" >/dev/null
    echo "path $fam$n $("$bin" -C "$d" outline --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["parsed_by"])')"
    # the item check flips: an open one halfway through, its line and the offset of its mark
    read -r id line off < <("$bin" -C "$d" list --todo --json | python3 -c '
import json, sys
items = json.load(sys.stdin); it = items[len(items) // 2]
data = open(sys.argv[1], "rb").read().split(b"\n")
print(it["id"], it["line"], sum(len(l) + 1 for l in data[: it["line"] - 1]) + data[it["line"] - 1].index(b"[") + 1)' "$d/roadmap.md")
    cp "$d/roadmap.md" "$d/plain.md"
    r=$runs; [ $n = 100000 ] && r=$(( (runs + 1) / 2 ))
    hyperfine -N --warmup 2 --runs $r --style none --export-json "$work/read-$fam$n.json" \
      -n "status" "$bin -C $d status" -n "list_json" "$bin -C $d list --json" -n "cmark" "cmark-gfm $d/plain.md" >/dev/null
    # writes: --prepare (untimed) flips the box back before each timed run
    hyperfine --warmup 2 --runs $r --style none --export-json "$work/write-$fam$n.json" \
      -n "check" --prepare "$bin -C $d -q uncheck $id" "$bin -C $d -q check $id" \
      -n "flip" --prepare "$work/flip $d/plain.md $off ' '" "$work/flip $d/plain.md $off x" \
      -n "sed" --prepare "sed -i '${line}s/\\[x\\]/[ ]/' $d/plain.md" "sed -i ${line}s/\\[\\ \\]/[x]/ $d/plain.md" >/dev/null
    for kind in read write; do python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(sys.argv[2], r["command"], "%.2f" % (r["median"] * 1000))' "$work/$kind-$fam$n.json" "$fam$n"; done
  done
done
