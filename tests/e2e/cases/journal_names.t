Journal files whose names miss YYYY-MM-DD.md are not read, and every command that reads the
journal says so, naming the file and what was expected; README.md, hidden files and files that
are not Markdown are passed over in silence.

  $ llm101 init -q
  $ printf '**学习时长**: 2h\n' > journal/2026-1-5.md
  $ printf '**学习时长**: 1h\n' > journal/notes.md
  $ printf '**学习时长**: 3h\n' > journal/2026-02-30.md
  $ printf '**学习时长**: 1h\n' > journal/2026-11-27.md
  $ printf 'about this journal\n' > journal/README.md
  $ printf 'x\n' > journal/2026-11-27.md~
  $ printf 'x\n' > journal/.2026-11-27.md.swp
  $ llm101 journal
  2026-11-27 Fri      1h
  
  Week of      Hours  Days
  2026-11-23      1h     1
  
  Month        Hours  Days
  2026-11         1h     1
  
  Total: 1h in 1 entry
  ! llm101: warning: journal/2026-02-30.md: not read: 2026-02-30 is not a date (journal entries are named YYYY-MM-DD.md)
  ! llm101: warning: journal/2026-1-5.md: not read: journal entries are named YYYY-MM-DD.md; rename it to 2026-01-05.md
  ! llm101: warning: journal/notes.md: not read: only files named YYYY-MM-DD.md are journal entries

A header that states another date than the file name: counted on the file's date, and said.

  $ printf '### 日期: 2026-02-01\n\n**学习时长**: 1h\n' > journal/2026-01-06.md
  $ printf '### 日期: 2026-11-28\n\n**学习时长**: 1h\n' > journal/2026-11-28.md
  $ rm journal/2026-1-5.md journal/notes.md journal/2026-02-30.md
  $ llm101 stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["hours"])'
  3.0
  ! llm101: warning: journal/2026-01-06.md:1: the header says 2026-02-01 but the file name says 2026-01-06; counted on 2026-01-06 (rename the file or correct the header)
  $ llm101 -q journal
  2026-01-06 Tue      1h
  2026-11-27 Fri      1h
  2026-11-28 Sat      1h
  
  Week of      Hours  Days
  2026-01-05      1h     1
  2026-11-23      2h     2
  
  Month        Hours  Days
  2026-01         1h     1
  2026-11         2h     2
  
  Total: 3h in 3 entries
  ! llm101: warning: journal/2026-01-06.md:1: the header says 2026-02-01 but the file name says 2026-01-06; counted on 2026-01-06 (rename the file or correct the header)
