#!/bin/sh
# The manual renders clean: groff with all warnings on prints nothing, and neither does man.
# Usage: man_lint.sh MANPAGE (UTF-8 input, as man reads it: the Chinese page needs -Kutf8 -Tutf8)
out=$(groff -man -ww -z -Kutf8 -Tutf8 "$1" 2>&1; LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$1" 2>&1 >/dev/null)
[ -z "$out" ] && exit 0
printf '%s\n' "$out"
exit 1
