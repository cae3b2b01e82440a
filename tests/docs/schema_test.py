#!/usr/bin/env python3
"""Every --json output against its JSON Schema in share/schema/.

Runs each JSON-printing command in several real situations (outside a workspace, a fresh
workspace, one with progress, a path chosen and a journal, a roadmap with no structure or guide)
and validates what it prints; the key sets must not depend on the situation. Then validates every
raw JSON output shown in the golden cases (tests/e2e/cases/*.t) and checks that the man page names
every key the schemas define.

Usage: schema_test.py --binary build/llm101 --schemas share/schema --cases tests/e2e/cases --man man/llm101.1
"""
import argparse
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile

import jsonschema

# The command (first word after llm101 and its global options) and the schema file for it.
SCHEMA_OF = {"status": "status", "list": "items", "next": "items", "resources": "resources", "projects": "projects",
             "path": "path", "journal": "journal", "stats": "stats", "upgrade": "upgrade"}
COMMANDS = ["status", "status 3", "list", "list 3.1", "list --done", "list 提示工程", "next", "next -n 3",
            "resources", "resources 1.1", "projects", "path", "path --path 初学者路径", "journal", "stats",
            "upgrade --builtin --dry-run"]
NEED_WORKSPACE = {"journal", "stats", "upgrade"}


