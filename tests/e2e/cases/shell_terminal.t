On the terminal: colour only on a tty and never with NO_COLOR; output fits COLUMNS, measured in
display cells (Chinese characters take two); a closed pipe is not an error; errors on stderr.

  $ llm101 init -q && llm101 -q check 3.1.2

Colour on a terminal (script(1) gives the command a pty), none with NO_COLOR, none in a pipe.

  $ script -qec 'llm101 next' /dev/null | grep -c $'\e\['
  1
  $ NO_COLOR=1 script -qec 'llm101 next' /dev/null | grep -c $'\e\['
  0
  [1]
  $ script -qec 'llm101 --color=never next' /dev/null | grep -c $'\e\['
  0
  [1]
  $ llm101 next | grep -c $'\e\['
  0
  [1]
  $ NO_COLOR=1 llm101 --color=always next | grep -c $'\e\['
  1

A terminal's width is read from the terminal when COLUMNS is not set.

  $ script -qec 'stty cols 36; llm101 --color=never status 3' /dev/null | tr -d '\r'
  LLM学习路线图       1/70    1%  ░░░░
  
  3  Transformer和…    1/8   12%  ░░░░
    3.1  Transform…    1/4   25%  █░░░
    3.2  注意力机…     0/4    0%  ░░░░
  
  Journal  0h total, 0h this week · s…

Every line fits COLUMNS, from very narrow to wide, in every report.

  $ for c in 16 20 24 30 36 40 50 60 80 120; do
  >   for cmd in status 'status 3' 'status 3.1' list '-q list 注意力' 'next -n 5' 'list --done'; do
  >     COLUMNS=$c llm101 --color=always $cmd | python3 $FIXTURES/../shell/fits.py $c || echo "COLUMNS=$c llm101 $cmd"
  >   done
  > done

Columns line up by display width at any COLUMNS: the count column ends at the same cell.

  $ COLUMNS=44 llm101 status 5
  LLM学习路线图               1/70    1%  ░░░░
  
  5  高级应用（2-3个月）      0/16    0%  ░░░░
    5.1  提示工程              0/4    0%  ░░░░
    5.2  模型微调              0/4    0%  ░░░░
    5.3  检索增强生成（RAG…    0/4    0%  ░░░░
    5.4  应用开发              0/4    0%  ░░░░
  
  Journal  0h total, 0h this week · streak 1 …
  
  Practice projects:
  P4  高级阶段项目  0/3  (stage 5 高级应用)
    P4.1  [ ] RAG系统: 构建检索增强生成系统
    P4.2  [ ] 代码助手: 开发代码生成和补全工具
    P4.3  [ ] 多模态应用: 结合文本和图像的应用
  $ COLUMNS=26 llm101 list 3.1
  3.1.1  [ ] 自注意力机制
  3.1.2  [x] 多头注意力
  3.1.3  [ ] 位置编码
  3.1.4  [ ] 编码器-解码器…
  $ COLUMNS=30 llm101 next -n 2
  1.1.1  线性代数：向量、矩阵、…
  1.1.2  微积分：梯度、偏导数、…
  $ COLUMNS=80 llm101 next
  1.1.1  线性代数：向量、矩阵、特征值分解  (1.1 数学基础)

In a pipe nothing is cut (scripts get whole lines), and a reader that stops early is fine.

  $ llm101 list 1.1.3 | python3 $FIXTURES/../shell/fits.py 30
  47 cells > 30: 1.1.3  [ ] 概率论：概率分布、贝叶斯定理、信息论
  [1]
  $ set -o pipefail; llm101 list | head -1; echo "exit $?"
  1.1.1  [ ] 线性代数：向量、矩阵、特征值分解
  exit 0
  $ set -o pipefail; llm101 status --json | head -c 1; echo " exit $?"
  { exit 0

Errors go to stderr as "llm101: error: …", nothing to stdout; a typo gets a suggestion.

  $ llm101 chek 3.1.2 2>/dev/null; echo "exit $?"
  exit 2
  $ llm101 chek 3.1.2 2>&1 >/dev/null
  llm101: error: unknown command 'chek'
  hint: did you mean 'llm101 check'?
  [2]
  $ llm101 stauts 2>&1 >/dev/null | head -2
  llm101: error: unknown command 'stauts'
  hint: did you mean 'llm101 status'?
  [2]
  $ llm101 check 9.9.9 2>/dev/null; echo "exit $?"
  exit 2

Every command's --help teaches by example and exits 0.

  $ for c in $(llm101 __complete table | sed -n 's/^command \([^\t]*\)\t.*/\1/p'); do
  >   llm101 $c --help | grep -q '^Examples:' && llm101 $c --help | grep -q "  llm101 $c" || echo "$c --help has no examples"
  > done
