The seed against a next version with ten changes (tests/fixtures/upgrade/roadmap-next.md): an
item renamed, one dropped and one added in 1.2, two swapped in 2.1, a section inserted at the
start of stage 3 (3.1 and 3.2 become 3.2 and 3.3), two more renamed, one split, one added, one
dropped; also a stage heading renamed, a project renamed and one added. In a workspace with a
journal and git commits: the marks and the practice project carry, the journal keeps its dates,
undo takes the upgrade back.

  $ git init -q -b main . && llm101 init -q
  $ LLM101_TODAY=2026-11-20 llm101 check -q 1.1.4 1.2.4 2.1.2 2.1.3 3.1.2 3.2.1 4.2.4 5.2.2 6.1.4 6.2.2 P4.2
  $ llm101 upgrade $FIXTURES/upgrade/roadmap-next.md --dry-run | head -1; git status --short
  $ llm101 upgrade $FIXTURES/upgrade/roadmap-next.md
  $ llm101 list --done && llm101 projects | grep '\[x\]'
  $ git log -1 --format=%B

The journal still dates every carried item on 2026-11-20 (its lines name the items by text),
so a later command finds nothing "ticked by hand" to date today; the dropped done item's line is
reported and kept.

  $ llm101 log --hours 1 "读论文" && cat journal/2026-11-29.md
  $ llm101 stats | grep -A3 '^Pace' | head -2
  $ grep -c 预印本库 journal/2026-11-20.md

undo takes the upgrade back like any change.

  $ llm101 undo -q && git log --format=%s | head -3 && llm101 list --done | head -3

The built-in roadmap onto itself changes nothing.

  $ llm101 upgrade --builtin
