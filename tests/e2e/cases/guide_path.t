The recommended learning paths, the position on the chosen one, and next along it.

  $ llm101 init -q
  $ llm101 path
  初学者路径
    1.1  [ ] 数学基础         1.1 数学基础                 0/4
    1.2  [ ] Python编程       1.2 编程技能                 0/5
    1.3  [ ] 机器学习基础     1.3 机器学习基础             0/4
    2.1  [ ] 深度学习基础     2 深度学习基础              0/13
    2.2  [ ] Transformer      3 Transformer和注意力机制    0/8
    2.3  [ ] LLM基础          4.1 LLM基础概念              0/4
    3.1  [ ] 提示工程         5.1 提示工程                 0/4
    3.2  [ ] 应用开发         5.4 应用开发                 0/4
    3.3  [ ] 前沿研究         6 前沿研究                   0/8
  
  有经验者路径
    1.1  [ ] 快速回顾基础     1 基础技能                  0/13
    1.2  [ ] 深入Transformer  3 Transformer和注意力机制    0/8
    1.3  [ ] 高级LLM应用      5 高级应用                  0/16
    2.1  [ ] 研究最新进展     6.1 最新研究方向             0/4
    2.2  [ ] 实践项目         P 实践项目                  0/12
    2.3  [-] 贡献开源         (not in the roadmap: not tracked)
  ! llm101: choose a path with --path NAME, or with path = "NAME" in llm101.toml; 'llm101 next' then follows it
  $ llm101 path --path 有经验者
  初学者路径
    1.1  [ ] 数学基础         1.1 数学基础                 0/4
    1.2  [ ] Python编程       1.2 编程技能                 0/5
    1.3  [ ] 机器学习基础     1.3 机器学习基础             0/4
    2.1  [ ] 深度学习基础     2 深度学习基础              0/13
    2.2  [ ] Transformer      3 Transformer和注意力机制    0/8
    2.3  [ ] LLM基础          4.1 LLM基础概念              0/4
    3.1  [ ] 提示工程         5.1 提示工程                 0/4
    3.2  [ ] 应用开发         5.4 应用开发                 0/4
    3.3  [ ] 前沿研究         6 前沿研究                   0/8
  
  有经验者路径  (chosen)
    1.1  [ ] 快速回顾基础     1 基础技能                  0/13  <- you are here
    1.2  [ ] 深入Transformer  3 Transformer和注意力机制    0/8
    1.3  [ ] 高级LLM应用      5 高级应用                  0/16
    2.1  [ ] 研究最新进展     6.1 最新研究方向             0/4
    2.2  [ ] 实践项目         P 实践项目                  0/12
    2.3  [-] 贡献开源         (not in the roadmap: not tracked)
  $ llm101 path --path 路径
  ! llm101: error: '路径' matches more than one learning path (paths: 初学者路径, 有经验者路径)
  [2]
  $ llm101 path --path nope
  ! llm101: error: no learning path 'nope' (paths: 初学者路径, 有经验者路径)
  [2]
  $ llm101 path --json --path 初学者 | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["chosen"], d["current"], [(s["step"], s["kind"], s.get("target")) for s in d["paths"][1]["steps"]])'
  初学者路径 1.1 [('1.1', 'stage', '1'), ('1.2', 'stage', '3'), ('1.3', 'stage', '5'), ('2.1', 'section', '6.1'), ('2.2', 'projects', 'P'), ('2.3', 'none', None)]

Choosing a path in llm101.toml; next follows it.

  $ echo 'path = "有经验者路径"' >> llm101.toml
  $ llm101 -q check 1 3.1.1
  $ llm101 path
  初学者路径
    1.1  [x] 数学基础         1.1 数学基础                 4/4
    1.2  [x] Python编程       1.2 编程技能                 5/5
    1.3  [x] 机器学习基础     1.3 机器学习基础             4/4
    2.1  [ ] 深度学习基础     2 深度学习基础              0/13
    2.2  [ ] Transformer      3 Transformer和注意力机制    1/8
    2.3  [ ] LLM基础          4.1 LLM基础概念              0/4
    3.1  [ ] 提示工程         5.1 提示工程                 0/4
    3.2  [ ] 应用开发         5.4 应用开发                 0/4
    3.3  [ ] 前沿研究         6 前沿研究                   0/8
  
  有经验者路径  (chosen)
    1.1  [x] 快速回顾基础     1 基础技能                 13/13
    1.2  [ ] 深入Transformer  3 Transformer和注意力机制    1/8  <- you are here
    1.3  [ ] 高级LLM应用      5 高级应用                  0/16
    2.1  [ ] 研究最新进展     6.1 最新研究方向             0/4
    2.2  [ ] 实践项目         P 实践项目                  0/12
    2.3  [-] 贡献开源         (not in the roadmap: not tracked)
  $ llm101 next -n 2
  3.1.2  多头注意力  (3.1 Transformer架构)
  3.1.3  位置编码  (3.1 Transformer架构)
  ! llm101: following 有经验者路径: step 1.2 深入Transformer
  $ llm101 next --path 初学者路径
  2.1.1  前馈神经网络  (2.1 神经网络基础)
  ! llm101: following 初学者路径: step 2.1 深度学习基础
  $ llm101 -q next
  3.1.2  多头注意力  (3.1 Transformer架构)
  $ sed -i 's/有经验者路径/someone else/' llm101.toml
  $ llm101 next
  2.1.1  前馈神经网络  (2.1 神经网络基础)
  ! llm101: warning: llm101.toml: 'path': no learning path 'someone else' (paths: 初学者路径, 有经验者路径)
