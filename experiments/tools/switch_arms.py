#!/usr/bin/env python3
"""How each op's arm in the switch loop reaches the dispatch, read from a release binary.

For every entry of the loop's jump table it follows the arm's code, taking direct jumps
and assuming conditional branches fall through, until the indirect jump of the dispatch.
It prints, per op, the direct jumps on that path and the instructions executed. Given op
counts (`wasmlab opstats --top 1000 --out FILE`), it also prints both, weighted by how often
each op ran.

This is how `reports/simd.md` measured LLVM's tail merging: chained shared tails show as
arms with two or three jumps.

usage: switch_arms.py BINARY [OPSTATS.md] [--show OP]
needs: objdump, nm, readelf (binutils); BINARY built with the switch back-end.
"""
import argparse
import re
import struct
import subprocess

LOOP = "14wasmlab_switch3run3runKb0_"  # `run::<false>`, the timed copy of the loop


def tool(*args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("binary")
    ap.add_argument("opstats", nargs="?", help="op counts: a Markdown file from `wasmlab opstats`")
    ap.add_argument("--show", help="print the path of this op's arm")
    a = ap.parse_args()

    names = {}
    for line in tool(a.binary, "disas", "--op-list").splitlines():
        tag, name = line.split()
        names[int(tag)] = name
    counts = {}
    if a.opstats:
        for line in open(a.opstats, encoding="utf-8"):
            m = re.match(r"\| (\S+) \| (\d+) \|", line)
            if m and m.group(1) not in counts:
                counts[m.group(1)] = int(m.group(2))

    start = size = None
    for line in tool("nm", "-S", a.binary).splitlines():
        p = line.split()
        if len(p) == 4 and p[3].startswith("_RINv") and LOOP in p[3]:
            start, size = int(p[0], 16), int(p[1], 16)
    if start is None:
        raise SystemExit(f"no switch loop in {a.binary}: build it with the switch back-end")
    dis = tool("objdump", "-d", "--no-show-raw-insn", f"--start-address={start}",
               f"--stop-address={start + size}", a.binary)
    ins = []
    for line in dis.splitlines():
        m = re.match(r"\s+([0-9a-f]+):\s+(.*)", line)
        if m:
            ins.append((int(m.group(1), 16), m.group(2).strip()))
    at = {addr: k for k, (addr, _) in enumerate(ins)}

    # The dispatch: the indirect jump whose index is the op's 16-bit tag.
    disp = next(k - 3 for k, (_, t) in enumerate(ins)
                if t.startswith("jmp") and "*" in t and ins[k - 3][1].startswith("movzwl"))
    base_reg = re.search(r"\((%\w+),", ins[disp + 1][1]).group(1)
    leas = [int(re.search(r"# ([0-9a-f]+)", t).group(1), 16) for _, t in ins
            if t.startswith("lea") and t.split(",")[-1].split()[0] == base_reg and "#" in t]
    table = max(set(leas), key=leas.count)
    offset = None
    for line in tool("readelf", "-SW", a.binary).splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m:
            va, fo, sz = (int(m.group(i), 16) for i in (1, 2, 3))
            if va and va <= table < va + sz and offset is None:
                offset = table - va + fo
    data = open(a.binary, "rb").read()

    def walk(k, show=False):
        jumps = n = 0
        while n < 200 and k != disp:
            addr, t = ins[k]
            n += 1
            if show:
                print(f"  {addr:x} {t}")
            if t.startswith("jmp") and "*" not in t:
                jumps += 1
                k = at.get(int(t.split()[1], 16), -1)
                if k < 0:
                    return None
                continue
            if t.startswith(("ret", "ud2", "jmp")):
                return None  # leaves the loop: a return, a trap, a call out
            k += 1
        return (jumps, n) if k == disp else None

    weighted_j = weighted_n = ran = 0
    for tag in sorted(names):
        (rel,) = struct.unpack_from("<i", data, offset + 4 * tag)
        target = (table + rel) & (2**64 - 1)
        if target not in at:
            break
        name = names[tag]
        path = walk(at[target], show=(name == a.show))
        count = counts.get(name, 0)
        if path is None:
            continue
        if count or not a.opstats:
            print(f"{name:28} jumps {path[0]:2}  instructions {path[1]:3}  ran {count}")
        if count:
            weighted_j += count * path[0]
            weighted_n += count * path[1]
            ran += count
    if ran:
        print(f"weighted by ops run: {weighted_j / ran:.3f} jumps, {weighted_n / ran:.2f} instructions per op ({ran} ops)")


if __name__ == "__main__":
    main()
