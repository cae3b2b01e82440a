Items in progress and skipped: start, skip, unskip; check and uncheck leave those states. Each
change is on the item's own line, shown by git diff; a rendered page shows no marker (see
states_render.t).

  $ llm101 init -q
  $ cp roadmap.md before.md
  $ llm101 start 3.1.2
  [/] 3.1.2  多头注意力
  llm101: roadmap.md: 1 item started (0/70 done, 1 in progress)
  $ diff before.md roadmap.md
  $ llm101 start 3.1.2
  $ llm101 check 3.1.2
  $ diff before.md roadmap.md
  $ llm101 uncheck 3.1.2 && cmp before.md roadmap.md && echo identical

Skipping a section: its items leave the denominator; done items in it stay done; an item named by
its own ID moves from any state.

  $ llm101 check 2.1.1
  $ llm101 skip 2.1
  $ llm101 status
  $ llm101 list 2.1
  $ llm101 list --skipped --json | python3 -c 'import json,sys; print([(i["id"], i["state"]) for i in json.load(sys.stdin)])'
  $ llm101 skip 2.1
  $ llm101 check 2
  $ llm101 list 2.1
  $ llm101 unskip 2.1.3 2.1.4
  $ llm101 unskip 2.1
  $ llm101 -q uncheck 2

Bulk start leaves done and skipped items alone; next puts what is under way first and never
offers a skipped item.

  $ llm101 -q check 1.1.1
  $ llm101 -q skip 1.1.2
  $ llm101 start 1.1
  $ llm101 -q start 4.1.1
  $ llm101 next -n 4
  $ llm101 list --active
  $ llm101 status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], d["done"], d["doing"], d["skipped"], d["stages"][0]["doing"], d["stages"][0]["skipped"])'
  $ llm101 next --json -n 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["state"])'

All or nothing, as for check; projects are only checked.

  $ cp roadmap.md before.md
  $ llm101 skip 2.1.1 9.9
  $ llm101 start P1.1
  $ cmp before.md roadmap.md && echo unchanged

Obsidian Tasks' [/] and [-], written by hand, are read as in progress and skipped, and keep their
notation: one byte changes.

  $ printf '# R\n## 阶段1：基础\n- [/] 线性代数\n- [-] 概率论\n- [ ] 微积分\n' > obs.md
  $ llm101 --roadmap obs.md list
  $ cp obs.md obs0.md
  $ llm101 --roadmap obs.md check 1.1
  $ cmp -l obs0.md obs.md
  $ llm101 --roadmap obs.md unskip 1.2
  $ llm101 --roadmap obs.md skip 1.1 1.3
  $ cat obs.md
