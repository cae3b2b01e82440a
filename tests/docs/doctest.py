#!/usr/bin/env python3
"""Doc-tests: run every example in README.md and the man page's EXAMPLES against the built binary.

Each document is one session: a fresh $HOME (a temp directory, the working directory at the
start), `llm101` on PATH, LLM101_TODAY=2026-11-29, LANG=C.UTF-8, EDITOR=true, git with an identity
and `init.defaultBranch = main`, standard input empty. Commands run in document order in one
bash, so `cd` and files carry over from one example to the next. In output, the temp $HOME is
shown as `~`.

README.md (Markdown):
  ```console           every console block runs. "$ CMD" is a command ("> " continues it); the
  $ llm101 next        lines up to the next "$ " are what it prints (stdout and stderr, as a
  1.1.1  ...           terminal shows them) and are compared with what it prints now, line by
  ```                  line (trailing spaces ignored). A line "..." stands for any number of
                       lines, "..." inside a line for any text. Every command must exit 0 (show
                       a failure as `CMD || echo $?`).
  <!-- doctest: illustrative -->   before a console or sh block: its commands run and must
                       exit 0; their output is not compared (sh: each line is a command, and
                       the next block starts in the directory this one started in).
  <!-- doctest: file PATH -->      before any block: PATH (relative to the working directory
                       at that point) must hold exactly the block's text.
  <!-- doctest: skip REASON -->    the block is not run (say why: needs root, the network).
  <!-- doctest: fresh -->          from this block on, a new empty $HOME (the working directory).
  <!-- doctest: setup CMD -->      runs CMD (not shown in the doc; must exit 0) before the block.
                       Several marks may stand on consecutive lines before one block.
  Other blocks (```sh without a mark, ```toml, …) are not run.

man/llm101.1 (roff), the .EX/.EE blocks under .SH EXAMPLES (示例 in man/zh_CN/llm101.1, which runs
with LANG=zh_CN.UTF-8; the others with LANG=C.UTF-8), roff escapes undone: a block whose
first line starts with "$ " is compared like a console block; any other block runs as one shell
script (with the #! line's shell, else sh) and must exit 0. `.\\" doctest: MARK` before .EX
takes the same marks as above.

Usage: doctest.py --binary build/llm101 README.md man/llm101.1
       (--update rewrites the shown output of compared examples that differ; review with git diff)
"""
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

MARK = "@@llm101-doctest@@"
TODAY = "2026-11-29"
HOWTO = ("How to fix: make the example show what the tool prints now (it is the doc that is "
         "wrong, or the change is not intended), or mark the block illustrative "
         "(`<!-- doctest: illustrative -->` in Markdown, `.\\\" doctest: illustrative` in roff): "
         "then it only has to exit 0. To take the new output: python3 tests/docs/doctest.py --update "
         "--binary build/llm101 README.md man/llm101.1, then review `git diff`. "
         "Format: tests/docs/doctest.py's docstring.")


class Example:
    """One thing to check: a command (compared or run-only), a script, or a file's text."""

    def __init__(self, kind, line, command="", expected=None, path=""):
        self.kind = kind  # "compare", "run", "script", "file"; "pushd"/"popd" keep a block's cd inside it
        self.line = line  # 1-based line in the document
        self.command = command
        self.expected = expected or []
        self.path = path
        self.out_line = 0  # 1-based line where the expected output starts (for --update)


def parse_mark(text):
    """`doctest: WORD ARG` from a comment's text, or None."""
    m = re.match(r"\s*doctest:\s*(\w+)\s*(.*?)\s*$", text)
    return (m.group(1), m.group(2)) if m else None


def console_examples(lines, first_line, mode):
    """Commands and their expected output from the lines of a console block."""
    out = []
    for i, text in enumerate(lines):
        if text.startswith("$ "):
            out.append(Example("run" if mode == "illustrative" else "compare", first_line + i, text[2:]))
            out[-1].out_line = first_line + i + 1
        elif text.startswith("> ") and out and not out[-1].expected:
            out[-1].command += "\n" + text[2:]
            out[-1].out_line = first_line + i + 1
        elif out:
            out[-1].expected.append(text)
        elif text.strip():
            raise ValueError(f"{first_line + i}: output before the first '$ ' command")
    return out


