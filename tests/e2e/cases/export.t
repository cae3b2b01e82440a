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
  ! llm101: card.svg: written (2536 bytes)
  $ cat card.svg
  <svg xmlns="http://www.w3.org/2000/svg" class="llm101" width="480" height="284" viewBox="0 0 480 284" role="img" aria-label="LLM学习路线图: 11%">
  <title>LLM学习路线图: 11%</title>
  <style>svg.llm101 text{font-family:-apple-system,'Segoe UI',Helvetica,Arial,'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;font-size:12px;fill:#1f2328}svg.llm101 .llm-m{fill:#59636e}svg.llm101 .llm-s{font-size:10px}svg.llm101 .llm-b{font-weight:600}svg.llm101 .llm-t{font-size:15px;font-weight:600}svg.llm101 .llm-big{font-size:28px;font-weight:700}svg.llm101 .llm-e{text-anchor:end}</style>
  <rect x="0.5" y="0.5" width="479" height="283" rx="6" fill="#ffffff" stroke="#d0d7de"/>
  <text x="20" y="32" class="llm-t">LLM学习路线图</text>
  <text x="20" y="78" class="llm-big">11%</text>
  <text x="112" y="62" class="llm-m">8/70 items done</text>
  <rect x="112" y="70" width="348" height="8" rx="4" fill="#eff2f5"/>
  <rect x="112" y="70" width="39" height="8" rx="4" fill="#2da44e"/>
  <text x="20" y="106" class="llm-m llm-s">Hours</text>
  <text x="20" y="124" class="llm-b">8.75h</text>
  <text x="170" y="106" class="llm-m llm-s">Streak</text>
  <text x="170" y="124" class="llm-b">3 days</text>
  <text x="320" y="106" class="llm-m llm-s">Last entry</text>
  <text x="320" y="124" class="llm-b">2026-11-29</text>
  <text x="20" y="162">1 基础技能</text>
  <rect x="214" y="154" width="190" height="8" rx="4" fill="#eff2f5"/>
  <rect x="214" y="154" width="102" height="8" rx="4" fill="#2da44e"/>
  <text x="460" y="162" class="llm-m llm-e">7/13</text>
  <text x="20" y="184">2 深度学习基础</text>
  <rect x="214" y="176" width="190" height="8" rx="4" fill="#eff2f5"/>
  <text x="460" y="184" class="llm-m llm-e">0/13</text>
  <text x="20" y="206">3 Transformer和注意力机制</text>
  <rect x="214" y="198" width="190" height="8" rx="4" fill="#eff2f5"/>
  <rect x="214" y="198" width="23" height="8" rx="4" fill="#2da44e"/>
  <text x="460" y="206" class="llm-m llm-e">1/8</text>
  <text x="20" y="228">4 大型语言模型</text>
  <rect x="214" y="220" width="190" height="8" rx="4" fill="#eff2f5"/>
  <text x="460" y="228" class="llm-m llm-e">0/12</text>
  <text x="20" y="250">5 高级应用</text>
  <rect x="214" y="242" width="190" height="8" rx="4" fill="#eff2f5"/>
  <text x="460" y="250" class="llm-m llm-e">0/16</text>
  <text x="20" y="272">6 前沿研究</text>
  <rect x="214" y="264" width="190" height="8" rx="4" fill="#eff2f5"/>
  <text x="460" y="272" class="llm-m llm-e">0/8</text>
  </svg>

Byte for byte the same on a second run, in a pipe, and through -o -.

  $ llm101 export svg | cmp - card.svg && llm101 export svg -o - | cmp - card.svg && echo same
  same
  $ llm101 -q export svg --what stages --theme dark -o stages.svg && cat stages.svg
  <svg xmlns="http://www.w3.org/2000/svg" class="llm101" width="600" height="192" viewBox="0 0 600 192" role="img" aria-label="LLM学习路线图: Stages">
  <title>LLM学习路线图: Stages</title>
  <style>svg.llm101 text{font-family:-apple-system,'Segoe UI',Helvetica,Arial,'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;font-size:12px;fill:#e6edf3}svg.llm101 .llm-m{fill:#9198a1}svg.llm101 .llm-s{font-size:10px}svg.llm101 .llm-b{font-weight:600}svg.llm101 .llm-t{font-size:15px;font-weight:600}svg.llm101 .llm-big{font-size:28px;font-weight:700}svg.llm101 .llm-e{text-anchor:end}</style>
  <rect x="0.5" y="0.5" width="599" height="191" rx="6" fill="#0d1117" stroke="#30363d"/>
  <text x="20" y="32" class="llm-t">LLM学习路线图 · Stages</text>
  <text x="20" y="68">1 基础技能</text>
  <rect x="280" y="60" width="200" height="8" rx="4" fill="#21262d"/>
  <rect x="280" y="60" width="107" height="8" rx="4" fill="#2ea043"/>
  <text x="580" y="68" class="llm-m llm-e">7/13 · 53%</text>
  <text x="20" y="90">2 深度学习基础</text>
  <rect x="280" y="82" width="200" height="8" rx="4" fill="#21262d"/>
  <text x="580" y="90" class="llm-m llm-e">0/13 · 0%</text>
  <text x="20" y="112">3 Transformer和注意力机制</text>
  <rect x="280" y="104" width="200" height="8" rx="4" fill="#21262d"/>
  <rect x="280" y="104" width="25" height="8" rx="4" fill="#2ea043"/>
  <text x="580" y="112" class="llm-m llm-e">1/8 · 12%</text>
  <text x="20" y="134">4 大型语言模型</text>
  <rect x="280" y="126" width="200" height="8" rx="4" fill="#21262d"/>
  <text x="580" y="134" class="llm-m llm-e">0/12 · 0%</text>
  <text x="20" y="156">5 高级应用</text>
  <rect x="280" y="148" width="200" height="8" rx="4" fill="#21262d"/>
  <text x="580" y="156" class="llm-m llm-e">0/16 · 0%</text>
  <text x="20" y="178">6 前沿研究</text>
  <rect x="280" y="170" width="200" height="8" rx="4" fill="#21262d"/>
  <text x="580" y="178" class="llm-m llm-e">0/8 · 0%</text>
  </svg>

The calendar: 53 weeks × 7 days ending today's week, month and weekday labels, a legend.

  $ llm101 export svg --what calendar -o cal.svg
  ! llm101: cal.svg: written (27724 bytes)
  $ grep -c '<rect x="[0-9]*" y="[0-9]*" width="10"' cal.svg
  376
  $ grep '<title>\|class="llm-m llm-s' cal.svg
  <title>Study hours · 8.75h in the last year</title>
  <text x="49" y="46" class="llm-m llm-s">Dec</text>
  <text x="101" y="46" class="llm-m llm-s">Jan</text>
  <text x="153" y="46" class="llm-m llm-s">Feb</text>
  <text x="205" y="46" class="llm-m llm-s">Mar</text>
  <text x="270" y="46" class="llm-m llm-s">Apr</text>
  <text x="322" y="46" class="llm-m llm-s">May</text>
  <text x="387" y="46" class="llm-m llm-s">Jun</text>
  <text x="439" y="46" class="llm-m llm-s">Jul</text>
  <text x="491" y="46" class="llm-m llm-s">Aug</text>
  <text x="556" y="46" class="llm-m llm-s">Sep</text>
  <text x="608" y="46" class="llm-m llm-s">Oct</text>
  <text x="660" y="46" class="llm-m llm-s">Nov</text>
  <text x="30" y="61" class="llm-m llm-s llm-e">Mon</text>
  <text x="30" y="87" class="llm-m llm-s llm-e">Wed</text>
  <text x="30" y="113" class="llm-m llm-s llm-e">Fri</text>
  <rect x="114" y="52" width="10" height="10" rx="2" fill="#30a14e"><title>2026-01-05 · 1h</title></rect>
  <rect x="413" y="52" width="10" height="10" rx="2" fill="#216e39"><title>2026-06-15 · 3h</title></rect>
  <rect x="712" y="104" width="10" height="10" rx="2" fill="#216e39"><title>2026-11-27 · 2.5h</title></rect>
  <rect x="712" y="117" width="10" height="10" rx="2" fill="#40c463"><title>2026-11-28 · 0.75h</title></rect>
  <rect x="712" y="130" width="10" height="10" rx="2" fill="#30a14e"><title>2026-11-29 · 1.5h</title></rect>
  <text x="36" y="162" class="llm-m llm-s">as of 2026-11-29</text>
  <text x="620" y="162" class="llm-m llm-s llm-e">Less</text>
  <text x="694" y="162" class="llm-m llm-s">More</text>

All of them are well-formed XML with a viewBox, and the dark card differs from the light one.

  $ for w in card calendar stages; do for t in light dark; do llm101 export svg --what $w --theme $t; done; done > /dev/null
  $ for f in card.svg stages.svg cal.svg; do python3 -c 'import sys, lxml.etree as E; r = E.parse(sys.argv[1]).getroot(); print(r.tag, r.get("viewBox"), r.get("width"), r.get("height"))' $f; done
  {http://www.w3.org/2000/svg}svg 0 0 480 284 480 284
  {http://www.w3.org/2000/svg}svg 0 0 600 192 600 192
  {http://www.w3.org/2000/svg}svg 0 0 741 177 741 177
  $ llm101 export svg --theme dark | cmp -s - card.svg || echo differs
  differs

The HTML page: the figures inline, every stage and section with its items, the projects, the
resources as links, the journal from its Markdown with raw HTML and javascript: links left out.

A resource link with a javascript: target (roadmaps are untrusted) is shown, not linked.

  $ sed -i 's|(https://www.deeplearningbook.org/)|(javascript:alert("x"))|' roadmap.md
  $ llm101 export html -o report.html
  ! llm101: report.html: written (54548 bytes)
  $ python3 - report.html <<'EOF'
  > import sys, lxml.etree as E
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
  > print("links", len(links), "not http(s)/mailto", [l for l in links if l.split(":")[0] not in ("http", "https", "mailto")])
  > print("journal", x("//article/@id"))
  > art = x("//article[@id='entry-2026-11-27']")[0]
  > print("md", [e.tag for e in art.iter() if e.tag in ("strong", "table", "a", "script")], art.xpath(".//a/@href"))
  > EOF
  html zh-CN
  viewport ['width=device-width, initial-scale=1']
  print css True
  scripts 0 external 0
  svgs 2
  stages 6 sections 17
  items 70 done 8
  projects 12 done ['P1.1']
  links 28 not http(s)/mailto ['']
  journal ['entry-2026-11-29', 'entry-2026-11-28', 'entry-2026-11-27', 'entry-2026-06-15', 'entry-2026-01-05']
  md ['strong', 'strong', 'a', 'a', 'table', 'strong'] ['https://arxiv.org/abs/1706.03762', '']
  $ grep -o '.*javascript.*' report.html
  <li>深度学习数学基础 <span class="url">javascript:alert(&quot;x&quot;)</span></li>
  <li>深度学习花书 <span class="url">javascript:alert(&quot;x&quot;)</span></li>
  $ grep -o '<li><a href="https://docs.python.org/3/tutorial/"[^<]*<' report.html
  <li><a href="https://docs.python.org/3/tutorial/" rel="noopener noreferrer">Python官方教程<

Hugo: a site directory gets data/llm101.json with the same figures.

  $ mkdir -p site && llm101 export hugo -o site
  ! llm101: site/data/llm101.json: written (2253 bytes)
  $ python3 -c 'import json; d = json.load(open("site/data/llm101.json")); print({k: d[k] for k in ("done", "total", "percent", "hours", "current_streak", "last_entry", "projects")}); print(d["stages"][0]); print(d["calendar"][-2:])'
  {'done': 8, 'total': 70, 'percent': 11, 'hours': 8.75, 'current_streak': 3, 'last_entry': '2026-11-29', 'projects': {'done': 1, 'total': 12}}
  {'done': 7, 'id': '1', 'name': '基础技能', 'percent': 53, 'title': '基础技能（2-3个月）', 'total': 13}
  [{'date': '2026-11-28', 'hours': 0.75, 'level': 2}, {'date': '2026-11-29', 'hours': 1.5, 'level': 3}]
  $ llm101 export hugo | cmp - site/data/llm101.json && echo same
  same

The roadmap, the settings and the journal are never overwritten, however the path names them;
usage errors exit 2 and write nothing.

  $ md5sum roadmap.md llm101.toml journal/* > "$TMP/before"
  $ llm101 export svg -o roadmap.md
  ! llm101: error: -o roadmap.md: refusing to write over the roadmap (roadmap.md)
  ! hint: write the export somewhere else
  [2]
  $ ln -s roadmap.md link.svg && ln roadmap.md hard.svg && llm101 export html -o link.svg; llm101 export html -o hard.svg
  ! llm101: error: -o link.svg: refusing to write over the roadmap (roadmap.md)
  ! hint: write the export somewhere else
  ! llm101: error: -o hard.svg: refusing to write over the roadmap (roadmap.md)
  ! hint: write the export somewhere else
  [2]
  $ llm101 export svg -o ./journal/../llm101.toml
  ! llm101: error: -o ./journal/../llm101.toml: refusing to write over the workspace settings (llm101.toml)
  ! hint: write the export somewhere else
  [2]
  $ llm101 export svg -o journal/2026-11-27.md; llm101 export svg -o journal/2027-01-01.md
  ! llm101: error: -o journal/2026-11-27.md: refusing to write over a journal entry (journal/2026-11-27.md: llm101 reads every file so named)
  ! hint: write the export somewhere else
  ! llm101: error: -o journal/2027-01-01.md: refusing to write over a journal entry (journal/2027-01-01.md: llm101 reads every file so named)
  ! hint: write the export somewhere else
  [2]
  $ llm101 export svg --what pie
  ! llm101: error: export: --what: 'pie' is not one of: card, calendar, stages
  ! hint: run 'llm101 help export' for its usage
  [2]
  $ llm101 export pdf
  ! llm101: error: export: FORMAT: 'pdf' is not one of: svg, html, hugo
  ! hint: run 'llm101 help export' for its usage
  [2]
  $ llm101 export html --theme dark
  ! llm101: error: --what and --theme apply to 'export svg', not 'export html'
  [2]
  $ llm101 export svg -o missing/dir/card.svg
  ! llm101: error: missing/dir/card.svg: cannot create temporary file: No such file or directory
  [1]
  $ llm101 export svg -o .
  ! llm101: error: -o .: is a directory
  ! hint: name the file to write, e.g. -o progress.svg
  [2]
  $ script -qec 'llm101 export svg' /dev/null | tr -d '\r'
  llm101: error: export: no output file given, and standard output is a terminal
  hint: write to a file with -o FILE, or print anyway with -o -
  $ md5sum -c --quiet "$TMP/before" && ls journal
  2026-01-05.md
  2026-06-15.md
  2026-11-27.md
  2026-11-28.md
  2026-11-29.md

Outside a workspace: the built-in roadmap, no journal.

  $ cd "$TMP" && llm101 -q export svg | grep -o '>[0-9]*%<\|>[0-9]*/[0-9]* items done<\|>none<'
  >0%<
  >0/70 items done<
  >none<
