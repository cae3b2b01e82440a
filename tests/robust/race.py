#!/usr/bin/env python3
"""The shared-roadmap race, interleaved deterministically: writer A stops (LLM101_PAUSE, a test
hook in src/io/lock.cc) with its new roadmap written to its temp and not yet renamed; writer B,
through another spelling of the same file (a subfolder in llm101.toml, a second workspace whose
roadmap.md links to it, --roadmap FILE), must then find the lock held: with LLM101_LOCK_TIMEOUT=0
it exits 1 naming A's pid, changes nothing and leaves A's temp alone. Once A goes on, B retried
(waiting this time) lands too, and both changes are in the file.

usage: race.py --binary build/llm101
"""
import argparse
import os
import shutil
import tempfile

from robustlib import LAYOUTS, Layout, check, describe, generated_roadmap, main, wait_for_pause


def race(binary, kind, text, boxes):
    ids = sorted(boxes)
    a_id, b_id = ids[0], ids[1]
    pause = tempfile.mkdtemp(prefix="llm101-pause-")
    try:
        with Layout(binary, text, kind) as ws:
            b_place = len(ws.places) - 1 if len(ws.places) > 1 else 0
            a = ws.popen_at(0, "-q", "check", a_id, extra_env={"LLM101_PAUSE": f"rename:{pause}"})
            pid = wait_for_pause(a, os.path.join(pause, "rename.reached"))
            temps = ws.temps()
            check(len(temps) == 1, f"{kind}: A should have one temp while paused, has {temps}")
            b = ws.popen_at(b_place, "check", b_id, extra_env={"LLM101_LOCK_TIMEOUT": "0"})
            out, err = b.communicate(timeout=60)
            b.stdout, b.stderr = out, err
            check(b.returncode == 1, f"{kind}: B did not find the lock held: {describe(b)}")
            check(f"held by another llm101 (pid {pid})" in err.decode(), f"{kind}: B's error names no holder: {describe(b)}")
            check(ws.read() == text, f"{kind}: B changed the roadmap while A held it")
            check(ws.temps() == temps, f"{kind}: A's temp was touched: {ws.temps()} (was {temps})")
            open(os.path.join(pause, "go"), "w").close()
            out, err = a.communicate(timeout=60)
            a.stdout, a.stderr = out, err
            check(a.returncode == 0, f"{kind}: A failed after its pause: {describe(a)}")
            b = ws.popen_at(b_place, "-q", "check", b_id)
            out, err = b.communicate(timeout=60)
            b.stdout, b.stderr = out, err
            check(b.returncode == 0, f"{kind}: B failed on its retry: {describe(b)}")
            got = ws.read()
            for ident in (a_id, b_id):
                check(got[boxes[ident]] == ord("x"), f"{kind}: {ident}'s change was lost")
            check(len(got) == len(text), f"{kind}: the roadmap changed size")
            check(not ws.temps(), f"{kind}: temps left: {ws.temps()}")
            if kind == "symlink":
                check(all(os.path.islink(ws.path(f"{w}/roadmap.md")) for w in ("a", "b")), "a symlink was replaced")
    finally:
        shutil.rmtree(pause, ignore_errors=True)


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    a = ap.parse_args()
    text, boxes, _ = generated_roadmap(2, 2, 3, pad=2000, seed=3)
    for kind in LAYOUTS:
        race(a.binary, kind, text, boxes)
    print(f"race: {len(LAYOUTS)} layouts ({', '.join(LAYOUTS)}): a second writer through another path met the "
          "held lock (exit 1, holder named, nothing changed), then both changes landed")


if __name__ == "__main__":
    main(run)
