#!/usr/bin/env python3
"""The merge driver under real git: two or three clones of one workspace change it on the same
day (or on neighbouring days), then meet through merge, pull, pull --rebase, cherry-pick and
stash pop. Each case runs in its own temporary repositories.

Usage: git_merge.py --binary LLM101 CASE
"""
import argparse
import os
import itertools

from gitlib import World, check, run_test

DAY = "2026-11-29"
ENTRY = f"journal/{DAY}.md"


def expect_boxes(clone, done):
    boxes = clone.boxes()
    for item, state in boxes.items():
        check(state == (item in done), f"{clone.name}: item {item} is {'done' if state else 'open'}, expected the opposite")


def same_everywhere(clones):
    first = clones[0]
    for c in clones[1:]:
        check(c.read("roadmap.md") == first.read("roadmap.md"), f"roadmap differs between {first.name} and {c.name}")
        check(c.journal_text() == first.journal_text(), f"journal differs between {first.name} and {c.name}")


def meet(w, done, minutes=None, notes=(), rebase=False, first=0):
    """Both clones commit; one pushes, the other pulls (through the driver) and pushes, the first
    pulls. Then both must hold `done` checked and nothing else, `minutes` in the journal, every
    note in today's entry, no markers, and the same files."""
    a, b = w.clones[first], w.clones[1 - first]
    a.commit(a.name)
    b.commit(b.name)
    a.git("push", "-q", "origin", "main")
    b.sync(rebase=rebase)
    a.sync()
    for c in (a, b):
        c.no_markers()
        expect_boxes(c, done)
        if minutes is not None:
            check(c.minutes() == minutes, f"{c.name}: {c.minutes()} minutes, expected {minutes}")
        for note in notes:
            check(note in c.read(ENTRY), f"{c.name}: '{note}' lost from {ENTRY}")
    same_everywhere([a, b])
    return a, b


def logs_on_both_sides(rebase):
    w = World(BIN)
    a, b = w.clones
    a.llm("check", "1.1.1")
    a.llm("log", "--hours", "1", "A 读了线性代数")
    b.llm("check", "2.1.1")
    b.llm("log", "--hours", "2.5", "B 写了感知机")
    meet(w, {"1.1.1", "2.1.1"}, 210, ("A 读了线性代数", "B 写了感知机", "1.1.1", "2.1.1"), rebase=rebase)


def case_same_day_logs():
    logs_on_both_sides(rebase=False)


def case_pull_rebase():
    logs_on_both_sides(rebase=True)


def case_same_day_checks():
    w = World(BIN)
    a, b = w.clones
    a.llm("check", "1.1.1", "1.2.1")
    b.llm("check", "1.1.2", "P1.1")
    for c in meet(w, {"1.1.1", "1.1.2", "1.2.1"}, notes=("1.1.1", "1.1.2", "1.2.1")):
        check("1. [x] 手写数字识别\n" in c.read("roadmap.md"), f"{c.name}: project P1.1 lost its check")


def case_adjacent_days():
    w = World(BIN)
    a, b = w.clones
    a.llm("check", "1.1.2", today="2026-11-28")
    b.llm("check", "1.1.3", today="2026-11-29")
    b.llm("check", "1.1.1", today="2026-11-30")
    meet(w, {"1.1.1", "1.1.2", "1.1.3"}, first=1)


def case_check_and_uncheck():
    w = World(BIN, setup=lambda s: s.llm("check", "1.1.1", "1.1.3", today="2026-11-20"))
    a, b = w.clones
    a.llm("uncheck", "1.1.1")
    b.llm("check", "1.1.2")
    b.llm("uncheck", "1.1.3")
    meet(w, {"1.1.2"})


def case_same_item():
    w = World(BIN)
    a, b = w.clones
    a.llm("check", "2.1.2")
    b.llm("check", "2.1.2")
    b.llm("check", "2.1.3", today="2026-11-30")
    for c in meet(w, {"2.1.2", "2.1.3"}, notes=("2.1.2",)):
        check(c.read(ENTRY).count("2.1.2") == 1, f"{c.name}: 2.1.2 listed twice in {ENTRY}")


