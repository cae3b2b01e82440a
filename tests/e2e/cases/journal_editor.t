With no text on a terminal (or with --edit) log opens $VISUAL/$EDITOR on the day's entry, created
from the template first; the lock is not held while it runs, and the entry is re-read after.

  $ llm101 init -q
  $ cat > ed.sh <<'SH'
  > #!/bin/sh
  > # A scripted editor: proves the lock is free (a second llm101 writer runs), then edits.
  > llm101 -q log --hours 1 "written while the editor was open" || echo "lock held!"
  > sed -i 's/^\*\*学习时长\*\*:.*/**学习时长**: 2h30m/' "$1"
  > echo "editor ran on $(basename "$1")"
  > SH
  $ chmod +x ed.sh
  $ EDITOR=./ed.sh llm101 log --edit
  editor ran on 2026-11-29.md
  ! llm101: journal/2026-11-29.md: 2.5h on 2026-11-29
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - written while the editor was open
  
  **完成的任务**:
  
  **遇到的问题**:
  
  **下一步计划**:
  
  **学习时长**: 2h30m
  $ VISUAL=./ed.sh EDITOR=false llm101 log --hours 1 --edit 2>&1 | tail -1
  llm101: journal/2026-11-29.md: +1h, 2.5h on 2026-11-29

A failing editor is reported (exit 1); what it left is kept.

  $ EDITOR=false llm101 log -e
  ! llm101: error: the editor 'false' failed (exit status 1); the entry is as the editor left it
  [1]
  $ EDITOR= VISUAL= llm101 log -e
  ! llm101: error: no editor: set VISUAL or EDITOR, or give the note as an argument
  [2]
