#!/usr/bin/env bash
# .ci/install-deps by purpose: the plain command (the README's first) installs only what building
# and running need, --test adds the suite's tools, --fuzz clang; every name is a real Debian
# package (CI installs the lists on a fresh machine, so each must be installed here too).
# Usage: install_deps_test.sh SOURCE_DIR
set -u
deps=$1/.ci/install-deps
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

base=$(sh "$deps" --list) || fail "install-deps --list exits non-zero"
test=$(sh "$deps" --test --list) || fail "install-deps --test --list exits non-zero"
fuzz=$(sh "$deps" --fuzz --list) || fail "install-deps --fuzz --list exits non-zero"
has() { printf '%s\n' "$1" | grep -qx "$2"; }

for p in g++ cmake libcmark-gfm-dev libcli11-dev libfmt-dev libtomlplusplus-dev libutf8proc-dev gettext git; do
  has "$base" "$p" || fail "building needs $p, but plain install-deps does not list it"
done
for p in catch2 clang chromium lintian jq python3-jsonschema fonts-noto-cjk zsh fish; do
  has "$base" "$p" && fail "plain install-deps lists $p, which only tests or fuzzing need"
done
for p in $base; do has "$test" "$p" || fail "--test drops $p"; has "$fuzz" "$p" || fail "--fuzz drops $p"; done
for p in catch2 lintian chromium python3-jsonschema; do has "$test" "$p" || fail "--test does not list $p"; done
has "$fuzz" clang || fail "--fuzz does not list clang"
has "$test" clang && fail "--test lists clang, which only fuzzing needs"

for p in $(sh "$deps" --test --fuzz --list); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    fail "$p is listed but not installed here (a misspelt or missing package?)"
done
sh "$deps" --nonsense >/dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown option does not exit 2"

echo "install-deps: $failures failures"
[ "$failures" -eq 0 ]
