#!/bin/sh
# The manual renders clean: groff with all warnings on prints nothing, and neither does man; and
# a checkbox "[ ]" is never broken across lines at any width from 30 to 100 columns.
# Usage: man_lint.sh MANPAGE (UTF-8 input, as man reads it: the Chinese page needs -Kutf8 -Tutf8)
out=$(groff -man -ww -z -Kutf8 -Tutf8 "$1" 2>&1; LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$1" 2>&1 >/dev/null)
for width in $(seq 30 100); do
  broken=$(groff -man -Kutf8 -Tutf8 -rLL=${width}n "$1" 2>/dev/null | col -bx | grep -nE '\[$|^ *\]')
  [ -n "$broken" ] && out="$out
at $width columns a '[ ]' is broken across lines: $broken"
done
[ -z "$out" ] && exit 0
printf '%s\n' "$out"
exit 1
