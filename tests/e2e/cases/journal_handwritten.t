Hand-written entries are read too; odd hours are read when possible, otherwise counted as 0
with a warning naming file:line (never fatal).

  $ llm101 init -q
  $ printf '## 学习日志\n\n### 日期: [2026-11-25]\n学习内容：3Blue1Brown 线性代数\n**学习时长：** 2小时30分钟\n' > journal/2026-11-25.md
  $ printf '### 日期: 2026-11-26\n学习时长: 1个半小时\n' > journal/2026-11-26.md
  $ printf '### Date: 2026-11-27\r\n**Time spent**: 90min\r\n' > journal/2026-11-27.md
  $ printf '### 日期: 2026-11-28\n**学习内容**: 看视频\n**学习时长**: 一下午\n' > journal/2026-11-28.md
  $ printf 'notes, not an entry\n' > journal/README.md
  $ llm101 journal
  2026-11-25 Wed    2.5h  3Blue1Brown 线性代数
  2026-11-26 Thu    1.5h
  2026-11-27 Fri    1.5h
  2026-11-28 Sat      0h  看视频
  
  Week of      Hours  Days
  2026-11-23    5.5h     4
  
  Month        Hours  Days
  2026-11       5.5h     4
  
  Total: 5.5h in 4 entries
  ! llm101: warning: journal/2026-11-28.md:3: cannot read the study time '一下午' (counted as 0; write e.g. 2h, 1.5小时, 90分钟)
  $ llm101 journal --json | python3 -c 'import json,sys; print([(e["date"], e["hours"]) for e in json.load(sys.stdin)])'
  [('2026-11-25', 2.5), ('2026-11-26', 1.5), ('2026-11-27', 1.5), ('2026-11-28', 0.0)]
  ! llm101: warning: journal/2026-11-28.md:3: cannot read the study time '一下午' (counted as 0; write e.g. 2h, 1.5小时, 90分钟)

Extending a hand-written entry splices new lines in and keeps the rest as written.

  $ llm101 log --date 2026-11-25 --hours 30m "补充"
  ! llm101: journal/2026-11-25.md: +0.5h, 3h on 2026-11-25
  $ cat journal/2026-11-25.md
  ## 学习日志
  
  ### 日期: [2026-11-25]
  学习内容：3Blue1Brown 线性代数
  - 补充
  **学习时长：** 3小时
  $ llm101 log --date 2026-11-27 --hours 1 "more" && sed "s/\r$/<CR>/" journal/2026-11-27.md
  ### Date: 2026-11-27<CR>
  **What I studied**:<CR>
  - more<CR>
  <CR>
  **Time spent**: 2h30m<CR>
  ! llm101: journal/2026-11-27.md: +1h, 2.5h on 2026-11-27

Adding hours to an unreadable value is refused (exit 2), nothing written.

  $ llm101 log --date 2026-11-28 --hours 1 x
  ! llm101: error: journal/2026-11-28.md:3: cannot add to the study time '一下午': write it as e.g. 2h or 1.5小时 first
  [2]
  $ cat journal/2026-11-28.md
  ### 日期: 2026-11-28
  **学习内容**: 看视频
  **学习时长**: 一下午
