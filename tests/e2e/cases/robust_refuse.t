Files llm101 must not touch are refused clearly: git conflict markers anywhere in the roadmap
(front matter and code blocks included) stop every write, naming the file and line; reading
still works.

  $ llm101 init -q
  $ printf -- '---\ntitle: x\n<<<<<<< HEAD\nv: 1\n=======\nv: 2\n>>>>>>> theirs\n---\n# T\n- [ ] a\n' > fm.md
  $ llm101 --roadmap fm.md check 1
  ! llm101: error: fm.md:3: git merge conflict markers; resolve the conflict before llm101 edits this file
  [2]
  $ printf '# T\r\n- [ ] a\r\n```\r\n>>>>>>> b\r\n```\r\n' > crlf.md && llm101 --roadmap crlf.md uncheck 1
  ! llm101: error: crlf.md:4: git merge conflict markers; resolve the conflict before llm101 edits this file
  [2]
  $ cp roadmap.md before.md && printf '\n<<<<<<< HEAD\n' >> roadmap.md && cp roadmap.md conflicted.md
  $ llm101 check 3.1.2
  ! llm101: error: roadmap.md:267: git merge conflict markers; resolve the conflict before llm101 edits this file
  [2]
  $ cmp conflicted.md roadmap.md && echo unchanged
  unchanged
  $ llm101 status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
  70
  ! llm101: warning: roadmap.md:267: git conflict marker; resolve it (until then both sides' items are counted)

A broken llm101.toml names the file, line and column, for every command.

  $ printf 'roadmap = "roadmap.md"\njournal = \n' > llm101.toml
  $ llm101 status
  ! llm101: error: llm101.toml:2:11: * (glob)
  [2]
  $ llm101 check 1.1.1
  ! llm101: error: llm101.toml:2:11: * (glob)
  [2]
  $ printf 'roadmap = 7\n' > llm101.toml && llm101 list
  ! llm101: error: llm101.toml:1:11: 'roadmap' must be a non-empty string
  [2]
  $ printf 'roadmap = "a\0b"\n' > llm101.toml && llm101 next
  ! llm101: error: llm101.toml:1:* (glob)
  [2]
  $ cmp conflicted.md roadmap.md && echo unchanged
  unchanged
