#!/usr/bin/env python3
"""Lists source files over 400 lines and functions over 60 lines in src/ (or the files given).

A function is counted from its opening line to its closing brace at the same indentation;
namespaces, classes, structs and enums are not functions. Exits 1 when anything is listed.
"""
import re
import sys
from pathlib import Path

MAX_FILE, MAX_FUNC = 400, 60
NOT_FUNC = re.compile(r"^\s*(namespace|class|struct|enum|union|extern|static_assert)\b|=\s*\{?$|^\s*//")


def functions(lines):
    for i, line in enumerate(lines):
        stripped = line.rstrip()
        if not stripped.endswith("{") or NOT_FUNC.search(stripped) or ")" not in stripped and "(" not in stripped:
            continue
        # A signature may span lines: walk back to where the declaration starts and take that
        # line's indentation (a wrapped parameter list is indented deeper than the function).
        start = i
        while start > 0 and lines[start - 1].strip() and not lines[start - 1].rstrip().endswith((";", "}", "{")) \
                and not lines[start - 1].lstrip().startswith(("//", "#")):
            start -= 1
        indent = len(lines[start]) - len(lines[start].lstrip())
        if indent > 2:  # top-level functions and members defined in a class body
            continue
        for j in range(i + 1, len(lines)):
            if lines[j].rstrip() == " " * indent + "}" or lines[j].rstrip().startswith(" " * indent + "};"):
                yield stripped.strip(), start + 1, j - start + 1
                break


def main(paths):
    files = [Path(p) for p in paths] or sorted(Path("src").rglob("*.[ch]*"))
    bad = 0
    for f in files:
        lines = f.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_FILE:
            print(f"{f}: {len(lines)} lines (over {MAX_FILE})")
            bad += 1
        for sig, line, n in functions(lines):
            if n > MAX_FUNC:
                print(f"{f}:{line}: function of {n} lines (over {MAX_FUNC}): {sig[:70]}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
