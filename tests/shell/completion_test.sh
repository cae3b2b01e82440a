#!/usr/bin/env bash
# Drives the real completion scripts in completions/ the way each shell does and checks what
# they offer: commands, options (every one the binary declares, from `llm101 __complete table`),
# option values, file names and the live item IDs of the workspace.
# Usage: completion_test.sh bash|zsh|fish BUILD_DIR SOURCE_DIR
set -u
shell=$1 build=$2 src=$3
command -v "$shell" >/dev/null || { echo "$shell is not installed (.ci/install-deps --test installs it)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export PATH="$build:$PATH" HOME=$tmp LC_ALL=C.UTF-8
cd "$tmp" && llm101 init -q && llm101 -q check 3.1.2 || exit 1
failures=0

# complete WORD... : what the shell offers for the last word (one candidate per line, sorted).
complete_bash() {
  bash -c '
    source /usr/share/bash-completion/bash_completion
    source "$0/completions/llm101.bash"
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
    COMP_LINE="${COMP_WORDS[*]}"; COMP_LINE=${COMP_LINE// = /=}; COMP_POINT=${#COMP_LINE}
    _llm101
    printf "%s\n" "${COMPREPLY[@]}"' "$src" "$@" | sort
}
# zsh: the script runs with _describe and _files standing in for the completion system, which
# needs a terminal; they print what would be offered.
complete_zsh() {
  zsh -fc '
    compdef() { :; }
    _describe() { local name=${@[-1]}; print -rl -- "${(@P)name}"; }
    _files() { print -r -- "<files$*>"; }
    source "$0/completions/_llm101"
    words=("$@"); CURRENT=$#
    _llm101' "$src" "$@" | sed 's/\([^\\]\):.*/\1/; s/\\:/:/g' | sort
}
complete_fish() {
  local line="$*"
  fish -c 'source $argv[1]/completions/llm101.fish; complete -C $argv[2]' "$src" "$line" | cut -f1 | sort
}

# expect "DESCRIPTION" "EXPECTED (one per line)" WORD...
expect() {
  local what=$1 want=$2; shift 2
  local got; got=$(complete_"$shell" "$@")
  if [ "$got" != "$(printf '%s\n' "$want" | sort)" ]; then
    echo "FAIL ($shell) $what: llm101 ${*:2}<TAB>"; diff <(printf '%s\n' "$want" | sort) <(printf '%s\n' "$got") | sed 's/^/    /'
    failures=$((failures + 1))
  fi
}
# contains "DESCRIPTION" CANDIDATE WORD...
contains() {
  local what=$1 want=$2; shift 2
  if ! complete_"$shell" "$@" | grep -qxF -- "$want"; then
    echo "FAIL ($shell) $what: llm101 ${*:2}<TAB> does not offer '$want'"; failures=$((failures + 1))
  fi
}

# fish takes the command line as one string ("llm101 check 3.1."), the others take words.
if [ "$shell" = fish ]; then
  w() { local a=("$@"); printf '%s' "llm101"; for x in "${a[@]}"; do printf ' %s' "$x"; done; }
  run_expect() { local d=$1 want=$2; shift 2; expect "$d" "$want" "$(w "$@")"; }
  run_contains() { local d=$1 want=$2; shift 2; contains "$d" "$want" "$(w "$@")"; }
else
  run_expect() { local d=$1 want=$2; shift 2; expect "$d" "$want" llm101 "$@"; }
  run_contains() { local d=$1 want=$2; shift 2; contains "$d" "$want" llm101 "$@"; }
fi

table=$(llm101 __complete table)
commands=$(printf '%s\n' "$table" | sed -n 's/^command \([^\t]*\)\t.*/\1/p')
[ -n "$commands" ] || { echo "FAIL: no commands in 'llm101 __complete table'"; exit 1; }

run_expect "item IDs of a section" $'3.1.1\n3.1.2\n3.1.3\n3.1.4' check 3.1.
run_expect "item IDs after other IDs" $'3.2\n3.2.1\n3.2.2\n3.2.3\n3.2.4' uncheck 1.1 3.2
run_expect "IDs with global options before the command" $'6.2.1\n6.2.2\n6.2.3\n6.2.4' -C "$tmp" list --todo 6.2.
run_expect "IDs for status" $'5.4\n5.4.1\n5.4.2\n5.4.3\n5.4.4' status 5.4
run_expect "no second ID for status" "" status 3 ""
run_expect "commands by prefix" $'check' ch
run_expect "--color values" $'auto\nalways\nnever' --color ""
run_expect "export formats (a positional's choices)" $'html\nhugo\nsvg' export ""
run_expect "--what values by prefix" $'calendar\ncard' export svg --what ca
run_expect "--theme values" $'dark\nlight' export svg --theme ""
run_expect "nothing after the format" "" export svg ""
# Values read from the roadmap and the day: only what the command accepts.
run_expect "learning paths for next --path" $'初学者路径\n有经验者路径' next --path ""
run_expect "learning paths for path --path, by prefix" "有经验者路径" path --path 有
run_expect "project IDs for check" $'P1\nP1.1\nP1.2\nP1.3' check P1
run_expect "resources: stages and sections, never items" $'5.1\n5.2\n5.3\n5.4' resources 5.
run_expect "resources: a stage's ID" $'5\n5.1\n5.2\n5.3\n5.4' resources 5
run_expect "log --item: items only" $'3.1.1\n3.1.2\n3.1.3\n3.1.4' log --item 3.1
run_expect "no project IDs where they are refused" "" status P
LLM101_TODAY=2026-03-01 run_expect "log --date" $'today\nyesterday\n2026-03-01\n2026-02-28' log --date ""
run_expect "journal --since by prefix" "yesterday" journal --since y
run_expect "help COMMAND" $'check' help ch
if [ "$shell" = zsh ]; then
  run_expect "file names for --from" "<files>" init --from ""
  run_expect "directories for -C" "<files-/>" -C ""
else
  run_contains "file names for --from" "roadmap.md" init --from ""
  run_contains "directories for -C" "$([ "$shell" = bash ] && echo journal || echo journal/)" -C ""
  run_expect "only directories for -C" "$([ "$shell" = bash ] && echo journal || echo journal/)" -C j
fi
if [ "$shell" = bash ]; then
  run_expect "--color=VALUE" $'always\nauto' --color = a
fi
# Every command and every option the binary declares completes (commands added later too).
for c in $commands; do
  run_contains "every command" "$c" ""
  for o in $(printf '%s\n' "$table" | awk -F'\t' -v c="option $c" '$1 == c { print $2 }' | tr , ' ') --help; do
    run_contains "every option of $c" "$o" "$c" -
  done
done
for o in $(printf '%s\n' "$table" | awk -F'\t' '$1 == "option -" { print $2 }' | tr , ' '); do
  case $o in --*) run_contains "every global option" "$o" -- ;; *) run_contains "every global option" "$o" - ;; esac
