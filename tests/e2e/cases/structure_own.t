Bring your own roadmap (issue 19): hand-made documents, one per pattern; what becomes a stage,
a section or an item, and which numbers become IDs.

  $ cat > numbered.md <<'EOF'
  > # Course
  > 
  > ## 阶段1：基础（2-3个月）
  > - [ ] a
  > ## 第3阶段 进阶
  > - [ ] b
  > ## Part IV
  > - [ ] c
  > ## Stage 7: Wrap up (4 weeks)
  > - [ ] d
  > EOF
  $ llm101 --roadmap numbered.md status
  Course                0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  基础（2-3个月）    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  3  进阶               0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  4  Part IV            0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  7  Wrap up (4 weeks)  0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap numbered.md list
  1.1  [ ] a
  3.1  [ ] b
  4.1  [ ] c
  7.1  [ ] d
  $ cat > ranges.md <<'EOF'
  > # 13周详细学习计划
  > 
  > ## 13周详细学习计划
  > 
  > ### Week 1-2: Transformer基础
  > - [ ] read paper
  > ### Week 3: Attention
  > - [ ] implement
  > ### 第 4 周（Flask + 错误处理）
  > - [ ] flask
  > ### GPT 3 models
  > - [ ] gpt
  > EOF
  $ llm101 --roadmap ranges.md status
  13周详细学习计划                0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  5  Week 1-2: Transformer基础    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Attention                    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  4  第 4 周（Flask + 错误处理）  0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  6  GPT 3 models                 0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap ranges.md list
  5.1  [ ] read paper
  3.1  [ ] implement
  4.1  [ ] flask
  6.1  [ ] gpt
  $ cat > two-h1.md <<'EOF'
  > # My roadmap
  > 
  > - [ ] intro a
  > - [ ] intro b
  > 
  > # 动机
  > 
  > ## Arrays
  > - [ ] a1
  > - [ ] a2
  > ## Strings
  > - [ ] s1
  > - [ ] s2
  > ## Trees
  > - [ ] t1
  > - [ ] t2
  > - [ ] t3
  > - [ ] t4
  > - [ ] t5
  > - [ ] t6
  > - [ ] t7
  > - [ ] t8
  > - [ ] t9
  > - [ ] t10
  > - [ ] t11
  > - [ ] t12
  > - [ ] t13
  > - [ ] t14
  > - [ ] t15
  > - [ ] t16
  > EOF
  $ llm101 --roadmap two-h1.md status
  My roadmap                    0/22    0%  ░░░░░░░░░░░░░░░░░░░░
  
  0  (before the first stage)    0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  1  Arrays                      0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Strings                     0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Trees                      0/16    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap two-h1.md list
  0.1   [ ] intro a
  0.2   [ ] intro b
  1.1   [ ] a1
  1.2   [ ] a2
  2.1   [ ] s1
  2.2   [ ] s2
  3.1   [ ] t1
  3.2   [ ] t2
  3.3   [ ] t3
  3.4   [ ] t4
  3.5   [ ] t5
  3.6   [ ] t6
  3.7   [ ] t7
  3.8   [ ] t8
  3.9   [ ] t9
  3.10  [ ] t10
  3.11  [ ] t11
  3.12  [ ] t12
  3.13  [ ] t13
  3.14  [ ] t14
  3.15  [ ] t15
  3.16  [ ] t16
  $ cat > list-headings.md <<'EOF'
  > # Topics
  > 
  > ## Data structures
  > - ### Arrays
  >   - [ ] Time complexity
  >   - [ ] Description
  > - ### Lists
  >   - [ ] Insert
  > ## Algorithms
  > - ### Sorting
  >   - [ ] Quicksort
  > EOF
  $ llm101 --roadmap list-headings.md status
  Topics              0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  Data structures  0/3    0%  ░░░░░░░░░░░░░░░░░░░░
    1.1  Arrays       0/2    0%  ░░░░░░░░░░░░░░░░░░░░
    1.2  Lists        0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Algorithms       0/1    0%  ░░░░░░░░░░░░░░░░░░░░
    2.1  Sorting      0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap list-headings.md list
  1.1.1  [ ] Time complexity
  1.1.2  [ ] Description
  1.2.1  [ ] Insert
  2.1.1  [ ] Quicksort
  $ cat > stray.md <<'EOF'
  > # Interview
  > 
  > ## Python
  > - [ ] one
  > - [ ] two
  >   - [ ] two.a
  > ## Go
  > - [ ] three
  > ### Concurrency
  > - [ ] stray
  > ## Rust
  > - [ ] four
  > EOF
  $ llm101 --roadmap stray.md status
  Interview  0/6    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  Python  0/3    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Go      0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Rust    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap stray.md list
  1.1    [ ] one
  1.2    [ ] two
  1.2.1    [ ] two.a
  2.1    [ ] three
  2.2    [ ] stray
  3.1    [ ] four
  $ cat > projects-like.md <<'EOF'
  > # Agent roadmap
  > 
  > ## Stage 1
  > - [ ] basics
  > ### 实践项目
  > - **任务**:
  >   - [ ] build a bot
  >   - [ ] deploy it
  > - 链接: https://example.com
  > - 为什么重要: practice
  > 
  > ## Stage 2
  > - [ ] more
  > ### 学习路径选择
  > - 路线 A: 快
  > - 路线 B: 慢
  > EOF
  $ llm101 --roadmap projects-like.md status
  Agent roadmap                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  Stage 1                         0/3    0%  ░░░░░░░░░░░░░░░░░░░░
    1.0  (before the first section)  0/1    0%  ░░░░░░░░░░░░░░░░░░░░
    1.1  实践项目                    0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Stage 2                         0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap projects-like.md list
  1.0.1  [ ] basics
  1.1.1  [ ] build a bot
  1.1.2  [ ] deploy it
  2.0.1  [ ] more
  $ cat > before.md <<'EOF'
  > # Title
  > 
  > - [ ] setup tools
  > - [ ] read intro
  > 
  > ## Stage 1
  > - [ ] a
  > ## Stage 2
  > - [ ] b
  > EOF
  $ llm101 --roadmap before.md status
  Title                        0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  0  (before the first stage)  0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  1  Stage 1                   0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Stage 2                   0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap before.md list
  0.1  [ ] setup tools
  0.2  [ ] read intro
  1.1  [ ] a
  2.1  [ ] b
  $ cat > empty-looking.md <<'EOF'
  > # T
  > 
  > ## One
  > - [ ] ![](img/diagram.png)
  > - [ ] ![Alt text](x.png)
  > - [ ] [](x)
  > - [ ] <br>
  > - [ ] <!-- note -->
  > - [ ] <div>
  > - [ ]
  > - [x] plain
  > EOF
  $ llm101 --roadmap empty-looking.md status
  T  1/7   14%  ██░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap empty-looking.md list
  1  [ ] diagram.png
  2  [ ] Alt text
  3  [ ] [](x)
  4  [ ] <br>
  5  [ ] <!-- note -->
  6  [ ] <div>
  7  [x] plain

