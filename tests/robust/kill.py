#!/usr/bin/env python3
"""A kill -9 at any moment tears nothing: start `check`/`uncheck` on a large roadmap, SIGKILL it
after a random delay (spread over the whole run: start-up, parse, write, fsync, rename), and
require the file to be byte for byte the state before or the state after — never anything else.
A killed writer may leave its one temp file (.roadmap.md.llm101-tmp) but temps never pile up, and
the next write removes it.

usage: kill.py --binary build/llm101 [--kills 150] [--seed 1]
"""
import argparse
import os
import random
import signal
import time

from robustlib import Workspace, check, describe, generated_roadmap, main, with_marks


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--kills", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pad", type=int, default=120000, help="prose bytes per section")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    text, boxes, state = generated_roadmap(4, 4, 5, pad=a.pad, seed=a.seed, done_ratio=0.5)
    ids = sorted(boxes)
    temp_name = ".roadmap.md.llm101-tmp"
    with Workspace(a.binary, text) as ws:
        # How long one write takes here, so kills spread over a whole run.
        t0 = time.monotonic()
        for _ in range(3):
            ident = rnd.choice(ids)
            state[ident] = not state[ident]
            p = ws.run("-q", "check" if state[ident] else "uncheck", ident)
            check(p.returncode == 0, describe(p))
        span = (time.monotonic() - t0) / 3
        check(ws.read() == with_marks(text, boxes, state), "a normal write went wrong")
        outcomes = {"before": 0, "after": 0, "temp left": 0}
        for k in range(a.kills):
            ident = rnd.choice(ids)
            before = with_marks(text, boxes, state)
            after_state = dict(state)
            after_state[ident] = not state[ident]
            after = with_marks(text, boxes, after_state)
            p = ws.popen("-q", "check" if after_state[ident] else "uncheck", ident)
            time.sleep(rnd.uniform(0, span * 1.2))
            try:
                os.kill(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.communicate(timeout=60)
            got = ws.read()
            check(got is not None, f"kill {k}: the roadmap is gone")
            if got == after:
                state = after_state
                outcomes["after"] += 1
            else:
                check(got == before, f"kill {k}: the file is neither the old nor the new state "
                                     f"({len(got)} bytes; before {len(before)}, after {len(after)})")
                outcomes["before"] += 1
            temps = ws.temps()
            check(all(os.path.basename(t) == temp_name for t in temps) and len(temps) <= 1,
                  f"kill {k}: temp files pile up: {temps}")
            if temps:
                outcomes["temp left"] += 1
            extra = set(os.listdir(ws.root)) - {"llm101.toml", "roadmap.md", "journal", temp_name}
            check(not extra, f"kill {k}: unexpected files {extra}")
        # The next write finishes the job and clears a stale temp.
        ident = rnd.choice(ids)
        state[ident] = not state[ident]
        p = ws.run("-q", "check" if state[ident] else "uncheck", ident)
        check(p.returncode == 0, describe(p))
        check(ws.read() == with_marks(text, boxes, state), "the write after the kills went wrong")
        check(not ws.temps(), f"a stale temp survived the next write: {ws.temps()}")
    print(f"kill: {a.kills} SIGKILLs over {len(text)} byte roadmap (a run takes ~{span * 1000:.0f} ms): "
          f"{outcomes['before']} left the old file, {outcomes['after']} the new one, "
          f"{outcomes['temp left']} killed mid-write (temp left, then reused); 0 torn")


if __name__ == "__main__":
    main(run)
