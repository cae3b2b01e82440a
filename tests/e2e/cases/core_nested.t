An item ID names that one item. Tasks nested under it change only with --with-children, and
check says which nested items it left alone or changed too.

  $ mkdir src && cat > src/plan.md <<'MD'
  > # Plan
  > ## 1 Basics
  > - [ ] Read the book
  >   - [ ] Chapter 1
  >   - [x] Chapter 2 (done on purpose)
  >     - [ ] Exercises
  > - [ ] Write notes
  > ## 2 More
  > - [ ] Practice
  > MD
  $ llm101 init -q --from src/plan.md
  $ llm101 list 1.1
  1.1      [ ] Read the book
  1.1.1      [ ] Chapter 1
  1.1.2      [x] Chapter 2 (done on purpose)
  1.1.2.1      [ ] Exercises
  $ cp roadmap.md before.md
  $ llm101 check 1.1
  [x] 1.1  Read the book
  ! llm101: roadmap.md: 1 item checked (2/6 done)
  ! llm101: left the nested items unchecked: 1.1.1 1.1.2.1 (--with-children checks them too)
  $ cmp -l before.md roadmap.md
   23  40 170
  [1]
  $ llm101 uncheck 1.1
  [ ] 1.1  Read the book
  ! llm101: roadmap.md: 1 item unchecked (1/6 done)
  ! llm101: left the nested items checked: 1.1.2 (--with-children unchecks them too)
  $ cmp before.md roadmap.md && echo unchanged
  unchanged

The nested item ticked on purpose stays ticked when its parent is unchecked.

  $ llm101 check 1.1 --with-children
  [x] 1.1  Read the book
  [x] 1.1.1  Chapter 1
  [x] 1.1.2.1  Exercises
  ! llm101: roadmap.md: 3 items checked (4/6 done)
  ! llm101: with --with-children, also checked the nested items: 1.1.1 1.1.2.1
  $ llm101 list --done
  1.1      [x] Read the book
  1.1.1      [x] Chapter 1
  1.1.2      [x] Chapter 2 (done on purpose)
  1.1.2.1      [x] Exercises
  $ llm101 uncheck 1.1.1
  [ ] 1.1.1  Chapter 1
  ! llm101: roadmap.md: 1 item unchecked (3/6 done)
  $ llm101 uncheck 1.1
  [ ] 1.1  Read the book
  ! llm101: roadmap.md: 1 item unchecked (2/6 done)
  ! llm101: left the nested items checked: 1.1.2 1.1.2.1 (--with-children unchecks them too)
  $ llm101 list --done
  1.1.2      [x] Chapter 2 (done on purpose)
  1.1.2.1      [x] Exercises
  $ llm101 uncheck 1.1 --with-children
  [ ] 1.1.2  Chapter 2 (done on purpose)
  [ ] 1.1.2.1  Exercises
  ! llm101: roadmap.md: 2 items unchecked (0/6 done)
  ! llm101: with --with-children, also unchecked the nested items: 1.1.2 1.1.2.1
  $ llm101 list --done
  $ llm101 check 1.1.2.1 1.1 --with-children
  [x] 1.1  Read the book
  [x] 1.1.1  Chapter 1
  [x] 1.1.2  Chapter 2 (done on purpose)
  [x] 1.1.2.1  Exercises
  ! llm101: roadmap.md: 4 items checked (4/6 done)
  ! llm101: with --with-children, also checked the nested items: 1.1.1 1.1.2
  $ llm101 uncheck 1.1.2 1.1.2.1
  [ ] 1.1.2  Chapter 2 (done on purpose)
  [ ] 1.1.2.1  Exercises
  ! llm101: roadmap.md: 2 items unchecked (2/6 done)

A section or stage ID still takes all its items, nested ones included, and says nothing more.

  $ llm101 check 1
  [x] 1.1.2  Chapter 2 (done on purpose)
  [x] 1.1.2.1  Exercises
  [x] 1.2  Write notes
  ! llm101: roadmap.md: 3 items checked (5/6 done)
  $ llm101 uncheck 1
  [ ] 1.1  Read the book
  [ ] 1.1.1  Chapter 1
  [ ] 1.1.2  Chapter 2 (done on purpose)
  [ ] 1.1.2.1  Exercises
  [ ] 1.2  Write notes
  ! llm101: roadmap.md: 5 items unchecked (0/6 done)
  $ llm101 list --done
