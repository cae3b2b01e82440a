The seed against a next version with ten changes (tests/fixtures/upgrade/roadmap-next.md): an
item renamed, one dropped and one added in 1.2, two swapped in 2.1, a section inserted at the
start of stage 3 (3.1 and 3.2 become 3.2 and 3.3), three renamed, one split, one added, one
dropped, a stage heading renamed, a project renamed and one added. In a workspace with a journal
and git commits: the marks and the practice project carry, the journal keeps its dates, undo
takes the upgrade back.

  $ git init -q -b main . && llm101 init -q
  $ llm101 check -q 1.1.4 1.2.4 2.1.2 2.1.3 3.1.2 3.2.1 4.2.4 5.2.2 6.1.4 6.2.2 P4.2
  $ llm101 upgrade $FIXTURES/upgrade/roadmap-next.md --dry-run | head -3; git status --short
  $ llm101 upgrade $FIXTURES/upgrade/roadmap-next.md
  $ llm101 list --done && llm101 projects | grep '\[x\]'
  $ git log -1 --format=%B
  $ llm101 stats | grep -c 2026-11-29 >/dev/null; llm101 journal --json | grep -c '"3.1.2'

Checking a moved item dates it today without touching the dates of others; the upgrade is
taken back by undo like any change.

  $ llm101 undo -q && llm101 list --done | head -3 && git log --format=%s | head -2

The built-in roadmap onto itself changes nothing.

  $ llm101 upgrade --builtin
