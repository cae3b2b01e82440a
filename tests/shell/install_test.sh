#!/usr/bin/env bash
# The install tree and the .deb: `cmake --install` into a DESTDIR puts every file in its
# standard place, the installed binary runs, `man -l` renders the installed page without
# warnings, bash-completion finds the installed script; `cpack -G DEB` builds a package whose
# control file declares its library dependencies and whose contents are the same files.
# Usage: install_test.sh BUILD_DIR
set -u
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp LC_ALL=C.UTF-8 LLM101_TODAY=2026-11-29
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

DESTDIR=$tmp/root cmake --install "$build" --prefix /usr >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; exit 1; }
files="usr/bin/llm101 usr/share/man/man1/llm101.1.gz usr/share/llm101/roadmap.md
  usr/share/bash-completion/completions/llm101 usr/share/zsh/vendor-completions/_llm101
  usr/share/fish/vendor_completions.d/llm101.fish
  usr/share/man/zh_CN/man1/llm101.1.gz usr/share/locale/zh_CN/LC_MESSAGES/llm101.mo
  usr/share/doc/llm101/copyright usr/share/doc/llm101/changelog.gz"
for f in $files; do [ -f "$tmp/root/$f" ] || fail "cmake --install did not install /$f"; done
[ -x "$tmp/root/usr/bin/llm101" ] || fail "/usr/bin/llm101 is not executable"
cmp -s "$tmp/root/usr/share/llm101/roadmap.md" "$(dirname "$0")/../../share/roadmap.md" || fail "installed roadmap.md differs from share/roadmap.md"

# The installed binary works on its own.
bin=$tmp/root/usr/bin/llm101
mkdir "$tmp/ws" && cd "$tmp/ws" || exit 1
"$bin" --version | grep -qx "llm101 [0-9.]*" || fail "installed llm101 --version"
"$bin" init -q && "$bin" -q check 3.1.2 || fail "installed llm101 init/check"
"$bin" status 3.1 | grep -q "1/4" || fail "installed llm101 status does not show 1/4 for 3.1"

# The installed binary speaks Chinese under LANG=zh_CN.UTF-8 (its catalog found relative to it,
# no zh_CN locale needed) and English under LC_ALL=C.UTF-8.
zh=$(LANG=zh_CN.UTF-8 LC_ALL= "$bin" check 9.9 2>&1)
case "$zh" in *"错误"*) ;; *) fail "installed llm101 under LANG=zh_CN.UTF-8 does not speak Chinese: $zh" ;; esac
en=$(LC_ALL=C.UTF-8 "$bin" check 9.9 2>&1)
case "$en" in *"llm101: error:"*) ;; *) fail "installed llm101 under LC_ALL=C.UTF-8 is not English: $en" ;; esac
zhpage=$(MANWIDTH=80 man -l "$tmp/root/usr/share/man/zh_CN/man1/llm101.1.gz" 2>"$tmp/manzh.err")
[ -s "$tmp/manzh.err" ] && fail "man -l warns on the Chinese page: $(cat "$tmp/manzh.err")"
printf '%s\n' "$zhpage" | grep -qx "命令" || fail "the Chinese man page has no 命令 section"

# The pages are the repository's, compressed.
zcat "$tmp/root/usr/share/man/man1/llm101.1.gz" | cmp -s - "$(dirname "$0")/../../man/llm101.1" || fail "the installed man page is not man/llm101.1"

# The installed manual renders, without warnings, and has the contract sections.
page=$(MANWIDTH=80 man -l "$tmp/root/usr/share/man/man1/llm101.1.gz" 2>"$tmp/man.err")
[ -s "$tmp/man.err" ] && fail "man -l warns: $(cat "$tmp/man.err")"
for s in NAME SYNOPSIS COMMANDS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
  printf '%s\n' "$page" | grep -qx "$s" || fail "man page has no $s section"
done

# bash-completion's loader finds the installed script through XDG_DATA_DIRS.
got=$(PATH="$tmp/root/usr/bin:$PATH" XDG_DATA_DIRS=$tmp/root/usr/share bash -c '
  source /usr/share/bash-completion/bash_completion
  _completion_loader llm101
  COMP_WORDS=(llm101 check 3.1.); COMP_CWORD=2; COMP_LINE="llm101 check 3.1."; COMP_POINT=${#COMP_LINE}
  $(complete -p llm101 | sed "s/.*-F \([^ ]*\) .*/\1/")
  echo "${COMPREPLY[*]}"')
[ "$got" = "3.1.1 3.1.2 3.1.3 3.1.4" ] || fail "installed bash completion offers '$got' for 'llm101 check 3.1.'"

# The .deb: dependencies declared, the same files inside.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; exit 1; }
deb=$(ls "$tmp"/pkg/llm101_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
  fail "cpack made no .deb"
else
  # Every shared library the binary loads (static linking changes the list) must come from a
  # package the .deb depends on.
  depends=$(dpkg-deb -f "$deb" Depends)
  needed=$(objdump -p "$bin" | awk '$1 == "NEEDED" { print $2 }')
  [ -n "$needed" ] || fail "objdump finds no NEEDED libraries in $bin"
  for lib in $needed; do
    path=$(ldd "$bin" | awk -v l="$lib" '$1 == l { print $3 }')
    # The dynamic loader is listed by its path, without "=>".
    [ -n "$path" ] || path=$(ldd "$bin" | awk -v l="$lib" 'index($1, "/" l) { print $1 }')
    pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null)
    pkg=$(printf '%s\n' "$pkg" | head -1 | cut -d: -f1)
    [ -n "$pkg" ] || { fail "no package owns $lib ($path)"; continue; }
    case ", $depends" in *", $pkg "*|*", $pkg,"*|*", $pkg") ;; *) fail ".deb does not depend on $pkg (for $lib; Depends: $depends)" ;; esac
  done
  [ "$(dpkg-deb -f "$deb" Package)" = llm101 ] || fail ".deb package name"
  contents=$(dpkg-deb -c "$deb")
  for f in $files; do printf '%s\n' "$contents" | grep -q " \./$f\$" || fail ".deb does not contain /$f"; done
  dpkg-deb -x "$deb" "$tmp/x" && "$tmp/x/usr/bin/llm101" --version >/dev/null || fail "the .deb's llm101 does not run"
  out=$(LANG=zh_CN.UTF-8 LC_ALL= "$tmp/x/usr/bin/llm101" --help 2>&1)
  case "$out" in *"用法"*) ;; *) fail "the .deb's llm101 does not speak Chinese under LANG=zh_CN.UTF-8" ;; esac
  # Debian's own checks: no error or warning (a copyright file, a changelog, compressed pages, ...).
  if command -v lintian >/dev/null; then
    lintian --fail-on error,warning "$deb" >"$tmp/lintian.log" 2>&1 || fail "lintian: $(grep -E '^[EW]:' "$tmp/lintian.log" | tr '\n' ';')"
  else
    fail "lintian is not installed (.ci/install-deps --test installs it)"
  fi
fi

echo "install: $failures failures"
[ "$failures" -eq 0 ]
