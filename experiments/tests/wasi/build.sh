#!/bin/sh
# Rebuild every conformance program. Needs clang-16 + lld-16 + wasi-libc
# (Debian/Ubuntu: apt-get install clang-16 lld-16 wasi-libc libclang-rt-16-dev-wasm32).
set -eu
cd "$(dirname "$0")"
CC=${CC:-clang-16}
for src in *.c; do
    out=${src%.c}.wasm
    echo "build $out"
    $CC --target=wasm32-wasi -O2 -Wall -Wno-unused-function -Wno-unused-result "$src" -o "$out" -Wl,--strip-all
done
