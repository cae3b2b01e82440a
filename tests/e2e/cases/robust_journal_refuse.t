A journal entry with git conflict markers is refused for every write that would touch it, naming
the file and line; the entry stays as it is, and reading still works.

  $ llm101 init -q
  $ llm101 -q log "attention" --hours 1h
  $ printf '<<<<<<< HEAD\n**学习时长**: 1h\n=======\n**学习时长**: 2h\n>>>>>>> other\n' >> journal/2026-11-29.md
  $ cp journal/2026-11-29.md entry.before
  $ llm101 log "more" --hours 30m
  ! llm101: error: journal/2026-11-29.md:13: git merge conflict markers; resolve the conflict before llm101 edits this entry
  [2]
  $ llm101 check 3.1.2
  ! llm101: error: journal/2026-11-29.md:13: git merge conflict markers; resolve the conflict before llm101 edits this entry
  [2]
  $ cmp entry.before journal/2026-11-29.md && echo unchanged
  unchanged
  $ llm101 status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["done"])'
  0
  ! llm101: warning: journal/2026-11-29.md:13: git merge conflict markers (both sides are counted until it is resolved)
  $ llm101 journal --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
  1
  ! llm101: warning: journal/2026-11-29.md:13: git merge conflict markers (both sides are counted until it is resolved)
