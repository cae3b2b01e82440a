stats adds the study time per stage and section: hours given with log --item, plus each day's
other hours split over the items in progress that day; days from start to done; a forecast.
By hand: 11-20 2h to 3.1.1; 11-22 3h over 3.1.1 and 3.1.2 (1.5h each); 11-29 1h to 3.1.2, the one
still in progress. 3.1.1: 3.5h in 6 days (11-20 to 11-25); 3.1.2: 2.5h; 6h in the last 4 weeks
= 0.21h a day; 69 items left × 3.5h ÷ (6h / 28 days) = 1127 days.

  $ llm101 init -q
  $ LLM101_TODAY=2026-11-20 llm101 -q start 3.1.1 3.1.2
  $ LLM101_TODAY=2026-11-20 llm101 -q log --hours 2 --item 3.1.1
  $ LLM101_TODAY=2026-11-22 llm101 -q log --hours 3
  $ LLM101_TODAY=2026-11-25 llm101 -q check 3.1.1
  $ llm101 -q log --hours 1
  $ llm101 stats | sed -n '/Time per stage/,$p'
  Time per stage and section
  3  Transformer和注意力机制（1-2个月）  6h (2h with --item)
    3.1  Transformer架构  6h (2h with --item)
  
  Days from start to done
  3.1.1  自注意力机制  6 days, 3.5h
  
  Forecast: 69 items left at 3.5h each and 0.22h a day (last 4 weeks): done 2029-12-30
  $ llm101 stats --json | python3 -c 'import json,sys; t=json.load(sys.stdin)["time"]; print(t["forecast"]); print(t["unassigned_hours"], [(s["id"], s["hours"], s["attributed_hours"]) for s in t["stages"] if s["minutes"]]); print([(i["id"], i["hours"], i["days"]) for i in t["items"] if i["minutes"]])'
  {'days_per_item': 6.0, 'finish': '2029-12-30', 'hours_per_day': 0.21, 'hours_per_item': 3.5, 'remaining': 69}
  0.0 [('3', 6.0, 2.0)]
  [('3.1.1', 3.5, 6), ('3.1.2', 2.5, None)]
