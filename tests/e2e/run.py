#!/usr/bin/env python3
"""Golden end-to-end tests: run the built llm101 binary and compare with a cram-style .t file.

A case file mixes prose (unindented lines) with shell commands and their expected output:

    Checking an item changes one byte.
      $ llm101 init -q
      $ llm101 check 3.1.2
      [x] 3.1.2  多头注意力
      llm101: roadmap.md: 1 item checked (1/70 done)
      $ llm101 check 9.9
      llm101: error: ...
      [2]

"  $ " starts a command, "  > " continues it; the indented lines after it are its stdout, then
its stderr with each line prefixed "! " (so the "data on stdout, notes on stderr" contract is
visible and tested), then "[N]" when the exit status is not 0. A command that merges the streams
itself (2>&1) shows them unprefixed, in order. A line ending in " (glob)" matches with * and ?;
" (no-eol)" marks output without a final newline.

Each case runs in its own empty temp directory ($TMP/work) with `llm101` on PATH and
$FIXTURES, $SEED pointing at tests/fixtures and share/roadmap.md. Run with --update to rewrite
the expected output from what the binary does now (then review the diff in git).
"""
import argparse
import difflib
import fnmatch
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

MARK = "@@llm101-e2e@@"


def parse(text):
    """Returns a list of blocks: ("prose", line) or ("cmd", command, expected_lines)."""
    blocks = []
    for line in text.split("\n"):
        if line.startswith("  $ "):
            blocks.append(["cmd", line[4:], []])
        elif line.startswith("  > ") and blocks and blocks[-1][0] == "cmd" and not blocks[-1][2]:
            blocks[-1][1] += "\n" + line[4:]
        elif (line.startswith("  ") or line == " ") and blocks and blocks[-1][0] == "cmd":
            blocks[-1][2].append(line[2:])
        else:
            blocks.append(["prose", line])
    return blocks


def run_case(path, binary, fixtures, seed):
    # Without the binary every command fails, a failed `cd` leaves the script where it was, and
    # the case's later `cd ..` climb out of its temporary directory: stop before anything runs.
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        sys.exit(f"run.py: {binary} is not an executable file (did the build fail?)")
    with open(path, encoding="utf-8") as f:
        original = f.read()
    blocks = parse(original)
    tmp = tempfile.mkdtemp(prefix="llm101-e2e-")
    try:
        bindir = os.path.join(tmp, "bin")
        work = os.path.join(tmp, "work")
        os.makedirs(bindir)
        os.makedirs(work)
        os.symlink(os.path.abspath(binary), os.path.join(bindir, "llm101"))
        # stderr goes to a file outside the workspace and is printed after the command's stdout.
        errfile = os.path.join(tempfile.mkdtemp(prefix="llm101-e2e-err-"), "stderr")
        script = ["set +e"]
        cmds = [b for b in blocks if b[0] == "cmd"]
        for i, b in enumerate(cmds):
            script.append(f"printf '\\n{MARK} {i}\\n'")
            script.append("{\n" + b[1] + "\n} 2>" + shlex.quote(errfile))
            script.append(f"rc=$?; printf '\\n{MARK} err\\n'; cat {shlex.quote(errfile)}")
            script.append(f"printf '\\n{MARK} rc %d\\n' $rc")
        env = {
            "PATH": bindir + ":/usr/local/bin:/usr/bin:/bin",
            "HOME": tmp,
            "TMP": tmp,
            "FIXTURES": os.path.abspath(fixtures),
            "SEED": os.path.abspath(seed),
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            "LLM101_TODAY": "2026-11-29",
            "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
            "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
        }
        proc = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        out = proc.stdout.decode("utf-8", errors="replace").replace(tmp, "$TMP")
        results = {}
        current = None
        buf, stdout_text = [], ""
        for line in out.split("\n"):
            if line.startswith(MARK + " rc "):
                results[current] = (stdout_text, stream_text(buf), int(line.split()[-1]))
                buf = []
            elif line.startswith(MARK + " err"):
                stdout_text = stream_text(buf)
                buf = []
            elif line.startswith(MARK + " "):
                current = int(line.split()[-1])
                buf = []
            else:
                buf.append(line)
        shutil.rmtree(os.path.dirname(errfile), ignore_errors=True)
        ok = True
        for i, b in enumerate(cmds):
            stdout_text, stderr_text, rc = results.get(i, ("<command did not finish>\n", "", 255))
            got = output_lines(stdout_text) + ["! " + l for l in output_lines(stderr_text)]
            if rc != 0:
                got.append(f"[{rc}]")
            if not matches(b[2], got):
                ok = False
                b[2] = keep_globs(b[2], got)
            else:
                got = b[2]  # keep globs in the file
            b.append(got)
        rendered = []
        for b in blocks:
            if b[0] == "prose":
                rendered.append(b[1])
            else:
                lines = b[1].split("\n")
                rendered.append("  $ " + lines[0])
                rendered.extend("  > " + l for l in lines[1:])
                rendered.extend(("  " + l) if l else "  " for l in b[2])
        return ok, original, "\n".join(rendered)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def stream_text(buf):
    """One stream's text between two markers: each marker's printf added a newline of its own."""
    text = "\n".join(buf)
    if text.startswith("\n"):
        text = text[1:]
    return text


def output_lines(text):
    if not text:
        return []
    if text.endswith("\n"):
        return text[:-1].split("\n")
    lines = text.split("\n")
    lines[-1] += " (no-eol)"
    return lines


def split_stream(line):
    return ("! ", line[2:]) if line.startswith("! ") else ("", line)


def keep_globs(expected, got):
    """What --update writes: the actual lines, except that an expected glob line that still
    matches one (on either stream) is kept, so commit IDs and pids stay globbed."""
    globs = [split_stream(e)[1][: -len(" (glob)")] for e in expected if e.endswith(" (glob)")]
    out = []
    for g in got:
        prefix, text = split_stream(g)
        hit = next((pat for pat in globs if fnmatch.fnmatchcase(text, pat)), None)
        if hit is None:
            out.append(g)
        else:
            globs.remove(hit)
            out.append(prefix + hit + " (glob)")
    return out


def matches(expected, got):
    if len(expected) != len(got):
        return False
    for e, g in zip(expected, got):
        if e.endswith(" (glob)"):
            if not fnmatch.fnmatchcase(g, e[: -len(" (glob)")]):
                return False
        elif e.rstrip() != g.rstrip():
            return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--update", action="store_true", help="rewrite cases with the actual output")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    update = args.update or os.environ.get("LLM101_E2E_UPDATE") == "1"
    failed = 0
    for case in args.cases:
        ok, original, actual = run_case(case, args.binary, args.fixtures, args.seed)
        if ok:
            continue
        if update:
            with open(case, "w", encoding="utf-8") as f:
                f.write(actual)
            print(f"updated {case}")
            continue
        failed += 1
        sys.stdout.writelines(difflib.unified_diff(
            original.splitlines(True), actual.splitlines(True), case, case + " (actual)"))
        print()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
