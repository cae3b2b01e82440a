#!/usr/bin/env python3
"""The two families of roadmaps the benchmarks use, read by both structure paths (issue 14):
bench/gen.py's documents and bench/realistic.py's (front matter, tables, quotes, HTML comments,
inline code, links, emphasis, nesting, headings in list items; LF, CRLF and BOM). Generates them
into a temp directory and runs the hidden unit test "[families]" on it, which checks that the
line scanner and cmark agree on every document and that the scanner read each one, so a
silent fallback to cmark fails here.

Usage: run.py --tests build/tests/llm101_tests --bench bench"""
import argparse
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tests", required=True)
    ap.add_argument("--bench", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="llm101-families-") as d:
        def gen(*cmd):
            subprocess.run([sys.executable, *cmd], check=True)
        for n in (70, 1000):
            gen(os.path.join(args.bench, "gen.py"), "roadmap", str(n), os.path.join(d, f"gen-{n}.md"))
            for variant, flags in (("lf", []), ("crlf", ["--crlf"]), ("bom", ["--bom"])):
                gen(os.path.join(args.bench, "realistic.py"), str(n), os.path.join(d, f"real-{n}-{variant}.md"), *flags)
        env = dict(os.environ, LLM101_FAMILIES_DIR=d)
        return subprocess.run([args.tests, "[families]"], env=env, timeout=300).returncode


if __name__ == "__main__":
    sys.exit(main())
