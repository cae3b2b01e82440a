#!/usr/bin/env python3
"""Hostile input gets an answer, not a crash: random bytes, NUL bytes, invalid UTF-8, a
multi-megabyte line, hundreds of thousands of nesting levels (lists, quotes, emphasis, images), an
empty file, a directory, a FIFO or a device where a file should be, broken llm101.toml files.
Each runs status, list, next and check under a time limit and (unless --no-memory-limit, for
sanitizer builds) an address-space limit: it must answer (exit 0) or refuse with
"llm101: error: …" (exit 1 or 2) — never die by a signal, hang or blow up memory — and a check
may change nothing but checkbox bytes.

usage: hostile.py --binary build/llm101 [--random 120] [--seed 1] [--no-memory-limit]
"""
import argparse
import os
import random
import subprocess

from robustlib import Workspace, check, describe, has_journal, main

SEED_ROADMAP = "# T\n\n## 阶段1：a\n\n### 1.1 b\n\n- [ ] one\n- [x] two\n  - [ ] nested\n> - [ ] quoted\n"


def deep(n, open_, close=""):
    return ("# T\n\n- [ ] " + open_ * n + "x" + close * n + "\n").encode()


def hostile_roadmaps(rnd, n_random):
    yield "empty", b""
    yield "bom only", b"\xef\xbb\xbf"
    yield "newlines only", b"\n" * 100000
    yield "cr only", b"\r" * 100000
    yield "nul bytes", b"\0" * 100000
    yield "nul in items", b"- [ ] a\0b\n- [x] \0\n- [\0] c\n" * 2000
    yield "invalid utf-8", b"# \xff\xfe\xc3\x28\n- [ ] \xe2\x82\n- [x] \xed\xa0\x80 surrogate\n\xf8\x88\x80\x80\x80\n"
    yield "8 MB line", b"- [ ] " + b"a" * 8_000_000 + b"\n"
    yield "8 MB line no eol", b"# " + "注".encode() * 2_700_000
    yield "100k items", b"- [ ] x\n" * 100_000
    yield "20k headings", "".join(f"{'#' * (i % 6 + 1)} 阶段{i}\n- [ ] x\n" for i in range(20000)).encode()
    yield "huge heading numbers", b"## Stage 99999999999999\n- [ ] a\n## Stage 4294967296\n- [ ] b\n### 1.99999.3 x\n- [ ] c\n"
    yield "nested quotes 200k", b"> " * 200_000 + b"- [ ] x\n"
    yield "nested quote lines 3k", "".join(">" * i + " - [ ] a\n" for i in range(1, 3000)).encode()
    yield "nested lists 3k", "".join("  " * i + "- [ ] a\n" for i in range(3000)).encode()
    yield "list markers 100k", b"- " * 100_000 + b"[ ] x\n"
    yield "ordered markers 50k", b"1. " * 50_000 + b"[ ] x\n"
    yield "emphasis 400k", deep(400_000, "**", "**")
    yield "images 300k", deep(300_000, "![", "](u)")
    yield "links+images 200k", deep(200_000, "[![", "](u)](v)")
    yield "strikethrough 300k", deep(300_000, "~~a ", " a~~")
    yield "brackets 500k", deep(500_000, "[")
    yield "backticks 200k", deep(200_000, "`")
    yield "html 100k", deep(100_000, "<a>", "</a>")
    yield "table 10k cols", ("| " + "a | " * 10000 + "\n|" + "-|" * 10000 + "\n").encode() + b"- [ ] x\n"
    yield "unclosed front matter", b"---\n" + b"k: v\n" * 10000 + b"- [ ] x\n"
    yield "front matter only", b"+++\n" + b"x = 1\n" * 1000 + b"+++\n"
    yield "conflict", b"- [ ] a\n<<<<<<< HEAD\n- [x] b\n=======\n- [ ] b\n>>>>>>> o\n"
    base = SEED_ROADMAP.encode()
    alphabet = b"-[]x* >#\n\r\t0123456789.`!()|~<\0\xff\xe2\x80\x9c\xc3"
    for i in range(n_random):
        kind = rnd.choice(["bytes", "mutate", "splice"])
        if kind == "bytes":
            data = bytes(rnd.getrandbits(8) for _ in range(rnd.randint(1, 4000)))
        elif kind == "mutate":
            b = bytearray(base * rnd.randint(1, 20))
            for _ in range(rnd.randint(1, 40)):
                pos = rnd.randrange(len(b) + 1)
                op = rnd.random()
                if op < 0.4 and b:
                    b[min(pos, len(b) - 1)] = rnd.choice(alphabet)
                elif op < 0.7:
                    b[pos:pos] = bytes(rnd.choice(alphabet) for _ in range(rnd.randint(1, 8)))
                else:
                    del b[pos:pos + rnd.randint(1, 8)]
            data = bytes(b)
        else:
            data = bytes(rnd.choice(alphabet) for _ in range(rnd.randint(1, 6000)))
        yield f"random {kind} #{i}", data


BROKEN_CONFIGS = [
    ("unterminated string", b'roadmap = "roadmap.md\n', "llm101.toml:1:"),
    ("bad value", b'journal = "j"\nroadmap = 3\n', "llm101.toml:2:"),
    ("nul byte", b'roadmap = "a\0b"\n', "llm101.toml:1:"),
    ("invalid utf-8", b'# \xff\xfe\nroadmap = "r.md"\n', "llm101.toml:1:"),
    ("garbage", bytes(range(256)) * 4, "llm101.toml:1:"),
    ("deep arrays", b"x = " + b"[" * 100000 + b"\n", "llm101.toml:1:"),
    ("deep inline tables", b"x = " + b"{a=" * 100000 + b"\n", "llm101.toml:1:"),
    ("duplicate key", b'roadmap = "a.md"\nroadmap = "b.md"\n', "llm101.toml:2:"),
    ("conflict", b'<<<<<<< HEAD\nroadmap = "a.md"\n=======\n>>>>>>> x\n', "llm101.toml:1:"),
]

COMMANDS = [("status",), ("status", "--json"), ("list",), ("next",), ("check", "1"), ("uncheck", "1.1.1")]
BIG_COMMANDS = [("status", "--json"), ("list",), ("check", "1")]  # inputs over 100 kB: fewer runs
# With a hostile journal entry for today (the journal build only).
JOURNAL_COMMANDS = [("journal",), ("journal", "--json"), ("stats",), ("stats", "--json"), ("status",),
                    ("log", "a note", "--hours", "1h"), ("check", "1.1.1"), ("uncheck", "1.1.1")]
BIG_JOURNAL_COMMANDS = [("journal", "--json"), ("stats",), ("log", "a note", "--hours", "1h")]


