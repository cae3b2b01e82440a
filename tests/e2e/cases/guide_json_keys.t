Practice projects are dated in the journal like items: check P1.1 lists it under 完成的任务 of
today's entry (a study day), uncheck removes it again.

  $ llm101 init -q
  $ llm101 check P1.1
  [x] P1.1  数学计算器: 使用NumPy实现基础数学运算
  ! llm101: roadmap.md: 1 project checked (1/12 projects done)
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  
  **完成的任务**:
  - P1.1 数学计算器: 使用NumPy实现基础数学运算
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**:
  $ llm101 stats --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["current_streak"], d["last_entry"])'
  1 2026-11-29
  $ llm101 uncheck P1.1
  [ ] P1.1  数学计算器: 使用NumPy实现基础数学运算
  ! llm101: roadmap.md: 1 project unchecked (0/12 projects done)
  $ grep -c P1.1 journal/2026-11-29.md
  0
  [1]

path --json has every key whether a path is chosen or not; what is not known is null.

  $ llm101 path --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["chosen"], d["current"]); print(d["paths"][1]["steps"][-1])'
  None None
  {'complete': False, 'done': None, 'kind': 'none', 'step': '2.3', 'target': None, 'text': '贡献开源', 'title': None, 'total': None}
  $ llm101 path --path 初学者路径 --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["chosen"], d["current"])'
  初学者路径 1.1

status --json has the same keys outside a workspace as in one.

  $ llm101 status --json | python3 -c 'import json,sys; print(sorted(json.load(sys.stdin)))'
  ['current_streak', 'doing', 'done', 'hours', 'hours_this_week', 'last_entry', 'percent', 'scope', 'skipped', 'stages', 'title', 'total']
  $ cd / && llm101 status --json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sorted(d), d["last_entry"], d["scope"])'
  ['current_streak', 'doing', 'done', 'hours', 'hours_this_week', 'last_entry', 'percent', 'scope', 'skipped', 'stages', 'title', 'total'] None None
