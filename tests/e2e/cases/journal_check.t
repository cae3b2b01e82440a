check records each item under 完成的任务 in today's entry, so completion dates are known;
uncheck removes it again.

  $ llm101 init -q
  $ llm101 check 3.1.2 3.1.3
  [x] 3.1.2  多头注意力
  [x] 3.1.3  位置编码
  ! llm101: roadmap.md: 2 items checked (2/70 done)
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  
  **完成的任务**:
  - 3.1.2 多头注意力
  - 3.1.3 位置编码
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**:
  $ llm101 uncheck 3.1.3
  [ ] 3.1.3  位置编码
  ! llm101: roadmap.md: 1 item unchecked (1/70 done)
  $ grep -A3 完成的任务 journal/2026-11-29.md
  **完成的任务**:
  - 3.1.2 多头注意力
  
  **遇到的问题**:

An item checked on an earlier day is removed from that day's entry.

  $ printf '### 日期: 2026-11-20\n\n**完成的任务**:\n- 1.1.1 线性代数\n\n**学习时长**: 1h\n' > journal/2026-11-20.md
  $ sed -i 's/- \[ \] 线性代数/- [x] 线性代数/' roadmap.md
  $ llm101 uncheck 1.1.1 && cat journal/2026-11-20.md
  [ ] 1.1.1  线性代数：向量、矩阵、特征值分解
  ### 日期: 2026-11-20
  
  **完成的任务**:
  
  **学习时长**: 1h
  ! llm101: roadmap.md: 1 item unchecked (1/70 done)

Items ticked by hand in an editor are dated the day llm101 first sees them: the next log,
check or uncheck lists them in today's entry. Until then stats counts them as done today.

  $ sed -i 's/- \[ \] 微积分/- [x] 微积分/' roadmap.md
  $ llm101 stats --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["weeks"][-1])'
  {'hours': 0.0, 'items': 2, 'week': '2026-11-23'}
  $ llm101 log --hours 1 "微积分复习"
  ! llm101: dated 1 item ticked by hand in journal/2026-11-29.md: 1.1.2
  ! llm101: journal/2026-11-29.md: +1h, 1h on 2026-11-29
  $ grep -A4 完成的任务 journal/2026-11-29.md
  **完成的任务**:
  - 3.1.2 多头注意力
  - 1.1.2 微积分：梯度、偏导数、链式法则
  
  **遇到的问题**:
  $ llm101 log --hours 1 "again: nothing new to date"
  ! llm101: journal/2026-11-29.md: +1h, 2h on 2026-11-29
  $ grep -c 1.1.2 journal/2026-11-29.md
  1

With --roadmap FILE the journal is left alone (its IDs belong to another roadmap).

  $ cp roadmap.md other.md && cp journal/2026-11-29.md before.md
  $ llm101 --roadmap other.md check 2.1.1 && cmp before.md journal/2026-11-29.md && echo journal unchanged
  [x] 2.1.1  前馈神经网络
  journal unchanged
  ! llm101: other.md: 1 item checked (3/70 done)

A conflicted entry stops check before anything is written.

  $ printf '<<<<<<< HEAD\n>>>>>>> x\n' >> journal/2026-11-29.md && cp roadmap.md before.md
  $ llm101 check 4.1.1
  ! llm101: error: journal/2026-11-29.md:16: git merge conflict markers; resolve the conflict before llm101 edits this entry
  [2]
  $ cmp before.md roadmap.md && echo roadmap unchanged
  roadmap unchanged
