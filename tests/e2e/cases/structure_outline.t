`llm101 outline` shows what became stages and sections and why; llm101.toml's [outline] sets
the levels and the projects/paths headings when the inference is not what the user wants, and
warns when a setting matches nothing; `init --from` prints the outline it found.

The seed: stages at level 3 (level 2 is a wrapper), numbers read from the headings.

  $ llm101 outline | head -12
  Stages: level-3 headings, the shallowest level where items sit under two or more headings (6).
    Level 1 skipped: "LLM学习路线图" (line 9) holds 70 of 70 items, a title or wrapper.
    Level 2 skipped: "📚 学习阶段" (line 23) holds 70 of 70 items, a title or wrapper.
  Sections: level-4 headings, two or more below the stages (17).
  
  ID     LINE  HEADING                                   ITEMS  ID FROM
  1        25  阶段1：基础技能（2-3个月）                   13  number read from the heading
    1.1    29  1.1 数学基础                                  4  number read from the heading
    1.2    40  1.2 编程技能                                  5  number read from the heading
    1.3    53  1.3 机器学习基础                              4  number read from the heading
  2        64  阶段2：深度学习基础（2-3个月）               13  number read from the heading
    2.1    68  2.1 神经网络基础                              5  number read from the heading
  ! llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress

A roadmap written from Week 0, with items before the first stage, a range, a count and a number
inside a title: Week 0 keeps ID 0, so the items before the first stage take the next free number.

  $ cat > weeks.md <<'EOF'
  > # Plan
  > - [ ] set up
  > ## Week 0: Prep
  > - [ ] install
  > ## Week 1-2: Basics (4 weeks)
  > - [ ] read
  > ## 13周详细计划
  > - [ ] plan
  > ## Week 3: GPT 3 models
  > - [ ] gpt
  > ## Week 3: again
  > - [ ] dup
  > EOF
  $ llm101 --roadmap weeks.md outline
  Stages: level-2 headings, the shallowest level where items sit under two or more headings (5).
    Level 1 skipped: "Plan" (line 1) holds 6 of 6 items, a title or wrapper.
  No sections: no heading below the stages.
  
  ID  LINE  HEADING                     ITEMS  ID FROM
  7      -  (before the first stage)        1  items outside any heading at this level
  0      3  Week 0: Prep                    1  number read from the heading
  4      5  Week 1-2: Basics (4 weeks)      1  its number is a range, a count or part of the title: next free number
  5      7  13周详细计划                    1  its number is a range, a count or part of the title: next free number
  3      9  Week 3: GPT 3 models            1  number read from the heading
  6     11  Week 3: again                   1  its number 3 is taken by an earlier heading: next free number
  $ llm101 --roadmap weeks.md list
  7.1  [ ] set up
  0.1  [ ] install
  4.1  [ ] read
  5.1  [ ] plan
  3.1  [ ] gpt
  6.1  [ ] dup
  $ llm101 --roadmap weeks.md outline --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["stages_level"], [(s["id"], s["number"], s.get("ordinal")) for s in d["stages"]])'
  {'level': 2, 'reason': 'several'} [('7', 'pseudo', None), ('0', 'heading', 0), ('4', 'not_ordinal', None), ('5', 'not_ordinal', None), ('3', 'heading', 3), ('6', 'taken', 3)]

A 实践项目 heading not in the seed's shape is shown as not read, with the setting that reads it.

  $ cat > projects.md <<'EOF'
  > # Study
  > ## Part 1
  > - [ ] a
  > - [ ] b
  > ## 实践项目
  > 1. [ ] build a bot
  > 2. [ ] ship it
  > ## Part 2
  > - [ ] c
  > EOF
  $ llm101 --roadmap projects.md outline
  Stages: level-2 headings, the shallowest level where items sit under two or more headings (3).
    Level 1 skipped: "Study" (line 1) holds 5 of 5 items, a title or wrapper.
  No sections: no heading below the stages.
  
  ID  LINE  HEADING   ITEMS  ID FROM
  1      2  Part 1        2  number read from the heading
  3      5  实践项目      2  no number in the heading: next free number
  2      8  Part 2        1  number read from the heading
  
  Not practice projects: "实践项目" (line 5): not the seed's shape (sub-headings, each holding a numbered list); its task items are checklist items. outline.projects_heading in llm101.toml can name it.

