#!/usr/bin/env python3
"""A kill -9 at any moment tears nothing: start `check`/`uncheck` (and, with the journal, `log`)
on a large roadmap, SIGKILL it after a random delay (spread over the whole run: start-up, parse,
write, fsync, rename), and require every file to be byte for byte as it was before or as the same
command leaves it when not killed (run first on a twin copy) — never anything else. A killed
writer may leave one temp file (.NAME.PID-RANDOM.llm101-tmp) per file it writes, never more, and
the next writer of that directory removes it. --layout runs it on a roadmap shared between
differently spelled paths (see robustlib.Layout).

usage: kill.py --binary build/llm101 [--kills 300] [--seed 1] [--layout default]
"""
import argparse
import os
import random
import shutil
import signal
import subprocess
import tempfile
import time

from robustlib import (LAYOUTS, TEMP_NAME, TEMP_SUFFIX, Layout, check, describe, env, generated_roadmap, has_journal, main,
                       snapshot)


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--kills", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pad", type=int, default=120000, help="prose bytes per section")
    ap.add_argument("--layout", choices=LAYOUTS, default="default")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    journal = has_journal(a.binary)
    text, boxes, _ = generated_roadmap(4, 4, 5, pad=a.pad, seed=a.seed, done_ratio=0.5)
    ids = sorted(boxes)
    twin = tempfile.mkdtemp(prefix="llm101-twin-")
    outcomes = {"before": 0, "after": 0, "mixed": 0, "temp left": 0, "log": 0}
    # Every file that existed at some point of the run: a temp left by an earlier kill in another
    # workspace (symlink layout: b/journal while the writers now run in a) stays until a writer of
    # that directory comes, so its file need not be in this round's before or after.
    known = set()
    try:
        with Layout(a.binary, text, a.layout) as ws:
            def command():
                if journal and ws.journal_whole and rnd.random() < 0.3:
                    outcomes["log"] += 1
                    return ["-q", "log", f"note {rnd.randrange(10**6)}", "--hours", "5m"]
                ident = rnd.choice(ids)
                done = ws.read()[boxes[ident]] == ord("x")
                return ["-q", "uncheck" if done else "check", ident]

            # How long one write takes here, so kills spread over a whole run.
            t0 = time.monotonic()
            for _ in range(3):
                p = ws.run(*command())
                check(p.returncode == 0, describe(p))
            span = (time.monotonic() - t0) / 3
            for k in range(a.kills):
                args, rel = ws.cmd_at(rnd.randrange(len(ws.places)), *command())
                before = {f: b for f, b in snapshot(ws.root).items() if not f.endswith(TEMP_SUFFIX)}
                shutil.rmtree(twin)
                shutil.copytree(ws.root, twin, symlinks=True)
                p = subprocess.run(args, cwd=os.path.join(twin, rel), env=env(), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=120)
                check(p.returncode == 0, f"the unkilled twin run failed: {describe(p)}")
                after = {f: b for f, b in snapshot(twin).items() if not f.endswith(TEMP_SUFFIX)}

                p = subprocess.Popen(args, cwd=ws.path(rel), env=env(), stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
                time.sleep(rnd.uniform(0, span * 1.2))
                try:
                    os.kill(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.communicate(timeout=60)
                got = snapshot(ws.root)
                temps = [f for f in got if f.endswith(TEMP_SUFFIX)]
                files = {f: b for f, b in got.items() if not f.endswith(TEMP_SUFFIX)}
                known |= set(before) | set(after)
                check(set(files) <= set(before) | set(after), f"kill {k}: unexpected files {set(files) - set(before) - set(after)}")
                states = set()
                for f in set(before) | set(after):
                    g = files.get(f)
                    if g == before.get(f) and g == after.get(f):
                        continue
                    check(g == before.get(f) or g == after.get(f),
                          f"kill {k} ({' '.join(args)}): {f} is neither its old nor its new state "
                          f"({'missing' if g is None else len(g)} bytes)")
                    states.add("before" if g == before.get(f) else "after")
                outcomes["mixed" if len(states) > 1 else (states.pop() if states else "before")] += 1
                targets = []
                for t in temps:
                    d, name = os.path.split(t)
                    m = TEMP_NAME.match(name)
                    check(m and os.path.join(d, m.group(1)) in known, f"kill {k}: a temp file for no known file: {t}")
                    targets.append(os.path.join(d, m.group(1)))
                # At most one temp per file: the next writer of a file sweeps the stale one first.
                check(len(targets) == len(set(targets)), f"kill {k}: temp files pile up: {temps}")
                if temps:
                    outcomes["temp left"] += 1
            # The next writes finish the job and clear stale temps. Each workspace sweeps only its
            # own journal, so every place writes (symlink layout: a/journal and b/journal).
            for i in range(len(ws.places)):
                for _ in range(2):
                    for cmd in (command(), ["-q", "check", "1"]):
                        args, rel = ws.cmd_at(i, *cmd)
                        p = subprocess.run(args, cwd=ws.path(rel), env=env(), stdout=subprocess.PIPE,
                                           stderr=subprocess.PIPE, timeout=120)
                        check(p.returncode == 0, describe(p))
            check(not ws.temps(), f"a stale temp survived the next write: {ws.temps()}")
    finally:
        shutil.rmtree(twin, ignore_errors=True)
    print(f"kill ({a.layout} layout): {a.kills} SIGKILLs ({outcomes['log']} of them on `log`) on a {len(text)} byte roadmap "
          f"(a run takes ~{span * 1000:.0f} ms): {outcomes['before']} left the old files, {outcomes['after']} "
          f"the new ones, {outcomes['mixed']} one file old and one new; {outcomes['temp left']} killed "
          f"mid-write (temp left, then reused); 0 torn, 0 lost")


if __name__ == "__main__":
    main(run)