def case_text_edit_while_checked():
    w = World(BIN)
    a, b = w.clones
    a.write("roadmap.md", a.read("roadmap.md").replace("- [ ] 微积分\n", "- [ ] 微积分（含多元微积分）\n"))
    b.llm("check", "1.1.2")
    b.llm("check", "1.1.1")
    for c in meet(w, {"1.1.1", "1.1.2"}):
        text = c.read("roadmap.md")
        check("- [x] 微积分（含多元微积分）\n" in text, f"{c.name}: edited item lost its text or its check:\n{text}")


def case_project_and_text_edit():
    # The edited line is a practice project; the other side checks it (inserting "[x] ").
    w = World(BIN)
    a, b = w.clones
    a.write("roadmap.md", a.read("roadmap.md").replace("2. 房价预测\n", "2. 房价预测（线性回归）\n"))
    b.llm("check", "P1.2")
    for c in meet(w, set()):
        check("2. [x] 房价预测（线性回归）\n" in c.read("roadmap.md"), f"{c.name}: project lost its text or its check")


def case_add_add():
    # Both sides create the same day's entry, one in Chinese by `log`, one written by hand in English.
    w = World(BIN)
    a, b = w.clones
    a.llm("log", "--hours", "1h30m", "--problem", "梯度消失", "注意力")
    b.write(ENTRY, "Studied: tokenizers\nProblems: BPE merges\nTime spent: 45m\n")
    meet(w, set(), 135, ("注意力", "梯度消失", "tokenizers", "BPE merges"))


def case_cherry_pick():
    w = World(BIN)
    a, b = w.clones
    a.git("checkout", "-q", "-b", "topic")
    a.llm("check", "1.2.2")
    a.llm("log", "--hours", "2", "NumPy 练习")
    a.commit("A on topic")
    a.git("push", "-q", "origin", "topic")
    b.llm("check", "1.2.3")
    b.llm("log", "--hours", "1", "PyTorch 入门")
    b.commit("B")
    b.git("fetch", "-q", "origin")
    b.git("cherry-pick", "origin/topic")
    b.no_markers()
    expect_boxes(b, {"1.2.2", "1.2.3"})
    check(b.minutes() == 180, f"B: {b.minutes()} minutes after cherry-pick, expected 180")
    check("NumPy 练习" in b.read(ENTRY) and "PyTorch 入门" in b.read(ENTRY), "B: a note was lost")


def case_stash_pop():
    w = World(BIN)
    a, b = w.clones
    a.llm("check", "1.1.4")
    a.llm("log", "--hours", "1", "统计学")
    a.commit("A")
    a.git("push", "-q", "origin", "main")
    b.llm("log", "--hours", "30min", "先写一点")  # creates today's entry, not yet added
    b.git("add", ENTRY)
    b.llm("check", "1.1.3")
    b.git("stash", "-q")
    b.git("pull", "-q", "--no-rebase", "origin", "main")
    b.git("stash", "pop", "-q")
    b.no_markers()
    expect_boxes(b, {"1.1.3", "1.1.4"})
    check(b.minutes() == 90, f"B: {b.minutes()} minutes after stash pop, expected 90")
    check("统计学" in b.read(ENTRY) and "先写一点" in b.read(ENTRY), "B: a note was lost")


