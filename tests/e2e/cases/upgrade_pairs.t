Taking a new version of a roadmap (issue 18): hand-made version pairs, one kind of change each.
Marks follow their items by text, whatever the new IDs; the report names what moved, was
renamed, is new or was dropped, with the state each item had.

Items reordered and renamed inside their sections: the done marks follow the text.

  $ cat > v1.md <<'EOF'
  > # Course
  > ## Stage 1: Basics
  > ### 1.1 Math
  > - [x] Linear algebra
  > - [ ] Probability
  > - [x] Calculus
  > ### 1.2 Code
  > - [x] Python basics
  > - [ ] NumPy arrays
  > EOF
  $ cat > v2.md <<'EOF'
  > # Course
  > ## Stage 1: Basics
  > ### 1.1 Math
  > - [ ] Calculus
  > - [ ] Linear algebra
  > - [ ] Probability and statistics
  > ### 1.2 Code
  > - [ ] Python basics and syntax
  > - [ ] NumPy arrays
  > EOF
  $ cp v1.md before.md && llm101 --roadmap v1.md upgrade v2.md --dry-run && cmp v1.md before.md && echo v1.md unchanged
  v1.md → v2.md: 1 kept, 2 moved, 2 renamed, 0 new, 0 dropped
  moved:
    1.1.1 → 1.1.2  [x] Linear algebra
    1.1.3 → 1.1.1  [x] Calculus
  renamed:
    1.1.2 → 1.1.3  [ ] Probability → Probability and statistics
    1.2.1 → 1.2.1  [x] Python basics → Python basics and syntax
  v1.md unchanged
  ! llm101: dry run: nothing written
  $ llm101 --roadmap v1.md upgrade v2.md && cat v1.md
  v1.md → v2.md: 1 kept, 2 moved, 2 renamed, 0 new, 0 dropped
  moved:
    1.1.1 → 1.1.2  [x] Linear algebra
    1.1.3 → 1.1.1  [x] Calculus
  renamed:
    1.1.2 → 1.1.3  [ ] Probability → Probability and statistics
    1.2.1 → 1.2.1  [x] Python basics → Python basics and syntax
  # Course
  ## Stage 1: Basics
  ### 1.1 Math
  - [x] Calculus
  - [x] Linear algebra
  - [ ] Probability and statistics
  ### 1.2 Code
  - [x] Python basics and syntax
  - [ ] NumPy arrays

Moved between sections, a new section inserted (the IDs after it shift), an item deleted.
(数值计算：NumPy moves to another section but keeps its ID 1.2.3: kept means the same text
under the same ID.)

  $ cat > a1.md <<'EOF'
  > # 路线图
  > ## 阶段1：基础
  > #### 1.1 数学
  > - [x] 线性代数
  > - [x] 概率论
  > #### 1.2 编程
  > - [x] Python基础
  > - [ ] Git版本控制
  > - [x] 数值计算：NumPy
  > EOF
  $ cat > a2.md <<'EOF'
  > # 路线图
  > ## 阶段1：基础
  > #### 1.1 预备知识
  > - [ ] 命令行
  > #### 1.2 数学
  > - [ ] 线性代数
  > - [ ] 概率论
  > - [ ] 数值计算：NumPy
  > #### 1.3 编程
  > - [ ] Python基础
  > EOF
  $ llm101 --roadmap a1.md upgrade a2.md; echo "exit $?" && cat a1.md
  a1.md → a2.md: 1 kept, 3 moved, 0 renamed, 1 new, 1 dropped
  moved:
    1.1.1 → 1.2.1  [x] 线性代数
    1.1.2 → 1.2.2  [x] 概率论
    1.2.1 → 1.3.1  [x] Python基础
  new:
    1.1.1  [ ] 命令行
  dropped:
    1.2.2  [ ] Git版本控制
  exit 0
  # 路线图
  ## 阶段1：基础
  #### 1.1 预备知识
  - [ ] 命令行
  #### 1.2 数学
  - [x] 线性代数
  - [x] 概率论
  - [x] 数值计算：NumPy
  #### 1.3 编程
  - [x] Python基础

Stages renumbered: a stage inserted in front moves every ID; width, case, spacing, punctuation
and emoji changes count as the same text.

  $ cat > s1.md <<'EOF'
  > ## 阶段1：模型
  > - [x] 🚀 RAG（检索增强生成）
  > - [ ] Few-shot 学习
  > ## 阶段2：应用
  > - [x] 聊天机器人开发
  > EOF
  $ cat > s2.md <<'EOF'
  > ## 阶段1：准备
  > - [ ] 环境配置
  > ## 阶段2：模型
  > - [ ] RAG (检索增强生成)
  > - [ ] few-shot学习
  > ## 阶段3：应用
  > - [ ] 聊天机器人开发
  > EOF
  $ llm101 --roadmap s1.md upgrade s2.md --json
  {
      "dropped" : 0,
      "from" : "s1.md",
      "items" : [
          {
              "fate" : "renamed",
              "new_id" : "2.1",
              "new_text" : "RAG (检索增强生成)",
              "old_id" : "1.1",
              "old_text" : "🚀 RAG（检索增强生成）",
              "state" : "done"
          },
          {
              "fate" : "renamed",
              "new_id" : "2.2",
              "new_text" : "few-shot学习",
              "old_id" : "1.2",
              "old_text" : "Few-shot 学习",
              "state" : "open"
          },
          {
              "fate" : "moved",
              "new_id" : "3.1",
              "new_text" : "聊天机器人开发",
              "old_id" : "2.1",
              "old_text" : "聊天机器人开发",
              "state" : "done"
          },
          {
              "fate" : "new",
              "new_id" : "1.1",
              "new_text" : "环境配置",
              "old_id" : "",
              "old_text" : "",
              "state" : "open"
          }
      ],
      "kept" : 0,
      "moved" : 1,
      "new" : 1,
      "projects" : [],
      "renamed" : 2,
      "to" : "s2.md",
      "unmapped_journal" : [],
      "written" : true
  }
  $ cat s1.md
  ## 阶段1：准备
  - [ ] 环境配置
  ## 阶段2：模型
  - [x] RAG (检索增强生成)
  - [ ] few-shot学习
  ## 阶段3：应用
  - [x] 聊天机器人开发

