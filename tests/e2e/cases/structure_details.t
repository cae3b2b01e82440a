Details of issue 19: a tab inside the brackets comes back on uncheck, durations only from what
reads as one, a title's leading emoji is decoration, and list --json always has stage and section.

A roadmap written with tabs in its boxes keeps them through check and uncheck.

  $ printf '## A\n- [\t] one\n- [\t] two\n' > tabs.md && cp tabs.md before.md
  $ llm101 -q --roadmap tabs.md check 2 && grep -c x tabs.md && llm101 -q --roadmap tabs.md uncheck 2 && cmp tabs.md before.md && echo same bytes
  1
  same bytes

A checked box keeps no trace of its old blank: unchecking copies the nearest unchecked box's blank,
and when every box is checked there is none to copy, so the box gets a space.

  $ llm101 -q --roadmap tabs.md check 1 2 && llm101 -q --roadmap tabs.md uncheck 1 && cat -A tabs.md
  ## A$
  - [ ] one$
  - [x] two$
  $ llm101 -q --roadmap tabs.md uncheck 2 && cat -A tabs.md
  ## A$
  - [ ] one$
  - [ ] two$

A trailing bracket is a duration only when it reads as one; any other stays in the title.

  $ cat > plan.md <<'EOF'
  > # Plan
  > ## 🎯 Basics (4 weeks)
  > - [ ] a
  > ## 第 2 周 Web（Flask + 错误处理）
  > - [ ] b
  > ## Week 3: Transformers（约2周）
  > - [ ] c
  > ## Week 4: Projects (3 projects)
  > - [ ] d
  > EOF
  $ llm101 --roadmap plan.md status
  Plan                        0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  5  Basics (4 weeks)         0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Web（Flask + 错误处理）  0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Transformers（约2周）    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  4  Projects (3 projects)    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  $ for s in 5 2 3 4; do llm101 --roadmap plan.md show $s | grep -E '^(Duration|[0-9])' ; done
  5  Basics  0/1
  Duration:  4 weeks
  5.1  [ ] a
  2  Web（Flask + 错误处理）  0/1
  2.1  [ ] b
  3  Transformers  0/1
  Duration:  约2周
  3.1  [ ] c
  4  Projects (3 projects)  0/1
  4.1  [ ] d
  $ llm101 --roadmap plan.md list --json | python3 -c 'import json,sys; print([(i["id"], i["stage"], i["section"]) for i in json.load(sys.stdin)])'
  [('5.1', '5', None), ('2.1', '2', None), ('3.1', '3', None), ('4.1', '4', None)]
  $ printf -- '- [ ] loose\n' > flat.md && llm101 --roadmap flat.md list --json
  [
      {
          "done" : false,
          "id" : "1",
          "line" : 1,
          "section" : null,
          "stage" : null,
          "state" : "open",
          "text" : "loose"
      }
  ]

IDs are padded to the widest of their rank, so titles line up in status and next.

  $ for i in 8 9 10; do printf '## Stage %s\n### A\n- [ ] a%s\n### B\n- [ ] b%s\n' $i $i $i; done > wide.md
  $ llm101 --roadmap wide.md status | cut -c1-16
  Roadmap       0/
  
  8   Stage 8   0/
    8.1   A     0/
    8.2   B     0/
  9   Stage 9   0/
    9.1   A     0/
    9.2   B     0/
  10  Stage 10  0/
    10.1  A     0/
    10.2  B     0/
  $ llm101 --roadmap wide.md next -n 6
  8.1.1   a8  (8.1 A)
  8.2.1   b8  (8.2 B)
  9.1.1   a9  (9.1 A)
  9.2.1   b9  (9.2 B)
  10.1.1  a10  (10.1 A)
  10.2.1  b10  (10.2 B)
