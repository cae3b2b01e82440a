show, resources and projects on the seed roadmap.

  $ llm101 init -q
  $ llm101 show 3
  3  Transformer和注意力机制  0/8
  Goal:      深入理解Transformer架构和注意力机制
  Duration:  1-2个月
  
  Sections:
    3.1  Transformer架构    0/4  ░░░░░░░░░░
    3.2  注意力机制详解     0/4  ░░░░░░░░░░
  
  Resources:
    原始论文: Attention Is All You Need  https://arxiv.org/abs/1706.03762
    The Illustrated Transformer          http://jalammar.github.io/illustrated-transformer/
    Hugging Face Transformers教程        https://huggingface.co/course
  $ llm101 show 1.1
  1.1  数学基础  0/4
  Stage:     1 基础技能
  Goal:      建立坚实的数学和编程基础
  
  1.1.1  [ ] 线性代数：向量、矩阵、特征值分解
  1.1.2  [ ] 微积分：梯度、偏导数、链式法则
  1.1.3  [ ] 概率论：概率分布、贝叶斯定理、信息论
  1.1.4  [ ] 统计学：假设检验、置信区间、回归分析
  
  Resources:
    3Blue1Brown线性代数系列  https://www.youtube.com/playlist?list=PLZHQObOWTQDPD3MizzM2xVFitgF8hE_ab
    MIT线性代数课程          https://ocw.mit.edu/courses/mathematics/18-06-linear-algebra-spring-2010/
    深度学习数学基础         https://www.deeplearningbook.org/
  $ llm101 show 2.1
  2.1  神经网络基础  0/5
  Stage:     2 深度学习基础
  Goal:      掌握深度学习的核心概念和技术
  
  2.1.1  [ ] 前馈神经网络
  2.1.2  [ ] 反向传播算法
  2.1.3  [ ] 激活函数：ReLU、Sigmoid、Tanh
  2.1.4  [ ] 优化算法：SGD、Adam、AdamW
  2.1.5  [ ] 正则化技术：Dropout、L1/L2正则化
  
  No resource links in this section.
  $ llm101 show 3.1.2
  3.1.2  [ ] 多头注意力
  in 3.1 Transformer架构
  State: open
  Started: —
  Done: —
  $ llm101 show P3
  P3  LLM阶段项目  0/3  (stage 4 大型语言模型)
    P3.1  [ ] 文本生成器: 使用GPT模型生成文本
    P3.2  [ ] 问答系统: 构建基于BERT的问答系统
    P3.3  [ ] 聊天机器人: 使用LLM构建对话系统
  $ llm101 show 9
  ! llm101: error: no item, section or stage '9' in roadmap.md (nearest: 6, 5, 4)
  ! hint: list the IDs with: llm101 list
  [2]
  $ llm101 show P9.1
  ! llm101: error: no practice project 'P9.1' in roadmap.md
  ! hint: list them with: llm101 projects
  [2]
  $ llm101 show
  ! llm101: error: show: missing ID
  ! hint: run 'llm101 help show' for its usage
  [2]
  $ llm101 resources 2
  2.2 深度学习框架
    PyTorch官方教程     https://pytorch.org/tutorials/
    TensorFlow官方教程  https://www.tensorflow.org/tutorials
    深度学习花书        https://www.deeplearningbook.org/
  
  2.3 自然语言处理基础
    斯坦福CS224n课程  https://web.stanford.edu/class/cs224n/
    NLTK官方教程      https://www.nltk.org/book/
    spaCy官方文档     https://spacy.io/usage
  $ llm101 resources 1.1 --json
  [
      {
          "line" : 36,
          "section" : "1.1",
          "title" : "3Blue1Brown线性代数系列",
          "url" : "https://www.youtube.com/playlist?list=PLZHQObOWTQDPD3MizzM2xVFitgF8hE_ab"
      },
      {
          "line" : 37,
          "section" : "1.1",
          "title" : "MIT线性代数课程",
          "url" : "https://ocw.mit.edu/courses/mathematics/18-06-linear-algebra-spring-2010/"
      },
      {
          "line" : 38,
          "section" : "1.1",
          "title" : "深度学习数学基础",
          "url" : "https://www.deeplearningbook.org/"
      }
  ]
  $ llm101 resources --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sorted(set(r["section"] for r in d)))'
  28 ['1.1', '1.2', '1.3', '2.2', '2.3', '3.2', '4.3', '5.4', '6.2']
  $ llm101 resources 2.1
  ! llm101: no resource links in 2.1
  $ llm101 resources 3.1.2
  ! llm101: error: '3.1.2' is an item; resources belong to sections and stages
  ! hint: try: llm101 resources 3.1
  [2]
  $ llm101 projects
  实践项目  0/12
  
  P1  基础阶段项目  0/3  (stage 1 基础技能)
    P1.1  [ ] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  
  P2  深度学习阶段项目  0/3  (stage 2 深度学习基础)
    P2.1  [ ] 神经网络实现: 从零实现前馈神经网络
    P2.2  [ ] 图像分类: 使用CNN进行图像分类
    P2.3  [ ] 文本分类: 使用RNN进行文本分类
  
  P3  LLM阶段项目  0/3  (stage 4 大型语言模型)
    P3.1  [ ] 文本生成器: 使用GPT模型生成文本
    P3.2  [ ] 问答系统: 构建基于BERT的问答系统
    P3.3  [ ] 聊天机器人: 使用LLM构建对话系统
  
  P4  高级阶段项目  0/3  (stage 5 高级应用)
    P4.1  [ ] RAG系统: 构建检索增强生成系统
    P4.2  [ ] 代码助手: 开发代码生成和补全工具
    P4.3  [ ] 多模态应用: 结合文本和图像的应用
  $ llm101 projects --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["done"], [(p["id"], p.get("stage")) for p in d["phases"]])'
  12 0 [('P1', '1'), ('P2', '2'), ('P3', '4'), ('P4', '5')]

The built-in roadmap works without a workspace, too.

  $ cd .. && llm101 show 6
  6  前沿研究  0/8
  Goal:      跟踪最新研究进展，掌握前沿技术
  Duration:  持续学习
  
  Sections:
    6.1  最新研究方向    0/4  ░░░░░░░░░░
    6.2  研究跟踪        0/4  ░░░░░░░░░░
  
  Resources:
    arXiv预印本库     https://arxiv.org/
    Papers With Code  https://paperswithcode.com/
    Hugging Face博客  https://huggingface.co/blog
  ! llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress
