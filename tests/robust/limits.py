#!/usr/bin/env python3
"""Input past llm101's limits gets a clear error, fast, never a crash; totals never wrap.

- A 20 MB line of '[' (cmark-gfm aborted in its arena: exit 134) and a 12 MB one (under the
  16 MiB file limit, over the 1 MiB line limit), under an address-space limit: exit 2 with
  "llm101: error: roadmap.md…".
- A one-table roadmap of 65,000 columns (260 KB; 22 s per parse before) and 8,000 rows of 1,000
  columns (82 s and 4 GB): refused, each run bounded by `timeout 20` (a bound, not a speed test).
- 2,200 hand-written entries of 16,666 h: status, journal and stats report 36,665,200 h, never a
  wrapped negative total.

usage: limits.py --binary build/llm101 [--no-memory-limit]
"""
import argparse
import datetime
import json
import os

from robustlib import Workspace, check, describe, has_journal, main

TOTAL_HOURS = 2200 * 16666


def refused(ws, prefix, what, line=True):
    for args in (("list",), ("status", "--json"), ("resources",)):
        p = ws.run(*args, prefix=prefix, timeout=60)
        desc = f"{what}: llm101 {' '.join(args)}"
        check(p.returncode == 2, f"{desc}: expected exit 2: {describe(p)}")
        want = b"llm101: error: roadmap.md:" if line else b"llm101: error: roadmap.md: "
        check(p.stderr.startswith(want), f"{desc}: no clear error: {describe(p)}")


def overflow(binary):
    with Workspace(binary, b"# T\n\n- [ ] a\n") as ws:
        for i in range(2200):  # 2,200 days from 2020-01-01 on, one entry each
            day = (datetime.date(2020, 1, 1) + datetime.timedelta(days=i)).isoformat()
            ws.write(f"journal/{day}.md", f"### 日期: {day}\n\n**学习时长**: 16666h\n".encode())
        env = {"LLM101_TODAY": "2026-11-29"}
        p = ws.run("status", "--json", extra_env=env)
        check(p.returncode == 0, describe(p))
        check(json.loads(p.stdout)["hours"] == TOTAL_HOURS, f"status --json: {p.stdout[-300:]}")
        p = ws.run("journal", "--json", extra_env=env)
        check(sum(e["hours"] for e in json.loads(p.stdout)) == TOTAL_HOURS, "journal --json")
        p = ws.run("stats", "--json", extra_env=env)
        check(json.loads(p.stdout)["hours"] == TOTAL_HOURS, f"stats --json: {p.stdout[:300]}")
        for args, want in ((("status",), f"{TOTAL_HOURS}h total"), (("journal",), f"Total: {TOTAL_HOURS}h"),
                           (("stats",), f"{TOTAL_HOURS}h total")):
            p = ws.run(*args, extra_env=env)
            out = p.stdout.decode()
            check(p.returncode == 0 and want in out, f"llm101 {args[0]}: no '{want}': {describe(p)}")
            check(b"more than 24 hours" in p.stderr, f"llm101 {args[0]}: no warning about the days")


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--no-memory-limit", action="store_true")
    a = ap.parse_args()
    prefix = ("timeout", "-s", "KILL", "20")
    if not a.no_memory_limit:
        prefix += ("prlimit", "--as=2000000000")
    with Workspace(a.binary, b"# T\n- [ ] x\n" + b"[" * 20_000_000 + b"\n") as ws:
        refused(ws, prefix, "20 MB line of '['", line=False)
    with Workspace(a.binary, b"# T\n- [ ] x\n" + b"[" * 12_000_000 + b"\n") as ws:
        refused(ws, prefix, "12 MB line of '['")
    wide = b"# T\n\n" + b"|a" * 65000 + b"|\n" + b"|-" * 65000 + b"|\n\n- [ ] x\n"
    with Workspace(a.binary, wide) as ws:
        refused(ws, prefix, "65,000 columns")
    rows = b"# T\n\n" + b"|a" * 1000 + b"|\n" + b"|-" * 1000 + b"|\n" + (b"|b" * 1000 + b"|\n") * 8000
    with Workspace(a.binary, rows) as ws:
        refused(ws, prefix, "8,000 rows of 1,000 columns")
    if has_journal(a.binary):
        overflow(a.binary)
    print("limits: refused every oversized roadmap; totals of 2,200 × 16,666 h stayed exact")


if __name__ == "__main__":
    main(run)
