A note that is only a study time is a forgotten --hours: refused (exit 2, nothing written) with
both ways on; with --hours given, any note is a note.

  $ llm101 init -q
  $ llm101 log 2h
  ! llm101: error: '2h' looks like a study time, not a note
  ! hint: to log the time: llm101 log --hours '2h'; to keep it as a note, give --hours too: llm101 log --hours 0 '2h'
  [2]
  $ llm101 log 1.5
  ! llm101: error: '1.5' looks like a study time, not a note
  ! hint: to log the time: llm101 log --hours '1.5'; to keep it as a note, give --hours too: llm101 log --hours 0 '1.5'
  [2]
  $ llm101 log 两小时
  ! llm101: error: '两小时' looks like a study time, not a note
  ! hint: to log the time: llm101 log --hours '两小时'; to keep it as a note, give --hours too: llm101 log --hours 0 '两小时'
  [2]
  $ ls journal
  $ llm101 log --hours 0 2h
  ! llm101: journal/2026-11-29.md: 0h on 2026-11-29
  $ llm101 log --hours 1 90min
  ! llm101: journal/2026-11-29.md: +1h, 1h on 2026-11-29
  $ llm101 log 2h of reading
  ! llm101: journal/2026-11-29.md: 1h on 2026-11-29
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 2h
  - 90min
  - 2h of reading
  
  **完成的任务**:
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 1小时

Study times in Chinese numerals, in --hours and in entries written by hand.

  $ llm101 log --date yesterday --hours 两小时 复习
  ! llm101: journal/2026-11-28.md: +2h, 2h on 2026-11-28
  $ llm101 log --date yesterday --hours 一个半小时 练习
  ! llm101: journal/2026-11-28.md: +1.5h, 3.5h on 2026-11-28
  $ printf '**学习时长**: 十二个小时\n' > journal/2026-11-20.md
  $ printf '**学习时长**: 三十分钟\n' > journal/2026-11-21.md
  $ llm101 journal --since 2026-11-20
  2026-11-20 Fri     12h
  2026-11-21 Sat    0.5h
  2026-11-28 Sat    3.5h  复习
  2026-11-29 Sun      1h  2h
  
  Week of      Hours  Days
  2026-11-16   12.5h     2
  2026-11-23    4.5h     2
  
  Month        Hours  Days
  2026-11        17h     4
  
  Total: 17h in 4 entries
  $ llm101 log --hours 十三小时 太多了
  ! llm101: journal/2026-11-29.md: +13h, 14h on 2026-11-29
