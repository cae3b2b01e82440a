Writing commands need a workspace, and create nothing without one.

  $ llm101 check 3.1.2
  ! llm101: error: not in an llm101 workspace (no llm101.toml in $TMP/work or above)
  ! hint: run 'llm101 init' to start one here, or pass --roadmap FILE
  [1]
  $ ls -A
  $ llm101 init -q && ls -A
  journal
  llm101.toml
  roadmap.md
  $ cat llm101.toml
  # llm101 workspace settings. llm101 reads this file and never rewrites it.
  # Paths are relative to this file's directory.
  
  # The roadmap: a Markdown file whose GFM task items (- [ ] …) are your checklist.
  roadmap = "roadmap.md"
  
  # The study journal: one Markdown file per day (YYYY-MM-DD.md) in this directory.
  journal = "journal"
  
  # Journal settings (uncomment to change):
  # journal_language = "zh"   # template of new entries: "zh" (学习日志, as the roadmap) or "en"
  # week_start = "monday"     # "monday" or "sunday": weekly totals and the calendar
  # daily_goal = 1.5          # hours per day; shades the calendar, counted in 'llm101 stats'
  
  # The learning path to follow (a heading under 推荐学习路径); 'llm101 path' lists them.
  # path = "初学者路径"

init into an existing workspace fails and changes nothing; so does init inside one.

  $ llm101 init
  ! llm101: error: $TMP/work is already an llm101 workspace (llm101.toml exists); nothing changed
  [1]
  $ mkdir sub && cd sub && llm101 init; cd ..
  ! llm101: error: $TMP/work/sub is inside the workspace $TMP/work; nothing changed
  ! hint: run 'llm101 init' outside it, or use -C DIR
  $ ls -A sub

The workspace is found from a subdirectory, and -C runs elsewhere.

  $ mkdir -p notes/deep && cd notes/deep && llm101 check 1.1.1 && cd ../..
  [x] 1.1.1  线性代数：向量、矩阵、特征值分解
  ! llm101: $TMP/work/roadmap.md: 1 item checked (1/70 done)
  $ cd / && llm101 -C "$TMP/work" list --done && cd "$TMP/work"
  1.1.1  [x] 线性代数：向量、矩阵、特征值分解
  $ llm101 -C /nonexistent status
  ! llm101: error: -C /nonexistent: No such file or directory
  [2]

A custom roadmap path and journal in llm101.toml; unknown keys are warned about.

  $ mkdir custom && cd custom && printf '## Week 1\n- [ ] read\n' > plan.md
  $ printf 'roadmap = "plan.md"\njournal = "log"\ncolour = "yes"\n' > llm101.toml
  $ llm101 check 1.1 && cat plan.md
  [x] 1.1  read
  ## Week 1
  - [x] read
  ! llm101: warning: llm101.toml:3:1: unknown key 'colour' (ignored)
  ! llm101: plan.md: 1 item checked (1/1 done)
  $ printf 'roadmap = \n' > llm101.toml && llm101 status
  ! llm101: error: llm101.toml:1:11: Error while parsing key-value pair: expected value, saw '\n'
  [2]
  $ printf 'roadmap = "missing.md"\n' > llm101.toml && llm101 status
  ! llm101: error: missing.md: cannot open: No such file or directory
  [2]
  $ cd ..

init keeps an existing roadmap.md, and --from copies another.

  $ mkdir "$TMP/own" && cd "$TMP/own" && printf '# Mine\n- [x] done already\n- [ ] todo\n' > roadmap.md && llm101 init && cat roadmap.md
  Initialized an llm101 workspace in $TMP/own
    roadmap.md   kept as it was (2 items, 1 done)
    llm101.toml  settings
    journal/     your study journal
    journal/before-tracking.md 1 ticked item recorded as done before tracking (no date)
  Next: 'llm101 status', then 'llm101 check ID' as you finish items. Commit these files to git.
  # Mine
  - [x] done already
  - [ ] todo
  $ mkdir "$TMP/from" && llm101 -C "$TMP/from" init --from "$FIXTURES/nested.md" -q && llm101 -C "$TMP/from" list 1.1.1
  1.1.1      [ ] parent
  1.1.1.1      [ ] child one
  1.1.1.2      [x] child two
  1.1.1.2.1      [ ] grandchild
  $ mkdir "$TMP/bad" && llm101 -C "$TMP/bad" init --from "$TMP/missing.md"; ls -A "$TMP/bad"
  ! llm101: error: $TMP/missing.md: cannot open: No such file or directory
