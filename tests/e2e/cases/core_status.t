Without a workspace, read-only commands use the built-in roadmap and say so on stderr.

  $ llm101 status
  LLM学习路线图                           0/70    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  基础技能（2-3个月）                  0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    1.1  数学基础                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    1.2  编程技能                          0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    1.3  机器学习基础                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  2  深度学习基础（2-3个月）              0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    2.1  神经网络基础                      0/5    0%  ░░░░░░░░░░░░░░░░░░░░
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
  
  Practice projects:
  P1  基础阶段项目  0/3  (stage 1 基础技能)
    P1.1  [ ] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  ! llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress
  $ llm101 status --json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["done"], len(d["stages"]), sum(len(s["sections"]) for s in d["stages"]))'
  70 0 6 17
  $ llm101 status 3.1
  LLM学习路线图                           0/70    0%  ░░░░░░░░░░░░░░░░░░░░
  
  3  Transformer和注意力机制（1-2个月）    0/8    0%  ░░░░░░░░░░░░░░░░░░░░
    3.1  Transformer架构                   0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  3.1.1  [ ] 自注意力机制
  3.1.2  [ ] 多头注意力
  3.1.3  [ ] 位置编码
  3.1.4  [ ] 编码器-解码器结构
  ! llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress
  $ llm101 -q status 3 --color=always
  [1mLLM学习路线图                        [0m   0/70    0%  [2m░░░░░░░░░░░░░░░░░░░░[0m
  
  [1m3  Transformer和注意力机制（1-2个月）[0m    0/8    0%  [2m░░░░░░░░░░░░░░░░░░░░[0m
    3.1  Transformer架构                   0/4    0%  [2m░░░░░░░░░░░░░░░░░░░░[0m
    3.2  注意力机制详解                    0/4    0%  [2m░░░░░░░░░░░░░░░░░░░░[0m
  $ NO_COLOR=1 llm101 status 9 2>&1
  llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress
  llm101: error: no item, section or stage '9' in (built-in roadmap) (nearest: 6, 5, 4)
  hint: list the IDs with: llm101 list
  [2]
  $ script -qec 'COLUMNS=40 llm101 --color=never status 1 2>/dev/null' /dev/null | tr -d '\r'
  LLM学习路线图           0/70    0%  ░░░░
  
  1  基础技能（2-3个月…   0/13    0%  ░░░░
    1.1  数学基础          0/4    0%  ░░░░
    1.2  编程技能          0/5    0%  ░░░░
    1.3  机器学习基础      0/4    0%  ░░░░
  
  Practice projects:
  P1  基础阶段项目  0/3  (stage 1 基础技…
    P1.1  [ ] 数学计算器: 使用NumPy实现基…
    P1.2  [ ] 数据可视化: 使用Pandas和Mat…
    P1.3  [ ] 机器学习分类器: 实现简单的…
