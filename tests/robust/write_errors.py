#!/usr/bin/env python3
"""Write errors keep the original: every failing step of the write path (open, write, chmod,
fsync, close, rename — injected through the LLM101_FAULT_INJECT test hook in src/io/fs.cc), a
file-size limit (prlimit --fsize: SIGXFSZ must not kill us mid-write), and, where the machine
allows a private mount namespace, a really full tmpfs (ENOSPC) and a read-only mount (EROFS).
Each must exit 1 with "llm101: error: FILE: …" naming the cause, leave every file byte for byte as
it was (the roadmap's mode too), and leave no temp file. With the journal, `check` writes two
files (the roadmap, then today's entry): failing the second write (OP@2) must undo the first, and
`log` gets the same treatment.

usage: write_errors.py --binary build/llm101
"""
import argparse
import os
import shutil
import subprocess

import re

from robustlib import Workspace, check, describe, env, generated_roadmap, has_journal, main, snapshot

FAULTS = [("open", "EROFS", "cannot create temporary file", "Read-only file system"),
          ("open", "EDQUOT", "cannot create temporary file", "Disk quota exceeded"),
          ("write", "ENOSPC", "cannot write", "No space left on device"),
          ("write", "EIO", "cannot write", "Input/output error"),
          ("write", "EFBIG", "cannot write", "File too large"),
          ("chmod", "EIO", "cannot keep the file mode", "Input/output error"),
          ("fsync", "EIO", "cannot write", "Input/output error"),
          ("fsync", "ENOSPC", "cannot write", "No space left on device"),
          ("close", "EIO", "cannot write", "Input/output error"),
          ("close", "EDQUOT", "cannot write", "Disk quota exceeded"),
          ("rename", "EIO", "cannot replace", "Input/output error"),
          ("rename", "EROFS", "cannot replace", "Read-only file system")]


def expect_refused(ws, proc, before, mode, cause, what):
    check(proc.returncode == 1, f"{what}: expected exit 1, got {describe(proc)}")
    err = proc.stderr.decode(errors="replace")
    check(re.match(r"llm101: error: (roadmap\.md|journal/[0-9-]+\.md): ", err) and cause in err,
          f"{what}: unclear error (want 'FILE: {cause}'): {err!r}")
    now = snapshot(ws.root)
    changed = sorted(f for f in set(now) | set(before) if now.get(f) != before.get(f))
    check(not changed, f"{what}: files changed: {changed}")
    check(os.stat(ws.path("roadmap.md")).st_mode == mode, f"{what}: the mode changed")
    check(not ws.temps(), f"{what}: temp left: {ws.temps()}")


def run():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    a = ap.parse_args()
    journal = has_journal(a.binary)
    text, _, _ = generated_roadmap(3, 2, 4, pad=3000)
    tried = 0
    with Workspace(a.binary, text) as ws:
        os.chmod(ws.path("roadmap.md"), 0o640)
        mode = os.stat(ws.path("roadmap.md")).st_mode
        # Without a journal entry for today, then (with the journal) with one.
        for round_ in ("no entry", "entry") if journal else ("no entry",):
            if round_ == "entry":
                p = ws.run("-q", "log", "an entry to keep", "--hours", "1h")
                check(p.returncode == 0, f"log failed: {describe(p)}")
            commands = [("check", "1.1.1")] + ([("log", "more", "--hours", "30m")] if journal else [])
            for args in commands:
                for op, errno_name, msg, cause in FAULTS:
                    for nth in ("", "@2") if journal and args[0] == "check" else ("",):
                        if op == "chmod" and round_ == "no entry" and (nth or args[0] == "log"):
                            continue  # a new entry has no mode to keep: no chmod to fail
                        before = snapshot(ws.root)
                        p = ws.run(*args, extra_env={"LLM101_FAULT_INJECT": f"{op}{nth}:{errno_name}"})
                        expect_refused(ws, p, before, mode, f"{msg}: {cause}",
                                       f"{' '.join(args)} ({round_}), injected {op}{nth} {errno_name}")
                        tried += 1
        # The hook is off without the variable: the same command then succeeds.
        p = ws.run("-q", "check", "1.1.1")
        check(p.returncode == 0 and ws.read() != text, f"check without faults failed: {describe(p)}")
        # A file-size limit below the roadmap's size: write() returns short, then EFBIG. (With the
        # journal, a 4096-byte limit lets the entry through and stops the roadmap: undone.)
        for limit in (0, 1, 4096, len(ws.read()) - 1):
            before = snapshot(ws.root)
            p = ws.run("uncheck", "1.1.1", prefix=("prlimit", f"--fsize={limit}"))
            expect_refused(ws, p, before, mode, "File too large", f"prlimit --fsize={limit}")
            tried += 1
    real = real_filesystem_errors(a.binary)
    print(f"write errors: {tried} injected or rlimit failures{' (check and log, journal entry new and existing)' if journal else ''}"
          f"{real}; every one exit 1 with a clear error, every file and the mode intact, no temp left")


INNER = r'''
set -u
mnt=$1; bin=$2
mount -t tmpfs -o size=96k,mode=0755 llm101-test "$mnt" || exit 77
cd "$mnt"
"$bin" -q init || exit 3
state() { find . -type f ! -name filler | sort | xargs md5sum; }
head -c 1000000 /dev/zero > filler 2>/dev/null  # fills the disk to the last block
state > /dev/shm/llm101-before.$$
"$bin" check 1.1.1 2>&1; echo "enospc rc=$?"
state | cmp -s - /dev/shm/llm101-before.$$ && echo "enospc unchanged"
echo "temps=$(find . -name '*llm101-tmp' | wc -l)"
rm -f filler
mount -o remount,ro "$mnt" || exit 77
"$bin" check 1.1.1 2>&1; echo "erofs rc=$?"
state | cmp -s - /dev/shm/llm101-before.$$ && echo "erofs unchanged"
rm -f /dev/shm/llm101-before.$$
'''


def real_filesystem_errors(binary):
    """ENOSPC and EROFS on a real (tmpfs) mount in a private mount namespace; skipped (said so)
    where unshare or mount is not allowed."""
    if not shutil.which("unshare"):
        return " (real ENOSPC/EROFS skipped: no unshare)"
    mnt = os.path.join("/tmp", f"llm101-mnt-{os.getpid()}")
    os.makedirs(mnt, exist_ok=True)
    try:
        p = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", INNER, "sh", mnt,
                            os.path.abspath(binary)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env(), timeout=60)
    finally:
        os.rmdir(mnt)
    if p.returncode == 77 or b"enospc rc" not in p.stdout:
        return f" (real ENOSPC/EROFS skipped: {p.stderr.decode(errors='replace').strip()[:80]})"
    out = p.stdout.decode(errors="replace")
    for want in ("enospc rc=1", "No space left on device", "enospc unchanged",
                 "erofs rc=1", "Read-only file system", "erofs unchanged"):
        check(want in out, f"real file system errors: missing '{want}' in:\n{out}")
    check("temps=0" in out, f"temp left on a full disk:\n{out}")
    return " + a real full tmpfs (ENOSPC) and a read-only mount (EROFS)"


if __name__ == "__main__":
    main(run)
