Inside a git work tree, init sets up merging and turns commits on; each change is one commit.

  $ git init -q -b main . && llm101 init -q
  $ cat .gitattributes && git config merge.llm101.driver && tail -1 llm101.toml
  roadmap.md merge=llm101
  journal/*.md merge=llm101
  llm101 merge-driver %O %A %B %P
  git.commit = true
  $ git log --format=%s
  init: llm101 workspace (70 items)
  $ llm101 check 3.1.2 && llm101 log --hours 1.5 "读了 Attention Is All You Need"
  [x] 3.1.2  多头注意力
  ! llm101: roadmap.md: 1 item checked (1/70 done)
  ! llm101: committed * check 3.1.2 多头注意力 (glob)
  ! llm101: journal/2026-11-29.md: +1.5h, 1.5h on 2026-11-29
  ! llm101: committed * log 2026-11-29 +1.5h (glob)
  $ git log --format=%s && git status --short
  log 2026-11-29 +1.5h
  check 3.1.2 多头注意力
  init: llm101 workspace (70 items)

undo takes back the newest change with a revert commit; --dry-run only says what it would do.

  $ llm101 undo --dry-run
  would undo * log 2026-11-29 +1.5h (glob)
    journal/2026-11-29.md  would be restored as before * (glob)
  ! llm101: nothing written (--dry-run)
  $ llm101 undo && git log -1 --format=%B
  undo * log 2026-11-29 +1.5h (glob)
    journal/2026-11-29.md  restored as before * (glob)
  undo: log 2026-11-29 +1.5h
  
  This reverts commit *. (glob)
  
  Llm101-Command: undo
  Llm101-Undoes: * (glob)
  
  ! llm101: committed * undo: log 2026-11-29 +1.5h (glob)
  $ llm101 undo -q && git log --format=%s && ls journal
  undo * check 3.1.2 多头注意力 (glob)
    roadmap.md  restored as before * (glob)
    journal/2026-11-29.md  removed (* created it) (glob)
  undo: check 3.1.2 多头注意力
  undo: log 2026-11-29 +1.5h
  log 2026-11-29 +1.5h
  check 3.1.2 多头注意力
  init: llm101 workspace (70 items)

Undo refuses to lose an edit made since, and writes nothing.

  $ llm101 -q check 1.1.1 && echo "手写的一行" >> roadmap.md && llm101 undo
  ! llm101: error: cannot undo * 'check 1.1.1 线性代数：向量、矩阵、特征值分解': roadmap.md has changes that are not committed; undo would lose them (glob)
  ! hint: commit or discard those changes first (git status shows them), or change it back by hand
  [1]
  $ git status --short
   M roadmap.md

sync needs an upstream; the pending change is committed first.

  $ llm101 sync
  committed: roadmap.md
  ! llm101: error: sync: the branch 'main' has no upstream; nothing pulled or pushed
  ! hint: add the shared repository: git remote add origin URL && git push -u origin main
  [1]
  $ git log -1 --format=%s && git status --short
  sync: roadmap.md