def block_examples(info, body, first_line, marks):
    """What a fenced (or .EX) block asks to check, given its info word and its marks."""
    pre, word, arg = [], "", ""
    for w, a in marks:
        if w == "fresh":
            pre.append(Example("fresh", first_line - 1))
        elif w == "setup":
            pre.append(Example("run", first_line - 1, a))
        elif w in ("skip", "file", "illustrative"):
            word, arg = w, a
        else:
            raise ValueError(f"{first_line - 1}: unknown doctest mark '{w}' "
                             "(illustrative, file PATH, skip REASON, fresh, setup CMD)")
    if word == "skip":
        return []
    if word == "file":
        return pre + [Example("file", first_line, expected=body, path=arg)]
    if info == "console" or (info == "roff" and body and body[0].startswith("$ ")):
        return pre + console_examples(body, first_line, word)
    if info == "roff":
        return pre + [Example("script", first_line, command="\n".join(body))]
    if word == "illustrative":
        # Its `cd`s stay inside the block: the next example starts where this one did.
        runs = [Example("run", first_line + i, text) for i, text in enumerate(body)
                if text.strip() and not text.lstrip().startswith("#")]
        return pre + [Example("pushd", first_line)] + runs + [Example("popd", first_line)]
    return []


def markdown_examples(text):
    lines = text.split("\n")
    examples, marks, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^<!--(.*)-->\s*$", line)
        fence = re.match(r"^(```+|~~~+)\s*(\S*)", line)
        if m and parse_mark(m.group(1)):
            marks.append(parse_mark(m.group(1)))
        elif fence:
            end = i + 1
            while end < len(lines) and not lines[end].startswith(fence.group(1)):
                end += 1
            examples += block_examples(fence.group(2), lines[i + 1:end], i + 2, marks)
            marks, i = [], end
        elif line.strip():
            marks = []
        i += 1
    return examples


def unroff(line):
    """The text a roff line shows (the escapes the man page uses)."""
    for esc, plain in (("\\-", "-"), ("\\(aq", "'"), ("\\(dq", '"'), ("\\(em", "—"), ("\\e", "\\"),
                       ("\\&", ""), ("\\(ti", "~"), ("\\(ha", "^"), ("\\(ga", "`")):
        line = line.replace(esc, plain)
    return re.sub(r"\\\[u([0-9A-F]{4,6})\]", lambda m: chr(int(m.group(1), 16)), line)


def man_examples(text):
    lines = text.split("\n")
    examples, marks, section, i = [], [], "", 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(".SH"):
            section = line[3:].strip().strip('"')
        elif line.startswith('.\\"') and parse_mark(line[3:]):
            marks.append(parse_mark(line[3:]))
        elif line.startswith(".EX") and section in ("EXAMPLES", "示例"):
            end = i + 1
            while end < len(lines) and not lines[end].startswith(".EE"):
                end += 1
            examples += block_examples("roff", [unroff(l) for l in lines[i + 1:end]], i + 2, marks)
            marks, i = [], end
        i += 1
    return examples


