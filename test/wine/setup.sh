#!/usr/bin/env bash
# Prepares this machine to run Windows test binaries under wine:
#   test/wine/setup.sh            install wine64 and mingw (Debian, as root) if
#                                 missing, create the wine prefix, build and
#                                 install bcryptprimitives.dll
# Go 1.22+ needs ProcessPrng from bcryptprimitives.dll, which wine 8 lacks;
# processprng.c is our stand-in (see there). Then
#   GOOS=windows go test -exec wine ./events/
# runs. WINEPREFIX (default ~/.wine) chooses the prefix.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if ! { command -v wine >/dev/null || command -v wine-stable >/dev/null; } || ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
	if [ "$(id -u)" != 0 ]; then
		echo "wine setup: install wine64 and gcc-mingw-w64-x86-64 (as root)" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq wine64 gcc-mingw-w64-x86-64 >/dev/null
fi

export WINEDEBUG=-all
prefix="${WINEPREFIX:-$HOME/.wine}"
if [ ! -d "$prefix/drive_c/windows/system32" ]; then
	"$here/run" wineboot --init >/dev/null 2>&1 || true
	{ command -v wineserver >/dev/null && wineserver -w; } || { command -v wineserver-stable >/dev/null && wineserver-stable -w; } || true
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
x86_64-w64-mingw32-gcc -O2 -shared -o "$out/bcryptprimitives.dll" \
	"$here/processprng.c" "$here/bcryptprimitives.def" -ladvapi32
cp "$out/bcryptprimitives.dll" "$prefix/drive_c/windows/system32/bcryptprimitives.dll"
echo "wine setup: bcryptprimitives.dll installed in $prefix"
