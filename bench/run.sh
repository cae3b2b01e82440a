#!/usr/bin/env bash
# The llm101 benchmark: one command builds a Release binary, generates deterministic datasets,
# times llm101 against its references (process start, cat, cmark-gfm, sed -i, a C atomic write,
# Taskwarrior, Timewarrior) with hyperfine in one run, measures peak RSS, runs the Google
# Benchmark microbenchmarks, and writes bench/RESULTS.md.
#
#   bench/run.sh              full run (about 10 minutes on 2 cores)
#   QUICK=1 bench/run.sh      fewer runs and no 100k Taskwarrior, to check the script itself
#   bench/run.sh --install    install the tools first (Debian, as root or with sudo)
#   ONLY="journal rss micro" BENCH_DIR=/tmp/x bench/run.sh
#                             rerun some sections (start read write journal merge export rss micro) into an
#                             earlier run's BENCH_DIR; RESULTS.md is rebuilt from all its data
#
# Environment: BENCH_DIR (work directory, default a fresh temp dir), BUILD_DIR (default
# build-bench), JOBS (default 2).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
[ "${1:-}" = "--install" ] && "$here/install-tools"

for tool in hyperfine cmark-gfm task timew /usr/bin/time cc c++ python3; do
  command -v "$tool" >/dev/null || { echo "bench: missing $tool; run bench/run.sh --install" >&2; exit 1; }
done

build="${BUILD_DIR:-$root/build-bench}"
jobs="${JOBS:-2}"
work="${BENCH_DIR:-$(mktemp -d /tmp/llm101-bench.XXXXXX)}"
mkdir -p "$work"
runs=30; slow_runs=10; warm=3
[ -n "${QUICK:-}" ] && { runs=5; slow_runs=3; warm=1; }
# The journal ends on 2025-12-28 (3,650 days from 2016-01-01): pin "today" to the day after, so
# stats and status see a live streak whatever the calendar says.
export NO_COLOR=1 COLUMNS=100 LC_ALL=C.UTF-8 LLM101_TODAY=2025-12-29
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }

echo "bench: building $build" >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DLLM101_BUILD_TESTS=OFF -DLLM101_BENCH=ON >/dev/null
cmake --build "$build" -j"$jobs" >/dev/null
bin="$build/llm101"

echo "bench: references and datasets in $work" >&2
cc -O2 -o "$work/flip" "$here/ref/flip.c"
cc -O2 -o "$work/hours" "$here/ref/hours.c"
c++ -O2 -o "$work/hello" "$here/ref/hello.cc"
gen="python3 $here/gen.py"
declare -A size_file
for n in 70 1000 10000 100000; do
  ws="$work/ws$n"
  rm -rf "$ws"
  if [ "$n" = 70 ]; then $gen workspace "$ws" "$root/share/roadmap.md"
  else $gen roadmap "$n" "$work/r$n.md" && $gen workspace "$ws" "$work/r$n.md"; fi
  cp "$ws/roadmap.md" "$work/plain$n.md"  # for cat, cmark-gfm, sed and the C floor
done
$gen journal "$work/ws70" 3650
$gen timew "$work/timew" 3650

