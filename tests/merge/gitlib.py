"""Shared setup for the merge driver tests: a bare remote and clones of one llm101 workspace,
each with the llm101 merge driver registered by hand, driven by real git and the built binary.

Every test gets its own temporary directory; HOME points into it so no user or system git
configuration (or credential helper) can change what git does.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROADMAP = """# 学习路线图

## 阶段1：基础（1-2个月）

### 1.1 数学
- [ ] 线性代数
- [ ] 微积分
- [ ] 概率论
- [ ] 统计学

### 1.2 编程
- [ ] Python
- [ ] NumPy
- [ ] PyTorch

## 阶段2：深度学习（2-3个月）

导读：先读综述，再做练习。

### 2.1 神经网络
- [ ] 感知机
- [ ] 反向传播
- [ ] 注意力机制

## 实践项目

### 基础阶段项目
1. 手写数字识别
2. 房价预测
"""


class Failed(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failed(msg)


class Clone:
    def __init__(self, world, path, name):
        self.world, self.path, self.name = world, path, name

    def git(self, *args, ok=True):
        p = subprocess.run(["git", *args], cwd=self.path, env=self.world.env, capture_output=True, text=True)
        if ok and p.returncode != 0:
            raise Failed(f"{self.name}: git {' '.join(args)} exited {p.returncode}\n{p.stdout}{p.stderr}")
        return p

    def llm(self, *args, today="2026-11-29", ok=True):
        env = dict(self.world.env, LLM101_TODAY=today)
        p = subprocess.run([self.world.binary, "-q", *args], cwd=self.path, env=env, capture_output=True, text=True)
        if ok and p.returncode != 0:
            raise Failed(f"{self.name}: llm101 {' '.join(args)} exited {p.returncode}\n{p.stderr}")
        return p

    def commit(self, message):
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)

    def read(self, rel):
        with open(os.path.join(self.path, rel), encoding="utf-8", newline="") as f:
            return f.read()

    def write(self, rel, text):
        os.makedirs(os.path.dirname(os.path.join(self.path, rel)), exist_ok=True)
        with open(os.path.join(self.path, rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    def boxes(self):
        """{id: done} of every roadmap item."""
        return {it["id"]: it["done"] for it in json.loads(self.llm("list", "--json").stdout)}

    def minutes(self):
        """Study minutes in the whole journal."""
        return sum(e["minutes"] for e in json.loads(self.llm("journal", "--json").stdout))

    def entries(self):
        d = os.path.join(self.path, "journal")
        return [f"journal/{n}" for n in sorted(os.listdir(d))] if os.path.isdir(d) else []

    def journal_text(self):
        return "".join(self.read(rel) for rel in self.entries())

    def no_markers(self):
        for rel in ["roadmap.md"] + self.entries():
            for line in self.read(rel).splitlines():
                check(not line.startswith(("<<<<<<<", ">>>>>>>", "=======")), f"{self.name}: conflict marker in {rel}")

    def sync(self, rebase=False):
        """Pull (through the driver), then push."""
        self.git("pull", "-q", "--rebase" if rebase else "--no-rebase", "origin", "main")
        self.git("push", "-q", "origin", "HEAD:main")


WORLDS = []  # removed by close_all() when the test ends, passed or failed


def run_test(name, body):
    """Runs `body`; a Failed check prints one FAIL line and exits 1. Temp dirs go either way."""
    try:
        body()
    except Failed as e:
        print(f"FAIL {name}: {e}", file=sys.stderr)
        sys.exit(1)
    finally:
        for w in WORLDS:
            w.close()
    print(f"ok {name}")


class World:
    """A bare remote and `n` clones of a workspace holding `roadmap`."""

    def __init__(self, binary, n=2, roadmap=ROADMAP, setup=None):
        self.binary = os.path.abspath(binary)
        self.tmp = tempfile.mkdtemp(prefix="llm101-merge.")
        WORLDS.append(self)
        home = os.path.join(self.tmp, "home")
        os.makedirs(home)
        self.env = dict(os.environ, HOME=home, GIT_CONFIG_NOSYSTEM="1", NO_COLOR="1", LC_ALL="C.UTF-8",
                        GIT_AUTHOR_NAME="T", GIT_AUTHOR_EMAIL="t@example.org",
                        GIT_COMMITTER_NAME="T", GIT_COMMITTER_EMAIL="t@example.org")
        for k in ("VISUAL", "EDITOR", "GIT_DIR", "GIT_WORK_TREE"):
            self.env.pop(k, None)
        self.env["GIT_EDITOR"] = "true"
        subprocess.run(["git", "init", "-q", "--bare", "-b", "main", "remote.git"], cwd=self.tmp, env=self.env, check=True)
        seed = Clone(self, os.path.join(self.tmp, "seed"), "seed")
        os.makedirs(seed.path)
        seed.write("roadmap.md", roadmap)
        # The workspace is made before git knows the directory: the test registers the driver itself.
        seed.llm("init")
        seed.write(".gitattributes", "roadmap.md merge=llm101\njournal/*.md merge=llm101\n")
        seed.git("init", "-q", "-b", "main")
        if setup:
            setup(seed)
        seed.commit("start")
        seed.git("push", "-q", os.path.join(self.tmp, "remote.git"), "main")
        self.clones = [self.clone(chr(ord("A") + i)) for i in range(n)]

    def clone(self, name):
        path = os.path.join(self.tmp, name)
        subprocess.run(["git", "clone", "-q", "remote.git", name], cwd=self.tmp, env=self.env, check=True)
        c = Clone(self, path, name)
        c.git("config", "merge.llm101.name", "llm101 merge driver")
        c.git("config", "merge.llm101.driver", f"{self.binary} merge-driver %O %A %B %P")
        return c

    def close(self):
        shutil.rmtree(self.tmp, ignore_errors=True)
