Roadmaps without resources, goals, projects or paths: the commands say so and exit 0.

  $ cp $FIXTURES/nested.md plan.md
  $ llm101 --roadmap plan.md show 1
  1  Part 1  1/6
  
  Sections:
    1.1  Basics    1/5  ██░░░░░░░░
    1.2  More      0/1  ░░░░░░░░░░
  $ llm101 --roadmap plan.md show 1.1
  1.1  Basics  1/5
  Stage:     1 Part 1
  
  1.1.1      [ ] parent
  1.1.1.1      [ ] child one
  1.1.1.2      [x] child two
  1.1.1.2.1      [ ] grandchild
  1.1.2      [ ] sibling
  
  No resource links in this section.
  $ llm101 --roadmap plan.md resources
  ! llm101: plan.md has no resource links (links in a list inside a stage)
  $ llm101 --roadmap plan.md resources --json
  []
  ! llm101: plan.md has no resource links (links in a list inside a stage)
  $ llm101 --roadmap plan.md projects
  ! llm101: plan.md has no practice projects: none under a heading named 实践项目 or "Practice projects" in the seed's shape (see 'llm101 outline'; projects_heading under [outline] in llm101.toml names another)
  $ llm101 --roadmap plan.md projects --json
  {
      "done" : 0,
      "phases" : [],
      "total" : 0
  }
  ! llm101: plan.md has no practice projects: none under a heading named 实践项目 or "Practice projects" in the seed's shape (see 'llm101 outline'; projects_heading under [outline] in llm101.toml names another)
  $ llm101 --roadmap plan.md path
  ! llm101: plan.md has no learning paths (a 推荐学习路径 heading with lists of 'A → B' steps)
  $ llm101 --roadmap plan.md path --path 初学者路径
  ! llm101: plan.md has no learning paths (a 推荐学习路径 heading with lists of 'A → B' steps)
  $ llm101 --roadmap plan.md show P1
  ! llm101: plan.md has no practice projects: none under a heading named 实践项目 or "Practice projects" in the seed's shape (see 'llm101 outline'; projects_heading under [outline] in llm101.toml names another)
  $ llm101 --roadmap plan.md check P1.1
  ! llm101: error: no practice project 'P1.1': plan.md has no practice projects
  [2]
  $ llm101 --roadmap plan.md next --path 初学者路径
  1.1.1  parent  (1.1 Basics)
  ! llm101: plan.md has no learning paths; following roadmap order
  $ cmp $FIXTURES/nested.md plan.md && echo unchanged
  unchanged

An English roadmap with a Practice Projects section and a learning path.

  $ cp $FIXTURES/guide-english.md rust.md
  $ llm101 --roadmap rust.md status
  Rust in a Year             2/7   28%  █████░░░░░░░░░░░░░░░
  
  1  Basics (1 month)        1/3   33%  ██████░░░░░░░░░░░░░░
    1.1  Syntax              1/2   50%  ██████████░░░░░░░░░░
    1.2  Tooling             0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  2  Concurrency (2 months)  0/2    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Practice Projects       1/2   50%  ██████████░░░░░░░░░░
  $ llm101 --roadmap rust.md show 1
  1  Basics  1/3
  Goal:      read and write small Rust programs
  Duration:  1 month
  
  Sections:
    1.1  Syntax     1/2  █████░░░░░
    1.2  Tooling    0/1  ░░░░░░░░░░
  
  Resources:
    The Book         https://doc.rust-lang.org/book/
    Rust by Example  https://doc.rust-lang.org/rust-by-example/
  $ llm101 --roadmap rust.md projects
  ! llm101: rust.md has no practice projects: none under a heading named 实践项目 or "Practice projects" in the seed's shape (see 'llm101 outline'; projects_heading under [outline] in llm101.toml names another)
  $ llm101 --roadmap rust.md path --path fast
  Fast track  (chosen)
    1.1  [ ] Syntax            1.1 Syntax       1/2  <- you are here
    1.2  [ ] Concurrency       2 Concurrency    0/2
    1.3  [-] Embedded systems  (not in the roadmap: not tracked)
  $ llm101 --roadmap rust.md check P1.2
  ! llm101: error: no practice project 'P1.2': rust.md has no practice projects
  [2]
  $ llm101 --roadmap rust.md status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
  7