The same roadmap as a workspace, with [outline] set: stages at level 2, no sections, the projects
heading named. Numbered project items become projects; settings that match nothing warn.

  $ mkdir ws && cd ws && llm101 init -q --from ../projects.md
  $ cat >> llm101.toml <<'EOF'
  > [outline]
  > stage_level = 2
  > section_level = 0
  > projects_heading = "实践项目"
  > paths_heading = "No such heading"
  > EOF
  $ llm101 outline
  Stages: level-2 headings, as llm101.toml sets (outline.stage_level).
  No sections, as llm101.toml sets (outline.section_level = 0).
  
  ID  LINE  HEADING  ITEMS  ID FROM
  1      2  Part 1       2  number read from the heading
  2      8  Part 2       1  number read from the heading
  
  Practice projects: "实践项目" (line 5): projects 2, phases 1.
  ! llm101: warning: llm101.toml: outline.paths_heading = "No such heading" matches no heading in the roadmap
  $ llm101 status
  Study      0/3    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  Part 1  0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Part 2  0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  ! llm101: warning: llm101.toml: outline.paths_heading = "No such heading" matches no heading in the roadmap
  $ sed -i 's/stage_level = 2/stage_level = 5/' llm101.toml
  $ llm101 outline | head -3
  Stages: level-2 headings, the shallowest level where items sit under two or more headings (2).
    Level 1 skipped: "Study" (line 1) holds 3 of 3 items, a title or wrapper.
  No sections, as llm101.toml sets (outline.section_level = 0).
  ! llm101: warning: llm101.toml: outline.stage_level = 5 matches no heading in the roadmap; the stage level is inferred instead (see 'llm101 outline')
  ! llm101: warning: llm101.toml: outline.paths_heading = "No such heading" matches no heading in the roadmap
  $ printf '[outline]\nstage_level = 9\n' > bad.toml && cp llm101.toml good.toml && cp bad.toml llm101.toml && llm101 status
  ! llm101: error: llm101.toml:2:15: 'outline.stage_level' must be a heading level, 1 to 6
  [2]
  $ cp good.toml llm101.toml && cd ..

`init --from FILE` prints the outline it found.

  $ mkdir ws2 && cd ws2 && llm101 init --from ../weeks.md
  Initialized an llm101 workspace in $TMP/work/ws2
    roadmap.md   copied from ../weeks.md (6 items, 0 done)
    llm101.toml  settings
    journal/     your study journal
  
  The outline found in ../weeks.md (llm101 outline shows it again; [outline] in llm101.toml changes it):
  Stages: level-2 headings, the shallowest level where items sit under two or more headings (5).
    Level 1 skipped: "Plan" (line 1) holds 6 of 6 items, a title or wrapper.
  No sections: no heading below the stages.
  
  ID  LINE  HEADING                     ITEMS  ID FROM
  7      -  (before the first stage)        1  items outside any heading at this level
  0      3  Week 0: Prep                    1  number read from the heading
  4      5  Week 1-2: Basics (4 weeks)      1  its number is a range, a count or part of the title: next free number
  5      7  13周详细计划                    1  its number is a range, a count or part of the title: next free number
  3      9  Week 3: GPT 3 models            1  number read from the heading
  6     11  Week 3: again                   1  its number 3 is taken by an earlier heading: next free number
  
  Next: 'llm101 status', then 'llm101 check ID' as you finish items. Commit these files to git.
  $ cd ..

In the interface language.

  $ (unset LC_ALL; LANG=zh_CN.UTF-8 llm101 --roadmap weeks.md outline)
  阶段：2 级标题，条目分布在两个或更多标题下的最浅级别（5 个）。
    跳过 1 级：「Plan」（第 1 行）包含全部 6 个条目中的 6 个，是标题或外层包装。
  没有小节：阶段下没有标题。
  
  编号  行  标题                         条目  编号来源
  7      -  (before the first stage)        1  不在此级别任何标题下的条目
  0      3  Week 0: Prep                    1  编号取自标题
  4      5  Week 1-2: Basics (4 weeks)      1  它的数字是范围、数量或标题的一部分：取下一个空闲编号
  5      7  13周详细计划                    1  它的数字是范围、数量或标题的一部分：取下一个空闲编号
  3      9  Week 3: GPT 3 models            1  编号取自标题
  6     11  Week 3: again                   1  它的编号 3 已被前面的标题占用：取下一个空闲编号
