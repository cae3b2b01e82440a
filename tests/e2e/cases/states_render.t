The roadmap with items in progress and skipped renders cleanly: cmark-gfm's CLI (GitHub's
renderer, with its tasklist extension) shows no marker text. In safe mode (GitHub, Hugo's
default) the comments are dropped; with raw HTML allowed they stay comments, never text.

  $ llm101 init -q
  $ llm101 -q start 3.1.2 3.1.3 && llm101 -q skip 2 && llm101 -q check 1.1.1
  $ grep -c 'llm101: doing' roadmap.md; grep -c 'llm101: skipped' roadmap.md
  2
  13
  $ cmark-gfm --extension tasklist roadmap.md > safe.html
  $ grep -c 'llm101' safe.html
  0
  [1]
  $ grep -c 'raw HTML omitted' safe.html
  15
  $ cmark-gfm --unsafe --extension tasklist roadmap.md > raw.html
  $ python3 - raw.html <<'PY'
  > import sys, lxml.html
  > doc = lxml.html.fromstring(open(sys.argv[1], encoding="utf-8").read())
  > text = doc.text_content()
  > comments = [c.text for c in doc.iter(lxml.etree.Comment)]
  > print("marker text visible:", "llm101" in text or "[/]" in text or "[-]" in text)
  > print("comments:", len(comments), sorted(set(c.strip() for c in comments)))
  > item = [li for li in doc.iter("li") if "多头注意力" in li.text_content()][0]
  > print("3.1.2 renders as:", repr(item.text_content().strip()), item.find("input").get("checked"))
  > PY
  marker text visible: False
  comments: 15 ['llm101: doing', 'llm101: skipped']
  3.1.2 renders as: '多头注意力' None
