A repository someone else wrote cannot turn llm101 against its user. Here a committed journal
entry is a symlink to ~/.bashrc (a file in this test's temp HOME): after a clone, `check` refuses
it with an error naming the entry, and .bashrc, the roadmap and the journal stay as they were.

  $ mkdir upstream && cd upstream && git init -q && llm101 init -q
  $ ln -s ../../../.bashrc journal/2026-11-29.md
  $ git add -A && git commit -qm plant && cd ..
  $ echo 'export SAFE=1' > "$HOME/.bashrc" && cp "$HOME/.bashrc" bashrc.before
  $ git clone -q upstream clone && cd clone
  $ llm101 check 1.1.1
  ! llm101: error: journal/2026-11-29.md: a symbolic link leading outside the workspace (to */.bashrc); refusing to read it (glob)
  [1]
  $ llm101 log --hours 1 "touch /tmp/pwned"
  ! llm101: error: journal/2026-11-29.md: a symbolic link leading outside the workspace (to */.bashrc); refusing to read it (glob)
  [1]
  $ cmp "$HOME/.bashrc" ../bashrc.before && git status --short && echo unchanged
  unchanged

A journal entry symlinked inside the workspace is read, but never written through: a write
replaces the entry, so it would go to a file the journal does not own.

  $ cd .. && mkdir inside && cd inside && llm101 init -q
  $ printf '**学习时长**: 1h\n' > notes.md && ln -s ../notes.md journal/2026-11-29.md
  $ llm101 journal --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["minutes"])'
  60
  $ llm101 log "more"
  ! llm101: error: journal/2026-11-29.md: a symbolic link; llm101 writes journal entries only as plain files, never through a link (replace it with the file itself)
  [1]
  $ llm101 check 1.1.1
  ! llm101: error: journal/2026-11-29.md: a symbolic link; llm101 writes journal entries only as plain files, never through a link (replace it with the file itself)
  [1]
  $ grep -c '\[x\]' roadmap.md; cat notes.md
  0
  **学习时长**: 1h

A dangling symlink named like an entry is skipped with a warning; it does not stop `status`.

  $ rm notes.md
  $ llm101 status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["done"])'
  0
  ! llm101: warning: journal/2026-11-29.md: a symbolic link to nothing (dangling); skipped

The roadmap and journal named in llm101.toml stay inside the workspace: an absolute path, a `..`
that climbs out, or a journal directory that is a symlink leading out are refused.

  $ rm journal/2026-11-29.md
  $ printf 'journal = "../.."\n' > llm101.toml && llm101 status
  ! llm101: error: llm101.toml:1:11: 'journal' = "../.." leads outside the workspace; paths here are relative to it (set allow_outside_workspace = true to allow this)
  [2]
  $ printf 'roadmap = "%s/.bashrc"\n' "$HOME" > llm101.toml && llm101 list
  ! llm101: error: llm101.toml:1:11: 'roadmap' = "*/.bashrc" leads outside the workspace; paths here are relative to it (set allow_outside_workspace = true to allow this) (glob)
  [2]
  $ mkdir "$HOME/elsewhere" && printf 'journal = "notes"\n' > llm101.toml && ln -s "$HOME/elsewhere" notes
  $ llm101 log "x"
  ! llm101: error: notes: the journal directory leads outside the workspace (to */elsewhere) through a symbolic link; refusing it (set allow_outside_workspace = true in llm101.toml to allow this) (glob)
  [1]

The user can opt out, explicitly and visibly: every command then says so.

  $ printf 'allow_outside_workspace = true\njournal = "notes"\n' > llm101.toml
  $ llm101 -q log "x"
  ! llm101: warning: notes: the journal directory leads outside the workspace (to */elsewhere); allowed by allow_outside_workspace (glob)
  $ ls "$HOME/elsewhere"
  2026-11-29.md
