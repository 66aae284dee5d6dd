#!/usr/bin/env bash
# Rebuilds every .wasm in the suite from its source, next to it.
# Needs wabt (wat2wasm) and clang-16 with lld-16, wasi-libc and libclang-rt-16-dev-wasm32.
set -euo pipefail
cd "$(dirname "$0")"

# throw.wat uses exception handling, which this wabt cannot assemble: the suite
# reads it as text (`Suite::wasm`), so it has no binary here.
for wat in seed/*.wat micro/*.wat; do
    [ "$wat" = micro/throw.wat ] && continue
    wat2wasm "$wat" -o "${wat%.wat}.wasm"
done

# --strip-all drops the name section: engines do not need it and modules shrink about 5x.
wasi() { clang-16 --target=wasm32-wasi -O2 "programs/$1.c" -o "programs/$1.wasm" "${@:2}" -Wl,--strip-all; }
wasi nbody -lm
wasi matmul
wasi hashtab
wasi binarytrees
wasi nqueens
wasi sort
wasi vm

# The SIMD group: each C source twice, as scalar code and vectorised with -msimd128.
simd() {
    clang-16 --target=wasm32-wasi -O2 "simd/$1.c" -o "simd/$1.wasm" -Wl,--strip-all
    clang-16 --target=wasm32-wasi -O2 -msimd128 "simd/$1.c" -o "simd/$1_simd.wasm" -Wl,--strip-all
}
simd blur
simd dot
