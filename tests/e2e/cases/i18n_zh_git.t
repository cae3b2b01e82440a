The Chinese interface with git: init, commits, undo, sync and export speak Chinese; commit
messages stay English (they are shared history, read back by undo on every machine). Fixed
commit dates make the hashes the same on every run.

  $ unset LC_ALL; export LANG=zh_CN.UTF-8 GIT_AUTHOR_DATE="2026-11-29T10:00:00Z" GIT_COMMITTER_DATE="2026-11-29T10:00:00Z"
  $ git init -q -b main . && llm101 init
  已在 $TMP/work 创建 llm101 工作区
    roadmap.md   LLM101 学习路线图（70 个条目，已完成 0 个）
    llm101.toml  设置
    journal/     你的学习日志
  下一步：运行 'llm101 status'，每学完一个条目就 'llm101 check 编号'；每次改动都会自动提交到 git。
  ! llm101: 已添加到 .gitattributes：roadmap.md merge=llm101; journal/*.md merge=llm101
  ! llm101: 已在这个克隆的 git 配置中设置 merge.llm101.driver = llm101 merge-driver %O %A %B %P
  ! llm101: 已提交 28b18d7 init: llm101 workspace (70 items)
  $ git log --format=%s
  init: llm101 workspace (70 items)

Nothing to undo yet: init and sync are never undone.

  $ llm101 undo
  ! llm101: 错误：没有可撤销的改动：这个分支的历史中没有 llm101 的改动（init 和 sync 不会被撤销）
  [1]

Each change is a commit; the note says so in Chinese, the subject is English.

  $ llm101 check 3.1.2 && llm101 log --hours 1.5 "读了 Attention Is All You Need"
  [x] 3.1.2  多头注意力
  ! llm101: roadmap.md：已勾选 1 个条目（已完成 1/70）
  ! llm101: 已提交 16ad421 check 3.1.2 多头注意力
  ! llm101: journal/2026-11-29.md：增加 1小时30分钟，2026年11月29日合计 1小时30分钟
  ! llm101: 已提交 5fdcad8 log 2026-11-29 +1.5h
  $ git log --format=%s
  log 2026-11-29 +1.5h
  check 3.1.2 多头注意力
  init: llm101 workspace (70 items)
  $ llm101 undo --dry-run
  将撤销 5fdcad8 log 2026-11-29 +1.5h
    journal/2026-11-29.md  将恢复为 5fdcad8 之前的样子
  ! llm101: 未写入任何内容（--dry-run）
  $ llm101 undo
  已撤销 5fdcad8 log 2026-11-29 +1.5h
    journal/2026-11-29.md  已恢复为 5fdcad8 之前的样子
  ! llm101: 已提交 6731529 undo: log 2026-11-29 +1.5h
  $ llm101 -q check 1.1.1 && echo "手写的一行" >> roadmap.md && llm101 undo
  ! llm101: 错误：无法撤销 134e59b「check 1.1.1 线性代数：向量、矩阵、特征值分解」：roadmap.md 有尚未提交的改动，撤销会让它们丢失
  ! 提示：请先提交或丢弃这些改动（git status 会列出它们），或者手动改回去
  [1]
  $ git checkout -q roadmap.md

sync without an upstream commits, then says how to add one.

  $ echo "笔记" > journal/2026-11-28.md && llm101 sync
  已提交：journal/2026-11-28.md
  ! llm101: 错误：sync：分支「main」没有上游分支；没有拉取也没有推送
  ! 提示：先添加共享的仓库：git remote add origin URL && git push -u origin main
  [1]

With a shared repository: the other machine checks an item, this one syncs it in.

  $ git init -q --bare -b main $TMP/shared.git && git remote add origin $TMP/shared.git && git push -q -u origin main 2>&1
  $ git clone -q $TMP/shared.git $TMP/other && (cd $TMP/other && llm101 init)
  ! llm101: 已在这个克隆的 git 配置中设置 merge.llm101.driver = llm101 merge-driver %O %A %B %P
  $ (cd $TMP/other && llm101 -q check 2.1.1 && llm101 -q log --hours 2 "看了 PyTorch 教程" && llm101 sync)
  拉取：origin/main 没有新的提交
  推送：2 个提交，推送到 origin/main
      log 2026-11-29 +2h
      check 2.1.1 前馈神经网络
  $ llm101 sync
  拉取：2 个提交，来自 origin/main
      log 2026-11-29 +2h
      check 2.1.1 前馈神经网络
    新完成：2.1.1 前馈神经网络
    学习时长：+2小时
  推送：没有要推送到 origin/main 的提交
  $ llm101 sync && git log -1 --format=%s
  拉取：origin/main 没有新的提交
  推送：没有要推送到 origin/main 的提交
  log 2026-11-29 +2h

A merge in progress stops sync, and the next step is named.

  $ touch "$(git rev-parse --git-path MERGE_HEAD)" && llm101 sync; rm -f "$(git rev-parse --git-path MERGE_HEAD)"
  ! llm101: 错误：sync：有一个合并或变基正在进行中
  ! 提示：请先解决冲突（'git status' 会列出它们），然后 'git commit'，再运行一次 'llm101 sync'；或者用 'git merge --abort' 退回合并之前

undo needs commits on; a bad [git] setting is an input error.

  $ mkdir $TMP/plain && cd $TMP/plain && llm101 init -q && llm101 undo
  ! llm101: 错误：undo 撤销的是 llm101 的上一次提交，而自动提交现在是关闭的
  ! 提示：在 llm101.toml 中写 'git.commit = true' 打开它（在 git 工作树中运行 init 会自动打开）
  [2]
  $ llm101 sync
  ! llm101: 错误：sync 需要 git，而 $TMP/plain 不在 git 工作树中
  ! 提示：先把它变成 git 仓库：git init，再运行 'llm101 init'
  [1]
  $ echo 'git.commit = "yes"' >> llm101.toml && llm101 status
  ! llm101: 错误：llm101.toml:17:14: 'git.commit' 必须是 true 或 false
  [2]

export's refusals.

  $ cd $TMP/work
  $ llm101 export svg -o roadmap.md
  ! llm101: 错误：-o roadmap.md：拒绝覆盖路线图（roadmap.md）
  ! 提示：请把导出内容写到别处
  [2]
  $ llm101 export pdf
  ! llm101: 错误：export：FORMAT：「pdf」不是以下之一：svg, html, hugo
  ! 提示：运行 'llm101 help export' 查看它的用法
  [2]
  $ llm101 export html --what calendar -o x.html
  ! llm101: 错误：--what 和 --theme 只用于 'export svg'，不用于 'export html'
  [2]
  $ llm101 export svg -o missing/dir/card.svg
  ! llm101: 错误：missing/dir/card.svg: 无法创建临时文件: 没有那个文件或目录
  [1]