def case_three_clones_every_order():
    results = set()
    for order in itertools.permutations(range(3)):
        w = World(BIN, n=3)
        a, b, c = w.clones
        a.llm("check", "1.1.1")
        a.llm("log", "--hours", "1", "A")
        b.llm("check", "1.1.2", "P1.2")
        b.llm("log", "--hours", "2", "B")
        c.llm("check", "1.1.3")
        c.llm("log", "--hours", "45min", "C", today="2026-11-30")
        c.llm("log", "--hours", "15min", "C2")
        for x in w.clones:
            x.commit(x.name)
        for i in order:
            w.clones[i].sync(rebase=(i == 2))
        for i in order:
            w.clones[i].git("pull", "-q", "--no-rebase", "origin", "main")
        for x in w.clones:
            x.no_markers()
            expect_boxes(x, {"1.1.1", "1.1.2", "1.1.3"})
            check(x.minutes() == 240, f"{x.name}: {x.minutes()} minutes in order {order}, expected 240")
            for note in ("- A\n", "- B\n", "- C2\n"):
                check(note in x.read(ENTRY), f"{x.name}: note {note!r} lost in order {order}")
        same_everywhere(w.clones)
        results.add(sorted(w.clones[0].boxes().items()).__repr__())
    check(len(results) == 1, "the order of merging changed the result")


def case_real_conflict():
    w = World(BIN)
    a, b = w.clones
    intro = "导读：先读综述，再做练习。\n"
    a.write("roadmap.md", a.read("roadmap.md").replace(intro, "导读：先做练习。\n"))
    a.llm("check", "1.1.1")
    b.write("roadmap.md", b.read("roadmap.md").replace(intro, "导读：只读论文。\n"))
    b.llm("check", "1.1.2")
    a.commit("A")
    b.commit("B")
    a.git("push", "-q", "origin", "main")
    p = b.git("pull", "--no-rebase", "origin", "main", ok=False)
    check(p.returncode != 0, "pull with a real text conflict succeeded")
    check("CONFLICT" in p.stdout + p.stderr, f"git did not report the conflict:\n{p.stdout}{p.stderr}")
    text = b.read("roadmap.md")
    expected = "<<<<<<< ours\n导读：只读论文。\n=======\n导读：先做练习。\n>>>>>>> theirs\n"
    check(expected in text, f"markers not around the conflicting line only:\n{text}")
    check(text.count("<<<<<<<") == 1 and text.count(">>>>>>>") == 1, "more than one conflict block")
    check("- [x] 线性代数\n- [x] 微积分\n" in text, "the boxes outside the conflict did not merge")
    # Nothing lost: resolving by hand (keep ours) leaves a valid roadmap with both checks.
    b.write("roadmap.md", text.replace(expected, "导读：只读论文。\n"))
    expect_boxes(b, {"1.1.1", "1.1.2"})
    # The driver's own exit status, run as git would.


def states(clone):
    """{id: state} of every roadmap item (open, doing, done, skipped)."""
    import json
    return {it["id"]: it["state"] for it in json.loads(clone.llm("list", "--json").stdout)}


def case_states_adjacent():
    """One clone starts an item, the other checks the item on the line above and skips one two
    lines below: clean, all three kept."""
    w = World(BIN)
    a, b = w.clones
    a.llm("start", "1.1.2")
    b.llm("check", "1.1.1")
    b.llm("skip", "1.1.4", today="2026-11-30")
    for c in meet(w, {"1.1.1"}, first=1):
        s = states(c)
        check(s["1.1.2"] == "doing", f"{c.name}: 1.1.2 is {s['1.1.2']}, expected doing")
        check(s["1.1.4"] == "skipped", f"{c.name}: 1.1.4 is {s['1.1.4']}, expected skipped")


def case_states_markers_adjacent():
    """State markers on adjacent lines from both clones: one starts 1.1.2, the other skips 1.1.1
    and starts 1.1.3 (the lines either side of it). The driver takes a box with its marker out of
    the line, like the box alone, so the three line-local changes merge cleanly."""
    w = World(BIN)
    a, b = w.clones
    a.llm("start", "1.1.2")
    b.llm("skip", "1.1.1")
    b.llm("start", "1.1.3")
    for c in meet(w, set()):
        s = states(c)
        got = (s["1.1.1"], s["1.1.2"], s["1.1.3"], s["1.1.4"])
        check(got == ("skipped", "doing", "doing", "open"), f"{c.name}: states {got}")
        check(c.read("roadmap.md").count("<!-- llm101:") == 3, f"{c.name}: not three markers")


