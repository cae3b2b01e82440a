Items in progress and skipped: start, skip, unskip; check and uncheck leave those states. Each
change is on the item's own line, shown by git diff; a rendered page shows no marker (see
states_render.t).

  $ llm101 init -q
  $ cp roadmap.md before.md
  $ llm101 start 3.1.2
  [/] 3.1.2  多头注意力
  ! llm101: roadmap.md: 1 item started (0/70 done, 1 in progress)
  $ diff before.md roadmap.md
  103c103
  < - [ ] 多头注意力
  ---
  > - [ ] <!-- llm101: doing --> 多头注意力
  [1]
  $ llm101 start 3.1.2
  ! llm101: nothing to change: the item is already in progress
  $ llm101 check 3.1.2
  [x] 3.1.2  多头注意力
  ! llm101: roadmap.md: 1 item checked (1/70 done)
  $ diff before.md roadmap.md
  103c103
  < - [ ] 多头注意力
  ---
  > - [x] 多头注意力
  [1]
  $ llm101 uncheck 3.1.2 && cmp before.md roadmap.md && echo identical
  [ ] 3.1.2  多头注意力
  identical
  ! llm101: roadmap.md: 1 item unchecked (0/70 done)

Skipping a section: its items leave the denominator; done items in it stay done; an item named by
its own ID moves from any state.

  $ llm101 check 2.1.1
  [x] 2.1.1  前馈神经网络
  ! llm101: roadmap.md: 1 item checked (1/70 done)
  $ llm101 skip 2.1
  [-] 2.1.2  反向传播算法
  [-] 2.1.3  激活函数：ReLU、Sigmoid、Tanh
  [-] 2.1.4  优化算法：SGD、Adam、AdamW
  [-] 2.1.5  正则化技术：Dropout、L1/L2正则化
  ! llm101: roadmap.md: 4 items skipped (1/66 done, 4 skipped)
  $ llm101 status
  LLM学习路线图                           1/66    1%  ░░░░░░░░░░░░░░░░░░░░
  
  1  基础技能（2-3个月）                  0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    1.1  数学基础                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    1.2  编程技能                          0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    1.3  机器学习基础                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  2  深度学习基础（2-3个月）               1/9   11%  ██░░░░░░░░░░░░░░░░░░
    2.1  神经网络基础                      1/1  100%  ████████████████████
    2.2  深度学习框架                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    2.3  自然语言处理基础                  0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Transformer和注意力机制（1-2个月）    0/8    0%  ░░░░░░░░░░░░░░░░░░░░
    3.1  Transformer架构                   0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    3.2  注意力机制详解                    0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  4  大型语言模型（2-3个月）              0/12    0%  ░░░░░░░░░░░░░░░░░░░░
    4.1  LLM基础概念                       0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    4.2  主流LLM模型                       0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    4.3  模型应用                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  5  高级应用（2-3个月）                  0/16    0%  ░░░░░░░░░░░░░░░░░░░░
    5.1  提示工程                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    5.2  模型微调                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    5.3  检索增强生成（RAG）               0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    5.4  应用开发                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  6  前沿研究（持续学习）                  0/8    0%  ░░░░░░░░░░░░░░░░░░░░
    6.1  最新研究方向                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    6.2  研究跟踪                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  Items  1/66 done, 4 skipped
  
  Journal  0h total, 0h this week · streak 1 day · last entry 2026-11-29
  
  Practice projects:
  P1  基础阶段项目  0/3  (stage 1 基础技能)
    P1.1  [ ] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  $ llm101 list 2.1
  2.1.1  [x] 前馈神经网络
  2.1.2  [-] 反向传播算法
  2.1.3  [-] 激活函数：ReLU、Sigmoid、Tanh
  2.1.4  [-] 优化算法：SGD、Adam、AdamW
  2.1.5  [-] 正则化技术：Dropout、L1/L2正则化
  $ llm101 list --skipped --json | python3 -c 'import json,sys; print([(i["id"], i["state"]) for i in json.load(sys.stdin)])'
  [('2.1.2', 'skipped'), ('2.1.3', 'skipped'), ('2.1.4', 'skipped'), ('2.1.5', 'skipped')]
  $ llm101 skip 2.1
  ! llm101: nothing to change: all items are already skipped or done
  $ llm101 check 2
  [x] 2.2.1  PyTorch基础
  [x] 2.2.2  TensorFlow/Keras基础
  [x] 2.2.3  模型训练和推理
  [x] 2.2.4  GPU加速计算
  [x] 2.3.1  文本预处理：分词、词干提取、停用词
  [x] 2.3.2  词嵌入：Word2Vec、GloVe
  [x] 2.3.3  语言模型：N-gram、神经网络语言模型
  [x] 2.3.4  序列建模：RNN、LSTM、GRU
  ! llm101: roadmap.md: 8 items checked (9/66 done, 4 skipped)
  $ llm101 list 2.1
  2.1.1  [x] 前馈神经网络
  2.1.2  [-] 反向传播算法
  2.1.3  [-] 激活函数：ReLU、Sigmoid、Tanh
  2.1.4  [-] 优化算法：SGD、Adam、AdamW
  2.1.5  [-] 正则化技术：Dropout、L1/L2正则化
  $ llm101 unskip 2.1.3 2.1.4
  [ ] 2.1.3  激活函数：ReLU、Sigmoid、Tanh
  [ ] 2.1.4  优化算法：SGD、Adam、AdamW
  ! llm101: roadmap.md: 2 items unskipped (9/68 done, 2 skipped)
  $ llm101 unskip 2.1
  [ ] 2.1.2  反向传播算法
  [ ] 2.1.5  正则化技术：Dropout、L1/L2正则化
  ! llm101: roadmap.md: 2 items unskipped (9/70 done)
  $ llm101 -q uncheck 2

