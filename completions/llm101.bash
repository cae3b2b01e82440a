# bash completion for llm101                                   -*- shell-script -*-
# Everything is asked of the binary (`llm101 __complete words WORD...`), so new commands and
# options complete without editing this file. Item IDs come from the current workspace's roadmap.

_llm101() {
    local cur prev words cword split=false
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -s -n : || return
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
    fi
    # The words before the one being completed, then that word ("--color=al" as "--color" "al").
    local -a args=("${words[@]:1:cword-1}")
    if [[ $split == true ]]; then args+=("$prev" "$cur"); else args+=("$cur"); fi

    local IFS=$'\n' line candidates=()
    local -a out
    out=($("${words[0]:-llm101}" __complete words "${args[@]}" 2>/dev/null))
    for line in "${out[@]}"; do
        case $line in
            :files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); return ;;
            :dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
            *) candidates+=("${line%%$'\t'*}") ;;
        esac
    done
    COMPREPLY=($(compgen -W "${candidates[*]}" -- "$cur"))
}
complete -F _llm101 llm101