def case_states_same_item():
    """Started on one clone, checked on the other: merged without a conflict, and done wins (a
    ticked box means done whatever marker the other side left on the line)."""
    w = World(BIN)
    a, b = w.clones
    a.llm("start", "2.1.2")
    b.llm("check", "2.1.2")
    for c in meet(w, {"2.1.2"}):
        check(states(c)["2.1.2"] == "done", f"{c.name}: 2.1.2 is not done")
        line = [l for l in c.read("roadmap.md").splitlines() if "反向传播" in l][0]
        check(line.startswith("- [x] ") and "llm101:" not in line, f"{c.name}: 2.1.2 is not a plain ticked line: {line}")


def case_states_conflict():
    """Started on one clone and skipped on the other: the two sides truly disagree about one line,
    so git reports a conflict with markers around that line only, as for any text conflict."""
    w = World(BIN)
    a, b = w.clones
    a.llm("start", "2.1.2")
    a.llm("check", "1.1.1")
    b.llm("skip", "2.1.2")
    b.llm("start", "1.1.2")
    a.commit("A")
    b.commit("B")
    a.git("push", "-q", "origin", "main")
    p = b.git("pull", "--no-rebase", "origin", "main", ok=False)
    check(p.returncode != 0, "pull with a start/skip conflict succeeded")
    text = b.read("roadmap.md")
    check(text.count("<<<<<<<") == 1 and text.count(">>>>>>>") == 1, f"expected one conflict block:\n{text}")
    block = text[text.index("<<<<<<<"):text.index(">>>>>>>")]
    check("llm101: skipped" in block and "llm101: doing" in block, f"the block lacks a side:\n{block}")
    check(block.count("\n") == 4, f"markers around more than the one line:\n{block}")
    check("- [x] 线性代数\n" in text, "the check outside the conflict did not merge")


def case_driver_exit_status():
    """The command itself: exit 0 clean, 1 with markers, 2 on bad arguments; writes only OURS."""
    import os
    import subprocess
    import tempfile
    d = tempfile.mkdtemp(prefix="llm101-driver.")
    files = {"O": "a\n- [ ] x\n", "A": "b\n- [x] x\n", "B": "c\n- [ ] x\n"}
    for k, v in files.items():
        open(os.path.join(d, k), "w").write(v)
    p = subprocess.run([BIN, "merge-driver", "O", "A", "B", "roadmap.md"], cwd=d, capture_output=True, text=True)
    check(p.returncode == 1, f"conflicting merge exited {p.returncode}")
    check(open(os.path.join(d, "A")).read() == "<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n- [x] x\n", "wrong merge")
    check(sorted(os.listdir(d)) == ["A", "B", "O"], f"files besides OURS written: {os.listdir(d)}")
    check(open(os.path.join(d, "B")).read() == files["B"], "THEIRS changed")
    p = subprocess.run([BIN, "merge-driver", "O", "A"], cwd=d, capture_output=True, text=True)
    check(p.returncode == 2 and p.stderr.startswith("llm101: error:"), f"missing argument: exit {p.returncode} {p.stderr}")
    p = subprocess.run([BIN, "merge-driver", "O", "missing", "B"], cwd=d, capture_output=True, text=True)
    check(p.returncode == 2 and "missing" in p.stderr, f"missing file: exit {p.returncode} {p.stderr}")
    p = subprocess.run([BIN, "--help"], capture_output=True, text=True)
    check("merge-driver" not in p.stdout, "merge-driver is listed in --help")
    import shutil
    shutil.rmtree(d)


CASES = {name[5:]: f for name, f in globals().items() if name.startswith("case_")}

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    args = ap.parse_args()
    BIN = os.path.abspath(args.binary)
    run_test(args.case, CASES[args.case])
