#!/usr/bin/env python3
"""The documentation's git examples run as written: the README's "Two machines" block and its
"Getting started" commands, and the man page's EXAMPLES (the workspace, then the script), each
in a temp HOME with a private git config.

Usage: docs.py --binary build/llm101 CASE"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gitlib import check, main  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def readme_block(heading, fence):
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    after = text.split(heading + "\n", 1)[1]
    return after.split("```" + fence + "\n", 1)[1].split("```", 1)[0]


def run_script(box, script, cwd=None):
    # The reader's machine: git identity from the private config; a default branch git picks.
    with open(box.gitconfig, "w") as f:
        f.write("[user]\n\tname = Reader\n\temail = reader@example.com\n")
    code, out, err = box.run(["bash", "-e", "-x", "-c", script], cwd or box.env["HOME"])
    check(code == 0, f"the example failed (exit {code}):\n{script}\nstdout:\n{out}\nstderr:\n{err}")
    return out, err


def readme_two_machines(box):
    out, err = run_script(box, readme_block("### Two machines", "sh"))
    home = box.env["HOME"]
    check("in:  2 commits" in out and "newly done: 2.1.1 前馈神经网络" in out and "hours: +2h" in out, out)
    check("2/70" in out or "2/70" in err, out + err)
    for clone in ("study-a", "study-b"):
        roadmap = box.read(home, clone, "roadmap.md")
        check("- [x] 线性代数" in roadmap and "- [x] 前馈神经网络" in roadmap, f"{clone} lacks a check")


def readme_getting_started(box):
    block = readme_block("## Getting started", "console")
    lines = [l[2:] for l in block.splitlines() if l.startswith("$ ")]
    out, err = run_script(box, "\n".join(lines))
    study = os.path.join(box.env["HOME"], "llm-study")
    log = box.git(study, "log", "--format=%s")
    check(log.splitlines()[0] == "undo: uncheck 3.1.2 多头注意力", log)
    check("- [x] 多头注意力" in box.read(study, "roadmap.md"), "undo did not re-check 3.1.2")


def man_examples():
    text = open(os.path.join(ROOT, "man", "llm101.1"), encoding="utf-8").read()
    examples = text.split(".SH EXAMPLES", 1)[1].split(".SH ", 1)[0]
    blocks = re.findall(r"^\.EX\n(.*?)^\.EE", examples, re.M | re.S)
    plain = []
    for b in blocks:
        for a, z in (("\\-", "-"), ("\\(aq", "'"), ("\\(ti", "~"), ("\\e", "\\"), ("\\(dq", '"')):
            b = b.replace(a, z)
        plain.append(b)
    return plain


def man_script(box):
    transcript, script = man_examples()[:2]
    # The first block is a transcript (commands after "$ ", then what they print): run its commands.
    setup = "\n".join(l[2:] for l in transcript.splitlines() if l.startswith("$ "))
    check(setup.count("\n") >= 3, f"no commands in the man page's first example:\n{transcript}")
    run_script(box, setup)
    home = box.env["HOME"]
    head = box.git(os.path.join(home, "llm101"), "rev-parse", "HEAD")
    path = box.path("example.sh")
    box.write(script, path)
    for run in (1, 2):  # each run ticks the next open item, and each tick is a commit
        code, out, err = box.run(["sh", path], home)
        check(code == 0, f"the script failed (run {run}):\n{script}\n{out}\n{err}")
    log = box.git(os.path.join(home, "llm101"), "log", "--format=%s", head.strip() + "..HEAD").splitlines()
    check(len(log) == 2 and all(l.startswith("check ") for l in log), f"the script did not commit: {log!r}")


def readme_upgrade(box):
    # A learner's workspace with progress, and a next version of the roadmap to take.
    home = box.env["HOME"]
    setup = ("mkdir ~/study && cd ~/study && git init -q && llm101 init -q && llm101 -q check 3.1.2 5.2.2 && "
             f"cp {os.path.join(ROOT, 'tests', 'fixtures', 'upgrade', 'roadmap-next.md')} new-roadmap.md")
    block = readme_block("## When the roadmap changes", "console")
    lines = [l[2:] for l in block.splitlines() if l.startswith("$ ")]
    out, err = run_script(box, setup + "\n" + "\n".join(lines))
    study = os.path.join(home, "study")
    check("3.1.2 → 3.2.2" in out and "LoRA和QLoRA → LoRA、QLoRA和DoRA" in out, out)
    check("3.2.2  [x] 多头注意力" in out, "list --done after the upgrade:\n" + out)
    log = box.git(study, "log", "--format=%s").splitlines()
    check(log[0].startswith("undo: upgrade roadmap") and log[1].startswith("upgrade roadmap"), log)
    check("- [x] 多头注意力" in box.read(study, "roadmap.md") and "DoRA" not in box.read(study, "roadmap.md"),
          "undo did not restore the roadmap")


CASES = {f.__name__: f for f in (readme_two_machines, readme_getting_started, man_script, readme_upgrade)}

if __name__ == "__main__":
    sys.exit(main(CASES, sys.argv[1:]))
