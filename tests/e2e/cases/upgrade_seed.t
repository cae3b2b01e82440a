The seed against a next version with ten changes (tests/fixtures/upgrade/roadmap-next.md): an
item renamed, one dropped and one added in 1.2, two swapped in 2.1, a section inserted at the
start of stage 3 (3.1 and 3.2 become 3.2 and 3.3), two more renamed, one split in two halves
that are each too different to be it (so it is dropped, loudly), one added, one dropped; also a
stage heading renamed, a project renamed and one added. In a workspace with a journal and git
commits: the marks and the practice project carry, the journal keeps its dates,
undo takes the upgrade back.

  $ git init -q -b main . && llm101 init -q && cp $FIXTURES/upgrade/roadmap-next.md next.md
  $ LLM101_TODAY=2026-11-20 llm101 check -q 1.1.4 1.2.4 2.1.2 2.1.3 3.1.2 3.2.1 4.2.4 5.2.2 6.1.4 6.2.2 P4.2
  $ llm101 upgrade next.md --dry-run >/dev/null; git status --short
  ?? next.md
  ! llm101: warning: 3 done items are not in next.md; the journal keeps their completion dates: 1.2.4 Matplotlib：数据可视化; 6.1.4 模型压缩和量化; 6.2.2 预印本库
  ! llm101: dry run: nothing written
  $ llm101 upgrade next.md
  roadmap.md → next.md: 51 kept, 13 moved, 3 renamed, 6 new, 3 dropped
  moved:
    1.2.5 → 1.2.4  [ ] Git：版本控制基础
    2.1.2 → 2.1.3  [x] 反向传播算法
    2.1.3 → 2.1.2  [x] 激活函数：ReLU、Sigmoid、Tanh
    3.1.1 → 3.2.1  [ ] 自注意力机制
    3.1.2 → 3.2.2  [x] 多头注意力
    3.1.3 → 3.2.3  [ ] 位置编码
    3.1.4 → 3.2.4  [ ] 编码器-解码器结构
    3.2.1 → 3.3.1  [x] 注意力计算过程
    3.2.2 → 3.3.2  [ ] 不同类型的注意力
    3.2.3 → 3.3.3  [ ] 注意力可视化
    3.2.4 → 3.3.4  [ ] 注意力机制的优化
    6.2.3 → 6.2.2  [ ] 研究实验室动态
    6.2.4 → 6.2.3  [ ] 开源项目
  renamed:
    1.1.4 → 1.1.4  [x] 统计学：假设检验、置信区间、回归分析 → 统计学：假设检验、置信区间、回归分析和贝叶斯统计
    4.2.4 → 4.2.4  [x] LLaMA和开源模型 → LLaMA和Qwen等开源模型
    5.2.2 → 5.2.2  [x] LoRA和QLoRA → LoRA、QLoRA和DoRA
  new:
    1.2.5  [ ] Linux命令行和Shell基础
    3.1.1  [ ] BPE和SentencePiece分词
    3.1.2  [ ] Token嵌入和位置嵌入
    6.1.4  [ ] AI Agent和工具调用
    6.1.5  [ ] 模型压缩：剪枝和蒸馏
    6.1.6  [ ] 模型量化：INT8和INT4
  dropped:
    1.2.4  [x] Matplotlib：数据可视化
    6.1.4  [x] 模型压缩和量化
    6.2.2  [x] 预印本库
  projects renamed:
    P4.2 → P4.2  [x] 代码助手: 开发代码生成和补全工具 → 代码助手: 开发代码生成、补全和审查工具
  new projects:
    P4.4  [ ] AI Agent: 构建能调用工具的智能体
  journal lines that name no item of the new roadmap (kept as they are):
    journal/2026-11-20.md:7  1.2.4 Matplotlib：数据可视化
    journal/2026-11-20.md:14  6.1.4 模型压缩和量化
    journal/2026-11-20.md:15  6.2.2 预印本库
  ! llm101: warning: 3 done items are not in next.md; the journal keeps their completion dates: 1.2.4 Matplotlib：数据可视化; 6.1.4 模型压缩和量化; 6.2.2 预印本库
  ! llm101: committed * upgrade roadmap to next.md: 51 kept, 13 moved, 3 renamed, 6 new, 3 dropped (glob)
  $ llm101 list --done && llm101 projects | grep '\[x\]'
  1.1.4  [x] 统计学：假设检验、置信区间、回归分析和贝叶斯统计
  2.1.2  [x] 激活函数：ReLU、Sigmoid、Tanh
  2.1.3  [x] 反向传播算法
  3.2.2  [x] 多头注意力
  3.3.1  [x] 注意力计算过程
  4.2.4  [x] LLaMA和Qwen等开源模型
  5.2.2  [x] LoRA、QLoRA和DoRA
    P4.2  [x] 代码助手: 开发代码生成、补全和审查工具
  $ git log -1 --format=%B
  upgrade roadmap to next.md: 51 kept, 13 moved, 3 renamed, 6 new, 3 dropped
  
  Llm101-Command: upgrade next.md
  

The journal still dates every carried item on 2026-11-20 (its lines name the items by text), so
a later command finds nothing "ticked by hand" to date today (no note, nothing under 完成的任务);
the dropped done items' lines stay in the journal, and a second upgrade reports them.

  $ llm101 log --hours 1 "读论文" && sed -n 5,7p journal/2026-11-29.md
  **完成的任务**:
  
  ! llm101: journal/2026-11-29.md: +1h, 1h on 2026-11-29
  ! llm101: committed * log 2026-11-29 +1h (glob)
  $ grep -c '预印本库\|模型压缩和量化' journal/2026-11-20.md
  2
  $ llm101 upgrade next.md
  roadmap.md → next.md: 73 kept, 0 moved, 0 renamed, 0 new, 0 dropped
  journal lines that name no item of the new roadmap (kept as they are):
    journal/2026-11-20.md:7  1.2.4 Matplotlib：数据可视化
    journal/2026-11-20.md:14  6.1.4 模型压缩和量化
    journal/2026-11-20.md:15  6.2.2 预印本库
  ! llm101: nothing to change: roadmap.md is already this version
  $ llm101 status >/dev/null

undo takes the log back, then the upgrade, like any change: the seed with its marks again, and
the built-in roadmap onto it changes nothing.

  $ llm101 undo -q && llm101 undo -q && git log --format=%s | head -4 && llm101 list --done | head -3
  undo * log 2026-11-29 +1h (glob)
    journal/2026-11-29.md  removed (* created it) (glob)
  undo * upgrade roadmap to next.md: 51 kept, 13 moved, 3 renamed, 6 new, 3 dropped (glob)
    roadmap.md  restored as before * (glob)
  undo: upgrade roadmap to next.md: 51 kept, 13 moved, 3 renamed, 6 new, 3 dropped
  undo: log 2026-11-29 +1h
  log 2026-11-29 +1h
  upgrade roadmap to next.md: 51 kept, 13 moved, 3 renamed, 6 new, 3 dropped
  1.1.4  [x] 统计学：假设检验、置信区间、回归分析
  1.2.4  [x] Matplotlib：数据可视化
  2.1.2  [x] 反向传播算法
  $ cmp roadmap.md next.md; llm101 upgrade --builtin
  roadmap.md next.md differ: byte 851, line 33
  roadmap.md → the built-in roadmap: 70 kept, 0 moved, 0 renamed, 0 new, 0 dropped
  ! llm101: nothing to change: roadmap.md is already this version