done

# Descriptions: IDs come with their titles (zsh and fish show them).
if [ "$shell" != bash ]; then
  if [ "$shell" = zsh ]; then
    got=$(zsh -fc 'compdef() { :; }; _describe() { local n=${@[-1]}; print -rl -- "${(@P)n}"; }
      source "$0/completions/_llm101"; words=(llm101 check 3.1.2); CURRENT=3; _llm101' "$src")
    want='3.1.2:[x] 多头注意力'
  else
    got=$(fish -c 'source $argv[1]/completions/llm101.fish; complete -C "llm101 check 3.1.2"' "$src")
    want=$'3.1.2\t[x] 多头注意力'
  fi
  [ "$got" = "$want" ] || { echo "FAIL ($shell) descriptions: got '$got', want '$want'"; failures=$((failures + 1)); }
fi

# zsh for real: an interactive zsh on a pty (zsh/zpty) with compinit and our fpath, TAB pressed.
if [ "$shell" = zsh ]; then
  listing=$(timeout 30 zsh -f -c '
    zmodload zsh/zpty
    zpty z "zsh -f -i"
    zpty -w z "fpath=($0/completions \$fpath); autoload -U compinit; compinit -u; zstyle \":completion:*\" list-separator \"--\""
    sleep 0.5
    zpty -w -n z "llm101 check 3.1.$(printf "\t")"
    sleep 2
    out=""; while zpty -r -t z chunk; do out+=$chunk; done
    print -r -- "$out"
    zpty -d z' "$src" | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g')
  for want in "3.1.1  -- [ ] 自注意力机制" "3.1.2  -- [x] 多头注意力" "3.1.4  -- [ ] 编码器-解码器结构"; do
    printf '%s\n' "$listing" | grep -qF -- "$want" ||
      { echo "FAIL (zsh, interactive) 'llm101 check 3.1.<TAB>' does not list '$want'"; failures=$((failures + 1)); }
  done
fi

echo "$shell completion: $failures failures"
[ "$failures" -eq 0 ]
