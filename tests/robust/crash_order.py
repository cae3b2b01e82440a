#!/usr/bin/env python3
"""A `check` or `uncheck` killed at any step leaves the roadmap and the journal agreeing, or in the
one state the next command reconciles and reports: a box checked with no completion record yet
(dated by the next writer, which says "dated 1 item ticked by hand"). Never a completion record
for an unchecked box. Each step is reached deterministically through the LLM101_PAUSE test hook
(after each lock, before each rename, between the two files), then the process gets SIGKILL.

usage: crash_order.py --binary build/llm101
"""
import argparse
import json
import os
import shutil
import signal
import tempfile

from robustlib import Layout, check, describe, generated_roadmap, main, wait_for_pause

POINTS = ["locked@1", "locked@2", "rename@1", "between", "rename@2"]


def recorded(ws):
    p = ws.run("journal", "--json")
    check(p.returncode == 0, f"journal --json failed: {describe(p)}")
    return {t for e in json.loads(p.stdout) for t in e["completed"]}


def done_items(ws, boxes):
    text = ws.read()
    return {i for i, off in boxes.items() if text[off] == ord("x")}


def kill_at(binary, text, boxes, verb, point):
    ident = sorted(boxes)[0]
    pause = tempfile.mkdtemp(prefix="llm101-pause-")
    try:
        with Layout(binary, text, "default") as ws:
            if verb == "uncheck":
                p = ws.run("-q", "check", ident)
                check(p.returncode == 0, describe(p))
            proc = ws.popen("-q", verb, ident, extra_env={"LLM101_PAUSE": f"{point}:{pause}"})
            wait_for_pause(proc, os.path.join(pause, point.split("@")[0] + ".reached"))
            os.kill(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=60)
            done, rec = done_items(ws, boxes), recorded(ws)
            check(rec <= done, f"{verb} killed at {point}: the journal records {sorted(rec - done)} with the box unchecked")
            p = ws.run("log", "after the crash")
            check(p.returncode == 0, f"the next command failed: {describe(p)}")
            unrecorded = done - rec
            said = "ticked by hand" in p.stderr.decode()
            check(said == bool(unrecorded), f"{verb} killed at {point}: reconciling {sorted(unrecorded)} "
                                            f"{'was not' if unrecorded else 'was wrongly'} reported: {describe(p)}")
            check(recorded(ws) == done_items(ws, boxes), f"{verb} killed at {point}: still disagreeing after the next command")
            check(not ws.temps(), f"{verb} killed at {point}: temps left after the next writer: {ws.temps()}")
            return "reconciled" if unrecorded else "agreeing"
    finally:
        shutil.rmtree(pause, ignore_errors=True)


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    a = ap.parse_args()
    text, boxes, _ = generated_roadmap(2, 2, 3, pad=2000, seed=5)
    counts = {"agreeing": 0, "reconciled": 0}
    for verb in ("check", "uncheck"):
        for point in POINTS:
            counts[kill_at(a.binary, text, boxes, verb, point)] += 1
    print(f"crash_order: check and uncheck killed at {len(POINTS)} steps each: {counts['agreeing']} left roadmap "
          f"and journal agreeing, {counts['reconciled']} a checked box the next command dated and reported; "
          "0 records of an unchecked box")


if __name__ == "__main__":
    main(run)
