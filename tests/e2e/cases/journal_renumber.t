A hand edit that renumbers items never moves a completion date (issue 18): journal lines name
items by their text first, their ID second.

  $ llm101 init -q
  $ LLM101_TODAY=2026-11-01 llm101 check -q 1.1.1 1.1.2 && grep '^- 1' journal/2026-11-01.md
  - 1.1.1 线性代数：向量、矩阵、特征值分解
  - 1.1.2 微积分：梯度、偏导数、链式法则
  $ sed -i 's/^- \[x\] 线性代数/- [ ] 数学符号速查\n&/' roadmap.md && llm101 list 1.1
  1.1.1  [ ] 数学符号速查
  1.1.2  [x] 线性代数：向量、矩阵、特征值分解
  1.1.3  [x] 微积分：梯度、偏导数、链式法则
  1.1.4  [ ] 概率论：概率分布、贝叶斯定理、信息论
  1.1.5  [ ] 统计学：假设检验、置信区间、回归分析
  $ llm101 log -q --hours 1 "复习" && sed -n 5,7p journal/2026-11-29.md
  **完成的任务**:
  

The two items keep their date (2026-11-01) and the inserted one, which took over 1.1.1, is not
done: nothing was "ticked by hand". Unchecking 1.1.2 (线性代数, listed as 1.1.1) removes its line.

  $ llm101 uncheck 1.1.2 && grep '^- 1' journal/2026-11-01.md
  [ ] 1.1.2  线性代数：向量、矩阵、特征值分解
  - 1.1.2 微积分：梯度、偏导数、链式法则
  ! llm101: roadmap.md: 1 item unchecked (1/71 done)
  $ llm101 export hugo -o - | grep -o '"done" : [0-9]*' | head -1
  "done" : 1

Renamed and renumbered at once (an item inserted above it, a word added to it): the line names
no item by its text or its ID any more, but the done item no line names is taken for it.

  $ LLM101_TODAY=2026-11-02 llm101 check -q 4.2.4 && grep '^- 4' journal/2026-11-02.md
  - 4.2.4 LLaMA和开源模型
  $ sed -i 's/^- \[x\] LLaMA和开源模型/- [ ] GGUF格式\n- [x] LLaMA和Qwen等开源模型/' roadmap.md && llm101 list 4.2
  4.2.1  [ ] GPT系列：GPT-2、GPT-3、GPT-4
  4.2.2  [ ] BERT系列：BERT、RoBERTa、ALBERT
  4.2.3  [ ] T5和BART
  4.2.4  [ ] GGUF格式
  4.2.5  [x] LLaMA和Qwen等开源模型
  $ llm101 log --hours 1 "量化" && sed -n 5,7p journal/2026-11-29.md
  - 量化
  
  **完成的任务**:
  ! llm101: journal/2026-11-29.md: +1h, 2h on 2026-11-29
