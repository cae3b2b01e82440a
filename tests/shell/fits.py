#!/usr/bin/env python3
"""Reads text on stdin; exits 1, naming the lines, when any is wider than argv[1] terminal cells
(East Asian wide and full-width characters count two, SGR colour codes none)."""
import re
import sys
import unicodedata

limit = int(sys.argv[1])
bad = 0
for line in sys.stdin.read().split("\n"):
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    width = sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
                for c in plain)
    if width > limit:
        bad += 1
        print(f"{width} cells > {limit}: {plain}")
sys.exit(1 if bad else 0)
