A heading's number leaves its title only where it became the ID: a section whose number was taken
by an earlier one keeps "Level 1" in its title, so two "Level N 完成标准" sections stay apart;
ranges and counts stay in the title, and so does a number followed only by a note in brackets;
items right under a stage form S.0, named for that.

  $ cat > weeks.md <<'MD'
  > # 13周详细学习计划
  > - [ ] set up python
  > ## Week 0: Setup
  > - [ ] install conda
  > ## Week 1-2: Transformer基础
  > ### 第 1 周（Flask + 错误处理）
  > - [ ] flask hello
  > ### Level 1 完成标准
  > - [ ] pass quiz
  > ## Week 3: RAG（2周）
  > ### Level 2 完成标准
  > - [ ] build rag
  > MD
  $ llm101 --roadmap weeks.md status
  13周详细学习计划                    0/5    0%  ░░░░░░░░░░░░░░░░░░░░
  
  5  (before the first stage)         0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  0  Setup                            0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  4  Week 1-2: Transformer基础        0/2    0%  ░░░░░░░░░░░░░░░░░░░░
    4.1  第 1 周（Flask + 错误处理）  0/1    0%  ░░░░░░░░░░░░░░░░░░░░
    4.2  Level 1 完成标准             0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  3  RAG（2周）                       0/1    0%  ░░░░░░░░░░░░░░░░░░░░
    3.2  完成标准                     0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ llm101 --roadmap weeks.md outline | tail -9
  5         -  (before the first stage)         1  items outside any heading at this level
    5.0     -  (before the first section)       1  items outside any heading at this level
  0         3  Week 0: Setup                    1  number read from the heading
    0.0     3  (before the first section)       1  items outside any heading at this level
  4         5  Week 1-2: Transformer基础        2  its number is a range, a count or part of the title: next free number
    4.1     6  第 1 周（Flask + 错误处理）      1  number read from the heading
    4.2     8  Level 1 完成标准                 1  its number 1 is taken by an earlier heading: next free number
  3        10  Week 3: RAG（2周）               1  number read from the heading
    3.2    11  Level 2 完成标准                 1  number read from the heading