class Runner:
    def __init__(self, binary, memory_limit):
        self.binary = binary
        self.prefix = ("timeout", "-s", "KILL", "60")
        if memory_limit:
            self.prefix += ("prlimit", "--as=2000000000")
        self.runs = 0

    def one(self, ws, args, what):
        p = ws.run(*args, prefix=self.prefix, timeout=120)
        self.runs += 1
        desc = f"{what}: llm101 {' '.join(args)}"
        check(p.returncode != -9 and p.returncode != 124, f"{desc}: killed by the time limit")
        check(p.returncode in (0, 1, 2), f"{desc}: crashed: {describe(p)}")
        if p.returncode:
            check(p.stderr.startswith(b"llm101: error: ") or b"\nllm101: error: " in p.stderr,
                  f"{desc}: no clear error: {describe(p)}")
        check(b"Sanitizer" not in p.stderr and b"runtime error" not in p.stderr, f"{desc}: {describe(p)}")
        return p


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--random", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-memory-limit", action="store_true")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    r = Runner(a.binary, not a.no_memory_limit)
    inputs = 0
    for name, data in hostile_roadmaps(rnd, a.random):
        inputs += 1
        with Workspace(a.binary, data) as ws:
            for args in COMMANDS if len(data) < 100_000 else BIG_COMMANDS:
                p = r.one(ws, args, name)
                got = ws.read()
                if p.returncode != 0 or args[0] != "check" and args[0] != "uncheck":
                    check(got == data, f"{name}: llm101 {' '.join(args)} changed the file without success")
                else:
                    check(len(got) == len(data) and all(
                        x == y or (x in b" \tXx" and y in b" x" and got[i - 1:i] == b"[")
                        for i, (x, y) in enumerate(zip(data, got))),
                        f"{name}: {' '.join(args)} changed more than checkbox marks")
                    data = got
            check(not ws.temps(), f"{name}: temp left")
    journal_runs = journal_entries = 0
    if has_journal(a.binary):
        journal_entries, journal_runs = hostile_journal(a.binary, r, random.Random(a.seed + 1), a.random // 3)
    # Files where they should not be.
    specials = 0
    with Workspace(a.binary, b"- [ ] a\n") as ws:
        os.remove(ws.path("roadmap.md"))
        for name, make in [("missing", lambda p: None), ("directory", os.mkdir), ("fifo", os.mkfifo),
                           ("symlink to /dev/zero", lambda p: os.symlink("/dev/zero", p)),
                           ("dangling symlink", lambda p: os.symlink("nowhere.md", p)),
                           ("symlink loop", lambda p: os.symlink("roadmap.md", p))]:
            make(ws.path("roadmap.md"))
            for args in COMMANDS:
                p = r.one(ws, args, f"roadmap is a {name}")
                check(p.returncode == 2 and b"roadmap.md" in p.stderr, f"roadmap is a {name}: {describe(p)}")
            kind = os.lstat(ws.path("roadmap.md")).st_mode if os.path.lexists(ws.path("roadmap.md")) else None
            check(name == "missing" or kind is not None, f"roadmap is a {name}: it was removed")
            if os.path.isdir(ws.path("roadmap.md")) and not os.path.islink(ws.path("roadmap.md")):
                os.rmdir(ws.path("roadmap.md"))
            elif os.path.lexists(ws.path("roadmap.md")):
                os.remove(ws.path("roadmap.md"))
            specials += 1
        ws.write("roadmap.md", b"- [ ] a\n")
        os.remove(ws.path("llm101.toml"))
        os.mkdir(ws.path("llm101.toml"))  # not a workspace marker: a directory is ignored
        p = r.one(ws, ("check", "1"), "llm101.toml is a directory")
        check(p.returncode == 1 and b"llm101 init" in p.stderr, f"llm101.toml is a directory: {describe(p)}")
        os.rmdir(ws.path("llm101.toml"))
        specials += 1
        for name, config, where in BROKEN_CONFIGS:
            ws.write("llm101.toml", config)
            for args in COMMANDS:
                p = r.one(ws, args, f"broken llm101.toml ({name})")
                err = p.stderr.decode(errors="replace")
                check(p.returncode == 2 and where in err, f"broken llm101.toml ({name}) must name file:line:col "
                      f"({where}…): {describe(p)}")
                check(ws.read() == b"- [ ] a\n", f"broken llm101.toml ({name}): the roadmap changed")
            specials += 1
    if journal_entries:
        print(f"hostile: {journal_entries} hostile journal entries (and entry paths that are a directory or FIFO)")
    print(f"hostile: {inputs} hostile roadmaps ({a.random} random) and {specials} broken files/configs, "
          f"{r.runs} runs: every one answered or refused clearly; no crash, hang or memory blow-up")


def hostile_journal(binary, r, rnd, n_random):
    """Today's entry is hostile: journal, stats, status, log and check answer or refuse clearly;
    a refused command leaves the entry as it was."""
    roadmap = SEED_ROADMAP.encode()
    entries = 0
    entry = "journal/2026-11-29.md"
    for name, data in hostile_roadmaps(rnd, n_random):
        if name.startswith("nested lists") or name.startswith("100k items"):
            continue  # the same text as a roadmap: nothing new for the journal, just slow
        entries += 1
        with Workspace(binary, roadmap) as ws:
            ws.write(entry, data)
            for args in JOURNAL_COMMANDS if len(data) < 100_000 else BIG_JOURNAL_COMMANDS:
                before = ws.read(entry)
                p = r.one(ws, args, f"journal entry: {name}")
                if p.returncode != 0:
                    check(ws.read(entry) == before, f"journal entry {name}: {' '.join(args)} failed but changed it")
                if args[0] == "log" and b"<<<<<<<" in data:
                    check(p.returncode == 2 and b"2026-11-29.md:" in p.stderr,
                          f"journal entry {name}: log must refuse conflict markers naming file:line: {describe(p)}")
            check(not ws.temps(), f"journal entry {name}: temp left")
    for kind in ("directory", "fifo"):
        entries += 1
        with Workspace(binary, roadmap) as ws:
            (os.mkdir if kind == "directory" else os.mkfifo)(ws.path(entry))
            for args in JOURNAL_COMMANDS:
                p = r.one(ws, args, f"journal entry is a {kind}")
            check(os.path.isdir(ws.path(entry)) if kind == "directory" else os.path.exists(ws.path(entry)),
                  f"journal entry is a {kind}: it was replaced")
    return entries, r.runs


if __name__ == "__main__":
    main(run)
