A roadmap in a subfolder (named in llm101.toml) and the same file given with --roadmap are one
file with one lock: both ways of writing it land.

  $ llm101 init -q && mkdir sub && mv roadmap.md sub/ && printf 'roadmap = "sub/roadmap.md"\n' > llm101.toml
  $ llm101 -q check 1.1.1 && llm101 -q --roadmap sub/roadmap.md check 1.1.2 && grep -c '\[x\]' sub/roadmap.md
  2

Two workspaces whose roadmap.md links to one file: each check writes through the link to the
real file (in place of the link's target, the link stays a link), and neither loses the other's.

  $ mkdir ../shared && mv sub/roadmap.md ../shared/ && cd .. && mkdir a b
  $ for w in a b; do (cd $w && llm101 init -q && rm roadmap.md && ln -s ../shared/roadmap.md roadmap.md); done
  $ (cd a && llm101 -q check 2.1.1) && (cd b && llm101 -q check 2.1.2) && grep -c '\[x\]' shared/roadmap.md
  4
  $ test -L a/roadmap.md && test -L b/roadmap.md && echo links kept
  links kept

A read-only roadmap or entry is refused, not replaced; so is a file with other hard links (a
rename would split them).

  $ cd a && chmod 444 ../shared/roadmap.md && llm101 check 3.1.1
  ! llm101: error: roadmap.md: read-only file; refusing to replace it (make it writable to let llm101 change it)
  [1]
  $ chmod 644 ../shared/roadmap.md && ln ../shared/roadmap.md ../hard.md && llm101 check 3.1.1
  ! llm101: error: roadmap.md: has 2 hard links; refusing to replace it, which would split them (make it a symlink or a single file)
  [1]
  $ rm ../hard.md && llm101 -q log "x" && chmod 444 journal/2026-11-29.md && llm101 log "y"
  ! llm101: error: journal/2026-11-29.md: read-only file; refusing to replace it (make it writable to let llm101 change it)
  [1]
  $ chmod 644 journal/2026-11-29.md && grep -c '\[x\]' ../shared/roadmap.md
  4

A writer waits for a lock held elsewhere, says for whom after a second, and gives up after
LLM101_LOCK_TIMEOUT seconds (10 by default) with exit 1 and nothing written. (flock(1) holds the
lock here, on the roadmap's real directory.)

  $ flock ../shared sh -c 'LLM101_LOCK_TIMEOUT=0 llm101 check 3.1.1'
  ! llm101: error: roadmap.md is held by another llm101 (pid *); gave up after 0 s; nothing changed (glob)
  [1]
  $ flock journal sh -c 'LLM101_LOCK_TIMEOUT=1.2 llm101 log "z"; echo "exit $?"'
  exit 1
  ! llm101: waiting for journal/, held by another llm101 (pid *)… (glob)
  ! llm101: error: journal/ is held by another llm101 (pid *); gave up after 1.2 s; nothing changed (glob)
  $ grep -c '\[x\]' ../shared/roadmap.md; grep -c z journal/2026-11-29.md
  4
  0
  [1]

Temps left by a killed writer (here planted by hand) are swept by the next writer of that
directory, wherever it is: the journal too, for an entry of a past day.

  $ printf half > journal/.2026-11-20.md.4242-0badf00d.llm101-tmp
  $ llm101 -q log --date 2026-11-20 "catch-up" && ls -A journal
  2026-11-20.md
  2026-11-29.md

`init` is all or nothing: failing on a full disk leaves nothing behind, and a retry works.

  $ mkdir ../fresh && cd ../fresh
  $ LLM101_FAULT_INJECT=rename@2:ENOSPC llm101 init
  ! llm101: error: *llm101.toml: cannot replace: No space left on device (glob)
  [1]
  $ ls -A; llm101 -q init --from "$SEED" && ls
  journal
  llm101.toml
  roadmap.md

An init cut off after writing the roadmap (killed) is finished by the same command again.

  $ mkdir ../cut && cd ../cut && cp "$SEED" roadmap.md
  $ llm101 -q init --from "$SEED" && ls
  journal
  llm101.toml
  roadmap.md
