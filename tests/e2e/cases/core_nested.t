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
  $ llm101 list 1.0.1
  $ cp roadmap.md before.md
  $ llm101 check 1.0.1
  $ cmp -l before.md roadmap.md
  $ llm101 uncheck 1.0.1
  $ cmp before.md roadmap.md && echo unchanged

The nested item ticked on purpose stays ticked when its parent is unchecked.

  $ llm101 check 1.0.1 --with-children
  $ llm101 list --done
  $ llm101 uncheck 1.0.1.1
  $ llm101 uncheck 1.0.1
  $ llm101 list --done
  $ llm101 uncheck 1.0.1 --with-children
  $ llm101 list --done

A section or stage ID still takes all its items, nested ones included, and says nothing more.

  $ llm101 check 1
  $ llm101 -q uncheck 1 && cmp before.md roadmap.md && echo unchanged