Bulk start leaves done and skipped items alone; next puts what is under way first and never
offers a skipped item.

  $ llm101 -q check 1.1.1
  $ llm101 -q skip 1.1.2
  $ llm101 start 1.1
  [/] 1.1.3  概率论：概率分布、贝叶斯定理、信息论
  [/] 1.1.4  统计学：假设检验、置信区间、回归分析
  ! llm101: roadmap.md: 2 items started (1/69 done, 2 in progress, 1 skipped)
  $ llm101 -q start 4.1.1
  $ llm101 next -n 4
  1.1.3  概率论：概率分布、贝叶斯定理、信息论  (1.1 数学基础)
  1.1.4  统计学：假设检验、置信区间、回归分析  (1.1 数学基础)
  4.1.1  预训练和微调  (4.1 LLM基础概念)
  1.2.1  Python基础语法和数据结构  (1.2 编程技能)
  $ llm101 list --active
  1.1.3  [/] 概率论：概率分布、贝叶斯定理、信息论
  1.1.4  [/] 统计学：假设检验、置信区间、回归分析
  4.1.1  [/] 预训练和微调
  $ llm101 status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["done"], d["doing"], d["skipped"], d["stages"][0]["doing"], d["stages"][0]["skipped"])'
  69 1 3 1 2 1
  $ llm101 next --json -n 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["state"])'
  doing

All or nothing, as for check; projects are only checked.

  $ cp roadmap.md before.md
  $ llm101 skip 2.1.1 9.9
  ! llm101: error: no item, section or stage '9.9' in roadmap.md (nearest: 6.1, 6.2, 5.1)
  ! hint: list the IDs with: llm101 list
  [2]
  $ llm101 start P1.1
  ! llm101: error: 'P1.1' is a practice project: projects are only checked or unchecked
  [2]
  $ cmp before.md roadmap.md && echo unchanged
  unchanged

Obsidian Tasks' [/] and [-], written by hand, are read as in progress and skipped, and keep their
notation: one byte changes.

  $ printf '# R\n## 阶段1：基础\n- [/] 线性代数\n- [-] 概率论\n- [ ] 微积分\n' > obs.md
  $ llm101 --roadmap obs.md list
  1.1  [/] 线性代数
  1.2  [-] 概率论
  1.3  [ ] 微积分
  $ cp obs.md obs0.md
  $ llm101 --roadmap obs.md check 1.1
  [x] 1.1  线性代数
  ! llm101: obs.md: 1 item checked (1/2 done, 1 skipped)
  $ cmp -l obs0.md obs.md
  28  57 170
  [1]
  $ llm101 --roadmap obs.md unskip 1.2
  [ ] 1.2  概率论
  ! llm101: obs.md: 1 item unskipped (1/3 done)
  $ llm101 --roadmap obs.md skip 1.1 1.3
  [-] 1.1  线性代数
  [-] 1.3  微积分
  ! llm101: obs.md: 2 items skipped (0/1 done, 2 skipped)
  $ cat obs.md
  # R
  ## 阶段1：基础
  - [ ] <!-- llm101: skipped --> 线性代数
  - [ ] 概率论
  - [ ] <!-- llm101: skipped --> 微积分

The day an item starts is recorded in that day's journal entry, under 开始的任务 (added to the
entry the first time; the day it is done goes under 完成的任务, as for check).

  $ llm101 -q start 5.1.1 && llm101 -q check 5.1.2
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  
  **完成的任务**:
  - 1.1.1 线性代数：向量、矩阵、特征值分解
  - 5.1.2 Few-shot学习
  
  **开始的任务**:
  - 3.1.2 多头注意力
  - 1.1.3 概率论：概率分布、贝叶斯定理、信息论
  - 1.1.4 统计学：假设检验、置信区间、回归分析
  - 4.1.1 预训练和微调
  - 5.1.1 提示设计原则
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**:
  $ llm101 journal --json | python3 -c 'import json,sys; e=json.load(sys.stdin)[-1]; print(e["started"], e["completed"])'
  ['3.1.2', '1.1.3', '1.1.4', '4.1.1', '5.1.1'] ['1.1.1', '5.1.2']
