The Chinese interface: LANG=zh_CN.UTF-8 is enough, on a machine with no zh_CN locale generated
(the harness runs with only C.UTF-8). Command names, IDs, --json and exit codes stay as they are.

  $ unset LC_ALL; export LANG=zh_CN.UTF-8
  $ llm101 status 1
  LLM学习路线图            0/70    0%  ░░░░░░░░░░░░░░░░░░░░
  
  1  基础技能（2-3个月）   0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    1.1  数学基础           0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    1.2  编程技能           0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    1.3  机器学习基础       0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  实践项目：
  P1  基础阶段项目  0/3  （阶段 1 基础技能）
    P1.1  [ ] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  ! llm101: 此处没有工作区（没有 llm101.toml）；显示内置的 LLM101 学习路线图 —— 运行 'llm101 init' 开始记录你的进度
  $ llm101 init
  已在 $TMP/work 创建 llm101 工作区
    roadmap.md   LLM101 学习路线图（70 个条目，已完成 0 个）
    llm101.toml  设置
    journal/     你的学习日志
  下一步：运行 'llm101 status'，每学完一个条目就 'llm101 check 编号'。记得把这些文件提交到 git。
  $ llm101 check 3.1.2 1.1
  [x] 1.1.1  线性代数：向量、矩阵、特征值分解
  [x] 1.1.2  微积分：梯度、偏导数、链式法则
  [x] 1.1.3  概率论：概率分布、贝叶斯定理、信息论
  [x] 1.1.4  统计学：假设检验、置信区间、回归分析
  [x] 3.1.2  多头注意力
  ! llm101: roadmap.md：已勾选 5 个条目（已完成 5/70）
  $ llm101 check 3.1.2
  ! llm101: 无需改动：该条目已勾选
  $ llm101 uncheck 1.1.4
  [ ] 1.1.4  统计学：假设检验、置信区间、回归分析
  ! llm101: roadmap.md：已取消勾选 1 个条目（已完成 4/70）
  $ llm101 list 3.1
  3.1.1  [ ] 自注意力机制
  3.1.2  [x] 多头注意力
  3.1.3  [ ] 位置编码
  3.1.4  [ ] 编码器-解码器结构
  $ llm101 list 不存在的词
  ! llm101: 没有匹配的条目
  $ llm101 next -n 2
  1.1.4  统计学：假设检验、置信区间、回归分析  (1.1 数学基础)
  1.2.1  Python基础语法和数据结构  (1.2 编程技能)
  $ llm101 show 3
  3  Transformer和注意力机制  1/8
  目标：深入理解Transformer架构和注意力机制
  时长：1-2个月
  
  小节：
    3.1  Transformer架构    1/4  ██░░░░░░░░
    3.2  注意力机制详解     0/4  ░░░░░░░░░░
  
  推荐资源：
    原始论文: Attention Is All You Need  https://arxiv.org/abs/1706.03762
    The Illustrated Transformer          http://jalammar.github.io/illustrated-transformer/
    Hugging Face Transformers教程        https://huggingface.co/course
  $ llm101 show 3.2
  3.2  注意力机制详解  0/4
  阶段：3 Transformer和注意力机制
  目标：深入理解Transformer架构和注意力机制
  
  3.2.1  [ ] 注意力计算过程
  3.2.2  [ ] 不同类型的注意力
  3.2.3  [ ] 注意力可视化
  3.2.4  [ ] 注意力机制的优化
  
  推荐资源：
    原始论文: Attention Is All You Need  https://arxiv.org/abs/1706.03762
    The Illustrated Transformer          http://jalammar.github.io/illustrated-transformer/
    Hugging Face Transformers教程        https://huggingface.co/course
  $ llm101 status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["done"], d["stages"][0]["title"])'
  4 基础技能（2-3个月）

