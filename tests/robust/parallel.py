#!/usr/bin/env python3
"""Parallel writers lose nothing: dozens of check/uncheck processes (and readers) at once on one
roadmap; afterwards every change is in the file, the rest of it is byte for byte unchanged, every
reader saw a whole file, and no temp file is left.

usage: parallel.py --binary build/llm101 [--processes 48] [--rounds 4] [--seed 1]
"""
import argparse
import json
import random

from robustlib import Workspace, check, describe, generated_roadmap, main, with_marks


def round_once(binary, rnd, processes, pad):
    text, boxes, start = generated_roadmap(6, 3, 4, pad=pad, seed=rnd.random(), done_ratio=0.5)
    ids = sorted(boxes)
    # Each writer flips a different item; a few also re-set an item to the state it has (no-op).
    flip = rnd.sample(ids, min(processes, len(ids)))
    target = dict(start)
    jobs = []
    for ident in flip:
        target[ident] = not start[ident]
        jobs.append(("check" if target[ident] else "uncheck", ident))
    with Workspace(binary, text) as ws:
        procs = []
        for verb, ident in jobs:
            procs.append((verb, ident, ws.popen("-q", verb, ident)))
            if rnd.random() < 0.25:  # readers in between must always see a whole roadmap
                procs.append(("status", None, ws.popen("status", "--json")))
        writers = readers = 0
        for verb, ident, p in procs:
            out, err = p.communicate(timeout=120)
            p.stdout, p.stderr = out, err
            check(p.returncode == 0, f"{verb} {ident or ''} failed: {describe(p)}")
            if verb == "status":
                readers += 1
                check(json.loads(out)["total"] == len(ids), f"a reader saw a partial roadmap: {out[:200]!r}")
            else:
                writers += 1
        got = ws.read()
        want = with_marks(text, boxes, target)
        if got != want:
            lost = [i for i in ids if (got[boxes[i]] == ord("x")) != target[i]] if len(got) == len(want) else "?"
            check(False, f"changes lost: items {lost} (file {len(got)} bytes, expected {len(want)})")
        check(not ws.temps(), f"temp files left: {ws.temps()}")
        return writers, readers


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--processes", type=int, default=48)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    writers = readers = 0
    for r in range(a.rounds):
        # Alternate small and larger files (larger: each write takes longer, more overlap).
        w, rd = round_once(a.binary, rnd, a.processes, pad=0 if r % 2 == 0 else 20000)
        writers += w
        readers += rd
    print(f"parallel: {a.rounds} rounds, {writers} writers ({a.processes} at once) and {readers} "
          f"readers; every change landed, nothing else changed, no temp left")


if __name__ == "__main__":
    main(run)
