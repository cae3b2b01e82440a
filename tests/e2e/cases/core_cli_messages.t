`llm101 help [COMMAND]` prints what `--help` prints; usage mistakes get llm101's own one-line
message (exit 2), with a suggestion where one is close, never CLI11's English.

  $ llm101 init -q
  $ llm101 help > help.txt && llm101 --help | cmp - help.txt && echo same as --help
  same as --help
  $ llm101 help check > check.txt && llm101 check --help | cmp - check.txt && echo same as check --help
  same as check --help
  $ grep -c '^  help ' help.txt
  1
  $ head -1 check.txt
  Mark items done (an ID of a section or stage marks all its items)
  $ llm101 help chek
  ! llm101: error: unknown command 'chek'
  ! hint: did you mean 'llm101 help check'?
  [2]
  $ llm101 help frobnicate
  ! llm101: error: unknown command 'frobnicate'
  ! hint: run 'llm101 --help' for the list of commands
  [2]

An unknown option: the nearest among that command's options and the global ones.

  $ llm101 status --jsn
  ! llm101: error: status: unknown option '--jsn'
  ! hint: did you mean '--json'?
  [2]
  $ llm101 list --tod
  ! llm101: error: list: unknown option '--tod'
  ! hint: did you mean '--todo'?
  [2]
  $ llm101 status --colour=never
  ! llm101: error: status: unknown option '--colour'
  ! hint: did you mean '--color'?
  [2]
  $ llm101 status --hours 2
  ! llm101: error: status: unknown option '--hours'
  ! hint: run 'llm101 help status' for its usage
  [2]
  $ llm101 --jsn
  ! llm101: error: unknown option '--jsn'
  ! hint: run 'llm101 help' for usage
  [2]

An option twice, an option without its value, a value not among the choices, a missing or an
extra argument. Nothing is written.

  $ cp -r journal journal.before && cp roadmap.md roadmap.before
  $ llm101 log --hours 1 --hours 2 "x"
  ! llm101: error: log: --hours given more than once
  ! hint: run 'llm101 help log' for its usage
  [2]
  $ llm101 log --hours
  ! llm101: error: log: --hours needs a value (H)
  ! hint: run 'llm101 help log' for its usage
  [2]
  $ llm101 -C
  ! llm101: error: -C needs a value (DIR)
  ! hint: run 'llm101 help' for usage
  [2]
  $ llm101 --color sometimes status
  ! llm101: error: --color: 'sometimes' is not one of: auto, always, never
  ! hint: run 'llm101 help status' for its usage
  [2]
  $ llm101 check
  ! llm101: error: check: missing ID
  ! hint: run 'llm101 help check' for its usage
  [2]
  $ llm101 status 1 2
  ! llm101: error: status: unexpected argument '2'
  ! hint: run 'llm101 help status' for its usage
  [2]
  $ diff -r journal.before journal && cmp roadmap.before roadmap.md && echo unchanged
  unchanged

In Chinese too.

  $ LC_ALL= LANG=zh_CN.UTF-8 llm101 status --jsn
  ! llm101: 错误：status：未知选项「--jsn」
  ! 提示：你是不是想用 '--json'？
  [2]
  $ LC_ALL= LANG=zh_CN.UTF-8 llm101 log --hours 1 --hours 2
  ! llm101: 错误：log：--hours 给出了不止一次
  ! 提示：运行 'llm101 help log' 查看它的用法
  [2]
  $ LC_ALL= LANG=zh_CN.UTF-8 llm101 check
  ! llm101: 错误：check：缺少 ID
  ! 提示：运行 'llm101 help check' 查看它的用法
  [2]
  $ LC_ALL= LANG=zh_CN.UTF-8 llm101 help chek
  ! llm101: 错误：未知命令「chek」
  ! 提示：你是不是想运行 'llm101 help check'？
  [2]

An ID past the end of a section suggests its last items, the last one first.

  $ llm101 check 1.1.9
  ! llm101: error: no item, section or stage '1.1.9' in roadmap.md (nearest: 1.1.4, 1.1.3, 1.1.2)
  ! hint: list the IDs with: llm101 list
  [2]
  $ llm101 show 9
  ! llm101: error: no item, section or stage '9' in roadmap.md (nearest: 6, 5, 4)
  ! hint: list the IDs with: llm101 list
  [2]

A date range that holds no day is a mistake, not "no entries".

  $ llm101 log --date 2026-01-15 --hours 1 "x" 2>/dev/null
  $ llm101 journal --since 2026-02-01 --until 2026-01-01
  ! llm101: error: --since 2026-02-01 is after --until 2026-01-01: no day is in that range
  ! hint: swap the two dates
  [2]
  $ llm101 journal --since 2026-01-15 --until 2026-01-15 --json | jq -r '.[].date'
  2026-01-15
