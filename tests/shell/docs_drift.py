#!/usr/bin/env python3
"""The man page and the completions cannot drift from the binary.

Usage: docs_drift.py LLM101 MANPAGE [TRANSLATED_MANPAGE...]

The command table comes from the binary itself (`llm101 __complete table`), so commands added
later are checked without editing this test. It is first checked against `--help` (so the table
cannot lie), then every command must have a ".SS NAME" block under COMMANDS in the man page that
mentions each of its options, every global option must appear under OPTIONS, and the completion
helper must offer every command and option. Each problem is named on its own line.

A translated page (man/zh_CN/llm101.1) is held to the same rule with its own section names (命令,
选项), so it cannot fall behind the English one: every command and option the binary has, and no
command it does not.
"""
import os
import re
import subprocess
import sys

llm101, manpage, translated = sys.argv[1], sys.argv[2], sys.argv[3:]
# Section titles of the translated pages: (COMMANDS, OPTIONS).
SECTION_NAMES = {"COMMANDS": ("COMMANDS", "命令"), "OPTIONS": ("OPTIONS", "选项")}
problems = []


def run(*args):
    # English whatever the machine's locale: the checks read CLI11's English group names.
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="")
    p = subprocess.run([llm101, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    if p.returncode != 0:
        problems.append(f"'llm101 {' '.join(args)}' exited {p.returncode}: {p.stderr.strip()}")
    return p.stdout


# The table: commands, and options per command ("-" = global).
commands, options = [], {"-": []}
for line in run("__complete", "table").splitlines():
    kind, rest = line.split(" ", 1)
    fields = rest.split("\t")
    if kind == "command":
        commands.append(fields[0])
        options[fields[0]] = []
    elif kind == "option":
        options[fields[0]] += fields[1].split(",")
if not commands:
    problems.append("'llm101 __complete table' lists no commands")


def help_options(text):
    """Option names in a CLI11 --help "Options:" block."""
    names, in_options = set(), False
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            in_options = line == "Options:"
            continue
        m = re.match(r"^  (-[^ :]+(?:,-[^ :]+)*)", line) if in_options else None
        if m:
            names.update(m.group(1).split(","))
    return names


# 1. The table against --help.
top = run("--help")
sub_block = top.split("Subcommands:\n", 1)[-1].split("\n\n", 1)[0] if "Subcommands:" in top else ""
listed = set(re.findall(r"^  ([a-z][a-z0-9-]*)", sub_block, re.M))
for c in sorted(listed - set(commands)):
    problems.append(f"'llm101 --help' lists command '{c}' but '__complete table' does not")
for c in commands:
    if c not in listed:
        problems.append(f"'__complete table' lists command '{c}' but 'llm101 --help' does not")
for o in sorted(help_options(top) - set(options["-"])):
    problems.append(f"'llm101 --help' lists global option '{o}' but '__complete table' does not")
for c in commands:
    own = set(options[c]) | {"-h", "--help"} | set(options["-"])
    for o in sorted(help_options(run(c, "--help")) - own):
        problems.append(f"'llm101 {c} --help' lists option '{o}' but '__complete table' does not")

# 2. The man pages: ".SS name" blocks under COMMANDS, global options under OPTIONS.
def mentions(body, opt):
    return re.search(r"(?<![\w-])" + re.escape(opt) + r"(?![\w-])", body) is not None


def check_page(path):
    text = open(path, encoding="utf-8").read()
    name = os.path.relpath(path, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    plain = re.sub(r"\\f[BIRP]", "", text).replace("\\-", "-")
    sections = {}
    for block in re.split(r"^\.SH ", plain, flags=re.M)[1:]:
        title, _, body = block.partition("\n")
        sections[title.strip().strip('"')] = body
    cmds_title = next((t for t in SECTION_NAMES["COMMANDS"] if t in sections), "COMMANDS")
    opts_title = next((t for t in SECTION_NAMES["OPTIONS"] if t in sections), "OPTIONS")
    blocks = {}
    for block in re.split(r"^\.SS ", sections.get(cmds_title, ""), flags=re.M)[1:]:
        title, _, body = block.partition("\n")
        blocks[title.strip().strip('"').split()[0]] = body
    for c in commands:
        if c not in blocks:
            problems.append(f"{name}: command '{c}' is missing: add a '.SS {c}' block under '.SH {cmds_title}'")
            continue
        for o in options[c]:
            if not mentions(blocks[c], o):
                problems.append(f"{name}: option '{o}' of '{c}' is missing from its '.SS {c}' block")
    for c in blocks:
        if c not in commands:
            problems.append(f"{name}: '.SS {c}' documents a command the binary does not have")
    for o in options["-"]:
        if not mentions(sections.get(opts_title, ""), o):
            problems.append(f"{name}: global option '{o}' is missing from '.SH {opts_title}'")


for page in [manpage, *translated]:
    check_page(page)

# 3. The completion helper the scripts call offers every command and option.
offered = {l.split("\t")[0] for l in run("__complete", "words", "").splitlines()}
for c in commands:
    if c not in offered:
        problems.append(f"completions: 'llm101 <TAB>' does not offer '{c}'")
for c in commands:
    offered = {l.split("\t")[0] for l in run("__complete", "words", c, "-").splitlines()}
    for o in options[c] + ["--help"]:
        if o not in offered:
            problems.append(f"completions: 'llm101 {c} -<TAB>' does not offer '{o}'")

for p in problems:
    print(p)
print(f"{len(commands)} commands checked; {len(problems)} problems")
sys.exit(1 if problems else 0)