Errors and hints, with the exit status unchanged.

  $ llm101 check 9.9
  ! llm101: 错误：roadmap.md 中没有编号为「9.9」的条目、小节或阶段（最接近的：6.1, 6.2, 5.1）
  ! 提示：查看所有编号：llm101 list
  [2]
  $ llm101 check abc
  ! llm101: 错误：「abc」不是条目编号（编号形如 3、3.1 或 3.1.2）
  ! 提示：按文字查找条目的编号：llm101 list abc
  [2]
  $ llm101 chek 1
  ! llm101: 错误：未知命令「chek」
  ! 提示：你是不是想运行 'llm101 check'？
  [2]
  $ llm101 log --hours lots
  ! llm101: 错误：--hours：「lots」不是有效的学习时长（例如 2、1.5、1.5h、90min、2h30m）
  [2]
  $ llm101 --bogus
  ! llm101: 错误：未知选项「--bogus」
  ! 提示：运行 'llm101 help' 查看用法
  [2]
  $ llm101 --color sometimes status
  ! llm101: 错误：--color：「sometimes」不是以下之一：auto, always, never
  ! 提示：运行 'llm101 help status' 查看它的用法
  [2]
  $ llm101 uncheck
  ! llm101: 错误：uncheck：缺少 ID
  ! 提示：运行 'llm101 help uncheck' 查看它的用法
  [2]


The journal: durations and dates as a Chinese reader writes them (2小时30分钟, 2026年11月29日); the
entry itself keeps its 学习日志 template (journal_language, not the interface language).

  $ llm101 log --date 2026-11-20 --hours 2 "读 Attention Is All You Need"
  ! llm101: journal/2026-11-20.md：增加 2小时，2026年11月20日合计 2小时
  $ llm101 log --date 2026-11-27 --hours 90min "NumPy 练习"
  ! llm101: journal/2026-11-27.md：增加 1小时30分钟，2026年11月27日合计 1小时30分钟
  $ llm101 log --hours 2h30m --problem "位置编码的推导" "多头注意力"
  ! llm101: journal/2026-11-29.md：增加 2小时30分钟，2026年11月29日合计 2小时30分钟
  $ cat journal/2026-11-29.md
  ### 日期: 2026-11-29
  
  **学习内容**:
  - 多头注意力
  
  **完成的任务**:
  - 1.1.1 线性代数：向量、矩阵、特征值分解
  - 1.1.2 微积分：梯度、偏导数、链式法则
  - 1.1.3 概率论：概率分布、贝叶斯定理、信息论
  - 3.1.2 多头注意力
  
  **遇到的问题**:
  - 位置编码的推导
  
  **下一步计划**:
  
  **学习时长**: 2小时30分钟
  $ llm101 journal
  2026-11-20 周五        2小时  读 Attention Is All You Need
  2026-11-27 周五  1小时30分钟  NumPy 练习
  2026-11-29 周日  2小时30分钟  多头注意力
  
  所在周        时长  天数
  2026-11-16   2小时     1
  2026-11-23   4小时     2
  
  月份          时长  天数
  2026-11      6小时     3
  
  合计：3 篇日志，共 6小时
  $ llm101 status
  LLM学习路线图                           4/70    5%  █░░░░░░░░░░░░░░░░░░░
  
  1  基础技能（2-3个月）                  3/13   23%  ████░░░░░░░░░░░░░░░░
    1.1  数学基础                          3/4   75%  ███████████████░░░░░
    1.2  编程技能                          0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    1.3  机器学习基础                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  2  深度学习基础（2-3个月）              0/13    0%  ░░░░░░░░░░░░░░░░░░░░
    2.1  神经网络基础                      0/5    0%  ░░░░░░░░░░░░░░░░░░░░
    2.2  深度学习框架                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    2.3  自然语言处理基础                  0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  3  Transformer和注意力机制（1-2个月）    1/8   12%  ██░░░░░░░░░░░░░░░░░░
    3.1  Transformer架构                   1/4   25%  █████░░░░░░░░░░░░░░░
    3.2  注意力机制详解                    0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  4  大型语言模型（2-3个月）              0/12    0%  ░░░░░░░░░░░░░░░░░░░░
    4.1  LLM基础概念                       0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    4.2  主流LLM模型                       0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    4.3  模型应用                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  5  高级应用（2-3个月）                  0/16    0%  ░░░░░░░░░░░░░░░░░░░░
    5.1  提示工程                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    5.2  模型微调                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    5.3  检索增强生成（RAG）               0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    5.4  应用开发                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  6  前沿研究（持续学习）                  0/8    0%  ░░░░░░░░░░░░░░░░░░░░
    6.1  最新研究方向                      0/4    0%  ░░░░░░░░░░░░░░░░░░░░
    6.2  研究跟踪                          0/4    0%  ░░░░░░░░░░░░░░░░░░░░
  
  学习日志  共 6小时，本周 4小时 · 连续学习 1 天 · 最近一篇 2026年11月29日
  
  实践项目：
  P1  基础阶段项目  0/3  （阶段 1 基础技能）
    P1.1  [ ] 数学计算器: 使用NumPy实现基础数学运算
    P1.2  [ ] 数据可视化: 使用Pandas和Matplotlib分析数据集
    P1.3  [ ] 机器学习分类器: 实现简单的分类算法
  $ llm101 stats
  连续学习   1 天（最长 1 天，止于 2026年11月20日）
  时长       共 6小时，本周 4小时
  最近日志   2026年11月29日
  条目       已完成 4/70
  
  所在周        时长   条目
  2026-09-07   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-14   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-21   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-09-28   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-05   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-12   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-19   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-10-26   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-02   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-09   0小时      0  ░░░░░░░░░░░░░░░░░░░░
  2026-11-16   2小时      0  ██████████░░░░░░░░░░
  2026-11-23   4小时      4  ████████████████████
  
  学习日历
         12月      1月     2月     3月       4月     5月     6月       7月     8月       9月     10月    11月
  周一 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  周二 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  周三 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  周四 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  周五 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . # *
  周六 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .
  周日 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . #
       少 . - + * # 多
  
  各阶段进度
  1  基础技能（2-3个月）                 进行中       3/13，2026年11月29日 开始，预计 2026年12月3日 完成；计划 60–90 天
  2  深度学习基础（2-3个月）             未开始       0/13；计划 60–90 天
  3  Transformer和注意力机制（1-2个月）  进行中       1/8，2026年11月29日 开始，预计 2026年12月6日 完成；计划 30–60 天
  4  大型语言模型（2-3个月）             未开始       0/12；计划 60–90 天
  5  高级应用（2-3个月）                 未开始       0/16；计划 60–90 天
  6  前沿研究（持续学习）                持续学习     0/8
  
  各阶段和小节的学习时长
  暂无：log --item ID 把时长记到条目上，start ID 记下条目开始的日期
  未分配到任何条目：6小时
  
  预测：暂无（需要有学习时长的已完成条目，以及最近 4 周的学习时长）

