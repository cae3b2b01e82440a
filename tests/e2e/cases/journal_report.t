journal lists entries with hours, then totals per week and month; status and stats add the
journal's figures.

  $ llm101 init -q
  $ for d in 2026-11-02 2026-11-03 2026-11-20 2026-11-27 2026-11-28 2026-11-29; do
  >   llm101 -q log --date $d --hours 1.5 "学习 $d"; done
  $ llm101 log --hours 30min -q && llm101 -q check 1.1.1 1.1.2 3.1.1
  $ llm101 journal
  2026-11-02 Mon    1.5h  学习 2026-11-02
  2026-11-03 Tue    1.5h  学习 2026-11-03
  2026-11-20 Fri    1.5h  学习 2026-11-20
  2026-11-27 Fri    1.5h  学习 2026-11-27
  2026-11-28 Sat    1.5h  学习 2026-11-28
  2026-11-29 Sun      2h  学习 2026-11-29
  
  Week of      Hours  Days
  2026-11-02      3h     2
  2026-11-16    1.5h     1
  2026-11-23      5h     3
  
  Month        Hours  Days
  2026-11       9.5h     6
  
  Total: 9.5h in 6 entries
  $ llm101 journal --since 2026-11-20 --until yesterday
  2026-11-20 Fri    1.5h  学习 2026-11-20
  2026-11-27 Fri    1.5h  学习 2026-11-27
  2026-11-28 Sat    1.5h  学习 2026-11-28
  
  Week of      Hours  Days
  2026-11-16    1.5h     1
  2026-11-23      3h     2
  
  Month        Hours  Days
  2026-11       4.5h     3
  
  Total: 4.5h in 3 entries
  $ llm101 journal --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d), sum(e["hours"] for e in d), d[-1])'
  6 9.5 {'completed': ['1.1.1', '1.1.2', '3.1.1'], 'date': '2026-11-29', 'file': 'journal/2026-11-29.md', 'hours': 2.0, 'item_time': [], 'minutes': 120, 'next': [], 'problems': [], 'started': [], 'studied': ['学习 2026-11-29']}
  $ llm101 journal --since nope
  ! llm101: error: --since: 'nope' is not a date (use YYYY-MM-DD, today or yesterday)
  [2]
  $ llm101 status | grep "^Journal"
  Journal  9.5h total, 5h this week · streak 3 days · last entry 2026-11-29
  $ llm101 status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["hours"], d["hours_this_week"], d["current_streak"], d["last_entry"])'
  9.5 5.0 3 2026-11-29
  $ script -qec 'COLUMNS=120 llm101 --color=never stats' /dev/null | tr -d '\r'
  Streak       3 days (longest 3 days, ended 2026-11-29)
  Hours        9.5h total, 5h this week
  Last entry   2026-11-29
  Items        3/70 done
  
  Week of      Hours  Items
  2026-09-07      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-14      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-21      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-28      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-05      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-12      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-19      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-26      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-02      3h      0  ████████████░░░░░░░░
  2026-11-09      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-16    1.5h      0  ██████░░░░░░░░░░░░░░
  2026-11-23      5h      3  ████████████████████
  
  Calendar
        Dec       Jan     Feb     Mar       Apr     May     Jun       Jul     Aug       Sep     Oct     Nov
  Mon . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . * . . .
  Tue . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . * . . .
  Wed . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Thu . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  Fri . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . * *
  Sat . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . *
  Sun . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . #
      less . - + * # more
  
  Pace per stage
  1  基础技能（2-3个月）                 in progress  2/13, started 2026-11-29, forecast 2026-12-05; planned 60–90 days
  2  深度学习基础（2-3个月）             not started  0/13; planned 60–90 days
  3  Transformer和注意力机制（1-2个月）  in progress  1/8, started 2026-11-29, forecast 2026-12-06; planned 30–60 days
  4  大型语言模型（2-3个月）             not started  0/12; planned 60–90 days
  5  高级应用（2-3个月）                 not started  0/16; planned 60–90 days
  6  前沿研究（持续学习）                open-ended   0/8
  
  Time per stage and section
  none yet: log --item ID gives hours to items, and start ID dates what is in progress
  not given to any item: 9.5h
  
  Forecast: none yet (it needs done items with study time and hours in the last 4 weeks)
  $ script -qec 'COLUMNS=50 llm101 --color=never stats' /dev/null | tr -d '\r' | sed -n '/Calendar/,/more/p'
  Calendar
         Feb Mar  Apr May Jun  Jul Aug  Sep Oct Nov
  Mon ..........................................*...
  Tue ..........................................*...
  Wed ..............................................
  Thu ..............................................
  Fri ............................................**
  Sat .............................................*
  Sun .............................................#
      less . - + * # more
  $ llm101 stats --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["current_streak"], d["longest_streak"], d["hours"], d["weeks"][-1], d["stages"][0])'
  3 3 9.5 {'hours': 5.0, 'items': 3, 'week': '2026-11-23'} {'before_tracking': 0, 'done': 2, 'finished': None, 'forecast': '2026-12-05', 'id': '1', 'open_ended': False, 'planned_max_days': 90, 'planned_min_days': 60, 'started': '2026-11-29', 'status': 'in progress', 'title': '基础技能（2-3个月）', 'total': 13}

A week can start on Sunday.

  $ echo 'week_start = "sunday"' >> llm101.toml
  $ llm101 status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["hours_this_week"])'
  2.0

A daily goal shades the calendar against it and is counted in stats.

  $ echo 'daily_goal = 1.5' >> llm101.toml
  $ llm101 stats | sed -n 2p
  Hours        9.5h total, 2h this week; daily goal 1.5h met on 1 day this week
  $ llm101 stats --json | python3 -c 'import json,sys; print([(c["date"], c["level"]) for c in json.load(sys.stdin)["calendar"]][-3:])'
  [('2026-11-27', 3), ('2026-11-28', 3), ('2026-11-29', 3)]

Without a workspace, status JSON still has hours (0).

  $ cd $TMP && llm101 status --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["hours"])'
  0.0