def load_schemas(d):
    out = {}
    for name in set(SCHEMA_OF.values()):
        with open(os.path.join(d, name + ".schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        assert "/v1/" in schema["$id"], f"{name}: $id carries no version"
        out[name] = schema
    return out


def run(binary, cwd, args, env):
    p = subprocess.run([binary] + args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stdout.decode("utf-8")


def key_paths(value, prefix=""):
    """Every key path in a JSON value ("stages[].sections[].id"), for comparing shapes."""
    out = set()
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(prefix + k)
            out |= key_paths(v, prefix + k + ".")
    elif isinstance(value, list):
        for v in value:
            out |= key_paths(v, prefix + "[].")
    return out


def situations(tmp, binary, env, fixtures):
    """(name, working directory, extra args) for each situation, set up for real."""
    outside = os.path.join(tmp, "outside")
    fresh = os.path.join(tmp, "fresh")
    busy = os.path.join(tmp, "busy")
    for d in (outside, fresh, busy):
        os.makedirs(d)
    run(binary, fresh, ["init", "-q"], env)
    run(binary, busy, ["init", "-q"], env)
    for args in (["check", "-q", "1.1", "3.1.2", "P1.1"], ["log", "-q", "--hours", "2", "读论文"],
                 ["log", "-q", "--date", "2026-11-20", "--hours", "1.5", "--problem", "p", "--next", "n", "x"]):
        run(binary, busy, args, env)
    with open(os.path.join(busy, "llm101.toml"), "a", encoding="utf-8") as f:
        f.write('path = "初学者路径"\ndaily_goal = 1\n')
    bare = ["--roadmap", os.path.join(fixtures, "no-headings.md")]
    return [("outside a workspace", outside, []), ("a fresh workspace", fresh, []), ("a workspace with progress", busy, []),
            ("a roadmap with no structure", outside, bare)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for a in ("--binary", "--schemas", "--cases", "--man", "--fixtures"):
        ap.add_argument(a, required=True)
    args = ap.parse_args()
    schemas = load_schemas(args.schemas)
    failures = []
    env = {"PATH": "/usr/bin:/bin", "LLM101_TODAY": "2026-11-29", "LANG": "C.UTF-8", "TZ": "UTC",
           "GIT_CONFIG_NOSYSTEM": "1"}
    with tempfile.TemporaryDirectory(prefix="llm101-schema-") as tmp:
        env["HOME"] = tmp
        env["GIT_CONFIG_GLOBAL"] = os.path.join(tmp, "gitconfig")
        shapes = {}
        checked = 0
        for name, cwd, extra in situations(tmp, os.path.abspath(args.binary), env, os.path.abspath(args.fixtures)):
            for cmd in COMMANDS:
                words = cmd.split()
                if words[0] in NEED_WORKSPACE and name in ("outside a workspace", "a roadmap with no structure"):
                    continue  # these need a workspace (its journal, its roadmap to upgrade)
                rc, out = run(os.path.abspath(args.binary), cwd, extra + words + ["--json"], env)
                if rc != 0:
                    if name == "a roadmap with no structure" and rc == 2:
                        continue  # "1.1", "3.1" and the path do not exist there
                    failures.append(f"{name}: llm101 {cmd} --json exited {rc}")
                    continue
                value = json.loads(out)
                for err in jsonschema.Draft202012Validator(schemas[SCHEMA_OF[words[0]]]).iter_errors(value):
                    failures.append(f"{name}: llm101 {cmd} --json: {err.json_path}: {err.message}")
                checked += 1
                if value and not (isinstance(value, list) and not value):
                    shapes.setdefault(words[0], {})[name] = key_paths(value)
        for cmd, by_situation in shapes.items():
            top = {n: {p for p in paths if "." not in p} for n, paths in by_situation.items()}
            sets = {frozenset(v) for v in top.values()}
            if len(sets) > 1:
                failures.append(f"llm101 {cmd} --json: the top-level keys differ between situations: {top}")
    checked += check_goldens(args.cases, schemas, failures)
    check_man(args.man, schemas, failures)
    for f in failures:
        print(f)
    print(f"{checked} JSON outputs validated, {len(failures)} failures")
    return 1 if failures else 0


def check_goldens(cases_dir, schemas, failures):
    """The raw JSON a golden case shows after a `llm101 CMD ... --json` line (no pipe)."""
    n = 0
    for case in sorted(glob.glob(os.path.join(cases_dir, "*.t"))):
        with open(case, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for i, line in enumerate(lines):
            if not line.startswith("  $ llm101 ") or "--json" not in line or "|" in line or ">" in line[4:]:
                continue
            try:
                words = [w for w in shlex.split(line[4:]) if w != "-q"]
            except ValueError:
                continue
            cmd = next((w for w in words[1:] if w in SCHEMA_OF), None)
            out = []
            for l in lines[i + 1:]:
                if not l.startswith("  ") or l.startswith("  $ "):
                    break
                out.append(l[2:])
            text = "\n".join(l for l in out if not l.startswith("llm101:") and not l.startswith("hint:"))
            if not cmd or not text.strip().startswith(("[", "{")) or text.rstrip().endswith("]") is False and \
                    not text.rstrip().endswith("}"):
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError:
                continue
            for err in jsonschema.Draft202012Validator(schemas[SCHEMA_OF[cmd]]).iter_errors(value):
                failures.append(f"{os.path.basename(case)}:{i + 1}: {line[4:]}: {err.json_path}: {err.message}")
            n += 1
    return n


def schema_keys(schema):
    keys = set()
    def walk(s):
        if isinstance(s, dict):
            for k, v in s.get("properties", {}).items():
                keys.add(k)
                walk(v)
            walk(s.get("items"))
            for v in s.get("$defs", {}).values():
                walk(v)
    walk(schema)
    return keys


def check_man(man, schemas, failures):
    """The man page's JSON OUTPUT section names every key of every schema."""
    with open(man, encoding="utf-8") as f:
        text = f.read().replace("\\-", "-").replace("\\_", "_")
    start = text.find(".SH \"JSON OUTPUT\"")
    if start < 0:
        start = text.find(".SH JSON OUTPUT")
    section = text[start:text.find("\n.SH", start + 1)]
    for name, schema in sorted(schemas.items()):
        missing = sorted(k for k in schema_keys(schema) if k not in section)
        if missing:
            failures.append(f"{man}: JSON OUTPUT does not name {', '.join(missing)} (share/schema/{name}.schema.json)")


if __name__ == "__main__":
    sys.exit(main())