Help: every summary, option and example line in Chinese; option names as they are.

  $ llm101 --help
  llm101 —— LLM101 学习路线图的进度清单与学习日志。
  把 roadmap.md（GFM 任务列表）和每天的学习日志放在你自己的 git 仓库里；
  llm101 直接在文件中勾选条目，并汇报你的学习进度。
  用法: llm101 [选项] [命令]
  
  选项:
    -C DIR                      如同在 DIR 目录中启动一样运行
    --roadmap FILE              使用这个路线图文件（在工作区之外也可用）
    --color WHEN:{auto,always,never}
                                彩色输出：auto（在终端上且未设置 NO_COLOR 时）、always、never
    -q,--quiet                  不显示提示和汇总，只输出数据和错误
    -h,--help                   显示本帮助信息并退出
    -V,--version                显示版本信息并退出
  
  命令:
    status                      显示总进度，以及各阶段、各小节的进度
    list                        列出条目及其编号；可按编号、文字或完成状态筛选
    next                        显示接下来学什么：先是进行中的条目，再是未开始的（从不显示已跳过的）
    check                       把条目标记为已完成（小节或阶段的编号会勾选其中所有条目）
    uncheck                     把条目重新标记为未完成
    start                       把条目标记为进行中（小节或阶段的编号会开始其中所有未开始的条目）
    skip                        把条目标记为跳过：不计入进度、学习速度和 next
    unskip                      把已跳过的条目重新标记为未开始
    log                         写今天的学习日志：学习内容、时长、遇到的问题、下一步计划
    journal                     列出学习日志及学习时长；按周、按月汇总
    stats                       连续学习天数、每周时长、日历热力图和各阶段进度
    show                        完整显示一个阶段、小节或实践项目：目标、条目、资源
    resources                   显示整个路线图、某个阶段或小节的资源链接
    projects                    按期显示实践项目及其完成状态
    path                        显示推荐的学习路径，以及你在所选路径上的位置
    outline                     显示哪些标题成为阶段和小节，以及原因
    export                      把学习进度导出为 SVG 卡片或日历、单个 HTML 页面，或 Hugo 数据文件
    init                        在此创建工作区：roadmap.md、llm101.toml、journal/
    undo                        撤销 llm101 的上一次改动（提交一次还原；需要 git.commit = true）
    sync                        提交尚未提交的 llm101 文件，拉取（由 llm101 合并）、推送，并报告进出的改动
    upgrade                     采用新版本的路线图，保留每个已完成条目的进度
    help                        显示 llm101 或某个命令的帮助（同 --help）
  
  示例：
    llm101 status                 各阶段、各小节的进度
    llm101 init                   在此创建工作区（roadmap.md、llm101.toml、journal/）
    llm101 check 3.1.2            勾选「多头注意力」；roadmap.md 只改动一个字节
    llm101 next                   下一个未完成的条目
    llm101 list 注意力            按文字查找条目（及其编号）
    llm101 log --hours 2 "读了 Attention Is All You Need"   写今天的学习日志
    llm101 stats                  连续学习天数、每周时长、日历、各阶段进度
    llm101 status --json | jq .done
  
  退出状态：0 成功，1 失败，2 用法或输入错误。
  运行 'llm101 命令 --help' 查看某个命令的选项，'man llm101' 查看完整手册。
  $ llm101 check --help
  把条目标记为已完成（小节或阶段的编号会勾选其中所有条目）
  用法: llm101 check [选项] ID...
  
  参数:
    ID TEXT ... 必需          条目、小节或阶段的编号（见 'llm101 list'），或实践项目（P2.1、P2）
  
  选项:
    -h,--help                   显示本帮助信息并退出
    --with-children             同时勾选嵌套在条目编号下的条目（不加时只指这一个条目）
  
  示例：
    llm101 check 3.1.2            一个条目
    llm101 check 1.2 2.1.3        整个小节，外加一个条目
    llm101 check 1                阶段 1 的所有条目
    llm101 check P2.1             一个实践项目（P2：第 2 期的全部项目）
    llm101 check 3.1.2 --with-children   这个条目及嵌套在它下面的条目
  每个勾选的条目都会记在今天学习日志的「完成的任务」下（即它的完成日期）；
  uncheck 会再把它去掉。
  

