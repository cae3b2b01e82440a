A note is never read back as a field: `log` writes every note as a list item, and a list item
is a note, whatever words it starts with. Labels are read where the template or a person puts
them: at the start of a line (bold or plain) or as a heading.

  $ llm101 init -q
  $ llm101 log --hours 1 "学习时长: 5h"
  ! llm101: journal/2026-11-29.md: +1h, 1h on 2026-11-29
  $ llm101 log "done: 1.1.1"
  ! llm101: journal/2026-11-29.md: 1h on 2026-11-29
  $ llm101 log "Time: about an hour on attention"
  ! llm101: journal/2026-11-29.md: 1h on 2026-11-29
  $ llm101 log --hours 0.5
  ! llm101: journal/2026-11-29.md: +0.5h, 1.5h on 2026-11-29
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 学习时长: 5h
  - done: 1.1.1
  - Time: about an hour on attention
  
  **完成的任务**:
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 1小时30分钟
  $ llm101 journal --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[0]; print(e["minutes"], e["completed"], e["studied"])'
  90 [] ['学习时长: 5h', 'done: 1.1.1', 'Time: about an hour on attention']
  $ printf '### 日期: 2026-11-28\n\n#### 学习内容\n- 读书\n\n### Time spent: 2h\n' > journal/2026-11-28.md
  $ llm101 journal --since 2026-11-28 --until 2026-11-28
  2026-11-28 Sat      2h  读书
  
  Week of      Hours  Days
  2026-11-23      2h     1
  
  Month        Hours  Days
  2026-11         2h     1
  
  Total: 2h in 1 entry
