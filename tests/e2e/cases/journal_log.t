log writes today's entry (LLM101_TODAY=2026-11-29) in the roadmap's 学习日志 template.

  $ llm101 init -q
  $ llm101 log --hours 2 "读了 Attention Is All You Need"
  ! llm101: journal/2026-11-29.md: +2h, 2h on 2026-11-29
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 读了 Attention Is All You Need
  
  **完成的任务**:
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 2小时

A second log the same day extends the entry: notes appended, hours added.

  $ llm101 log --hours 1.5 --problem "位置编码的推导" --next "多头注意力"
  ! llm101: journal/2026-11-29.md: +1.5h, 3.5h on 2026-11-29
  $ llm101 log --hours 90min 再读一遍 第三节
  ! llm101: journal/2026-11-29.md: +1.5h, 5h on 2026-11-29
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 读了 Attention Is All You Need
  - 再读一遍 第三节
  
  **完成的任务**:
  
  **遇到的问题**:
  - 位置编码的推导
  
  **下一步计划**:
  - 多头注意力
  
  **学习时长**: 5小时

--date takes yesterday or YYYY-MM-DD; '-' reads the note from standard input.

  $ llm101 log --date yesterday --hours 1 "补记：NumPy 练习"
  ! llm101: journal/2026-11-28.md: +1h, 1h on 2026-11-28
  $ printf '复习 Transformer\n画了注意力的图\n' | llm101 log --hours 1 --date 2026-11-27 -
  ! llm101: journal/2026-11-27.md: +1h, 1h on 2026-11-27
  $ cat journal/2026-11-27.md
  ### 日期: 2026-11-27
  
  **学习内容**:
  - 复习 Transformer
    画了注意力的图
  
  **完成的任务**:
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 1小时
  $ ls journal
  2026-11-27.md
  2026-11-28.md
  2026-11-29.md

Bad --hours or --date: exit 2 and nothing written.

  $ cp -r journal before
  $ llm101 log --hours -1 "x"
  ! llm101: error: --hours: '-1' is not a study time (e.g. 2, 1.5, 1.5h, 90min, 2h30m)
  [2]
  $ llm101 log --hours abc "x"
  ! llm101: error: --hours: 'abc' is not a study time (e.g. 2, 1.5, 1.5h, 90min, 2h30m)
  [2]
  $ llm101 log --hours 25 "x"
  ! llm101: error: --hours: '25' is more than a day
  [2]
  $ llm101 log --date 2026-02-30 --hours 1 "x"
  ! llm101: error: --date: '2026-02-30' is not a date (use YYYY-MM-DD, today or yesterday)
  [2]
  $ llm101 log --date tomorrow "x"
  ! llm101: error: --date: 'tomorrow' is not a date (use YYYY-MM-DD, today or yesterday)
  [2]
  $ llm101 log --date 2026-12-01 "x"
  ! llm101: error: --date: 2026-12-01 is in the future (today is 2026-11-29)
  [2]
  $ echo "" | llm101 log -
  ! llm101: error: nothing to log: standard input was empty
  [2]
  $ llm101 log < /dev/null
  ! llm101: error: nothing to log: give a note, --hours, --problem or --next
  ! hint: llm101 log --hours 1 "what you studied", or 'echo note | llm101 log -'
  [2]
  $ diff -r before journal && echo unchanged
  unchanged

An entry with git conflict markers is refused, naming file:line.

  $ printf '### 日期: 2026-11-26\n<<<<<<< HEAD\n**学习时长**: 1h\n=======\n**学习时长**: 2h\n>>>>>>> other\n' > journal/2026-11-26.md
  $ llm101 log --date 2026-11-26 --hours 1 "x"
  ! llm101: error: journal/2026-11-26.md:2: git merge conflict markers; resolve the conflict before llm101 edits this entry
  [2]
  $ llm101 journal --since 2026-11-26 --until 2026-11-26
  2026-11-26 Thu      3h
  
  Week of      Hours  Days
  2026-11-23      3h     1
  
  Month        Hours  Days
  2026-11         3h     1
  
  Total: 3h in 1 entry
  ! llm101: warning: journal/2026-11-26.md:2: git merge conflict markers (both sides are counted until it is resolved)

The English template is a setting.

  $ cd $TMP && mkdir en && cd en && llm101 init -q && echo 'journal_language = "en"' >> llm101.toml
  $ llm101 log --hours 2h30m "Read the paper" --next "Multi-head attention" && cat journal/2026-11-29.md
  ### Date: 2026-11-29
  
  **What I studied**:
  - Read the paper
  
  **Completed tasks**:
  
  **Problems**:
  
  **Next steps**:
  - Multi-head attention
  
  **Time spent**: 2h30m
  ! llm101: journal/2026-11-29.md: +2.5h, 2.5h on 2026-11-29

Outside a workspace there is no journal.

  $ cd $TMP && llm101 log --hours 1 x
  ! llm101: error: not in an llm101 workspace (no llm101.toml in $TMP or above)
  ! hint: run 'llm101 init' to start one here, or pass --roadmap FILE
  [1]
