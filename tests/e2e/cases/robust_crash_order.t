A `check` killed between its two writes (stopped there by the test hook LLM101_PAUSE, then
SIGKILL) leaves the box checked and no completion record yet: never the reverse. The next command
that writes dates the item and says so.

  $ llm101 init -q && mkdir pause
  $ (LLM101_PAUSE=between:$PWD/pause llm101 -q check 1.1.1 >/dev/null 2>&1 &)
  $ for i in $(seq 1200); do [ -e pause/between.reached ] && break; sleep 0.05; done; kill -9 "$(cat pause/between.reached)"
  $ grep -c '\[x\]' roadmap.md; ls journal
  1
  $ llm101 log "after the crash"
  ! llm101: dated 1 item ticked by hand in journal/2026-11-29.md: 1.1.1
  ! llm101: journal/2026-11-29.md: 0h on 2026-11-29
  $ llm101 journal --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["completed"])'
  ['1.1.1']
