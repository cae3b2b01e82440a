#!/usr/bin/env python3
"""Renders the exports in headless Chromium and checks the screenshots: the expected size, not
blank (enough pixels away from the background), and the theme's colours present (bars, calendar
shades). With --out DIR the screenshots are kept there (docs/screenshots.sh uses this for the
README's images).

Usage: render_test.py LLM101 [--out DIR]
"""
import argparse
import datetime
import os
import random
import shutil
import subprocess
import sys
import tempfile
from xml.etree import ElementTree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png import read_png  # noqa: E402

TODAY = datetime.date(2026, 11, 29)
# (output name, llm101 export arguments, window width, height (None: the SVG's own), background,
# colours that must show)
SHOTS = [
    ("card.png", ["svg"], None, None, (0xff, 0xff, 0xff), {"bar": (0x2d, 0xa4, 0x4e), "text": (0x1f, 0x23, 0x28)}),
    ("calendar-dark.png", ["svg", "--what", "calendar", "--theme", "dark"], None, None, (0x0d, 0x11, 0x17),
     {"level 4": (0x39, 0xd3, 0x53), "level 1": (0x0e, 0x44, 0x29), "empty day": (0x16, 0x1b, 0x22)}),
    ("stages.png", ["svg", "--what", "stages"], None, None, (0xff, 0xff, 0xff), {"bar": (0x2d, 0xa4, 0x4e)}),
    ("report.png", ["html"], 1000, 1200, (0xf6, 0xf8, 0xfa), {"bar": (0x2d, 0xa4, 0x4e), "link": (0x09, 0x69, 0xda)}),
    ("report-phone.png", ["html"], 390, 844, (0xf6, 0xf8, 0xfa), {"bar": (0x2d, 0xa4, 0x4e)}),
]


def workspace(llm101, root):
    """A learner's workspace: some items done, a year of hand-written journal entries."""
    env = dict(os.environ, LLM101_TODAY=TODAY.isoformat(), LC_ALL="C.UTF-8")
    run = lambda *a: subprocess.run([llm101, "-q", *a], cwd=root, env=env, check=True)
    run("init")
    run("check", "1", "2.1", "2.2.1", "3.1.1", "3.1.2", "P1.1", "P1.2")
    rng = random.Random(17)
    for back in range(330):
        day = TODAY - datetime.timedelta(days=back)
        if back >= 12 and rng.random() < (0.35 if back > 60 else 0.15):  # the last 12 days: a streak
            continue
        minutes = rng.choice([20, 45, 60, 90, 120, 150, 240])
        with open(os.path.join(root, "journal", f"{day}.md"), "w", encoding="utf-8") as f:
            f.write(f"### 日期: {day}\n\n**学习内容**:\n- 第 {back} 天：复习注意力机制，读论文\n\n"
                    f"**学习时长**: {minutes}分钟\n")
    return env


def pixel_report(path, width, height, background, colours):
    """Problems with one screenshot (empty list when it is good)."""
    w, h, rows = read_png(path)
    problems = []
    if (w, h) != (width, height):
        problems.append(f"{path}: {w}x{h}, expected {width}x{height}")
    near = lambda p, c, tol: abs(p[0] - c[0]) <= tol and abs(p[1] - c[1]) <= tol and abs(p[2] - c[2]) <= tol
    counts = dict.fromkeys(colours, 0)
    ink = 0
    for row in rows:
        for p in row:
            if not near(p, background, 6):
                ink += 1
            for name, c in colours.items():
                if near(p, c, 10):
                    counts[name] += 1
    if ink < w * h // 100:
        problems.append(f"{path}: blank ({ink} of {w * h} pixels differ from the background)")
    for name, n in counts.items():
        if n < 20:
            problems.append(f"{path}: the {name} colour {colours[name]} shows in only {n} pixels")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("llm101")
    ap.add_argument("--out", help="keep the screenshots in this directory")
    args = ap.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        print("chromium is not installed (.ci/install-deps --test installs it)")
        return 1
    tmp = tempfile.mkdtemp(prefix="llm101-render-")
    problems = []
    try:
        root = os.path.join(tmp, "ws")
        os.makedirs(root)
        env = workspace(os.path.abspath(args.llm101), root)
        for name, export, width, height, background, colours in SHOTS:
            src = os.path.join(tmp, name.replace(".png", ".html" if export[0] == "html" else ".svg"))
            subprocess.run([os.path.abspath(args.llm101), "-q", "export", *export, "-o", src], cwd=root, env=env,
                           check=True)
            if width is None:  # an SVG: the window is its declared size, read by an XML parser
                root_el = ElementTree.parse(src).getroot()
                width, height = int(root_el.get("width")), int(root_el.get("height"))
            png = os.path.join(args.out or tmp, name)
            if os.path.exists(png):
                os.remove(png)
            subprocess.run(["timeout", "60", chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--hide-scrollbars", f"--user-data-dir={os.path.join(tmp, 'profile')}",
                            f"--screenshot={png}", f"--window-size={width},{height}", "file://" + src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
            if not os.path.exists(png):
                problems.append(f"{name}: chromium wrote no screenshot")
                continue
            problems += pixel_report(png, width, height, background, colours)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print(p)
    print(f"{len(SHOTS)} screenshots checked; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
