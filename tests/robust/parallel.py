#!/usr/bin/env python3
"""Parallel writers lose nothing: dozens of check/uncheck processes (and readers) at once on one
roadmap; afterwards every change is in the file, the rest of it is byte for byte unchanged, every
reader saw a whole file, and no temp file is left. With the journal: every check is recorded once
in the day's entry, and dozens of `log` calls at once on one day all land, hours summed.

--layout runs the same on a roadmap shared between differently spelled paths (a subfolder named in
llm101.toml, two workspaces symlinking one file, --roadmap FILE mixed with workspace mode; see
robustlib.Layout): every path must meet the same lock.

usage: parallel.py --binary build/llm101 [--processes 48] [--rounds 4] [--seed 1] [--layout default]
"""
import argparse
import json
import random

from robustlib import LAYOUTS, Layout, check, describe, generated_roadmap, has_journal, main, with_marks


def journal_today(ws):
    p = ws.run("journal", "--json")
    check(p.returncode == 0, f"journal --json failed: {describe(p)}")
    entries = [e for e in json.loads(p.stdout) if e["date"] == "2026-11-29"]
    return entries[0] if entries else {"completed": [], "studied": [], "minutes": 0}


def log_round(ws, processes):
    """`processes` log calls at once on one day: every note lands once, the minutes add up."""
    before = journal_today(ws)
    procs = [ws.popen("-q", "log", f"parallel note {i}", "--hours", "10m") for i in range(processes)]
    for i, p in enumerate(procs):
        out, err = p.communicate(timeout=120)
        p.stdout, p.stderr = out, err
        check(p.returncode == 0, f"log {i} failed: {describe(p)}")
    after = journal_today(ws)
    for i in range(processes):
        n = after["studied"].count(f"parallel note {i}")
        check(n == 1, f"log note {i} is in the entry {n} times, not once")
    check(after["minutes"] == before["minutes"] + 10 * processes,
          f"study time: {after['minutes']} minutes, expected {before['minutes']} + {10 * processes}")
    check(not ws.temps(), f"temp files left: {ws.temps()}")
    return processes


def round_once(binary, rnd, processes, pad, journal, layout):
    text, boxes, start = generated_roadmap(6, 3, 4, pad=pad, seed=rnd.random(), done_ratio=0.5)
    ids = sorted(boxes)
    # Each writer flips a different item; a few also re-set an item to the state it has (no-op).
    flip = rnd.sample(ids, min(processes, len(ids)))
    target = dict(start)
    jobs = []
    for ident in flip:
        target[ident] = not start[ident]
        jobs.append(("check" if target[ident] else "uncheck", ident))
    with Layout(binary, text, layout) as ws:
        journal = journal and ws.journal_whole
        procs = []
        for i, (verb, ident) in enumerate(jobs):
            procs.append((verb, ident, ws.popen_at(i, "-q", verb, ident)))
            if rnd.random() < 0.25:  # readers in between must always see a whole roadmap
                procs.append(("status", None, ws.popen_at(i + 1, "status", "--json")))
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
        logs = 0
        if journal:
            # Every command also dates the items ticked by hand (done, in no entry yet), so at the
            # end today's entry lists exactly the done items, each once.
            checked = sorted(i for i in ids if target[i])
            done = journal_today(ws)["completed"]
            check(sorted(done) == checked, f"journal records {sorted(done)}, expected each of {checked} once")
            logs = log_round(ws, processes)
        return writers, readers, logs


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--processes", type=int, default=48)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--layout", choices=LAYOUTS, default="default")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    writers = readers = logs = 0
    journal = has_journal(a.binary)
    for r in range(a.rounds):
        # Alternate small and larger files (larger: each write takes longer, more overlap).
        w, rd, lg = round_once(a.binary, rnd, a.processes, pad=0 if r % 2 == 0 else 20000, journal=journal,
                              layout=a.layout)
        writers += w
        readers += rd
        logs += lg
    print(f"parallel ({a.layout} layout): {a.rounds} rounds, {writers} check/uncheck writers ({a.processes} at once), {readers} "
          f"readers" + (f", {logs} log calls ({a.processes} at once on one day)" if logs else "") +
          "; every change landed once, nothing else changed, no temp left")


if __name__ == "__main__":
    main(run)
