export draws progress as SVG (a card, a year calendar, stage bars), writes one self-contained
HTML page, and a data file for a Hugo site. Same data, same bytes. LLM101_TODAY is 2026-11-29.

  $ llm101 init -q && llm101 -q check 1.1.1 1.1.2 1.2 3.1.2 P1.1
  $ llm101 -q log --date 2026-01-05 --hours 1 "线性代数"
  $ llm101 -q log --date 2026-06-15 --hours 3 "PyTorch 入门"
  $ llm101 -q log --date 2026-11-28 --hours 45min "复习"
  $ cat > journal/2026-11-27.md <<'EOF'
  > ### 日期: 2026-11-27
  > 
  > **学习内容**:
  > - 读了《Attention Is All You Need》，整理 **多头注意力** 的公式
  > - [论文](https://arxiv.org/abs/1706.03762) 和 [坏链接](javascript:alert(1))
  > 
  > <script>alert("journal")</script>
  > 
  > | 头数 | 维度 |
  > |---|---|
  > | 8 | 64 |
  > 
  > **学习时长**: 2小时30分钟
  > EOF
  $ llm101 -q log --hours 1.5 "位置编码"

The card: overall percent, hours, current streak, last entry, a bar per stage.

  $ llm101 export svg -o card.svg
  $ cat card.svg

Byte for byte the same on a second run, in a pipe, and through -o -.

  $ llm101 export svg | cmp - card.svg && llm101 export svg -o - | cmp - card.svg && echo same
  $ llm101 -q export svg --what stages --theme dark -o stages.svg && cat stages.svg

The calendar: 53 weeks × 7 days ending today's week, month and weekday labels, a legend.

  $ llm101 export svg --what calendar -o cal.svg
  $ grep -c '<rect x="[0-9]*" y="[0-9]*" width="10"' cal.svg
  $ grep '<title>\|class="llm-m llm-s' cal.svg

All of them are well-formed XML with a viewBox, and the dark card differs from the light one.

  $ for w in card calendar stages; do for t in light dark; do llm101 export svg --what $w --theme $t; done; done > /dev/null
  $ for f in card.svg stages.svg cal.svg; do python3 -c 'import sys, lxml.etree as E; r = E.parse(sys.argv[1]).getroot(); print(r.tag, r.get("viewBox"), r.get("width"), r.get("height"))' $f; done
  $ llm101 export svg --theme dark | cmp -s - card.svg || echo differs

The HTML page: the figures inline, every stage and section with its items, the projects, the
resources as links, the journal from its Markdown with raw HTML and javascript: links left out.

  $ llm101 export html -o report.html
  $ python3 - report.html <<'EOF'
  > import sys, lxml.etree as E
  > ns = {"h": "http://www.w3.org/1999/xhtml"}
  > doc = E.parse(sys.argv[1]).getroot()          # well-formed XML, not only tag soup
  > print(doc.tag, doc.get("lang"))
  > x = lambda q: doc.xpath(q)
  > print("viewport", x("//meta[@name='viewport']/@content"))
  > print("print css", "@media print" in x("string(//style)"))
  > print("scripts", len(x("//script")), "external", len(x("//*[@src] | //link | //iframe | //object")))
  > print("svgs", len(x("//*[local-name()='svg']")))
  > print("stages", len(x("//section[@class='stage' and starts-with(@id, 'stage-')]")), "sections", len(x("//h4")))
  > print("items", len(x("//section[@id='roadmap']//li[contains(@class,'depth')]")), "done", len(x("//section[@id='roadmap']//li[starts-with(@class,'done')]")))
  > print("projects", len(x("//section[@id='projects']//li")), "done", x("//section[@id='projects']//li[starts-with(@class,'done')]/span[@class='id']/text()"))
  > links = x("//a/@href")
  > print("links", len(links), "all http(s)/mailto", all(l.split(":")[0] in ("http", "https", "mailto") for l in links))
  > print("journal", x("//article/@id"))
  > art = x("//article[@id='entry-2026-11-27']")[0]
  > print("md", [e.tag for e in art.iter() if e.tag in ("strong", "table", "a", "script")], art.xpath(".//a/@href"))
  > EOF
  $ grep -c 'javascript' report.html
  $ grep -o '<li><a href="https://docs.python.org/3/tutorial/"[^<]*<' report.html

Hugo: a site directory gets data/llm101.json with the same figures.

  $ mkdir -p site && llm101 export hugo -o site
  $ python3 -c 'import json; d = json.load(open("site/data/llm101.json")); print({k: d[k] for k in ("done", "total", "percent", "hours", "current_streak", "last_entry", "projects")}); print(d["stages"][0]); print(d["calendar"][-2:])'
  $ llm101 export hugo | cmp - site/data/llm101.json && echo same

The roadmap, the settings and the journal are never overwritten, however the path names them;
usage errors exit 2 and write nothing.

  $ llm101 export svg -o roadmap.md
  $ ln -s roadmap.md link.svg && ln roadmap.md hard.svg && llm101 export html -o link.svg; llm101 export html -o hard.svg
  $ llm101 export svg -o ./journal/../llm101.toml
  $ llm101 export svg -o journal/2026-11-27.md; llm101 export svg -o journal/2027-01-01.md
  $ ls journal && git status --short 2>/dev/null; md5sum roadmap.md > /dev/null
  $ llm101 export svg --what pie
  $ llm101 export pdf
  $ llm101 export html --theme dark
  $ llm101 export svg -o missing/dir/card.svg
  $ llm101 export svg -o .
  $ script -qec 'llm101 export svg' /dev/null | tr -d '\r'

Outside a workspace: the built-in roadmap, no journal.

  $ cd "$TMP" && llm101 -q export svg | grep -o '>[0-9]*%<\|>[0-9]*/[0-9]* items done<\|>none<'
