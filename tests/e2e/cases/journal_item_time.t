log --item ID gives the log's hours to items; hours without an item stay general. The entry keeps
the day's total under 学习时长 and lists the items' share under 各条目用时 (Time per item).

  $ llm101 init -q
  $ llm101 log --hours 2 --item 3.1.2 "读论文"
  ! llm101: journal/2026-11-29.md: +2h, 2h on 2026-11-29
  $ llm101 log --hours 1 --item 3.1.2 --item 2.1.3 --item 3.1.2
  ! llm101: journal/2026-11-29.md: +1h, 3h on 2026-11-29
  $ llm101 log --hours 30min "复习"
  ! llm101: journal/2026-11-29.md: +0.5h, 3.5h on 2026-11-29
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 读论文
  - 复习
  
  **完成的任务**:
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 3小时30分钟
  
  **各条目用时**:
  - 3.1.2 多头注意力: 2小时30分钟
  - 2.1.3 激活函数：ReLU、Sigmoid、Tanh: 30分钟
  $ llm101 journal --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; print(e["minutes"], e["item_time"])'
  210 [{'hours': 2.5, 'id': '3.1.2', 'minutes': 150}, {'hours': 0.5, 'id': '2.1.3', 'minutes': 30}]

Odd minutes go to the first items named; hours of a log without --item stay general.

  $ llm101 log --date yesterday --hours 25min --item 1.1.1 --item 1.1.2 --item 1.1.3
  ! llm101: journal/2026-11-28.md: +0.42h, 0.42h on 2026-11-28
  $ sed -n '/各条目用时/,$p' journal/2026-11-28.md
  **各条目用时**:
  - 1.1.1 线性代数：向量、矩阵、特征值分解: 9分钟
  - 1.1.2 微积分：梯度、偏导数、链式法则: 8分钟
  - 1.1.3 概率论：概率分布、贝叶斯定理、信息论: 8分钟

Refused, and nothing written: a section, an unknown ID, --item without --hours.

  $ cp -r journal before
  $ llm101 log --hours 1 --item 3.1
  ! llm101: error: --item: 3.1 is a section or stage; give an item's ID (e.g. 3.1.1)
  [2]
  $ llm101 log --hours 1 --item 3.1.9
  ! llm101: error: no item, section or stage '3.1.9' in roadmap.md (nearest: 3.1.4, 3.1.3, 3.1.2)
  ! hint: list the IDs with: llm101 list
  [2]
  $ llm101 log --hours 1 --item abc
  ! llm101: error: 'abc' is not an item ID (IDs look like 3, 3.1 or 3.1.2)
  ! hint: find an item's ID by its text: llm101 list abc
  [2]
  $ llm101 log --item 3.1.2 "没有时长"
  ! llm101: error: --item: give --hours too: the item is given the hours of this log
  [2]
  $ diff -r before journal && echo unchanged
  unchanged

An English journal reads "Time per item"; hand-edited entries read back (full-width colon, an
item listed twice, a time on the label line, an item without a readable time warned about).

  $ cd $TMP && mkdir en && cd en && llm101 init -q && echo 'journal_language = "en"' >> llm101.toml
  $ llm101 log --hours 1.5 --item 1.2.1 "numpy"
  ! llm101: journal/2026-11-29.md: +1.5h, 1.5h on 2026-11-29
  $ sed -n '/Time spent/,$p' journal/2026-11-29.md
  **Time spent**: 1h30m
  
  **Time per item**:
  - 1.2.1 Python基础语法和数据结构: 1h30m
  $ cd $TMP/work
  $ printf '### 日期: 2026-11-20\n学习时长：3小时\n条目用时：\n* 3.1.2：1小时\n- 3.1.2 多头注意力: 30分钟\n- 2.1.1 前馈神经网络\n' > journal/2026-11-20.md
  $ printf '### Date: 2026-11-21\n**Time spent**: 2h\n**Time per item**: 1.1.1: 45min\n' > journal/2026-11-21.md
  $ llm101 journal --json --since 2026-11-20 --until 2026-11-21 | python3 -c 'import json,sys; print([(e["date"], e["minutes"], e["item_time"]) for e in json.load(sys.stdin)])'
  [('2026-11-20', 180, [{'hours': 1.5, 'id': '3.1.2', 'minutes': 90}]), ('2026-11-21', 120, [{'hours': 0.75, 'id': '1.1.1', 'minutes': 45}])]
  ! llm101: warning: journal/2026-11-20.md:6: cannot read the study time of item 2.1.1 (counted as 0; write e.g. '2.1.1: 1.5h')
  $ llm101 log --date 2026-11-21 --hours 1 --item 1.1.1 --item 1.1.2
  ! llm101: journal/2026-11-21.md: +1h, 3h on 2026-11-21
  $ cat journal/2026-11-21.md
  ### Date: 2026-11-21
  **Time spent**: 3h
  **Time per item**: 1.1.1: 1h15m
  - 1.1.2 微积分：梯度、偏导数、链式法则: 30m
  $ llm101 log --date 2026-11-20 --hours 1 --item 2.1.1
  ! llm101: error: journal/2026-11-20.md:6: cannot add to the study time of item 2.1.1: write it as e.g. '2.1.1: 1.5h' first
  [2]
  $ cat journal/2026-11-20.md
  ### 日期: 2026-11-20
  学习时长：3小时
  条目用时：
  * 3.1.2：1小时
  - 3.1.2 多头注意力: 30分钟
  - 2.1.1 前馈神经网络
