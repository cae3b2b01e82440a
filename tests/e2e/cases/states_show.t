show ID tells an item's state and the days it was started and done, read from the journal
(开始的任务 and 完成的任务); --json has the same keys for every item, null when unknown.

  $ llm101 init -q
  $ LLM101_TODAY=2026-11-20 llm101 -q start 3.1.1 3.1.2
  $ llm101 -q check 3.1.1
  $ llm101 -q skip 3.1.4
  $ llm101 show 3.1.1
  3.1.1  [x] 自注意力机制
  in 3.1 Transformer架构
  State: done
  Started: 2026-11-20
  Done: 2026-11-29
  $ llm101 show 3.1.2
  3.1.2  [/] 多头注意力
  in 3.1 Transformer架构
  State: in progress
  Started: 2026-11-20
  Done: —
  $ llm101 show 3.1.4
  3.1.4  [-] 编码器-解码器结构
  in 3.1 Transformer架构
  State: skipped
  Started: —
  Done: —
  $ llm101 show --json 3.1 | python3 -c 'import json,sys; [print(i["id"], i["state"], i["start_date"], i["done_date"]) for i in json.load(sys.stdin)]'
  3.1.1 done 2026-11-20 2026-11-29
  3.1.2 doing 2026-11-20 None
  3.1.3 open None None
  3.1.4 skipped None None

An item ticked by hand has no recorded done day until a writer dates it; the start line written
by hand is read like a completed one (by text first).

  $ sed -i 's/- \[ \] 位置编码/- [x] 位置编码/' roadmap.md
  $ llm101 show --json 3.1.3 | python3 -c 'import json,sys; i=json.load(sys.stdin)[0]; print(i["state"], i["start_date"], i["done_date"])'
  done None None
  $ printf '### 日期: 2026-11-25\n\n**开始的任务**:\n- 4.1.1 预训练和微调\n' > journal/2026-11-25.md
  $ llm101 show 4.1.1
  4.1.1  [ ] 预训练和微调
  in 4.1 LLM基础概念
  State: open
  Started: 2026-11-25
  Done: —

Without a journal (--roadmap FILE) the dates are unknown; projects have their own JSON.

  $ mkdir $TMP/alone && cp roadmap.md $TMP/alone/r.md
  $ cd $TMP/alone && llm101 --roadmap r.md show --json 3.1.1 | python3 -c 'import json,sys; i=json.load(sys.stdin)[0]; print(i["state"], i["start_date"], i["done_date"])'
  done None None
  $ cd $TMP/work
  $ llm101 show --json P1
  ! llm101: error: show --json: P1 is a practice project; their JSON is in 'llm101 projects --json'
  [2]
  $ llm101 show --json 9.9.9
  ! llm101: error: no item, section or stage '9.9.9' in roadmap.md
  ! hint: list the IDs with: llm101 list
  [2]

next never offers a skipped item, even when nothing else is left in a section it follows.

  $ printf '# R\n## 1 A\n- [-] a\n- [ ] <!-- llm101: skipped --> b\n- [x] c\n' > small.md
  $ llm101 --roadmap small.md next
  ! llm101: all 1 item is done (2 skipped)
  $ printf '# R\n## 1 A\n- [-] a\n- [ ] b\n- [ ] <!-- llm101: doing --> c\n' > small.md
  $ llm101 --roadmap small.md next -n 5 --json | python3 -c 'import json,sys; print([i["id"] for i in json.load(sys.stdin)])'
  ['1.3', '1.2']
