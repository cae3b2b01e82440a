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
  $ llm101 --roadmap v1.md upgrade v2.md --dry-run && cmp -s v1.md v2.md || echo v1.md unchanged
  $ llm101 --roadmap v1.md upgrade v2.md && cat v1.md

Moved between sections, a new section inserted (the IDs after it shift), an item deleted.

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
  $ cat s1.md

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

A renamed item is looked for only in the section (or stage) it corresponds to: a similar text
elsewhere is another item, and the mark is reported dropped rather than given to it.

  $ printf '## A\n- [x] 多头注意力\n- [ ] 位置编码\n## B\n- [ ] 自注意力\n' > r1.md
  $ printf '## A\n- [ ] 位置编码\n## B\n- [ ] 自注意力\n- [ ] 多头注意力的实现细节与优化\n' > r2.md
  $ llm101 --roadmap r1.md upgrade r2.md; cat r1.md

Bad input: no version, both, a file with no items, conflict markers, a missing file. Nothing is
written.

  $ cp r1.md keep.md
  $ llm101 --roadmap r1.md upgrade
  $ llm101 --roadmap r1.md upgrade r2.md --builtin
  $ printf '# just prose\n' > empty.md && llm101 --roadmap r1.md upgrade empty.md
  $ printf -- '- [ ] a\n<<<<<<< ours\n- [ ] b\n=======\n>>>>>>> theirs\n' > conflict.md && llm101 --roadmap r1.md upgrade conflict.md
  $ llm101 --roadmap r1.md upgrade missing.md
  $ cmp r1.md keep.md && echo unchanged
