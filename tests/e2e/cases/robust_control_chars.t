Text from files never drives the terminal: control characters planted in the roadmap, a journal
entry or llm101.toml (OSC 52 clipboard writes, OSC 8 links, CSI screen clears, BEL, CR, C1) are
shown visibly by every command (^[ ^G ^M \u{9b}), in data on stdout and in notes, warnings and
errors on stderr. JSON keeps escaping them (\u001B).

  $ llm101 init -q
  $ printf '# 路线图 \033[H\n\n## 阶段1：基础\033[2J技能（2-3个月）\n\n**目标**: 打基础 \033]52;c;cHduZWQ=\007\n\n### 1.1 数学\033[31m基础\n\n- [ ] 线性代数 \033]8;;http://evil.example\033\\点我\033]8;;\033\\\n- [x] 概率 \302\233 c1\n- [Python教程 \033c 重置](https://docs.python.org/3/)\n\n## 阶段2：深度\n\n### 2.1 网络\n\n- [ ] 前馈 \007 响铃\n\n## 实践项目\n\n### 基础阶段项目\n\n1. **计算器\033[8m** - 藏\n\n## 推荐学习路径\n\n### 初学者\033]52;c;eA==\007路径\n\n1. 数学 → 网络\033[1A → 计算器\n' > roadmap.md
  $ printf '### 日期: 2026-11-28\n\n**学习内容**:\n- 读了 \033]52;c;aGk=\007 论文\r覆盖\n\n**学习时长**: 2h \033[2J\n' > journal/2026-11-28.md
  $ printf '"\\u001b]52;c;eA==\\u0007" = 1\npath = "no\\u001b[2Jsuch"\n' >> llm101.toml

list, next, show, status and check print item, section, stage and goal text:

  $ llm101 list
  1.1.1  [ ] 线性代数 ^[]8;;http://evil.example^[\点我^[]8;;^[\
  1.1.2  [x] 概率 \u{9b} c1
  2.1.1  [ ] 前馈 ^G 响铃
  ! llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  $ llm101 next 2>&1
  llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  llm101: warning: llm101.toml: 'path': no learning path 'no^[[2Jsuch' (paths: 初学者^[]52;c;eA==^G路径)
  1.1.1  线性代数 ^[]8;;http://evil.example^[\点我^[]8;;^[\  (1.1 数学^[[31m基础)
  $ llm101 show 1 2>/dev/null
  1  基础^[[2J技能  1/2
  Goal:      打基础 ^[]52;c;cHduZWQ=^G
  Duration:  2-3个月
  
  Sections:
    1.1  数学^[[31m基础    1/2  █████░░░░░
  
  Resources:
    Python教程 ^[c 重置  https://docs.python.org/3/
  
  Practice projects:
  P1  基础阶段项目  0/1  (stage 1 基础^[[2J技能)
    P1.1  [ ] 计算器^[[8m - 藏
  $ llm101 show 1.1 2>/dev/null
  1.1  数学^[[31m基础  1/2
  Stage:     1 基础^[[2J技能
  Goal:      打基础 ^[]52;c;cHduZWQ=^G
  
  1.1.1  [ ] 线性代数 ^[]8;;http://evil.example^[\点我^[]8;;^[\
  1.1.2  [x] 概率 \u{9b} c1
  
  Resources:
    Python教程 ^[c 重置  https://docs.python.org/3/
  $ llm101 status 2>/dev/null
  路线图 ^[[H                  1/3   33%  ██████░░░░░░░░░░░░░░
  
  1  基础^[[2J技能（2-3个月）  1/2   50%  ██████████░░░░░░░░░░
    1.1  数学^[[31m基础        1/2   50%  ██████████░░░░░░░░░░
  2  深度                    0/1    0%  ░░░░░░░░░░░░░░░░░░░░
    2.1  网络                0/1    0%  ░░░░░░░░░░░░░░░░░░░░
  
  Journal  0h total, 0h this week · streak 1 day · last entry 2026-11-28
  
  Practice projects:
  P1  基础阶段项目  0/1  (stage 1 基础^[[2J技能)
    P1.1  [ ] 计算器^[[8m - 藏
  $ llm101 check 1.1.1 2>&1
  llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  [x] 1.1.1  线性代数 ^[]8;;http://evil.example^[\点我^[]8;;^[\
  llm101: roadmap.md: 1 item checked (2/3 done)
  llm101: dated 1 item ticked by hand: 1.1.2
  $ llm101 uncheck 1.1.1 2>&1
  llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  [ ] 1.1.1  线性代数 ^[]8;;http://evil.example^[\点我^[]8;;^[\
  llm101: roadmap.md: 1 item unchecked (1/3 done)

resources, projects and path print links, project names and path steps:

  $ llm101 resources 2>/dev/null
  1.1 数学^[[31m基础
    Python教程 ^[c 重置  https://docs.python.org/3/
  $ llm101 projects 2>/dev/null
  实践项目  0/1
  
  P1  基础阶段项目  0/1  (stage 1 基础^[[2J技能)
    P1.1  [ ] 计算器^[[8m - 藏
  $ llm101 path 2>/dev/null
  初学者^[]52;c;eA==^G路径
    1.1  [ ] 数学     1.1 数学^[[31m基础    1/2
    1.2  [ ] 网络^[[1A  2.1 网络            0/1
    1.3  [-] 计算器   (not in the roadmap: not tracked)

journal and stats print notes, and warn about an unreadable study time:

  $ llm101 journal 2>&1
  llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  llm101: warning: journal/2026-11-28.md:6: cannot read the study time '2h ^[[2J' (counted as 0; write e.g. 2h, 1.5小时, 90分钟)
  2026-11-28 Sat      0h  读了 ^[]52;c;aGk=^G 论文^M覆盖
  2026-11-29 Sun      0h  ✓ 1.1.2
  
  Week of      Hours  Days
  2026-11-23      0h     2
  
  Month        Hours  Days
  2026-11         0h     2
  
  Total: 0h in 2 entries
  $ llm101 stats 2>&1 | grep -v '^[A-Z][a-z][a-z] \|less\|^ *[A-Z][a-z][a-z] '
  llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  llm101: warning: journal/2026-11-28.md:6: cannot read the study time '2h ^[[2J' (counted as 0; write e.g. 2h, 1.5小时, 90分钟)
  Streak       2 days (longest 2 days, ended 2026-11-29)
  Hours        0h total, 0h this week
  Last entry   2026-11-29
  Items        1/3 done
  
  Week of      Hours  Items
  2026-09-07      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-14      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-21      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-28      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-05      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-12      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-19      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-26      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-02      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-09      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-16      0h      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-23      0h      1  ░░░░░░░░░░░░░░░░░░░░
  
  Calendar
  
  Pace per stage
  1  基础^[[2J技能（2-3个月）  in progress  1/2, started 2026-11-29, forecast 2026-11-30; planned 60–90 days
  2  深度                    not started  0/1
  
  Time per stage and section
  none yet: log --item ID gives hours to items, and start ID dates what is in progress
  
  Forecast: none yet (it needs done items with study time and hours in the last 4 weeks)

Errors name the argument or file as given, controls shown:

  $ llm101 check "$(printf '9.9\033[2J')"
  ! llm101: warning: llm101.toml:17:1: unknown key '^[]52;c;eA==^G' (ignored)
  ! llm101: error: '9.9^[[2J' is not an item ID (IDs look like 3, 3.1 or 3.1.2)
  ! hint: find an item's ID by its text: llm101 list 9.9^[[2J
  [2]
  $ llm101 --roadmap "$(printf 'x\033]52;c;eA==\007.md')" list
  ! llm101: error: x^[]52;c;eA==^G.md: cannot open: No such file or directory
  [2]
  $ llm101 -C "$(printf 'no\033[2Jdir')" list
  ! llm101: error: -C no^[[2Jdir: No such file or directory
  [2]

Colour on a terminal is ours alone: with --color=always only our own SGR sequences appear.

  $ llm101 --color=always list 2>/dev/null | python3 -c 'import re,sys; d=sys.stdin.buffer.read(); print(sorted(set(re.findall(rb"\x1b\[[0-9;]*m", d)))); print(b"\x1b" in re.sub(rb"\x1b\[[0-9;]*m", b"", d))'
  [b'\x1b[0m', b'\x1b[2m', b'\x1b[32m']
  False

JSON is escaped by its renderer, as before:

  $ llm101 list --json 2>/dev/null | grep '"text"'
          "text" : "线性代数 \u001B]8;;http://evil.example\u001B\\点我\u001B]8;;\u001B\\"
          "text" : "概率  c1"
          "text" : "前馈 \u0007 响铃"

Every command, with colour and without, on stdout and stderr: no control byte but newline, tab
and (with colour, on stdout) our own SGR sequences.

  $ for color in always never; do for cmd in list next 'show 1' 'show 1.1' 'show P1' status 'check 1.1.1' 'uncheck 1.1.1' 'log --hours 1 x' journal resources projects path stats 'check 9.9'; do
  >   llm101 --color=$color $cmd >out 2>err; python3 -c 'import re,sys
  > for name in ("out", "err"):
  >     d = open(name, "rb").read()
  >     if name == "out" and sys.argv[1] == "always": d = re.sub(rb"\x1b\[[0-9;]*m", b"", d)
  >     bad = re.findall(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]", d)
  >     if bad: print(sys.argv[2], name, bad[:3])' $color "$cmd"; done; done; echo checked
  checked
