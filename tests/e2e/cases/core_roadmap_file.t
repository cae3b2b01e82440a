--roadmap FILE works outside any workspace, for reading and writing.

  $ cp "$FIXTURES/crlf.md" plan.md && cp plan.md before.md
  $ llm101 --roadmap plan.md list
  1.1  [ ] read
  1.2  [x] write
  2.1  [ ] review
  $ llm101 --roadmap plan.md check 2.1
  [x] 2.1  review
  ! llm101: plan.md: 1 item checked (2/3 done)
  $ cmp -l before.md plan.md
  63  40 170
  [1]
  $ llm101 --roadmap plan.md uncheck 2.1 && cmp before.md plan.md && echo identical
  [ ] 2.1  review
  identical
  ! llm101: plan.md: 1 item unchecked (1/3 done)

A symlinked roadmap stays a link; its target changes and keeps its mode.

  $ cp "$FIXTURES/bom.md" real.md && chmod 640 real.md && ln -s real.md link.md
  $ llm101 --roadmap link.md check 1.1 && test -L link.md && echo still a link
  [x] 1.1  线性代数
  still a link
  ! llm101: link.md: 1 item checked (2/3 done)
  $ stat -c %a real.md
  640
  $ llm101 --roadmap link.md list --done
  1.1  [x] 线性代数
  2.1  [x] Python

Files that are not roadmaps get clear errors.

  $ llm101 --roadmap missing.md status
  ! llm101: error: missing.md: cannot open: No such file or directory
  [2]
  $ mkdir adir && llm101 --roadmap adir status
  ! llm101: error: adir: cannot read: Is a directory
  [2]
  $ llm101 --roadmap "$FIXTURES/no-tasks.md" status
  Notes  0/0    0%  ░░░░░░░░░░░░░░░░░░░░
  
  No task items found (a task item is a list item starting with "[ ]" or "[x]").
  $ cp "$FIXTURES/conflict.md" conflict.md && llm101 --roadmap conflict.md check 1
  ! llm101: error: conflict.md:3: git merge conflict markers; resolve the conflict before llm101 edits this file
  [2]
  $ cmp "$FIXTURES/conflict.md" conflict.md && echo unchanged
  unchanged

Nested items, stage-level items and look-alikes.

  $ llm101 --roadmap "$FIXTURES/nested.md" list
  1.1.1      [ ] parent
  1.1.1.1      [ ] child one
  1.1.1.2      [x] child two
  1.1.1.2.1      [ ] grandchild
  1.1.2      [ ] sibling
  1.2.1      [ ] under a plain item
  2.0.1      [ ] directly under the stage
  2.1.1      [ ] deep item
  $ llm101 --roadmap "$FIXTURES/x-in-text.md" list
  1.1  [ ] mentions x later
  1.2  [x] done, mentions [ ] later
  1.3  [x] [x] in code
  2.1  [x] link-ref collides
  2.2  [ ] star bullet
  2.3  [ ] plus bullet
  2.4  [ ] tab after box
  $ llm101 --roadmap "$FIXTURES/code-fence.md" list --json
  [
      {
          "done" : false,
          "id" : "1.1",
          "line" : 2,
          "section" : null,
          "stage" : "1",
          "state" : "open",
          "text" : "real item"
      },
      {
          "done" : false,
          "id" : "2.1",
          "line" : 15,
          "section" : null,
          "stage" : "2",
          "state" : "open",
          "text" : "second real"
      }
  ]
