Usage errors exit 2; --help and --version exit 0; a closed pipe is not an error.

  $ llm101 chek 3.1.2
  ! llm101: error: unknown command 'chek'
  ! hint: did you mean 'llm101 check'?
  [2]
  $ llm101 frobnicate
  ! llm101: error: unknown command 'frobnicate'
  ! hint: run 'llm101 --help' for the list of commands
  [2]
  $ llm101 status --bogus
  ! llm101: error: status: unknown option '--bogus'
  ! hint: run 'llm101 help status' for its usage
  [2]
  $ llm101 --color=sometimes status
  ! llm101: error: --color: 'sometimes' is not one of: auto, always, never
  ! hint: run 'llm101 help status' for its usage
  [2]
  $ llm101 --version
  llm101 0.1.0
  $ llm101 --help >/dev/null && echo help ok
  help ok
  $ llm101 check --help >/dev/null && echo check help ok
  check help ok
  $ llm101 list --todo --done
  ! llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress
  ! llm101: error: --todo, --done, --active and --skipped exclude each other
  [2]
  $ set -o pipefail; llm101 list 2>/dev/null | head -1; echo "exit $?"
  1.1.1  [ ] 线性代数：向量、矩阵、特征值分解
  exit 0
  $ llm101 list > /dev/full
  ! llm101: no workspace here (no llm101.toml); showing the built-in LLM101 roadmap — run 'llm101 init' to track your progress
  ! llm101: error: cannot write output: No space left on device
  [1]
  $ llm101 list 2>/dev/null > /dev/full
  [1]