An item split in two: the more similar half keeps the mark, the other is new.

  $ cat > p1.md <<'EOF'
  > ## Week 1
  > - [x] 分词和词嵌入：Word2Vec
  > - [ ] 语言模型
  > EOF
  $ cat > p2.md <<'EOF'
  > ## Week 1
  > - [ ] 分词：BPE
  > - [ ] 词嵌入：Word2Vec、GloVe
  > - [ ] 语言模型
  > EOF
  $ llm101 --roadmap p1.md upgrade p2.md && cat p1.md
  p1.md → p2.md: 0 kept, 1 moved, 1 renamed, 1 new, 0 dropped
  moved:
    1.2 → 1.3  [ ] 语言模型
  renamed:
    1.1 → 1.2  [x] 分词和词嵌入：Word2Vec → 词嵌入：Word2Vec、GloVe
  new:
    1.1  [ ] 分词：BPE
  ## Week 1
  - [ ] 分词：BPE
  - [x] 词嵌入：Word2Vec、GloVe
  - [ ] 语言模型

A renamed item is looked for only in the section (or stage) it corresponds to: a similar text
elsewhere is another item, and the mark is reported dropped rather than given to it.

  $ printf '## A\n- [x] 多头注意力\n- [ ] 位置编码\n## B\n- [ ] 自注意力\n' > r1.md
  $ printf '## A\n- [ ] 位置编码\n## B\n- [ ] 自注意力\n- [ ] 多头注意力的实现细节与优化\n' > r2.md
  $ llm101 --roadmap r1.md upgrade r2.md; cat r1.md
  r1.md → r2.md: 1 kept, 1 moved, 0 renamed, 1 new, 1 dropped
  moved:
    1.2 → 1.1  [ ] 位置编码
  new:
    2.2  [ ] 多头注意力的实现细节与优化
  dropped:
    1.1  [x] 多头注意力
  ## A
  - [ ] 位置编码
  ## B
  - [ ] 自注意力
  - [ ] 多头注意力的实现细节与优化
  ! llm101: warning: 1 done item is not in r2.md; the journal keeps its completion date: 1.1 多头注意力

Item states travel too: an item in progress or skipped (llm101's marker comment, or Obsidian's
[/] and [-] written by hand) keeps its state in the new version, and the report shows it.

  $ printf '## A\n- [ ] <!-- llm101: doing --> Attention\n- [/] Positional encoding\n- [ ] <!-- llm101: skipped --> History\n- [-] Old tricks\n- [x] Tokens\n' > s1.md
  $ printf '## A\n- [ ] Tokens\n- [ ] Attention\n- [ ] Positional encoding\n- [ ] History\n- [ ] Old tricks\n' > s2.md
  $ llm101 --roadmap s1.md upgrade s2.md; cat s1.md
  s1.md → s2.md: 0 kept, 5 moved, 0 renamed, 0 new, 0 dropped
  moved:
    1 → 2  [/] Attention
    2 → 3  [/] Positional encoding
    3 → 4  [-] History
    4 → 5  [-] Old tricks
    5 → 1  [x] Tokens
  ## A
  - [x] Tokens
  - [ ] <!-- llm101: doing --> Attention
  - [ ] <!-- llm101: doing --> Positional encoding
  - [ ] <!-- llm101: skipped --> History
  - [ ] <!-- llm101: skipped --> Old tricks
  $ llm101 --roadmap s1.md list --json | python3 -c 'import json,sys; print(" ".join(i["state"] for i in json.load(sys.stdin)))'
  done doing doing skipped skipped

Bad input: no version, both, a file with no items, conflict markers, a missing file. Nothing is
written.

  $ cp r1.md keep.md
  $ llm101 --roadmap r1.md upgrade
  ! llm101: error: which version? give a roadmap file (NEW.md) or --builtin
  ! hint: llm101 upgrade --builtin takes the roadmap built into this llm101
  [2]
  $ llm101 --roadmap r1.md upgrade r2.md --builtin
  ! llm101: error: give either NEW.md or --builtin, not both
  ! hint: llm101 upgrade --builtin takes the roadmap built into this llm101
  [2]
  $ printf '# just prose\n' > empty.md && llm101 --roadmap r1.md upgrade empty.md
  ! llm101: error: empty.md: no task items (- [ ] …): taking it would drop every item of the roadmap
  [2]
  $ printf -- '- [ ] a\n<<<<<<< ours\n- [ ] b\n=======\n>>>>>>> theirs\n' > conflict.md && llm101 --roadmap r1.md upgrade conflict.md
  ! llm101: error: conflict.md:2: git merge conflict markers; resolve them before upgrading to this file
  [2]
  $ llm101 --roadmap r1.md upgrade missing.md
  ! llm101: error: missing.md: cannot open: No such file or directory
  [2]
  $ cmp r1.md keep.md && echo unchanged
  unchanged