The setting in llm101.toml wins over the environment, both ways; LC_ALL=C.UTF-8 pins English
whatever LANGUAGE says.

  $ echo 'ui_language = "en"' >> llm101.toml
  $ llm101 check 9.9
  ! llm101: error: no item, section or stage '9.9' in roadmap.md (nearest: 6.1, 6.2, 5.1)
  ! hint: list the IDs with: llm101 list
  [2]
  $ sed -i 's/"en"/"zh_CN"/' llm101.toml
  $ LC_ALL=C.UTF-8 llm101 check 9.9
  ! llm101: 错误：roadmap.md 中没有编号为「9.9」的条目、小节或阶段（最接近的：6.1, 6.2, 5.1）
  ! 提示：查看所有编号：llm101 list
  [2]
  $ sed -i 's/"zh_CN"/"chinese"/' llm101.toml
  $ llm101 next
  ! llm101: 错误：llm101.toml:17:15: 'ui_language' 必须是 "auto"、"en" 或 "zh_CN"
  [2]
  $ sed -i '/ui_language/d' llm101.toml
  $ LANGUAGE=zh_CN LC_ALL=C.UTF-8 llm101 check 9.9
  ! llm101: error: no item, section or stage '9.9' in roadmap.md (nearest: 6.1, 6.2, 5.1)
  ! hint: list the IDs with: llm101 list
  [2]
  $ LANGUAGE=en llm101 check 9.9
  ! llm101: error: no item, section or stage '9.9' in roadmap.md (nearest: 6.1, 6.2, 5.1)
  ! hint: list the IDs with: llm101 list
  [2]

upgrade names the built-in roadmap in Chinese where it is shown; in --json the value stays English.

  $ llm101 upgrade --builtin --dry-run
  roadmap.md → 内置路线图：70 个不变，0 个编号改变，0 个改名，0 个新增，0 个删除
  ! llm101: 无需改动：roadmap.md 已经是这个版本
  $ llm101 upgrade --builtin --dry-run --json | grep '"to"'
      "to" : "the built-in roadmap",
  ! llm101: 无需改动：roadmap.md 已经是这个版本
