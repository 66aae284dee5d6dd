#!/usr/bin/env python3
"""Plain-Python models of the micro benchmarks, an engine-independent check of suite.json.

    python3 micro/model.py            test sizes only (instant)
    python3 micro/model.py --full     full sizes too (several minutes of pure Python)
"""

import json
import os
import sys

M32 = 0xFFFFFFFF
M64 = (1 << 64) - 1


def s32(x):
    x &= M32
    return x - (1 << 32) if x >> 31 else x


def rotl(x, k):
    k &= 31
    return ((x << k) | (x >> (32 - k))) & M32 if k else x


def calls(n):
    acc = 0x811C9DC5
    for i in range(n):
        acc = ((acc ^ i) * 0x01000193) & M32
    return s32(acc)


def call_indirect(n):
    acc = 1
    for i in range(n):
        acc = (acc + i, acc ^ i, acc * (i | 1), acc - i)[i & 3] & M32
    return s32(acc)


def mem(n):
    a, b = [0] * 1024, [0] * 1024
    for i in range(n):
        j = i & 1023
        v = a[j] = (a[j] + i) & M32
        k = (i * 7) & 1023
        b[k] = ((b[k] ^ v) * 3 + 1) & M64
    s = 0
    for j in range(1024):
        s = ((s + a[j]) & M64) ^ b[j]
    return s32(s ^ (s >> 32))


def br_table(n):
    acc, s = 0x2545F491, 0
    for i in range(n):
        if s == 0:
            acc += i
        elif s == 1:
            acc ^= i << 3
        elif s == 2:
            acc *= 5
        elif s == 3:
            acc -= 0x01234567
        elif s == 4:
            acc = rotl(acc, 7)
        elif s == 5:
            acc ^= acc >> 11
        elif s == 6:
            acc += acc << 4
        else:
            acc = (acc ^ M32) + i
        acc &= M32
        s = (((acc ^ i) * 0x9E3779B1) & M32) >> 29
    return s32(acc)


def locals_(n):
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    for i in range(n):
        h = h ^ i
        a = (a + h) & M32
        g = (g + a) & M32
        b = (b - g) & M32
        f = rotl(f, b)
        c = c ^ f
        e = e ^ c
        d = (d + e) & M32
        a, b, c, d, e, f, g, h = b, c, d, e, f, g, h, a
    return s32(a ^ b ^ c ^ d ^ e ^ f ^ g ^ h)


def bulk(n):
    m = bytearray(65536)
    for i in range(n):
        dst = (i * 4099) & 0x7FFF
        m[dst:dst + 256] = bytes([i & 255]) * 256
        src = (i * 2053) & 0x7FFF
        to = (src + 300) & 0x7FFF
        m[to:to + 1024] = m[src:src + 1024]  # slicing copies first: memmove semantics
    acc = 0
    for p in range(0, 0x8400, 4):
        acc = (rotl(acc, 5) + int.from_bytes(m[p:p + 4], "little")) & M32
    return s32(acc)


def grow(pages):
    # memory.grow returns the old size: 1, 2, ..., pages.
    return s32(sum(range(1, pages + 1)))


def bigmem(n):
    mem = {}
    for i in range(n):
        mem[(i * 458759) & 0xFFFFFFFF] = i & 0xFF
    return s32(sum(mem[(i * 458759) & 0xFFFFFFFF] for i in range(n)))


MODELS = {"calls": calls, "call_indirect": call_indirect, "mem": mem,
          "br_table": br_table, "locals": locals_, "bulk": bulk, "grow": grow, "bigmem": bigmem}


def main():
    suite = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(suite, "suite.json")) as f:
        benches = [b for b in json.load(f)["benchmarks"] if b["group"] == "micro"]
    failures = 0
    for b in benches:
        sizes = [("test", b["test_args"], b.get("test_expect", b["expect"]))]
        if "--full" in sys.argv:
            sizes.append(("full", b["args"], b["expect"]))
        for size, args, want in sizes:
            got = MODELS[b["name"]](*args)
            failures += got != want
            print(f"{'ok  ' if got == want else 'FAIL'} {b['name']:14} {size} {got} (suite.json: {want})",
                  flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
