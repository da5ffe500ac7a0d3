#!/usr/bin/env bash
# Build the .deb a school installs, unpack it into a scratch root and check it
# there: the binary runs (--version with its licence, a short training run, a
# screenshot), the desktop file and the AppStream metainfo validate with
# nothing to say, the man page renders without a warning, and lintian finds no
# error (its warnings are printed).
#
# The package is made from an existing build (the dev preset's, which
# .ci/test has just built, so nothing is compiled twice): cpack installs that
# tree into build/package and packs it. RELULAB_PACKAGE_FROM=DIR packages
# another configured build folder instead.
source "$(dirname "$0")/common.sh"
ensure_packages

from=${RELULAB_PACKAGE_FROM:-build/dev}
out=build/package
if [ ! -f "$from/CMakeCache.txt" ]; then
  if [ "$from" != build/dev ]; then
    echo "package: $from is not a configured build folder" >&2
    exit 1
  fi
  configure_and_build dev relulab relulab_package_files
else
  cmake --build "$from" --target relulab relulab_package_files
fi

echo "== package: cpack from $from"
rm -rf "$out"
cpack --config "$from/CPackConfig.cmake" -B "$out"
shopt -s nullglob
debs=("$out"/relulab_*_amd64.deb)
if [ ${#debs[@]} -ne 1 ]; then
  echo "package: expected one relulab_<version>_amd64.deb in $out, found ${#debs[@]}" >&2
  exit 1
fi
deb=${debs[0]}
dpkg-deb --info "$deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/sysroot"
sys=$root/sysroot
relulab=$sys/usr/bin/relulab
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
check() {  # check DESCRIPTION COMMAND…: runs it, counts a failure
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else fail "$what"; fi
}

echo "== package: what it installs"
for f in usr/bin/relulab usr/share/applications/relulab.desktop \
  usr/share/metainfo/io.github.relulab.relulab.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/relulab.svg usr/share/man/man1/relulab.1.gz \
  usr/share/doc/relulab/copyright usr/share/doc/relulab/changelog.gz \
  usr/share/doc/relulab/README.md usr/share/doc/relulab/LICENSE; do
  [ -f "$sys/$f" ] || fail "the package has no /$f"
done
for size in 16 22 24 32 48 64 128 256; do
  png=$sys/usr/share/icons/hicolor/${size}x${size}/apps/relulab.png
  if [ ! -f "$png" ]; then
    fail "the package has no ${size}x${size} icon"
  elif ! file "$png" | grep -q "PNG image data, $size x $size"; then
    fail "the ${size}x${size} icon is $(file -b "$png")"
  fi
done
dpkg-deb -f "$deb" Depends Recommends

echo "== package: the installed binary"
version=$("$relulab" --version) || fail "relulab --version exits $?"
echo "$version"
check "--version names the licence" grep -q "GPL-3.0-or-later" <<<"$version"
check "--version names the CPU path" grep -q "CPU path: " <<<"$version"
# The package is for any x86-64 PC: the binary picks its CPU path at run time
# and has no AVX instruction outside the paths' own kernels. (Checked on the
# build's binary, which still has the symbols the package's copy is stripped of.)
check "the binary is portable" sh tests/check_portable_code.sh "$from/app/relulab"
check "RELULAB_CPU=baseline trains" env RELULAB_CPU=baseline \
  "$relulab" train --preset tfp-relu --steps 100 --csv "$root/baseline.csv"
check "train --preset tfp-relu --steps 100" \
  "$relulab" train --preset tfp-relu --steps 100 --csv "$root/history.csv"
check "the training history has rows" test -s "$root/history.csv"
mkdir "$root/shots"
check "--screenshot" with_display "$relulab" --screenshot "$root/shots"
shots=("$root"/shots/*.png)
check "--screenshot wrote PNG files (${#shots[@]})" test ${#shots[@]} -gt 0

echo "== package: desktop-file-validate"
report=$(desktop-file-validate "$sys/usr/share/applications/relulab.desktop" 2>&1) ||
  fail "desktop-file-validate"
[ -z "$report" ] || fail "desktop-file-validate has something to say: $report"

echo "== package: appstreamcli validate --pedantic --no-net"
report=$(appstreamcli validate --pedantic --no-net \
  "$sys/usr/share/metainfo/io.github.relulab.relulab.metainfo.xml" 2>&1) ||
  fail "appstreamcli validate"
echo "$report"
# Errors, warnings, infos and pedantic notes all start a line with a letter
# and a colon; a clean file has none.
! grep -Eq '^[EWIP]:' <<<"$report" || fail "appstreamcli validate reports issues"

echo "== package: appstreamcli validate-tree --pedantic --no-net"
# The installed tree as a software centre reads it: the metainfo, the desktop
# file it launches and the icon that file names, together.
report=$(appstreamcli validate-tree --pedantic --no-net "$sys" 2>&1) || fail "appstreamcli validate-tree"
echo "$report"
! grep -Eq '^[EWIP]:' <<<"$report" || fail "appstreamcli validate-tree reports issues"

echo "== package: man -l"
man_warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$sys/usr/share/man/man1/relulab.1.gz" \
  2>&1 >"$root/relulab.txt") || fail "man -l exits non-zero"
[ -z "$man_warnings" ] || fail "man -l warns: $man_warnings"
for section in SYNOPSIS DESCRIPTION COMMANDS ENVIRONMENT COPYRIGHT; do
  grep -q "^$section" "$root/relulab.txt" || fail "the man page has no $section section"
done
for command in $("$relulab" --help | sed -n '/^Commands/,$p' | awk 'NR > 1 && /^  [a-z]/ {print $1}'); do
  grep -q "relulab $command" "$root/relulab.txt" || fail "the man page leaves out relulab $command"
done
head -20 "$root/relulab.txt"

echo "== package: lintian"
# Errors fail the step; warnings and the rest are printed (the README's
# Install section says why each warning is left).
lintian --fail-on error --display-level ">=warning" "$deb" || fail "lintian reports an error"

if [ "$failures" -ne 0 ]; then
  echo "package: $failures check(s) failed" >&2
  exit 1
fi
echo "package: $deb passes every check"