def session_env(tmp, bindir, lang):
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    with open(os.path.join(tmp, "gitconfig"), "w") as f:
        f.write("[user]\n\tname = Learner\n\temail = learner@example.org\n[init]\n\tdefaultBranch = main\n")
    env = {"PATH": bindir + ":/usr/local/bin:/usr/bin:/bin", "HOME": home, "LLM101_TODAY": TODAY,
           "LANG": lang, "TZ": "UTC", "EDITOR": "true", "TERM": "dumb",
           "GIT_CONFIG_GLOBAL": os.path.join(tmp, "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
           # Commits made at one fixed moment have the same ids on every run.
           "GIT_AUTHOR_DATE": TODAY + "T12:00:00Z", "GIT_COMMITTER_DATE": TODAY + "T12:00:00Z",
           "DOCTEST_TMP": tmp}
    return env, home


def script_for(examples, tmp):
    """One bash script running every example, each framed by markers carrying its exit status."""
    parts = ["set +e"]
    for n, ex in enumerate(examples):
        parts.append(f"printf '\\n{MARK} {n}\\n'")
        if ex.kind == "file":
            parts.append(f"cat -- {shell_quote(ex.path)}")
        elif ex.kind == "fresh":
            parts.append(f'export HOME="$DOCTEST_TMP/home{n}" && mkdir "$HOME" && cd "$HOME"')
        elif ex.kind == "pushd":
            parts.append(f'doctest_dir{n}="$PWD"')
            pushed = n
        elif ex.kind == "popd":
            parts.append(f'cd "$doctest_dir{pushed}"')
        elif ex.kind == "script":
            path = os.path.join(tmp, f"script{n}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(ex.command + "\n")
            shell = "sh"
            if ex.command.startswith("#!"):
                shell = ex.command.split("\n", 1)[0][2:].strip().split()[0]
            parts.append(f"( {shell} {path} ) 2>&1")
        else:
            parts.append("{\n" + ex.command + "\n} 2>&1")
        parts.append(f"printf '\\n{MARK} rc %d\\n' $?")
    return "\n".join(parts)


def shell_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def run_session(examples, binary, lang):
    tmp = tempfile.mkdtemp(prefix="llm101-doctest-")
    try:
        bindir = os.path.join(tmp, "bin")
        os.makedirs(bindir)
        os.symlink(os.path.abspath(binary), os.path.join(bindir, "llm101"))
        env, home = session_env(tmp, bindir, lang)
        proc = subprocess.run(["bash", "-c", script_for(examples, tmp)], cwd=home, env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=600)
        out = re.sub(re.escape(tmp) + r"/home\d*", "~", proc.stdout.decode("utf-8", errors="replace"))
        out = out.replace(tmp, "$TMP")
        return split_results(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def split_results(out):
    results, current, buf = {}, None, []
    for line in out.split("\n"):
        if line.startswith(MARK + " rc "):
            text = "\n".join(buf)
            text = text[1:] if text.startswith("\n") else text
            results[current] = (text[:-1] if text.endswith("\n") else text, int(line.split()[-1]))
        elif line.startswith(MARK + " "):
            current, buf = int(line.split()[-1]), []
        else:
            buf.append(line)
    return results


def matches(expected, got):
    """Line by line, trailing spaces ignored; a line "..." stands for zero or more lines."""
    if not expected:
        return not got
    if expected[0].strip() == "...":
        return any(matches(expected[1:], got[k:]) for k in range(len(got) + 1))
    return bool(got) and line_matches(expected[0].rstrip(), got[0].rstrip()) and matches(expected[1:], got[1:])


def line_matches(expected, got):
    """Equal, where "..." inside a line stands for any text (`written (... bytes)`)."""
    if "..." not in expected:
        return expected == got
    return re.fullmatch(".*".join(re.escape(p) for p in expected.split("...")), got) is not None


def check(doc, examples, results):
    """The failures, each a message naming the document line."""
    failures = []
    for n, ex in enumerate(examples):
        text, rc = results.get(n, ("<did not finish>", 255))
        got = text.split("\n") if text else []
        where = f"{doc}:{ex.line}"
        first = (ex.command or "").split("\n")[0]
        if ex.kind == "file":
            if rc != 0 or not matches(strip_trailing_blank(ex.expected), strip_trailing_blank(got)):
                failures.append(f"{where}: {ex.path} holds something else than the doc shows (- doc, + actual):\n"
                                + diff(ex.expected, got))
        elif rc != 0:
            failures.append(f"{where}: `{first}` exited {rc}; doc examples must succeed. Its output:\n"
                            + "\n".join("    " + l for l in got))
        elif ex.kind == "compare" and not matches(ex.expected, got):
            failures.append(f"{where}: `{first}` printed something else than the doc shows (- doc, + actual):\n"
                            + diff(ex.expected, got))
    return failures


def strip_trailing_blank(lines):
    lines = list(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def diff(expected, got):
    lines = difflib.unified_diff([l.rstrip() for l in expected], [l.rstrip() for l in got], "doc", "actual",
                                 lineterm="", n=2)
    return "\n".join("    " + l for l in list(lines)[2:])


def roff_escape(line):
    """Roff source that shows `line` (UTF-8 as it is: man reads pages as UTF-8)."""
    line = line.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + line if line.startswith((".", "'")) else line


def update(text, examples, results, roff):
    """The document with each compared command's shown output replaced by what it printed."""
    lines = text.split("\n")
    for n in reversed(range(len(examples))):
        ex = examples[n]
        got_text, rc = results.get(n, ("", 255))
        got = got_text.split("\n") if got_text else []
        if ex.kind != "compare" or rc != 0 or matches(ex.expected, got):
            continue
        start = ex.out_line - 1
        lines[start:start + len(ex.expected)] = [roff_escape(l) for l in got] if roff else got
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--update", action="store_true",
                    help="rewrite the shown output of compared examples with what they print now (review the diff)")
    ap.add_argument("docs", nargs="+")
    args = ap.parse_args()
    failed = 0
    for doc in args.docs:
        with open(doc, encoding="utf-8") as f:
            text = f.read()
        name = os.path.basename(doc)
        try:
            examples = man_examples(text) if re.search(r"\.\d$", doc) else markdown_examples(text)
        except ValueError as e:
            print(f"{name}:{e}")
            failed += 1
            continue
        # A translated page (man/zh_CN/llm101.1) runs in its language.
        lang = "zh_CN.UTF-8" if "/zh_CN/" in os.path.abspath(doc) else "C.UTF-8"
        results = run_session(examples, args.binary, lang)
        if args.update:
            with open(doc, "w", encoding="utf-8") as f:
                f.write(update(text, examples, results, re.search(r"\.\d$", doc) is not None))
            with open(doc, encoding="utf-8") as f:
                text = f.read()
            examples = man_examples(text) if re.search(r"\.\d$", doc) else markdown_examples(text)
            results = run_session(examples, args.binary, lang)
        failures = check(name, examples, results)
        for msg in failures:
            print(msg + "\n")
        print(f"{name}: {len(examples)} examples, {len(failures)} failed")
        failed += len(failures)
    if failed:
        print(HOWTO)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
