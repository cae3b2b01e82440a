A roadmap brought in with `init --from` that already has ticks: those items were done before
tracking began, on days nobody wrote down. init records them in journal/before-tracking.md (in an
entry's shape, with no date), so no later command dates them to the import day: no week, streak,
calendar day or pace counts them, and `show` and `stats` say so.

  $ cat > plan.md <<'EOF'
  > # 我的计划
  > ## 阶段1：基础（2周）
  > - [x] 读论文 Attention Is All You Need
  > - [x] **看** 讲座视频
  > - [ ] 写笔记
  > ## 阶段2：实践（1周）
  > - [X] 配置 GPU 机器
  > - [ ] 训练一个小模型
  > EOF
  $ mkdir ws && cd ws && git init -q && llm101 init --from ../plan.md
  Initialized an llm101 workspace in $TMP/work/ws
    roadmap.md   copied from ../plan.md (5 items, 3 done)
    llm101.toml  settings
    journal/     your study journal
    journal/before-tracking.md 3 ticked items recorded as done before tracking (no date)
  
  The outline found in ../plan.md (llm101 outline shows it again; [outline] in llm101.toml changes it):
  Stages: level-2 headings, the shallowest level where items sit under two or more headings (2).
    Level 1 skipped: "我的计划" (line 1) holds 5 of 5 items, a title or wrapper.
  No sections: no heading below the stages.
  
  ID  LINE  HEADING             ITEMS  ID FROM
  1      2  阶段1：基础（2周）      3  number read from the heading
  2      6  阶段2：实践（1周）      2  number read from the heading
  
  Next: 'llm101 status', then 'llm101 check ID' as you finish items; each change is a git commit.
  ! llm101: added to .gitattributes: roadmap.md merge=llm101; journal/*.md merge=llm101
  ! llm101: set merge.llm101.driver = llm101 merge-driver %O %A %B %P in this clone's git config
  ! llm101: committed * init: llm101 workspace (5 items) (glob)
  $ cat journal/before-tracking.md
  # 开始记录之前完成的任务
  
  导入路线图（llm101 init）时已经勾选的条目：没有完成日期，不计入任何一天的统计。
  
  **完成的任务**:
  - 1.1 读论文 Attention Is All You Need
  - 1.2 看 讲座视频
  - 2.1 配置 GPU 机器
  $ git show --stat --format=%s HEAD
  init: llm101 workspace (5 items)
  
   .gitattributes             |  2 ++
   journal/before-tracking.md |  8 ++++++++
   llm101.toml                | 20 ++++++++++++++++++++
   roadmap.md                 |  8 ++++++++
   4 files changed, 38 insertions(+)
  $ llm101 stats
  Streak       0 days (longest 0 days)
  Hours        0h total, 0h this week
  Last entry   none
  Items        3/5 done, 3 before tracking (no date)
  
  Week of      Hours  Items
  2026-09-07      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-14      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-21      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-28      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-05      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-12      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-19      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-26      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-02      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-09      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-16      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-23      0h      0  ░░░░░░░░░░░░░░░░░░░░
  
  Calendar
        Dec       Jan     Feb     Mar       Apr     May     Jun       Jul     Aug       Sep     Oct     Nov
  Mon . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Tue . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Wed . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Thu . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Fri . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Sat . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Sun . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
      less . - + * # more
  
  Pace per stage
  1  基础（2周）  in progress  2/3 (2 before tracking); planned 14 days
  2  实践（1周）  in progress  1/2 (1 before tracking); planned 7 days
  
  Time per stage and section
  none yet: log --item ID gives hours to items, and start ID dates what is in progress
  
  Forecast: none yet (it needs done items with study time and hours in the last 4 weeks)
  $ llm101 stats --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["done"], d["done_before_tracking"], d["current_streak"], d["weeks"][-1], [(s["id"], s["done"], s["before_tracking"], s["started"], s["status"]) for s in d["stages"]])'
  3 3 0 {'hours': 0.0, 'items': 0, 'week': '2026-11-23'} [('1', 2, 2, None, 'in progress'), ('2', 1, 1, None, 'in progress')]
  $ llm101 show 1.1
  1.1  [x] 读论文 Attention Is All You Need
  in 1 基础（2周）
  State: done
  Started: —
  Done: before tracking (already ticked when the roadmap was imported; no date)
  $ llm101 show 1.3
  1.3  [ ] 写笔记
  in 1 基础（2周）
  State: open
  Started: —
  Done: —

Later commands leave the record alone: `log` dates no hand-ticked item, `check` dates only what it
checks, and `journal` neither lists the record nor warns about its name.

  $ llm101 log -q --hours 1 "写笔记"
  $ llm101 check -q 1.3
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 写笔记
  
  **完成的任务**:
  - 1.3 写笔记
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 1小时
  $ llm101 journal
  2026-11-29 Sun      1h  写笔记
  
  Week of      Hours  Days
  2026-11-23      1h     1
  
  Month        Hours  Days
  2026-11         1h     1
  
  Total: 1h in 1 entry
  $ llm101 stats --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["done"], d["done_before_tracking"], d["weeks"][-1]["items"], d["stages"][0]["started"])'
  4 3 1 2026-11-29
  $ llm101 show 1.3
  1.3  [x] 写笔记
  in 1 基础（2周）
  State: done
  Started: —
  Done: 2026-11-29

An item ticked by hand after init is not "before tracking": the next command dates it today.

  $ sed -i 's/- \[ \] 训练/- [x] 训练/' roadmap.md
  $ llm101 show 2.2
  2.2  [x] 训练一个小模型
  in 2 实践（1周）
  State: done
  Started: —
  Done: —
  $ llm101 log -q --hours 0.5 "训练"
  $ llm101 show 2.2
  2.2  [x] 训练一个小模型
  in 2 实践（1周）
  State: done
  Started: —
  Done: 2026-11-29

Unchecking an item done before tracking takes its line out of the record; checking it again
dates it today, like any item.

  $ llm101 uncheck -q 1.1
  $ cat journal/before-tracking.md
  # 开始记录之前完成的任务
  
  导入路线图（llm101 init）时已经勾选的条目：没有完成日期，不计入任何一天的统计。
  
  **完成的任务**:
  - 1.2 看 讲座视频
  - 2.1 配置 GPU 机器
  $ llm101 check -q 1.1 && llm101 show 1.1
  1.1  [x] 读论文 Attention Is All You Need
  in 1 基础（2周）
  State: done
  Started: —
  Done: 2026-11-29
  $ llm101 stats --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["done"], d["done_before_tracking"])'
  5 2

A roadmap with no ticks gets no record; an init re-run over a journal that already dates an item
leaves that item out of the record.

  $ mkdir ../plain && cd ../plain && llm101 init -q && ls journal
  $ mkdir ../again && cd ../again && cp ../plan.md roadmap.md && mkdir journal
  $ printf '### 日期: 2026-11-20\n\n### 完成的任务\n- 1.1 读论文 Attention Is All You Need\n' > journal/2026-11-20.md
  $ llm101 init && cat journal/before-tracking.md
  Initialized an llm101 workspace in $TMP/work/again
    roadmap.md   kept as it was (5 items, 3 done)
    llm101.toml  settings
    journal/     your study journal
    journal/before-tracking.md 2 ticked items recorded as done before tracking (no date)
  Next: 'llm101 status', then 'llm101 check ID' as you finish items. Commit these files to git.
  # 开始记录之前完成的任务
  
  导入路线图（llm101 init）时已经勾选的条目：没有完成日期，不计入任何一天的统计。
  
  **完成的任务**:
  - 1.2 看 讲座视频
  - 2.1 配置 GPU 机器
  $ llm101 show 1.1
  1.1  [x] 读论文 Attention Is All You Need
  in 1 基础（2周）
  State: done
  Started: —
  Done: 2026-11-20
