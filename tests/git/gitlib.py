"""Shared set-up for the git tests: a temp directory with a bare remote and clones, real git,
and an environment that does not depend on the machine (GIT_CONFIG_GLOBAL is a temp file with
an identity; the system config is off; HOME is empty)."""
import os
import shutil
import subprocess
import tempfile


class Failure(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


class Sandbox:
    def __init__(self, binary, today="2026-11-29"):
        self.tmp = tempfile.mkdtemp(prefix="llm101-git-")
        self.binary = os.path.abspath(binary)
        self.bindir = os.path.join(self.tmp, "bin")
        os.makedirs(self.bindir)
        os.symlink(self.binary, os.path.join(self.bindir, "llm101"))
        home = os.path.join(self.tmp, "home")
        os.makedirs(home)
        self.gitconfig = os.path.join(self.tmp, "gitconfig")
        with open(self.gitconfig, "w") as f:
            f.write("[user]\n\tname = Tester\n\temail = tester@example.com\n"
                    "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n")
        self.env = {
            "PATH": self.bindir + ":/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "GIT_CONFIG_GLOBAL": self.gitconfig,
            "GIT_CONFIG_NOSYSTEM": "1",
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "LLM101_TODAY": today,
        }

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def run(self, args, cwd, env=None, stdin=None):
        e = dict(self.env)
        e.update(env or {})
        p = subprocess.run(args, cwd=cwd, env=e, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, timeout=120)
        return p.returncode, p.stdout, p.stderr

    def llm(self, cwd, *args, env=None, rc=0):
        code, out, err = self.run(["llm101", *args], cwd, env)
        if rc is not None and code != rc:
            raise Failure(f"llm101 {' '.join(args)} in {cwd}: exit {code}, expected {rc}\nstdout:\n{out}\nstderr:\n{err}")
        return out, err

    def git(self, cwd, *args, env=None, ok=True):
        code, out, err = self.run(["git", *args], cwd, env)
        if ok and code != 0:
            raise Failure(f"git {' '.join(args)} in {cwd}: exit {code}\n{err}")
        return out

    def bare(self, name="remote.git"):
        self.git(self.tmp, "init", "-q", "--bare", name)
        return self.path(name)

    def clone(self, remote, name):
        self.git(self.tmp, "clone", "-q", remote, name)
        return self.path(name)

    def repo(self, name):
        self.git(self.tmp, "init", "-q", name)
        return self.path(name)

    def head(self, cwd):
        return self.git(cwd, "rev-parse", "HEAD").strip()

    def files_of(self, cwd, rev="HEAD"):
        """Paths a commit changed."""
        out = self.git(cwd, "diff-tree", "--root", "--no-commit-id", "-r", "--name-only", rev)
        return sorted(out.split())

    def message(self, cwd, rev="HEAD"):
        return self.git(cwd, "log", "-1", "--format=%B", rev)

    def status(self, cwd):
        return self.git(cwd, "status", "--porcelain", "--untracked-files=all")

    def read(self, *parts):
        with open(os.path.join(*parts), encoding="utf-8") as f:
            return f.read()

    def write(self, text, *parts):
        with open(os.path.join(*parts), "w", encoding="utf-8") as f:
            f.write(text)

    def workspace(self, remote=None, name="a"):
        """A clone of `remote` (or a new repo) with `llm101 init` run and, with a remote, pushed."""
        cwd = self.clone(remote, name) if remote else self.repo(name)
        self.llm(cwd, "init", "-q")
        if remote:
            self.git(cwd, "push", "-q", "-u", "origin", "main")
        return cwd


def main(cases, argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("case", choices=sorted(cases))
    a = ap.parse_args(argv)
    box = Sandbox(a.binary)
    try:
        cases[a.case](box)
    except Failure as e:
        print(f"FAIL {a.case}: {e}")
        return 1
    finally:
        box.close()
    print(f"ok {a.case}")
    return 0
