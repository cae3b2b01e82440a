A workspace starts with init; check flips exactly one byte.

  $ llm101 init
  Initialized an llm101 workspace in $TMP/work
    roadmap.md   the LLM101 roadmap (70 items, 0 done)
    llm101.toml  settings
    journal/     your study journal
  Next: 'llm101 status', then 'llm101 check ID' as you finish items. Commit these files to git.
  $ cp roadmap.md before.md
  $ llm101 check 3.1.2
  [x] 3.1.2  多头注意力
  ! llm101: roadmap.md: 1 item checked (1/70 done)
  $ cmp -l before.md roadmap.md
  3312  40 170
  [1]
  $ llm101 check 3.1.2
  ! llm101: nothing to change: the item is already checked
  $ llm101 uncheck 3.1.2 && cmp before.md roadmap.md && echo identical
  [ ] 3.1.2  多头注意力
  identical
  ! llm101: roadmap.md: 1 item unchecked (0/70 done)

Sections and stages check all their items; several IDs at once.

  $ llm101 -q check 1.2 3
  $ llm101 status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["done"])'
  13
  $ llm101 list --done --json | python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(sys.stdin)))'
  1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 3.1.1 3.1.2 3.1.3 3.1.4 3.2.1 3.2.2 3.2.3 3.2.4

All or nothing: one unknown ID and nothing is written.

  $ cp roadmap.md before.md
  $ llm101 check 2.1.1 3.9
  ! llm101: error: no item, section or stage '3.9' in roadmap.md (nearest: 3.2, 3.1, 3)
  ! hint: list the IDs with: llm101 list
  [2]
  $ cmp before.md roadmap.md && echo unchanged
  unchanged
  $ llm101 check 多头注意力
  ! llm101: error: '多头注意力' is not an item ID (IDs look like 3, 3.1 or 3.1.2)
  ! hint: find an item's ID by its text: llm101 list 多头注意力
  [2]
  $ llm101 check
  ! llm101: error: check: missing ID
  ! hint: run 'llm101 help check' for its usage
  [2]
  $ llm101 uncheck 1.2.9
  ! llm101: error: no item, section or stage '1.2.9' in roadmap.md (nearest: 1.2.5, 1.2.4, 1.2.3)
  ! hint: list the IDs with: llm101 list
  [2]

Next and list follow.

  $ llm101 next
  1.1.1  线性代数：向量、矩阵、特征值分解  (1.1 数学基础)
  $ llm101 next -n 3 --json | python3 -c 'import json,sys; print([i["id"] for i in json.load(sys.stdin)])'
  ['1.1.1', '1.1.2', '1.1.3']
  $ llm101 next -n 0
  ! llm101: error: --count: '0' is not a positive number
  [2]
  $ llm101 list 3 --todo
  $ llm101 list 注意力 --todo
  ! llm101: matched stage 3 Transformer和注意力机制（1-2个月）
  ! llm101: no item matches
  $ llm101 list pytorch
  2.2.1  [ ] PyTorch基础
