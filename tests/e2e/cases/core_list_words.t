list WORDS finds items by their own text and by the titles of their stage and section, and
says on stderr which titles it matched.

  $ llm101 init -q
  $ llm101 list Transformer
  3.1.1  [ ] 自注意力机制
  3.1.2  [ ] 多头注意力
  3.1.3  [ ] 位置编码
  3.1.4  [ ] 编码器-解码器结构
  3.2.1  [ ] 注意力计算过程
  3.2.2  [ ] 不同类型的注意力
  3.2.3  [ ] 注意力可视化
  3.2.4  [ ] 注意力机制的优化
  ! llm101: matched stage 3 Transformer和注意力机制（1-2个月）
  $ llm101 list 数学
  1.1.1  [ ] 线性代数：向量、矩阵、特征值分解
  1.1.2  [ ] 微积分：梯度、偏导数、链式法则
  1.1.3  [ ] 概率论：概率分布、贝叶斯定理、信息论
  1.1.4  [ ] 统计学：假设检验、置信区间、回归分析
  ! llm101: matched section 1.1 数学基础
  $ llm101 list 机器学习 --todo
  1.3.1  [ ] 监督学习：分类、回归
  1.3.2  [ ] 无监督学习：聚类、降维
  1.3.3  [ ] 模型评估：准确率、精确率、召回率、F1分数
  1.3.4  [ ] 交叉验证和超参数调优
  ! llm101: matched section 1.3 机器学习基础

A section title and an item's text both match: both are listed, in roadmap order.

  $ llm101 list 提示工程
  4.1.2  [ ] 提示工程
  5.1.1  [ ] 提示设计原则
  5.1.2  [ ] Few-shot学习
  5.1.3  [ ] Chain-of-Thought推理
  5.1.4  [ ] 提示优化技巧
  ! llm101: matched section 5.1 提示工程
  ! llm101: and 1 more item by its own text

Case does not matter; every word must be found, each in the text or a title.

  $ llm101 list transformer 位置
  3.1.3  [ ] 位置编码
  $ llm101 list transformer 位置 解码
  ! llm101: no item matches
  $ llm101 -q list 注意力 可视化
  3.2.3  [ ] 注意力可视化

IDs narrow the scope first; --json prints the same items, the note stays on stderr.

  $ llm101 list 5 提示工程
  5.1.1  [ ] 提示设计原则
  5.1.2  [ ] Few-shot学习
  5.1.3  [ ] Chain-of-Thought推理
  5.1.4  [ ] 提示优化技巧
  ! llm101: matched section 5.1 提示工程
  $ llm101 list 提示工程 --json 2>/dev/null | python3 -c 'import json,sys; print([i["id"] for i in json.load(sys.stdin)])'
  ['4.1.2', '5.1.1', '5.1.2', '5.1.3', '5.1.4']
  $ llm101 list 提示工程 --json >/dev/null
  ! llm101: matched section 5.1 提示工程
  ! llm101: and 1 more item by its own text
  $ llm101 list 不存在的词
  ! llm101: no item matches
