#!/usr/bin/env python3
"""Git set-up and commits with real git: `init` in a repository and in a fresh clone, the
missing-driver hint, commits of exactly the files a command wrote (with unrelated staged,
unstaged and untracked changes around), a refusing hook, a missing identity, no git at all.

Usage: setup_commit.py --binary build/llm101 CASE   (each CASE is its own ctest test)"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gitlib import check, main  # noqa: E402

HINT = "hint: run 'llm101 init' to set up merging in this clone"


def init_in_repo(box):
    cwd = box.repo("a")
    box.write("*.png binary", cwd, ".gitattributes")  # the user's own, no final newline
    out, err = box.llm(cwd, "init")
    attrs = box.read(cwd, ".gitattributes")
    check(attrs == "*.png binary\nroadmap.md merge=llm101\njournal/*.md merge=llm101\n", f"attributes: {attrs!r}")
    check(box.git(cwd, "config", "--local", "merge.llm101.driver").strip() == "llm101 merge-driver %O %A %B %P",
          "driver not registered as 'llm101 ...' although llm101 on PATH is this binary")
    check(box.git(cwd, "config", "--local", "merge.llm101.name").strip() == "llm101 merge driver", "driver name")
    check("\ngit.commit = true\n" in box.read(cwd, "llm101.toml"), "llm101.toml does not turn commits on")
    check(box.files_of(cwd) == [".gitattributes", "llm101.toml", "roadmap.md"], f"init commit: {box.files_of(cwd)}")
    check("Llm101-Command: init" in box.message(cwd), box.message(cwd))
    check(box.status(cwd) == "", f"work tree not clean after init: {box.status(cwd)}")
    check(HINT not in err, "hint printed although the driver is set")
    # A second init in the same clone changes nothing and says so.
    before = box.head(cwd)
    _, err = box.llm(cwd, "init")
    check("nothing changed" in err and box.head(cwd) == before and box.read(cwd, ".gitattributes") == attrs,
          f"second init: {err}")


def init_in_subdirectory(box):
    top = box.repo("top")
    sub = os.path.join(top, "study [2026]")
    os.makedirs(sub)
    box.llm(sub, "init", "-q")
    attrs = box.read(top, ".gitattributes")
    want = '"study \\\\[2026]/roadmap.md" merge=llm101\n"study \\\\[2026]/journal/*.md" merge=llm101\n'
    check(attrs == want, f"attributes for a workspace in a subdirectory: {attrs!r}, want {want!r}")
    # git itself must read the lines as meaning exactly these files.
    out = box.git(top, "check-attr", "merge", "--", "study [2026]/roadmap.md", "study [2026]/journal/2026-11-29.md",
                  "roadmap.md", "study [2026]/notes.md")
    check(out.count(": merge: llm101") == 2 and "roadmap.md: merge: unspecified" in out, out)


def init_in_fresh_clone(box):
    remote = box.bare()
    a = box.workspace(remote, "a")
    b = box.clone(remote, "b")
    snapshot = {f: box.read(b, f) for f in ("roadmap.md", "llm101.toml", ".gitattributes")}
    # Before init: a writing command works and hints once.
    _, err = box.llm(b, "check", "1.1.1", "1.1.2")
    check(err.count(HINT) == 1, f"hint not printed exactly once: {err}")
    box.git(b, "reset", "-q", "--hard", "origin/main")
    out, err = box.llm(b, "init")
    check("merge.llm101.driver" in err and out == "", f"init in a clone: stdout {out!r} stderr {err!r}")
    for f, text in snapshot.items():
        check(box.read(b, f) == text, f"init in a clone changed {f}")
    check(not os.path.exists(os.path.join(b, "journal")) or not os.listdir(os.path.join(b, "journal")),
          "init in a clone wrote a journal entry")
    check(box.git(b, "log", "--format=%s").splitlines() == box.git(a, "log", "--format=%s").splitlines(),
          "init in a clone made a commit")
    _, err = box.llm(b, "check", "2.1.1")
    check(HINT not in err, "hint after init")


def driver_outside_path(box):
    # A binary that is not the llm101 on PATH registers its absolute path, quoted for the shell.
    odd = box.path("my tools")
    os.makedirs(odd)
    copy = os.path.join(odd, "llm101")
    shutil.copy(box.binary, copy)
    cwd = box.repo("a")
    code, out, err = box.run([copy, "init", "-q"], cwd)
    check(code == 0, err)
    driver = box.git(cwd, "config", "merge.llm101.driver").strip()
    check(driver == f"'{copy}' merge-driver %O %A %B %P", f"driver: {driver}")
    code, out, _ = box.run(["sh", "-c", driver.replace(" merge-driver %O %A %B %P", " --version")], cwd)
    check(code == 0 and out.startswith("llm101 "), "the shell cannot run the registered driver")


def commit_exactly(box):
    cwd = box.workspace()
    box.write("notes\n", cwd, "notes.md")
    box.write("todo\n", cwd, "todo.md")
    box.git(cwd, "add", "notes.md", "todo.md")
    box.git(cwd, "commit", "-qm", "user files")
    box.write("notes, staged change\n", cwd, "notes.md")
    box.git(cwd, "add", "notes.md")
    box.write("todo, unstaged change\n", cwd, "todo.md")
    box.write("scratch\n", cwd, "scratch.txt")
    box.git(cwd, "add", "--intent-to-add", "scratch.txt")
    box.write("untracked\n", cwd, "untracked.txt")
    status_before = box.status(cwd)

    box.llm(cwd, "check", "1.1.1")
    check(box.files_of(cwd) == ["journal/2026-11-29.md", "roadmap.md"], f"check committed {box.files_of(cwd)}")
    msg = box.message(cwd)
    check(msg.startswith("check 1.1.1 线性代数：向量、矩阵、特征值分解\n"), msg)
    check("\nLlm101-Command: check 1.1.1\n" in msg, msg)
    check(box.status(cwd) == status_before, f"user's changes moved:\n{status_before}\n->\n{box.status(cwd)}")
    check(box.git(cwd, "diff", "--cached", "--name-only").split() == ["notes.md"], "staged set changed")

    box.llm(cwd, "log", "--hours", "2", "读了论文")
    check(box.files_of(cwd) == ["journal/2026-11-29.md"], f"log committed {box.files_of(cwd)}")
    check(box.message(cwd).startswith("log 2026-11-29 +2h\n\n- 读了论文\n"), box.message(cwd))
    box.llm(cwd, "check", "1.2")
    check(box.message(cwd).startswith("check 1.2 (5 items)\n"), box.message(cwd))
    box.llm(cwd, "uncheck", "1.2.2")
    check(box.message(cwd).startswith("uncheck 1.2.2 "), box.message(cwd))
    # Nothing to change: no commit.
    head = box.head(cwd)
    box.llm(cwd, "check", "1.1.1")
    check(box.head(cwd) == head, "a check that changed nothing made a commit")
    check(box.status(cwd) == status_before, "user's changes moved")


def refusing_hook(box):
    cwd = box.workspace()
    hook = os.path.join(cwd, ".git", "hooks", "pre-commit")
    box.write("#!/bin/sh\necho 'policy: no commits today' >&2\nexit 1\n", hook)
    os.chmod(hook, 0o755)
    head = box.head(cwd)
    out, err = box.llm(cwd, "check", "1.1.1")  # exit 0: the check itself succeeded
    check("[x] 1.1.1" in out, out)
    check("- [x] 线性代数" in box.read(cwd, "roadmap.md"), "the change was not kept")
    check(box.head(cwd) == head, "a commit was made past the hook")
    check("policy: no commits today" in err and "not committed" in err and "llm101 sync" in err, err)
    # The new entry is back to untracked, not left half-added in the index.
    check("?? journal/2026-11-29.md" in box.status(cwd), box.status(cwd))
    os.remove(hook)
    out, err = box.llm(cwd, "sync", rc=1)  # no upstream: commits, then says so
    check("committed: roadmap.md, journal/2026-11-29.md" in out, out)
    check(box.status(cwd) == "" and "Llm101-Command: sync" in box.message(cwd), box.status(cwd))


def missing_identity(box):
    cwd = box.workspace()
    box.write("[user]\n\tuseConfigOnly = true\n", box.path("empty-config"))
    env = {"GIT_CONFIG_GLOBAL": box.path("empty-config"), "HOME": box.path("nohome")}
    os.makedirs(box.path("nohome"))
    head = box.head(cwd)
    out, err = box.llm(cwd, "log", "--hours", "1", "note", env=env)
    check(box.head(cwd) == head, "committed without an identity")
    check("not committed" in err and "user.email" in err, err)
    check("1小时" in box.read(cwd, "journal", "2026-11-29.md"), "the entry was not kept")
    # Init without an identity: the workspace is made, the commit is not, exit 0.
    new = box.repo("b")
    out, err = box.llm(new, "init", env=env)
    check(os.path.exists(os.path.join(new, "llm101.toml")) and "not committed" in err, err)


def no_git(box):
    cwd = box.path("plain")
    os.makedirs(cwd)
    env = {"PATH": box.bindir}  # llm101 only: git cannot be found
    box.llm(cwd, "init", "-q", env=env)
    check("git.commit" not in box.read(cwd, "llm101.toml"), "commits turned on without git")
    out, err = box.llm(cwd, "check", "1.1.1", env=env)
    check("hint" not in err and "warning" not in err, err)
    _, err = box.llm(cwd, "undo", env=env, rc=2)
    check("git.commit = true" in err, err)
    # Inside a work tree but with git missing from PATH: no hint, no commit, no error.
    repo = box.workspace(name="r")
    head = box.head(repo)
    _, err = box.llm(repo, "check", "1.1.1", env=env)
    check(box.head(repo) == head and "warning" not in err, err)


CASES = {f.__name__: f for f in (init_in_repo, init_in_subdirectory, init_in_fresh_clone, driver_outside_path,
                                  commit_exactly, refusing_hook, missing_identity, no_git)}

if __name__ == "__main__":
    sys.exit(main(CASES, sys.argv[1:]))