# The item that check/uncheck flip: an open item halfway through, with its line and byte offset.
pick() {  # pick N -> "ID LINE OFFSET"
  "$bin" -C "$work/ws$1" list --todo --json | python3 -c '
import json, sys
items = json.load(sys.stdin); it = items[len(items) // 2]
data = open(sys.argv[1], "rb").read().split(b"\n")
off = sum(len(l) + 1 for l in data[: it["line"] - 1]) + data[it["line"] - 1].index(b"[") + 1
print(it["id"], it["line"], off)' "$work/ws$1/roadmap.md"
}

# Taskwarrior with the same number of tasks (import is slow: 1k and 10k only, 100k in a full run
# takes minutes, so it is left out).
task_sizes="1000 10000"
(want read || want write) && for n in $task_sizes; do
  tw="$work/task$n"
  rm -rf "$tw" && mkdir -p "$tw/data"
  printf 'data.location=%s/data\nconfirmation=off\nverbose=nothing\ngc=off\nhooks=off\n' "$tw" >"$tw/taskrc"
  $gen task "$n" "$tw/tasks.json"
  echo "bench: importing $n tasks into Taskwarrior" >&2
  TASKRC="$tw/taskrc" TASKDATA="$tw/data" task import "$tw/tasks.json" >/dev/null 2>&1
done

hf() {  # hf NAME RUNS hyperfine-args...
  local name=$1 r=$2; shift 2
  echo "bench: $name" >&2
  hyperfine -N --warmup "$warm" --runs "$r" --style none --export-json "$work/$name.json" "$@" >/dev/null 2>&1 \
    || hyperfine --warmup "$warm" --runs "$r" --style none --export-json "$work/$name.json" "$@" >/dev/null
}

# Process start and the seed.
want start && hf start "$runs" -n true /bin/true -n hello "$work/hello" \
  -n status70 "$bin -C $work/ws70 status" -n cat70 "cat $work/plain70.md"

want read && for n in 1000 10000 100000; do
  r=$runs; [ "$n" = 100000 ] && r=$slow_runs
  args=(-n "status$n" "$bin -C $work/ws$n status"
        -n "status_json$n" "$bin -C $work/ws$n status --json"
        -n "list_json$n" "$bin -C $work/ws$n list --json"
        -n "next$n" "$bin -C $work/ws$n next"
        -n "cat$n" "cat $work/plain$n.md"
        -n "cmark$n" "cmark-gfm $work/plain$n.md")
  if [[ " $task_sizes " == *" $n "* ]]; then
    args+=(-n "task_count$n" "env TASKRC=$work/task$n/taskrc TASKDATA=$work/task$n/data task count")
  fi
  hf "read$n" "$r" "${args[@]}"
done

# Writes: each timed command flips an open item; --prepare (not timed) flips it back.
want write && for n in 70 1000 10000 100000; do
  r=$runs; [ "$n" = 100000 ] && r=$slow_runs
  read -r id line off < <(pick "$n")
  f="$work/plain$n.md"
  args=(-n "check$n" --prepare "$bin -C $work/ws$n -q uncheck $id" "$bin -C $work/ws$n -q check $id"
        -n "flip$n" --prepare "$work/flip $f $off ' '" "$work/flip $f $off x"
        -n "sed$n" --prepare "sed -i '${line}s/\\[x\\]/[ ]/' $f" "sed -i ${line}s/\\[\\ \\]/[x]/ $f")
  if [[ " $task_sizes " == *" $n "* ]]; then
    uuid=$(sed -n 's/.*"uuid": "\([^"]*\)".*"status": "pending".*/\1/p' "$work/task$n/tasks.json" | sed -n "$((n / 3))p")
    t="env TASKRC=$work/task$n/taskrc TASKDATA=$work/task$n/data task"
    args+=(-n "task_done$n" --prepare "$t $uuid modify status:pending" "$t $uuid done")
  fi
  hf "write$n" "$r" "${args[@]}"
  "$bin" -C "$work/ws$n" -q uncheck "$id"
done

# The journal: 3,650 daily files (ws70/journal) vs a C reader of the same files and Timewarrior.
journal_args=(-n "hours_c" "$work/hours $work/ws70/journal"
              -n "timew_summary" "env TIMEWARRIORDB=$work/timew timew summary 2016-01-01 - 2026-01-01"
              -n "status_journal" "$bin -C $work/ws70 status")
if "$bin" stats --help >/dev/null 2>&1; then
  journal_args+=(-n "stats_journal" "$bin -C $work/ws70 stats")
  journal_args+=(-n "stats_json_journal" "$bin -C $work/ws70 stats --json")
else
  echo "bench: 'llm101 stats' does not exist in this build; journal benchmark skipped for llm101" >&2
fi
want journal && hf journal "$runs" "${journal_args[@]}"

# The merge driver on a 10k-item roadmap beside git's own line merge of the same three files.
# Each side flips 200 boxes next to the other's and edits one item: git merge-file conflicts on
# every pair (it exits with the count, hence -i), the driver merges all of it.
if want merge; then
  m="$work/merge"
  $gen merge3 "$work/r10000.md" "$m"
  hf merge "$runs" -i \
    -n merge_driver10000 --prepare "cp $m/ours.md $m/a.md" "$bin merge-driver $m/base.md $m/a.md $m/theirs.md roadmap.md" \
    -n merge_file10000 --prepare "cp $m/ours.md $m/g.md" "git merge-file $m/g.md $m/base.md $m/theirs.md"
  cp "$m/ours.md" "$m/a.md" && cp "$m/ours.md" "$m/g.md"
  "$bin" merge-driver "$m/base.md" "$m/a.md" "$m/theirs.md" roadmap.md && d=0 || d=$?
  git merge-file "$m/g.md" "$m/base.md" "$m/theirs.md" && g=0 || g=$?
  printf 'driver_exit\t%s\ngit_conflicts\t%s\n' "$d" "$g" >"$work/merge.tsv"
fi

# Export: the 10k roadmap with the ten-year journal (3,650 entries). References: status on the
# same workspace, and cmark-gfm rendering the journal's Markdown (the HTML page's largest part).
if want export || want rss; then
  wsx="$work/wsexport"
  [ -d "$wsx" ] || { $gen workspace "$wsx" "$work/r10000.md" && $gen journal "$wsx" 3650; }
  cat "$wsx"/journal/*.md >"$work/journal_all.md"
fi
want export && hf export "$runs" -n export_svg "$bin -C $wsx export svg -o -" \
  -n export_calendar "$bin -C $wsx export svg --what calendar -o -" \
  -n export_html "$bin -C $wsx export html -o -" -n export_hugo "$bin -C $wsx export hugo -o -" \
  -n status_export "$bin -C $wsx status" -n cmark_journal "cmark-gfm $work/journal_all.md"

# Peak RSS, one run each.
if want rss; then
echo "bench: peak memory" >&2
: >"$work/rss.tsv"
rss() {  # rss NAME CMD...: peak resident set in KiB
  local name=$1; shift
  /usr/bin/time -f '%M' -o "$work/rss.tmp" "$@" >/dev/null 2>&1 || true
  printf '%s\t%s\n' "$name" "$(tail -1 "$work/rss.tmp")" >>"$work/rss.tsv"
}
for n in 70 1000 10000 100000; do
  read -r id _ _ < <(pick "$n")
  rss status$n "$bin" -C "$work/ws$n" status
  rss status_json$n "$bin" -C "$work/ws$n" status --json
  rss list_json$n "$bin" -C "$work/ws$n" list --json
  rss next$n "$bin" -C "$work/ws$n" next
  rss check$n "$bin" -C "$work/ws$n" -q check "$id"
  "$bin" -C "$work/ws$n" -q uncheck "$id"
  rss cmark$n cmark-gfm "$work/plain$n.md"
  printf 'size%s\t%s\n' "$n" "$(( $(stat -c %s "$work/plain$n.md") / 1024 ))" >>"$work/rss.tsv"
done
rss hello "$work/hello"
rss hours_c "$work/hours" "$work/ws70/journal"
rss timew_summary env TIMEWARRIORDB="$work/timew" timew summary 2016-01-01 - 2026-01-01
"$bin" stats --help >/dev/null 2>&1 && rss stats_journal "$bin" -C "$work/ws70" stats
rss export_html "$bin" -C "$wsx" export html -o -
rss export_svg "$bin" -C "$wsx" export svg -o -

fi

# Microbenchmarks.
micro="$build/bench/micro/llm101_micro"
if want micro && [ -x "$micro" ]; then
  echo "bench: microbenchmarks" >&2
  LLM101_BENCH_DATA="$work" "$micro" --benchmark_format=json --benchmark_min_time=0.2 >"$work/micro.json" 2>/dev/null
fi

python3 "$here/report.py" "$work" "$bin" >"$here/RESULTS.md"
echo "bench: wrote bench/RESULTS.md (raw data in $work)" >&2
