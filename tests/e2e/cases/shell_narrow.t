On a narrow terminal (COLUMNS=30) every line of stats, projects and path fits the width:
titles are cut with "…" by display width (a Chinese character is two cells), the week table's
bar shrinks, a stage's pace detail goes to a line of its own, and path drops its target column.
In a pipe nothing is cut, whatever COLUMNS says.

  $ llm101 init -q && llm101 -q check 1.1.1 3.1.2 P1.1 && llm101 -q log --hours 2 "x"
  $ narrow() { script -qec "COLUMNS=30 llm101 --color=never $1" /dev/null | tr -d '\r'; }
  $ fits() { python3 -c 'import sys, unicodedata as u
  > w = lambda s: sum(2 if u.east_asian_width(c) in "WF" else 1 for c in s)
  > bad = [l for l in sys.stdin.read().split("\n") if w(l) > 30]
  > print("\n".join(bad) if bad else "every line fits")'; }
  $ narrow stats | fits
  every line fits
  $ narrow stats | sed -n '/Week of/,/2026-09-14/p;/Pace per stage/,/^$/p'
  Week of      Hours  Items
  2026-09-07      0h      0  ░░░
  2026-09-14      0h      0  ░░░
  Pace per stage
  1  基础技能（2-3…  in progress
      1/13, started 2026-11-29,…
  2  深度学习基础…   not started
      0/13; planned 60–90 days
  3  Transformer和…  in progress
      1/8, started 2026-11-29, …
  4  大型语言模型…   not started
      0/12; planned 60–90 days
  5  高级应用（2-3…  not started
      0/16; planned 60–90 days
  6  前沿研究（持…   open-ended
      0/8
  
  $ narrow projects | fits
  every line fits
  $ narrow projects | head -8
  实践项目  1/12
  
  P1  基础阶段项目  1/3  (stage…
    P1.1  [x] 数学计算器: 使用N…
    P1.2  [ ] 数据可视化: 使用P…
    P1.3  [ ] 机器学习分类器: …
  
  P2  深度学习阶段项目  0/3  (s…
  $ narrow 'path --path 初学者路径' | fits
  every line fits
  $ narrow 'path --path 初学者路径'
  初学者路径  (chosen)
    1.1  [ ] 数学基础    1/4  <-
    1.2  [ ] Python…     0/5
    1.3  [ ] 机器学…     0/4
    2.1  [ ] 深度学…    0/13
    2.2  [ ] Transfo…    1/8
    2.3  [ ] LLM基础     0/4
    3.1  [ ] 提示工程    0/4
    3.2  [ ] 应用开发    0/4
    3.3  [ ] 前沿研究    0/8
  
  有经验者路径
    1.1  [ ] 快速回…    1/13
    1.2  [ ] 深入Tra…    1/8
    1.3  [ ] 高级LLM…   0/16
    2.1  [ ] 研究最…     0/4
    2.2  [ ] 实践项目   1/12
    2.3  [-] 贡献开源  (not in …

At 60 columns path keeps its target column, cut like the step text.

  $ script -qec 'COLUMNS=60 llm101 --color=never path --path 初学者路径' /dev/null | tr -d '\r' | sed -n 2,4p
    1.1  [ ] 数学基础  1.1 数学基础       1/4  <- you are here
    1.2  [ ] Python…   1.2 编程技能       0/5
    1.3  [ ] 机器学…   1.3 机器学习基…    0/4
  $ COLUMNS=30 llm101 projects | sed -n 4p
    P1.1  [x] 数学计算器: 使用NumPy实现基础数学运算
