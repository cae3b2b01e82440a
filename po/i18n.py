#!/usr/bin/env python3
"""Translation upkeep for llm101 (GNU gettext), one tool for the build targets and the test.

  i18n.py pot   ...   re-extract po/llm101.pot from src/ (xgettext); rewritten only when an
                      entry changed, so the file does not churn with its creation date
  i18n.py po    ...   merge the template into every po/LL.po of po/LINGUAS (msgmerge)
  i18n.py check ...   the test: every user-facing string literal in src/ is marked, the template
                      and the catalogs are up to date, every entry is translated and not fuzzy,
                      translations keep the {} fields of the English text, msgfmt --check is clean

Marking (see src/core/i18n.h): _("text"), N_("text"), _n("one", "many", n), _f("{} x", a),
_nf("{} item", "{} items", n, n). What counts as user-facing, and the allowlist, are described at
scan_unmarked().
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = {"_": (0,), "N_": (0,), "_n": (0, 1), "_f": (0,), "_nf": (0, 1)}
XGETTEXT_KEYWORDS = ["--keyword", "--keyword=_", "--keyword=N_", "--keyword=_n:1,2",
                     "--keyword=_f", "--keyword=_nf:1,2"]


# ---------------------------------------------------------------------------------------------
# C++ string literals

def unescape(body):
    out, i = [], 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'", "0": "\0",
              "a": "\a", "b": "\b", "f": "\f", "v": "\v", "?": "?"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            if n == "x":
                m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
                out.append(chr(int(m.group(0), 16)) if m else "x")
                i += 2 + (len(m.group(0)) if m else 0)
                continue
            if n in "uU":
                size = 4 if n == "u" else 8
                out.append(chr(int(body[i + 2:i + 2 + size], 16)))
                i += 2 + size
                continue
            out.append(simple.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


class Literal:
    def __init__(self, path, line, text, call, arg, before, after, span=(0, 0)):
        self.path, self.line, self.text = path, line, text
        self.span = span      # [start, end) of the literal (adjacent ones joined) in the source
        self.call = call      # name of the innermost enclosing call, "" if none
        self.arg = arg        # argument index inside that call
        self.before = before  # source text just before the literal (same statement)
        self.after = after    # source text just after it

    @property
    def marked(self):
        return self.call in KEYWORDS and self.arg in KEYWORDS[self.call]


def literals(path, src):
    """Every string literal of a C++ source (adjacent ones joined) with its call context."""
    out = []
    stack = []  # [name, argument index] for each open ( { [
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif src.startswith("//", i):
            i = src.find("\n", i) if src.find("\n", i) >= 0 else n
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += src.count("\n", i, j)
            i = j
        elif c == "#" and src[src.rfind("\n", 0, i) + 1:i].strip(" \t") == "":
            # Preprocessor lines (#include "…", #define) hold no user text.
            while i < n and src[i] != "\n":
                i += 2 if src[i] == "\\" else 1
        elif c == "'" and not (i > 0 and (src[i - 1].isalnum())):
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
        elif c == '"' or (c == "R" and src.startswith('R"', i) and not (i > 0 and src[i - 1].isalnum() or src[i - 1] == "_")):
            start_line, start = line, i
            parts = []
            while True:
                if src.startswith('R"', i):
                    m = re.match(r'R"([^(\s]*)\(', src[i:])
                    end = src.index(")" + m.group(1) + '"', i)
                    parts.append(src[i + len(m.group(0)):end])
                    line += src.count("\n", i, end)
                    i = end + len(m.group(1)) + 2
                else:
                    j = i + 1
                    while src[j] != '"':
                        j += 2 if src[j] == "\\" else 1
                    parts.append(unescape(src[i + 1:j]))
                    i = j + 1
                k = i
                while k < n and src[k] in " \t\r\n":
                    k += 1
                if k < n and (src[k] == '"' or src.startswith('R"', k)):
                    line += src.count("\n", i, k)
                    i = k
                    continue
                break
            call, arg = (stack[-1] if stack else ("", 0))
            before = src[max(0, start - 80):start]
            after = src[i:i + 40]
            out.append(Literal(path, start_line, "".join(parts), call, arg, before, after, (start, i)))
        elif c in "([{":
            m = re.search(r"([A-Za-z_][A-Za-z_0-9]*)\s*$", src[max(0, i - 60):i]) if c == "(" else None
            stack.append([m.group(1) if m else "", 0])
            i += 1
        elif c in ")]}":
            if stack:
                stack.pop()
            i += 1
        elif c == "," and stack:
            stack[-1][1] += 1
            i += 1
        elif c == ";" and stack and stack[-1][0] == "":
            i += 1
        else:
            i += 1
    return out


# ---------------------------------------------------------------------------------------------
# What must be marked

# Calls whose literal arguments are data, not text: JSON/TOML keys, option lookups, parsing.
DATA_CALLS = {"insert", "get", "has", "all", "set", "find", "rfind", "starts_with", "ends_with",
              "skip_any", "getenv", "setlocale", "option_key", "contains", "compare", "value",
              "emplace", "at_path", "setenv", "bindtextdomain", "bind_textdomain_codeset",
              "is_member", "IsMember", "check", "add_option", "add_flag", "add_subcommand",
              "type_name", "default_str", "group", "dgettext", "dngettext", "execl", "execlp",
              "contains_folded", "readlink"}
# Calls whose literal arguments the user reads: every one must be marked, even a single word.
TEXT_CALLS = {"note", "warn", "hint", "CliError", "input_error", "failure", "print_error",
              "format", "Diagnostic", "write_stderr", "plural", "conflict_error"}
WORD = re.compile(r"[A-Za-z]{2,}")


def strip_codes(text):
    """The text without fmt fields and SGR colour codes."""
    t = re.sub(r"\{[^{}]*\}", " ", text)
    return re.sub(r"\x1b\[[0-9;]*m", " ", t)


def prose(text):
    """Does the literal read as English text (not a key, a format or a file name)?"""
    t = strip_codes(text)
    t = re.sub(r"(?<!\w)-{1,2}[a-z][a-z-]*", " ", t)  # option names
    t = re.sub(r"\S+\.(md|toml|mo|po|json)\b", " ", t)  # file names
    t = re.sub(r"[A-Za-z_][A-Za-z0-9_]*_[A-Za-z0-9_]*", " ", t)  # identifiers with '_'
    words = WORD.findall(t)
    if not words:
        return False
    if len(words) >= 2 and re.search(r"[A-Za-z]{2,}[^A-Za-z0-9{}/]*\s[^A-Za-z0-9{}/]*[A-Za-z]{2,}", t):
        return True
    return bool(re.match(r"\s*[A-Z][a-z]+", t)) or bool(re.search(r"[a-z][.:!?]\s*$", t))


def needs_marking(lit):
    if lit.marked or not WORD.search(lit.text):
        return False
    if re.match(r"\s*(<|>|:root|-apple-system)", lit.text) or "{{" in lit.text:
        return False  # HTML, SVG and CSS markup: its words are tags and properties
    if re.search(r"(==|!=)\s*$", lit.before) or re.match(r"\s*(==|!=)", lit.after):
        return False  # compared with input
    if lit.call in DATA_CALLS:
        return False
    if lit.call in TEXT_CALLS and (lit.call != "format" or lit.arg > 0 or prose(lit.text)):
        return True
    if lit.call == "format" and WORD.search(strip_codes(lit.text)):
        return True  # a format string with a word in it: "  (stage {} {})"
    if re.search(r"[?:]\s*$", lit.before) and not lit.before.rstrip().endswith("::"):
        return True  # one side of a ?: choice, e.g. n == 1 ? "day" : "days"
    if re.search(r"\.(summary|examples|help|verdict|label|heading)\s*=\s*$", lit.before):
        return True
    return prose(lit.text)


def load_allowlist(path):
    """Lines "FILE: TEXT": a literal in FILE (a path under src/) starting with TEXT (C escapes
    allowed) is not user-facing. '#' starts a comment line."""
    allow = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            file, _, text = raw.partition(": ")
            allow.append((file.strip(), unescape(text)))
    return allow


def scan_unmarked(src_dir, allowlist):
    """String literals in src/ that a user reads but that are not marked for translation.

    A literal must be marked when it is an argument of a call that shows text (note, warn,
    CliError, input_error, failure, print_error, fmt::format's arguments, …), a side of a ?:
    choice, assigned to a summary/examples/help/verdict/label/heading field, or when it reads
    as English anywhere (two words, a capitalised word, a sentence) — unless it is a key or an
    argument of a lookup (insert, get, has, find, …), compared with ==/!=, or allowlisted."""
    allow = load_allowlist(allowlist)
    used = set()
    found = []
    for path in source_files(src_dir):
        rel = os.path.relpath(path, os.path.dirname(src_dir))
        with open(path, encoding="utf-8") as f:
            src = f.read()
        for lit in literals(rel, src):
            if not needs_marking(lit):
                continue
            hit = [a for a in allow if a[0] == rel and lit.text.startswith(a[1])]
            if hit:
                used.update(hit)
                continue
            found.append(lit)
    stale = [a for a in allow if a not in used]
    return found, stale


def source_files(src_dir):
    out = []
    for root, _, files in os.walk(src_dir):
        out += [os.path.join(root, f) for f in files if f.endswith((".cc", ".h"))]
    return sorted(out)


# ---------------------------------------------------------------------------------------------
# PO files

class Entry:
    def __init__(self):
        self.ctxt = None
        self.msgid = None
        self.plural = None
        self.msgstr = {}
        self.flags = set()
        self.obsolete = False
        self.line = 0

    def key(self):
        return (self.ctxt, self.msgid, self.plural)


def read_po(path):
    entries, cur, field = [], Entry(), None

    def flush():
        nonlocal cur
        if cur.msgid is not None:
            entries.append(cur)
        cur = Entry()

    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for no, raw in enumerate(lines, 1):
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
            if line.startswith("|"):
                continue
        if not line:
            flush()
            field = None
            continue
        if line.startswith("#"):
            if cur.msgid is not None and field is not None:
                flush()
                field = None
            if line.startswith("#,"):
                cur.flags.update(x.strip() for x in line[2:].split(","))
            continue
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
        if m:
            if m.group(1) in ("msgid", "msgctxt") and cur.msgid is not None and field not in (None, "msgctxt"):
                flush()
            cur.obsolete = cur.obsolete or obsolete
            field = m.group(1)
            value = unescape(m.group(3))
            if field == "msgctxt":
                cur.ctxt = value
            elif field == "msgid":
                cur.msgid, cur.line = value, no
            elif field == "msgid_plural":
                cur.plural = value
            else:
                cur.msgstr[int(m.group(2) or 0)] = value
                field = ("msgstr", int(m.group(2) or 0))
            continue
        m = re.match(r'"(.*)"$', line)
        if m and field is not None:
            value = unescape(m.group(1))
            if field == "msgctxt":
                cur.ctxt += value
            elif field == "msgid":
                cur.msgid += value
            elif field == "msgid_plural":
                cur.plural += value
            else:
                cur.msgstr[field[1]] += value
    flush()
    return entries


FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def fields(text):
    """The fmt replacement fields of a text, as their format specs, in order."""
    out = []
    for m in FIELD.finditer(text):
        if m.group(1) is not None:
            spec = m.group(1)
            out.append(spec.split(":", 1)[1] if ":" in spec else "")
    return out


# ---------------------------------------------------------------------------------------------
# Commands

def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def extract(args, out):
    root = os.path.dirname(os.path.abspath(args.src))
    files = [os.path.relpath(p, root) for p in source_files(args.src)]
    run([args.xgettext, "--language=C++", "--from-code=UTF-8", *XGETTEXT_KEYWORDS,
         "--add-comments=TRANSLATORS:", "--add-location=file", "--sort-by-file",
         "--package-name=llm101", f"--package-version={args.version}",
         "--msgid-bugs-address=llm101@example.org", "-o", out, *files], cwd=root)


def body(path):
    with open(path, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if not l.startswith('"POT-Creation-Date:')]


def cmd_pot(args):
    pot = os.path.join(args.po, "llm101.pot")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "llm101.pot")
        extract(args, fresh)
        if os.path.exists(pot) and body(pot) == body(fresh):
            print("po/llm101.pot is up to date")
            return 0
        with open(fresh, encoding="utf-8") as f, open(pot, "w", encoding="utf-8") as g:
            g.write(f.read())
    print("po/llm101.pot updated")
    return 0


def linguas(po_dir):
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def cmd_po(args):
    pot = os.path.join(args.po, "llm101.pot")
    for lang in linguas(args.po):
        po = os.path.join(args.po, lang + ".po")
        if not os.path.exists(po):
            run(["msginit", "--no-translator", f"--locale={lang}.UTF-8", "-i", pot, "-o", po])
        run([args.msgmerge, "--quiet", "--update", "--backup=none", "--previous", po, pot])
        run(["msgattrib", "--no-obsolete", "-o", po, po])
        print(f"po/{lang}.po merged")
    return 0


def check_catalog(lang, po, pot_keys):
    problems = []
    entries = read_po(po)
    live = [e for e in entries if not e.obsolete and e.msgid != ""]
    header = [e for e in entries if e.msgid == ""]
    keys = {e.key() for e in live}
    missing = [k for k in pot_keys if k not in keys]
    extra = [e for e in live if e.key() not in pot_keys]
    stale = [e for e in entries if e.obsolete]
    if missing or extra or stale:
        problems.append(f"po/{lang}.po is out of date with po/llm101.pot ({len(missing)} missing, "
                        f"{len(extra)} no longer used, {len(stale)} obsolete): run "
                        f"'cmake --build build --target update-po', then translate")
    if header and "fuzzy" in header[0].flags:
        problems.append(f"po/{lang}.po: the header is marked fuzzy")
    for e in live:
        where = f"po/{lang}.po:{e.line}"
        if "fuzzy" in e.flags:
            problems.append(f"{where}: fuzzy (check the translation, then remove '#, fuzzy'): {e.msgid!r}")
        strs = [e.msgstr.get(i, "") for i in sorted(e.msgstr)] or [""]
        if any(s == "" for s in strs):
            problems.append(f"{where}: untranslated: {e.msgid!r}")
            continue
        # The same number of {} fields: a translation may reorder them ({1} … {0}) and change
        # their widths, but it must use every argument and no more.
        want = {len(fields(e.msgid))} | ({len(fields(e.plural))} if e.plural is not None else set())
        for s in strs:
            if len(fields(s)) not in want:
                problems.append(f"{where}: the translation's {{}} fields {fields(s)} differ from the "
                                f"English {fields(e.msgid)}: {e.msgid!r}")
    return problems


def cmd_check(args):
    problems = []
    found, stale = scan_unmarked(args.src, args.allowlist)
    for lit in found:
        problems.append(f"{lit.path}:{lit.line}: not marked for translation: {lit.text!r} "
                        f"(wrap it in _(), _f(), _n()/_nf() or N_(); see po/README.md)")
    for file, text in stale:
        problems.append(f"{os.path.relpath(args.allowlist)}: allows {text!r} in {file}, which has no such literal now")
    pot = os.path.join(args.po, "llm101.pot")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "llm101.pot")
        extract(args, fresh)
        fresh_keys = {e.key() for e in read_po(fresh) if e.msgid != ""}
    pot_keys = {e.key() for e in read_po(pot) if e.msgid != ""} if os.path.exists(pot) else set()
    if fresh_keys != pot_keys:
        diff = sorted(str(k[1]) for k in fresh_keys ^ pot_keys)[:5]
        problems.append(f"po/llm101.pot is out of date with src/ ({len(fresh_keys - pot_keys)} new, "
                        f"{len(pot_keys - fresh_keys)} gone, e.g. {diff}): run "
                        f"'cmake --build build --target update-po', then translate")
    for lang in linguas(args.po):
        po = os.path.join(args.po, lang + ".po")
        if not os.path.exists(po):
            problems.append(f"po/{lang}.po is missing (listed in po/LINGUAS)")
            continue
        problems += check_catalog(lang, po, fresh_keys)
        r = subprocess.run([args.msgfmt, "--check", "-o", os.devnull, po], text=True, capture_output=True)
        if r.returncode != 0 or r.stderr.strip():
            problems.append(f"msgfmt --check po/{lang}.po: {r.stderr.strip()}")
    for p in problems:
        print(p)
    print(f"i18n: {len(problems)} problems")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["pot", "po", "check", "scan"])
    ap.add_argument("--src", required=True)
    ap.add_argument("--po", required=True)
    ap.add_argument("--allowlist")
    ap.add_argument("--xgettext", default="xgettext")
    ap.add_argument("--msgmerge", default="msgmerge")
    ap.add_argument("--msgfmt", default="msgfmt")
    ap.add_argument("--version", default="0")
    args = ap.parse_args()
    if args.allowlist is None:
        args.allowlist = os.path.join(args.po, "not-translated.txt")
    if args.command == "scan":  # only the source scan, for a quick look while marking
        found, _ = scan_unmarked(args.src, args.allowlist)
        for lit in found:
            print(f"{lit.path}:{lit.line}: [{lit.call}#{lit.arg}] {lit.text!r}")
        print(f"{len(found)} unmarked")
        return 0
    return {"pot": cmd_pot, "po": cmd_po, "check": cmd_check}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
