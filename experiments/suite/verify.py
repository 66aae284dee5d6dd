#!/usr/bin/env python3
"""Checks every benchmark in suite.json against wasmtime, at full and test size.

    python3 verify.py                 check everything; print wasmtime's time for full runs
    python3 verify.py --update        rewrite programs/*.out from wasmtime's output first
    python3 verify.py --test-only     skip the full sizes (seconds instead of a minute)
    python3 verify.py fib nbody       only the named benchmarks

Times cover the call to `run` or `_start` only: compilation and instantiation are excluded.
Needs `pip install wasmtime`.
"""

import argparse
import json
import os
import sys
import tempfile
import time

import wasmtime

SUITE = os.path.dirname(os.path.abspath(__file__))


def run_invoke(engine, bench, args):
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, os.path.join(SUITE, bench["file"]))
    instance = wasmtime.Instance(store, module, [])
    func = instance.exports(store)[bench["invoke"]]
    start = time.perf_counter()
    result = func(store, *args)
    return result, time.perf_counter() - start


def run_wasi(engine, bench, args):
    """Runs _start with argv = [name, *args]; returns (stdout bytes, seconds)."""
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, os.path.join(SUITE, bench["file"]))
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    with tempfile.TemporaryDirectory() as tmp:
        out, err = os.path.join(tmp, "stdout"), os.path.join(tmp, "stderr")
        config = wasmtime.WasiConfig()
        config.argv = [bench["name"], *args]
        config.stdout_file = out
        config.stderr_file = err
        store.set_wasi(config)
        instance = linker.instantiate(store, module)
        start = time.perf_counter()
        try:
            instance.exports(store)["_start"](store)
            code = 0
        except wasmtime.ExitTrap as e:  # wasi-libc may end with proc_exit even on success
            code = e.code
        elapsed = time.perf_counter() - start
        with open(out, "rb") as f:
            stdout = f.read()
        with open(err, "rb") as f:
            stderr = f.read()
    if code != 0 or stderr:
        raise RuntimeError(f"exit code {code}, stderr {stderr!r}")
    return stdout, elapsed


def check(engine, bench, size, update):
    """Runs one benchmark at one size; returns (ok, seconds, message)."""
    test = size == "test"
    if "invoke" in bench:
        args = bench["test_args" if test else "args"]
        # test_expect: the test size's result where it differs from the full size's.
        want = bench.get("test_expect", bench["expect"]) if test else bench["expect"]
        got, secs = run_invoke(engine, bench, args)
        return got == want, secs, f"run{tuple(args)} = {got}, expected {want}"
    args = bench["test_wasi_args" if test else "wasi_args"]
    path = os.path.join(SUITE, bench["test_expect_stdout" if test else "expect_stdout"])
    got, secs = run_wasi(engine, bench, args)
    if update:
        with open(path, "wb") as f:
            f.write(got)
    with open(path, "rb") as f:
        want = f.read()
    first = got.decode(errors="replace").splitlines()[:1]
    return got == want, secs, f"argv {args}: {len(got)} bytes, first line {first}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help="benchmarks to check (default: all)")
    parser.add_argument("--update", action="store_true", help="rewrite the expected stdout files")
    parser.add_argument("--test-only", action="store_true", help="check only the test sizes")
    opts = parser.parse_args()

    with open(os.path.join(SUITE, "suite.json")) as f:
        benches = json.load(f)["benchmarks"]
    if opts.names:
        benches = [b for b in benches if b["name"] in opts.names]

    engine = wasmtime.Engine()
    failures = 0
    for bench in benches:
        for size in ("test",) if opts.test_only else ("test", "full"):
            try:
                ok, secs, msg = check(engine, bench, size, opts.update)
            except Exception as e:  # a trap or a missing file: report it and go on
                ok, secs, msg = False, 0.0, f"{type(e).__name__}: {e}"
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {bench['group']:7} {bench['name']:14} {size:4} "
                  f"{secs * 1000:9.1f} ms  {msg}", flush=True)
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