Practice-project-like and learning-path-like headings in a non-seed roadmap read nothing:

  $ llm101 --roadmap projects-like.md projects
  ! llm101: projects-like.md has no practice projects: none under a heading named 实践项目 or "Practice projects" in the seed's shape (see 'llm101 outline'; projects_heading under [outline] in llm101.toml names another)
  $ llm101 --roadmap projects-like.md path
  ! llm101: projects-like.md has no learning paths (a 推荐学习路径 heading with lists of 'A → B' steps)
  $ llm101 --roadmap projects-like.md check P1.1
  ! llm101: error: no practice project 'P1.1': projects-like.md has no practice projects
  [2]

A stray checkbox under a new deeper heading moves no other ID (stray.md without it):

  $ grep -v stray stray.md > nostray.md
  $ llm101 --roadmap nostray.md list
  1.1    [ ] one
  1.2    [ ] two
  1.2.1    [ ] two.a
  2.1    [ ] three
  3.1    [ ] four

Empty-looking tasks are items; checking one flips one byte:

  $ llm101 --roadmap empty-looking.md check 4
  [x] 4  <br>
  ! llm101: empty-looking.md: 1 item checked (2/7 done)
  $ grep -n 'br>' empty-looking.md
  7:- [x] <br>

The seed's IDs are unchanged (every ID, in order):

  $ llm101 --roadmap $SEED list | md5sum
  6dce53e9ee1e87c0109b7342994a0e8b  -
