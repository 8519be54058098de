#!/bin/sh
# `make check-install`: `make install` into a scratch PREFIX (with the debug build, CANDOR=...), then checks
# that each file is where its user's tools look and works there, and that `make uninstall` takes every one
# away again. Prints what failed and exits 1 on any failure.
set -u
make=${1:-make}
prefix=$(mktemp -d "${TMPDIR:-/tmp}/candor-prefix.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
failed=0
fail() { echo "check-install: $*"; failed=1; }

$make --no-print-directory install PREFIX="$prefix" CANDOR=.build/debug/candor >/dev/null || fail "make install failed"

"$prefix/bin/candor" --version >/dev/null 2>&1 || fail "$prefix/bin/candor does not run"
[ -x "$prefix/bin/candor" ] || fail "bin/candor is not executable"
echo "We leverage synergies." | "$prefix/bin/candor" --no-config --fail-on warning >/dev/null 2>&1
[ $? -eq 1 ] || fail "the installed candor does not lint"

# man finds the page through MANPATH, and it documents the subcommands and the completion scripts.
page=$(MANPATH="$prefix/share/man" MANWIDTH=100 man candor 2>/dev/null | col -b)
for expected in "CANDOR(1)" "     lint    " "     init    " "     hook    " "--generate-completion-script"; do
  case $page in
    *"$expected"*) ;;
    *) fail "man candor (MANPATH=$prefix/share/man) does not show '$expected'" ;;
  esac
done

# bash-completion loads share/bash-completion/completions/NAME on demand; the script defines its function.
bash -c ". '$prefix/share/bash-completion/completions/candor' && complete -p candor" >/dev/null 2>&1 ||
  fail "the bash completion does not load or does not complete candor"
head -1 "$prefix/share/zsh/site-functions/_candor" | grep -q '^#compdef candor' || fail "_candor is not a zsh completion"
grep -q "^complete -c 'candor'" "$prefix/share/fish/vendor_completions.d/candor.fish" || fail "candor.fish is not a fish completion"
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/site-functions/_candor" || fail "_candor does not parse"; fi
if command -v fish >/dev/null; then fish -n "$prefix/share/fish/vendor_completions.d/candor.fish" || fail "candor.fish does not parse"; fi

$make --no-print-directory uninstall PREFIX="$prefix" >/dev/null || fail "make uninstall failed"
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"

[ $failed -eq 0 ] && echo "check-install: make install and make uninstall work in a scratch prefix"
exit $failed
