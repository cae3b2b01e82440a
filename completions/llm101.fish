# fish completion for llm101. Everything is asked of the binary (`llm101 __complete words
# WORD...`, which prints "CANDIDATE<TAB>DESCRIPTION" lines, fish's own format), so new commands
# and options complete without editing this file; item IDs come from the workspace's roadmap.

function __llm101_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    for line in (command $words[1] __complete words $words[2..-1] $cur 2>/dev/null)
        switch $line
            case :files
                __fish_complete_path $cur
                return
            case :dirs
                __fish_complete_directories $cur
                return
            case '*'
                echo $line
        end
    end
end

complete -c llm101 -f -k -a '(__llm101_complete)'
