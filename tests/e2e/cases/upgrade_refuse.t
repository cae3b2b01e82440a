upgrade on hostile input: a directory or a FIFO as NEW.md, control characters in item texts, a
failing write, a conflicted roadmap. Each refusal names the file, exits non-zero and leaves the
roadmap as it was.

  $ llm101 init -q && llm101 -q check 1.1.1 && cp roadmap.md keep.md
  $ mkdir dir.md && llm101 upgrade dir.md
  ! llm101: error: dir.md: cannot read: Is a directory
  [2]
  $ mkfifo pipe.md && llm101 upgrade pipe.md
  ! llm101: error: pipe.md: cannot read: not a regular file
  [2]
  $ llm101 upgrade --builtin --bogus
  ! llm101: error: upgrade: unknown option '--bogus'
  ! hint: run 'llm101 help upgrade' for its usage
  [2]
  $ LLM101_FAULT_INJECT=rename llm101 upgrade $FIXTURES/upgrade/roadmap-next.md >/dev/null; cmp roadmap.md keep.md && ls -a | grep -c llm101-tmp
  0
  ! llm101: error: roadmap.md: cannot replace: Input/output error
  [1]

Item texts are shown with their control characters visible, never raw; --json escapes them.

  $ printf '## A\n- [ ] \033]52;c;aGk=\007 clipboard\n- [ ] 线性代数：向量、矩阵、特征值分解\n' > evil.md
  $ llm101 upgrade evil.md --dry-run 2>/dev/null | grep -a -n clipboard
  5:  1  [ ] ^[]52;c;aGk=^G clipboard
  $ llm101 upgrade evil.md --dry-run --json 2>/dev/null | grep -a -c 'u001B]52'
  1

A roadmap with git conflict markers is not upgraded.

  $ printf '\n<<<<<<< ours\n' >> roadmap.md && cp roadmap.md conflicted.md && llm101 upgrade --builtin; echo "exit $?"; cmp roadmap.md conflicted.md && echo unchanged
  exit 2
  unchanged
  ! llm101: error: roadmap.md:267: git merge conflict markers; resolve the conflict before upgrading
