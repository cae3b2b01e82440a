LLM101_TODAY is checked: anything but a date from 1970-01-01 to 9999-12-31 is an error (exit 2),
and --date arithmetic never leaves that range, so no entry is ever named journal/-001-12-31.md.

  $ llm101 init -q
  $ LLM101_TODAY=garbage llm101 status
  ! llm101: error: LLM101_TODAY: 'garbage' is not a date from 1970-01-01 to 9999-12-31 (use YYYY-MM-DD)
  [2]
  $ LLM101_TODAY=0000-01-01 llm101 log --date yesterday note
  ! llm101: error: LLM101_TODAY: '0000-01-01' is not a date from 1970-01-01 to 9999-12-31 (use YYYY-MM-DD)
  [2]
  $ LLM101_TODAY=1970-01-01 llm101 log --date yesterday note
  ! llm101: error: --date: 1969-12-31 is outside the dates llm101 keeps (1970-01-01 to 9999-12-31)
  [2]
  $ LLM101_TODAY=2026-02-30 llm101 list 1.1
  ! llm101: error: LLM101_TODAY: '2026-02-30' is not a date from 1970-01-01 to 9999-12-31 (use YYYY-MM-DD)
  [2]
  $ ls journal

A roadmap with git conflict markers: read-only commands warn with the line and keep the marker
text out of the items; writers refuse it, as before.

  $ printf -- '# T\n\n- [ ] a\n<<<<<<< HEAD\n- [x] b\n|||||||\n- [ ] b0\n=======\n- [ ] b\n>>>>>>> theirs\n\nTitle\n=======\n' > c.md
  $ llm101 --roadmap c.md list
  1  [ ] a
  2  [x] b
  3  [ ] b0
  4  [ ] b
  ! llm101: warning: c.md:4: git conflict marker; resolve it (until then both sides' items are counted)
  $ llm101 --roadmap c.md list --json 2>/dev/null | grep '"text"'
          "text" : "a"
          "text" : "b"
          "text" : "b0"
          "text" : "b"
  $ llm101 --roadmap c.md status 2>/dev/null | head -1
  T  1/4   25%  █████░░░░░░░░░░░░░░░
  $ llm101 --roadmap c.md check 1
  ! llm101: error: c.md:4: git merge conflict markers; resolve the conflict before llm101 edits this file
  [2]

A day holds at most 24 hours: `log` refuses to go past them, naming the day and the total, and
writes nothing.

  $ llm101 log --hours 20 "a long day"
  ! llm101: journal/2026-11-29.md: +20h, 20h on 2026-11-29
  $ cp journal/2026-11-29.md before.md
  $ llm101 log --hours 5 more
  ! llm101: error: journal/2026-11-29.md: 2026-11-29 would hold 25h of study time (20h logged + 5h); a day has 24 hours
  [2]
  $ cmp before.md journal/2026-11-29.md && echo unchanged
  unchanged
  $ llm101 log --hours 4 "up to the limit"
  ! llm101: journal/2026-11-29.md: +4h, 24h on 2026-11-29

A day written by hand with more than 24 hours is read as written, with a warning.

  $ printf '### 日期: 2026-11-28\n\n**学习时长**: 30h\n**学习时长**: 20h\n' > journal/2026-11-28.md
  $ llm101 journal
  2026-11-28 Sat     50h
  2026-11-29 Sun     24h  a long day
  
  Week of      Hours  Days
  2026-11-23     74h     2
  
  Month        Hours  Days
  2026-11        74h     2
  
  Total: 74h in 2 entries
  ! llm101: warning: journal/2026-11-28.md: 50h of study time in one day (more than 24 hours)
