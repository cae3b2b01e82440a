Marking a practice project done: the first check inserts "[x] " on that one line (the list
stays an ordered list and renders as a task list on GitHub and Hugo); from then on check and
uncheck flip one byte. The checklist's 70 items and their IDs never change.

  $ llm101 init -q
  $ llm101 list --json > items-before.json
  $ cp roadmap.md before.md
  $ llm101 check P1.1
  [x] P1.1  数学计算器: 使用NumPy实现基础数学运算
  ! llm101: roadmap.md: 1 project checked (1/12 projects done)
  $ echo $(( $(wc -c < roadmap.md) - $(wc -c < before.md) )) bytes more
  4 bytes more
  $ git diff --no-index --stat before.md roadmap.md
   before.md => roadmap.md | 2 +-
   1 file changed, 1 insertion(+), 1 deletion(-)
  [1]
  $ git diff --no-index before.md roadmap.md | grep '^[-+][^-+]'
  -1. **数学计算器**: 使用NumPy实现基础数学运算
  +1. [x] **数学计算器**: 使用NumPy实现基础数学运算
  $ llm101 status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["done"], len(d["stages"]))'
  70 0 6
  $ llm101 list --json > items-after.json && cmp items-before.json items-after.json && echo same items
  same items
  $ llm101 check P1.1
  ! llm101: nothing to change: the project is already checked
  $ cp roadmap.md marked.md
  $ llm101 uncheck P1.1
  [ ] P1.1  数学计算器: 使用NumPy实现基础数学运算
  ! llm101: roadmap.md: 1 project unchecked (0/12 projects done)
  $ cmp -l marked.md roadmap.md
  5820 170  40
  [1]
  $ llm101 check P1.1 && cmp marked.md roadmap.md && echo one byte back
  [x] P1.1  数学计算器: 使用NumPy实现基础数学运算
  one byte back
  ! llm101: roadmap.md: 1 project checked (1/12 projects done)

Unchecking a project that was never marked changes nothing.

  $ llm101 uncheck P1.2
  ! llm101: nothing to change: the project is already unchecked
  $ cmp marked.md roadmap.md && echo unchanged
  unchanged

A whole phase, and items and projects together.

  $ llm101 check P2 3.1.2
  [x] 3.1.2  多头注意力
  [x] P2.1  神经网络实现: 从零实现前馈神经网络
  [x] P2.2  图像分类: 使用CNN进行图像分类
  [x] P2.3  文本分类: 使用RNN进行文本分类
  ! llm101: roadmap.md: 1 item checked (1/70 done)
  ! llm101: roadmap.md: 3 projects checked (4/12 projects done)
  $ llm101 status
  LLM学习路线图                           1/70    1%  ░░░░░░░░░░░░░░░░░░░░
  
  1  基础技能（2-3个月）                  0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    1.1  数学基础                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    1.2  编程技能                          0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    1.3  机器学习基础                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  2  深度学习基础（2-3个月）              0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    2.1  神经网络基础                      0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    2.2  深度学习框架                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    2.3  自然语言处理基础                  0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Transformer和注意力机制（1-2个月）    1/8   12%  ██░░░░░░░░░░░░░░░░░░
    3.1  Transformer架构                   1/4   25%  █████░░░░░░░░░░░░░░░
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
  
  Journal  0h total, 0h this week · streak 1 day · last entry 2026-11-29
  
  Practice projects:
  P1  基础阶段项目  1/3  (stage 1 基础技能)
    P1.1  [x] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  $ llm101 projects
  实践项目  4/12
  
  P1  基础阶段项目  1/3  (stage 1 基础技能)
    P1.1  [x] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  
  P2  深度学习阶段项目  3/3  (stage 2 深度学习基础)
    P2.1  [x] 神经网络实现: 从零实现前馈神经网络
    P2.2  [x] 图像分类: 使用CNN进行图像分类
    P2.3  [x] 文本分类: 使用RNN进行文本分类
  
  P3  LLM阶段项目  0/3  (stage 4 大型语言模型)
    P3.1  [ ] 文本生成器: 使用GPT模型生成文本
    P3.2  [ ] 问答系统: 构建基于BERT的问答系统
    P3.3  [ ] 聊天机器人: 使用LLM构建对话系统
  
  P4  高级阶段项目  0/3  (stage 5 高级应用)
    P4.1  [ ] RAG系统: 构建检索增强生成系统
    P4.2  [ ] 代码助手: 开发代码生成和补全工具
    P4.3  [ ] 多模态应用: 结合文本和图像的应用
  $ llm101 show 2
  2  深度学习基础  0/13
  Goal:      掌握深度学习的核心概念和技术
  Duration:  2-3个月
  
  Sections:
    2.1  神经网络基础        0/5  ░░░░░░░░░░
    2.2  深度学习框架        0/4  ░░░░░░░░░░
    2.3  自然语言处理基础    0/4  ░░░░░░░░░░
  
  Resources:
    PyTorch官方教程     https://pytorch.org/tutorials/
    TensorFlow官方教程  https://www.tensorflow.org/tutorials
    深度学习花书        https://www.deeplearningbook.org/
    斯坦福CS224n课程    https://web.stanford.edu/class/cs224n/
    NLTK官方教程        https://www.nltk.org/book/
    spaCy官方文档       https://spacy.io/usage
  
  Practice projects:
  P2  深度学习阶段项目  3/3  (stage 2 深度学习基础)
    P2.1  [x] 神经网络实现: 从零实现前馈神经网络
    P2.2  [x] 图像分类: 使用CNN进行图像分类
    P2.3  [x] 文本分类: 使用RNN进行文本分类

Unknown project IDs are input errors, and nothing is written.

  $ cp roadmap.md before.md
  $ llm101 check P1.3 P7.1
  ! llm101: error: no practice project 'P7.1' in roadmap.md
  ! hint: list them with: llm101 projects
  [2]
  $ llm101 check P
  ! llm101: error: 'P' is not a project ID (project IDs look like P2 or P2.1)
  ! hint: list them with: llm101 projects
  [2]
  $ cmp before.md roadmap.md && echo unchanged
  unchanged
