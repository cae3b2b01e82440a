"""Shared helpers for the robustness tests: workspaces, generated roadmaps, checked runs.

Every test here runs the real binary in a temp directory, uses seeded randomness, and bounds
each process with a timeout; a test fails by raising (or exiting 1) with the reason.
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

TEMP_SUFFIX = ".llm101-tmp"
# ".NAME.PID-RANDOM.llm101-tmp": a writer's unique temp beside NAME.
TEMP_NAME = re.compile(r"^\.(.+)\.[0-9]+-[0-9a-f]{8}\.llm101-tmp$")
SKIP = 77  # ctest SKIP_RETURN_CODE


class Failure(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


def main(fn):
    """Runs fn(), prints the failure and exits 1 on Failure."""
    try:
        rc = fn()
    except Failure as e:
        print(f"FAIL: {e}", flush=True)
        sys.exit(1)
    sys.exit(rc or 0)


def env(**extra):
    e = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
         "TZ": "UTC", "HOME": tempfile.gettempdir(), "LLM101_TODAY": "2026-11-29",
         # Dozens of writers queue on one lock on a loaded machine: these tests are about lost
         # updates, not about the default 10 s patience.
         "LLM101_LOCK_TIMEOUT": "600"}
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if k in os.environ:
            e[k] = os.environ[k]
    e.update(extra)
    return e


class Workspace:
    """A temp directory with llm101.toml and the given roadmap text; removed on exit."""

    def __init__(self, binary, roadmap=b"", config=b'roadmap = "roadmap.md"\njournal = "journal"\n'):
        self.binary = os.path.abspath(binary)
        self.root = tempfile.mkdtemp(prefix="llm101-robust-")
        os.makedirs(os.path.join(self.root, "journal"))
        self.write("llm101.toml", config)
        self.write("roadmap.md", roadmap)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        shutil.rmtree(self.root, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.root, name)

    def write(self, name, data):
        with open(self.path(name), "wb") as f:
            f.write(data)

    def read(self, name="roadmap.md"):
        """The file's bytes, or None when it is gone."""
        try:
            with open(self.path(name), "rb") as f:
                return f.read()
        except FileNotFoundError:
            return None

    def temps(self):
        out = []
        for d, _, files in os.walk(self.root):
            out += [os.path.join(d, f) for f in files if f.endswith(TEMP_SUFFIX)]
        return out

    def cmd(self, *args, prefix=()):
        return [*prefix, self.binary, *args]

    def run(self, *args, prefix=(), timeout=60, extra_env=None):
        return subprocess.run(self.cmd(*args, prefix=prefix), cwd=self.root, env=env(**(extra_env or {})),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)

    def popen(self, *args, prefix=(), extra_env=None):
        return subprocess.Popen(self.cmd(*args, prefix=prefix), cwd=self.root, env=env(**(extra_env or {})),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)


LAYOUTS = ("default", "sub", "symlink", "mixed")


class Layout(Workspace):
    """The layouts that share one roadmap file between differently spelled paths:

    default  root/roadmap.md, every writer in root;
    sub      llm101.toml says roadmap = "sub/roadmap.md";
    symlink  two workspaces a/ and b/ whose roadmap.md links to shared/roadmap.md; writers alternate;
    mixed    as sub, and every other writer runs in root/sub with --roadmap roadmap.md.

    `root` is the directory holding all of it; `places` are (cwd relative to root, extra args);
    writer i uses places[i % len(places)]. The journal is checked only where one journal sees
    every change (`journal_whole`).
    """

    def __init__(self, binary, roadmap=b"", kind="default"):
        self.kind = kind
        self.binary = os.path.abspath(binary)
        self.root = tempfile.mkdtemp(prefix=f"llm101-{kind}-")
        sub_config = b'roadmap = "sub/roadmap.md"\njournal = "journal"\n'
        if kind == "default":
            self._workspace("ws", b'roadmap = "roadmap.md"\njournal = "journal"\n')
            self.write("ws/roadmap.md", roadmap)
            self.roadmap, self.places = "ws/roadmap.md", [("ws", [])]
        elif kind in ("sub", "mixed"):
            self._workspace("ws", sub_config)
            os.makedirs(self.path("ws/sub"))
            self.write("ws/sub/roadmap.md", roadmap)
            self.roadmap, self.places = "ws/sub/roadmap.md", [("ws", [])]
            if kind == "mixed":
                self.places.append(("ws/sub", ["--roadmap", "roadmap.md"]))
        elif kind == "symlink":
            os.makedirs(self.path("shared"))
            self.write("shared/roadmap.md", roadmap)
            for w in ("a", "b"):
                self._workspace(w, b'roadmap = "roadmap.md"\njournal = "journal"\n')
                os.symlink("../shared/roadmap.md", self.path(f"{w}/roadmap.md"))
            self.roadmap, self.places = "shared/roadmap.md", [("a", []), ("b", [])]
        else:
            raise ValueError(kind)
        self.journal_whole = kind in ("default", "sub")

    def _workspace(self, name, config):
        os.makedirs(self.path(f"{name}/journal"))
        self.write(f"{name}/llm101.toml", config)

    def read(self, name=None):
        return super().read(name or self.roadmap)

    def cmd_at(self, i, *args):
        """(argv, cwd relative to root) for writer i."""
        cwd, extra = self.places[i % len(self.places)]
        return [self.binary, *extra, *args], cwd

    def popen_at(self, i, *args, extra_env=None):
        argv, cwd = self.cmd_at(i, *args)
        return subprocess.Popen(argv, cwd=self.path(cwd), env=env(**(extra_env or {})), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)

    def run(self, *args, prefix=(), timeout=60, extra_env=None):
        argv, cwd = self.cmd_at(0, *args)
        return subprocess.run([*prefix, *argv], cwd=self.path(cwd), env=env(**(extra_env or {})),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)

    def popen(self, *args, prefix=(), extra_env=None):
        return self.popen_at(0, *args, extra_env=extra_env)


def wait_for_pause(proc, marker):
    """Waits until `proc` reaches its LLM101_PAUSE point (it writes `marker`, holding its pid) and
    returns the pid; its ending first is a failure. Polls: no timing decides the outcome."""
    while not os.path.exists(marker):
        if proc.poll() is not None:
            out, err = proc.communicate()
            proc.stdout, proc.stderr = out, err
            check(False, f"the process ended before its pause point {os.path.basename(marker)}: {describe(proc)}")
        time.sleep(0.01)
    with open(marker) as f:
        return int(f.read())


def snapshot(root):
    """{relative path: bytes} of every file under root (temps included, so they show up)."""
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = fh.read()
    return out


def has_journal(binary):
    """True when this build has the journal (`log`); its tests run only then."""
    p = subprocess.run([binary, "log", "--help"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    return p.returncode == 0


def generated_roadmap(stages, sections, items, pad=0, seed=0, done_ratio=0.0):
    """A roadmap of stages × sections × items; returns (bytes, {id: box offset}, {id: done}).

    `pad` adds that many bytes of plain prose per section, to make the file (and each write)
    bigger without adding items.
    """
    rnd = random.Random(seed)
    out = bytearray("# 生成的路线图\n\n".encode())
    boxes, done = {}, {}
    for s in range(1, stages + 1):
        out += f"## 阶段{s}：第{s}阶段\n\n".encode()
        for c in range(1, sections + 1):
            out += f"### {s}.{c} 小节 {c}\n\n".encode()
            if pad:
                line = ("Lorem ipsum 注意力 dolor sit amet. " * 8).encode()
                n = 0
                while n < pad:
                    out += line + b"\n"
                    n += len(line) + 1
                out += b"\n"
            for i in range(1, items + 1):
                ident = f"{s}.{c}.{i}"
                d = rnd.random() < done_ratio
                out += b"- ["
                boxes[ident] = len(out)
                out += (b"x" if d else b" ") + f"] 条目 {ident} text\n".encode()
                done[ident] = d
            out += b"\n"
    return bytes(out), boxes, done


def with_marks(text, boxes, state):
    """`text` with each item's box set from state {id: done}."""
    b = bytearray(text)
    for ident, d in state.items():
        b[boxes[ident]] = ord("x") if d else ord(" ")
    return bytes(b)


def describe(proc):
    return (f"exit {proc.returncode}\n--- stdout\n{proc.stdout[:2000].decode(errors='replace')}"
            f"\n--- stderr\n{proc.stderr[:2000].decode(errors='replace')}")
