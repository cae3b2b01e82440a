#!/usr/bin/env python3
"""Randomized merge test: seeded random sequences of check, uncheck and log --hours on two or
three clones over a few days, synced through the remote in random orders with merge or rebase
pulls. At the end every clone must hold exactly what the operations imply: each item's box as
its last check/uncheck left it, every logged minute counted once, every note kept, no markers.

Each clone owns every third (or second) item, so the expected box of an item is simply the last
operation on it, wherever the merges happen; neighbouring lines still belong to different
clones, which is what makes git's own line merge conflict.

Usage: git_random.py --binary LLM101 [--seed N] [--rounds N]
"""
import argparse
import os
import random

from gitlib import World, check, run_test

ITEMS = ["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.2.1", "1.2.2", "1.2.3", "2.1.1", "2.1.2", "2.1.3"]
DAYS = ["2026-11-28", "2026-11-29", "2026-11-30"]
HOURS = [("1", 60), ("0.5", 30), ("45min", 45), ("2h15m", 135), ("1.5小时", 90), ("20分钟", 20)]


def run(binary, seed, rounds):
    rng = random.Random(seed)
    n = rng.choice([2, 3])
    w = World(binary, n=n)
    owner = {item: i % n for i, item in enumerate(ITEMS)}
    expected = {item: False for item in ITEMS}
    minutes, notes, log = 0, [], []
    for r in range(rounds):
        ci = rng.randrange(n)
        c = w.clones[ci]
        for _ in range(rng.randint(1, 3)):
            day = rng.choice(DAYS)
            op = rng.random()
            mine = [it for it in ITEMS if owner[it] == ci]
            if op < 0.35:
                it = rng.choice(mine)
                c.llm("check", it, today=day)
                expected[it] = True
                log.append(f"{c.name} {day} check {it}")
            elif op < 0.55:
                it = rng.choice(mine)
                c.llm("uncheck", it, today=day)
                expected[it] = False
                log.append(f"{c.name} {day} uncheck {it}")
            else:
                h, m = rng.choice(HOURS)
                note = f"note-{seed}-{r}-{c.name}-{rng.randrange(10**6)}"
                c.llm("log", "--hours", h, note, today=day)
                minutes += m
                notes.append(note)
                log.append(f"{c.name} {day} log {h} {note}")
        c.commit(f"round {r}")
        if rng.random() < 0.6:
            sync(w.clones[rng.randrange(n)], rng, log)
    for c in rng.sample(w.clones, n) + w.clones:  # every clone sees everything
        sync(c, rng, log)
    history = "\n".join(log)
    for c in w.clones:
        c.no_markers()
        boxes = c.boxes()
        for it in ITEMS:
            check(boxes[it] == expected[it], f"seed {seed}: {c.name}: {it} is {boxes[it]}, expected {expected[it]}\n{history}")
        got = c.minutes()
        check(got == minutes, f"seed {seed}: {c.name}: {got} minutes, expected {minutes}\n{history}")
        text = c.journal_text()
        for note in notes:
            check(note in text, f"seed {seed}: {c.name}: note {note} lost\n{history}")
            check(text.count(note) == 1, f"seed {seed}: {c.name}: note {note} duplicated\n{history}")


def sync(c, rng, log):
    rebase = rng.random() < 0.4
    log.append(f"{c.name} sync {'rebase' if rebase else 'merge'}")
    c.sync(rebase=rebase)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    run_test(f"{args.runs} seeded runs from seed {args.seed}",
             lambda: [run(binary, args.seed + k, args.rounds) for k in range(args.runs)])
