#!/usr/bin/env python3
"""`undo` and `sync` with real git: a bare remote and clones in a temp directory. Undo reverts
the last llm101 commit (also after a push), refuses when that would lose later edits, and
--dry-run writes nothing; sync commits pending files, pulls, pushes and reports what moved, and
fails with git's message and the next step when it cannot.

Usage: undo_sync.py --binary build/llm101 CASE   (each CASE is its own ctest test)"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gitlib import check, main  # noqa: E402

DAY = "journal/2026-11-29.md"


def snapshot(box, cwd):
    return box.head(cwd), box.status(cwd), box.read(cwd, "roadmap.md")


def undo_clean(box):
    cwd = box.workspace()
    original = box.read(cwd, "roadmap.md")
    box.llm(cwd, "check", "1.1.1")
    after_check = box.read(cwd, "roadmap.md")
    box.llm(cwd, "log", "--hours", "2", "读了论文")
    entry_after_check = box.git(cwd, "show", "HEAD~1:" + DAY)

    state = snapshot(box, cwd)
    out, err = box.llm(cwd, "undo", "--dry-run")
    check(out.startswith("would undo ") and "log 2026-11-29 +2h" in out, out)
    check(snapshot(box, cwd) == state, "--dry-run wrote something")

    out, _ = box.llm(cwd, "undo")
    check(out.startswith("undo ") and "restored" in out, out)
    check(box.read(cwd, DAY) == entry_after_check and box.read(cwd, "roadmap.md") == after_check, "log not undone")
    msg = box.message(cwd)
    check(msg.startswith("undo: log 2026-11-29 +2h\n") and "Llm101-Undoes: " in msg, msg)
    check(box.files_of(cwd) == [DAY] and box.status(cwd) == "", box.status(cwd))

    out, _ = box.llm(cwd, "undo")  # the change before: the check, whose entry is removed
    check("check 1.1.1" in out and "removed" in out, out)
    check(box.read(cwd, "roadmap.md") == original and not os.path.exists(os.path.join(cwd, DAY)), "check not undone")
    _, err = box.llm(cwd, "undo", rc=1)  # only init is left, and init is not undone
    check("nothing to undo" in err, err)


def undo_refuses(box):
    cwd = box.workspace()
    box.llm(cwd, "check", "1.1.1")
    # A hand edit of a file that commit changed, not committed.
    text = box.read(cwd, "roadmap.md")
    box.write(text.replace("线性代数", "线性代数（复习）"), cwd, "roadmap.md")
    state = snapshot(box, cwd)
    _, err = box.llm(cwd, "undo", rc=1)
    check("roadmap.md has changes that are not committed" in err, err)
    check(snapshot(box, cwd) == state, "a refused undo wrote something")
    _, err = box.llm(cwd, "undo", "--dry-run", rc=1)
    check("cannot undo" in err, err)
    # The same edit committed by hand: a later non-llm101 commit.
    box.git(cwd, "commit", "-qam", "reword 1.1.1")
    state = snapshot(box, cwd)
    _, err = box.llm(cwd, "undo", rc=1)
    check("was changed after it" in err and "reword 1.1.1" in err, err)
    check(snapshot(box, cwd) == state, "a refused undo wrote something")
    # An untouched file elsewhere does not block it: a user file committed later.
    cwd2 = box.workspace(name="b")
    box.llm(cwd2, "log", "--hours", "1", "x")
    box.write("mine\n", cwd2, "notes.md")
    box.git(cwd2, "add", "notes.md")
    box.git(cwd2, "commit", "-qm", "notes")
    box.llm(cwd2, "undo")
    check(box.read(cwd2, "notes.md") == "mine\n" and not os.path.exists(os.path.join(cwd2, DAY)), "undo went wrong")


def undo_after_push(box):
    remote = box.bare()
    a = box.workspace(remote, "a")
    b = box.clone(remote, "b")
    box.llm(b, "init", "-q")
    box.llm(a, "check", "2.1.1")
    box.llm(a, "sync")
    box.llm(b, "sync")
    check("- [x] 前馈神经网络" in box.read(b, "roadmap.md"), "B did not get the check")
    pushed = box.git(a, "rev-parse", "origin/main").strip()
    box.llm(a, "undo")
    check(box.git(a, "merge-base", "--is-ancestor", pushed, "HEAD", ok=False) == "", "undo rewrote pushed history")
    out, _ = box.llm(a, "sync")
    check("out: 1 commit" in out and "undo: check 2.1.1" in out, out)
    out, _ = box.llm(b, "sync")
    check("unchecked: 2.1.1 前馈神经网络" in out, out)
    check("- [ ] 前馈神经网络" in box.read(b, "roadmap.md"), "B did not get the undo")


def undo_needs_commits(box):
    cwd = box.path("plain")
    os.makedirs(cwd)
    box.llm(cwd, "init", "-q")
    box.llm(cwd, "check", "1.1.1")
    _, err = box.llm(cwd, "undo", rc=2)
    check("commits are off" in err and "git.commit = true" in err, err)


def sync_in_out(box):
    remote = box.bare()
    a = box.workspace(remote, "a")
    b = box.clone(remote, "b")
    box.llm(b, "init", "-q")
    box.git(b, "config", "pull.rebase", "true")  # B rebases, A merges: both must work
    yesterday = {"LLM101_TODAY": "2026-11-28"}
    box.llm(a, "check", "1.1.1", env=yesterday)
    box.llm(a, "log", "--hours", "1.5", "线代", env=yesterday)
    out, _ = box.llm(a, "sync")
    check("in:  nothing new from origin/main" in out and "out: 2 commits to origin/main" in out, out)

    box.llm(b, "log", "--hours", "2", "反向传播")
    box.write(box.read(b, "llm101.toml") + 'week_start = "sunday"\n', b, "llm101.toml")  # pending, by hand
    out, _ = box.llm(b, "sync")
    check("committed: llm101.toml" in out, out)
    check("in:  2 commits from origin/main" in out and "check 1.1.1 线性代数" in out, out)
    check("newly done: 1.1.1 线性代数：向量、矩阵、特征值分解" in out and "hours: +1.5h" in out, out)
    check("out: 2 commits to origin/main" in out, out)  # the log and the sync commit, rebased
    check(box.git(b, "rev-list", "--merges", "HEAD").strip() == "", "pull.rebase=true was not respected")

    out, _ = box.llm(a, "sync")
    check("in:  2 commits" in out and "hours: +2h" in out and "out: 1 commit" not in out, out)
    check(box.git(a, "rev-list", "--count", "--merges", "HEAD").strip() == "0", "fast-forward expected")
    out, _ = box.llm(a, "sync")
    check(out == "in:  nothing new from origin/main\nout: nothing to push to origin/main\n", out)
    check(box.git(a, "rev-parse", "HEAD") == box.git(b, "rev-parse", "HEAD"), "A and B differ")


def sync_diverged_merge(box):
    # Both sides committed: the default pull merges (git 2.33+ would refuse without being told).
    remote = box.bare()
    a = box.workspace(remote, "a")
    b = box.clone(remote, "b")
    box.llm(b, "init", "-q")
    box.llm(a, "log", "--hours", "1", "a", env={"LLM101_TODAY": "2026-11-27"})
    box.llm(b, "log", "--hours", "2", "b", env={"LLM101_TODAY": "2026-11-28"})
    box.llm(a, "sync")
    out, _ = box.llm(b, "sync")
    check("hours: +1h" in out and "out: 2 commits" in out, out)  # B's log and the merge
    box.llm(a, "sync")
    check(box.status(a) == "" and box.status(b) == "", "work trees not clean")
    check(sorted(os.listdir(os.path.join(a, "journal"))) == ["2026-11-27.md", "2026-11-28.md"], "journal differs")


def sync_no_upstream(box):
    cwd = box.workspace()  # no remote at all
    box.llm(cwd, "check", "1.1.1")
    _, err = box.llm(cwd, "sync", rc=1)
    check("no upstream" in err and "git remote add origin" in err, err)
    remote = box.bare()
    box.git(cwd, "remote", "add", "origin", remote)
    _, err = box.llm(cwd, "sync", rc=1)
    check("hint: push it once with: git push -u origin main" in err, err)
    check(box.status(cwd) == "", "pending files lost or left")


def sync_pull_failure(box):
    remote = box.bare()
    a = box.workspace(remote, "a")
    b = box.clone(remote, "b")
    box.llm(b, "init", "-q")
    # A real conflict outside llm101's files: both change the same line of a user file.
    box.write("v0\n", a, "plan.txt")
    box.git(a, "add", "plan.txt")
    box.git(a, "commit", "-qm", "plan")
    box.llm(a, "sync")
    box.llm(b, "sync")
    box.write("a\n", a, "plan.txt")
    box.git(a, "commit", "-qam", "plan a")
    box.llm(a, "sync")
    box.write("b\n", b, "plan.txt")
    box.git(b, "commit", "-qam", "plan b")
    box.llm(b, "check", "1.1.1")
    mine = box.head(b)
    _, err = box.llm(b, "sync", rc=1)
    check("CONFLICT" in err and "plan.txt" in err and "git merge --abort" in err, err)
    check(box.git(b, "merge-base", "--is-ancestor", mine, "HEAD", ok=False) == "", "local commits lost")
    check("- [x] 线性代数" in box.read(b, "roadmap.md"), "the check was lost")
    _, err = box.llm(b, "sync", rc=1)
    check("in progress" in err, err)
    box.git(b, "merge", "--abort")
    # An unreachable remote: git's message, exit 1, nothing lost.
    box.git(b, "remote", "set-url", "origin", box.path("gone.git"))
    _, err = box.llm(b, "sync", rc=1)
    check("gone.git" in err and "run 'llm101 sync' again" in err, err)
    check(box.head(b) == mine and box.status(b) == "", "state changed by a failed sync")


CASES = {f.__name__: f for f in (undo_clean, undo_refuses, undo_after_push, undo_needs_commits, sync_in_out,
                                  sync_diverged_merge, sync_no_upstream, sync_pull_failure)}

if __name__ == "__main__":
    sys.exit(main(CASES, sys.argv[1:]))
