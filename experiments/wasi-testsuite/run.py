#!/usr/bin/env python3
"""Run the official WASI test suite's prebuilt wasm32-wasip1 tests against an engine.

Standard library only (Python 3.11+).  See README.md beside this file.

Examples:
  python3 experiments/wasi-testsuite/run.py --engine "target/release/wasmlab run --backend super"
  python3 experiments/wasi-testsuite/run.py --engine "wasmtime run"        # args style picked: plain
  python3 experiments/wasi-testsuite/run.py --backends switch,threaded,super --wasmlab target/release/wasmlab
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = "/work/cache/wasi-testsuite"
DEFAULT_TIMEOUT = 60.0
# Operation types this runner knows how to carry out (the CLI-only subset).
CLI_OPERATIONS = {"run", "wait", "read"}


# --------------------------------------------------------------------------
# Test discovery and spec parsing
# --------------------------------------------------------------------------

@dataclass
class Spec:
    """What one test expects, normalised from either JSON style."""
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    # (host dir relative to the test's folder, guest name) pairs to preopen.
    preopens: list[tuple[str, str]] = field(default_factory=list)
    exit_code: int = 0
    # Expected output per stream ("stdout"/"stderr"); absent = not checked.
    output: dict[str, str] = field(default_factory=dict)
    # Set when the test needs something this runner does not do.
    unsupported: str | None = None


@dataclass
class Test:
    name: str          # e.g. "rust/fd_readdir"
    wasm: Path
    spec: Spec


def _preopens_from(cfg: dict) -> list[tuple[str, str]]:
    pre: list[tuple[str, str]] = []
    root = cfg.get("root")
    if root:
        # Current schema: one directory, preopened as the guest's "/".
        pre.append((root, "/"))
    for d in cfg.get("dirs", []) or []:
        # Older schema (before upstream #264): each dir preopened under its own name.
        pre.append((d, d))
    return pre


def parse_spec(json_path: Path) -> Spec:
    if not json_path.exists():
        return Spec()   # defaults: no args, no env, no preopen, exit 0, output unchecked
    cfg = json.loads(json_path.read_text(encoding="utf-8"))
    spec = Spec()
    if "operations" in cfg or "proposals" in cfg:
        if cfg.get("proposals"):
            spec.unsupported = f"needs proposals {cfg['proposals']}"
        world = cfg.get("world", "wasi:cli/command")
        if world != "wasi:cli/command":
            spec.unsupported = f"world {world}"
        runs = 0
        for op in cfg.get("operations", []):
            ty = op.get("type")
            if ty not in CLI_OPERATIONS:
                spec.unsupported = f"operation {ty!r}"
                continue
            if ty == "run":
                runs += 1
                spec.args = list(op.get("args", []))
                spec.env = dict(op.get("env", {}))
                spec.preopens = _preopens_from(op)
            elif ty == "read":
                sid = op.get("id", "stdout")
                spec.output[sid] = spec.output.get(sid, "") + op.get("payload", "")
            elif ty == "wait":
                spec.exit_code = int(op.get("exit_code", 0))
        if runs != 1:
            spec.unsupported = spec.unsupported or f"{runs} run operations"
        return spec
    # Legacy (flat) schema.
    spec.args = list(cfg.get("args", []))
    spec.env = dict(cfg.get("env", {}))
    spec.preopens = _preopens_from(cfg)
    spec.exit_code = int(cfg.get("exit_code", 0))
    for sid in ("stdout", "stderr"):
        if cfg.get(sid) is not None:
            spec.output[sid] = cfg[sid]
    return spec


def discover(root: Path, wasi_version: str) -> list[Test]:
    """Find tests under ROOT.

    ROOT may be the repository/extract root (tests/<lang>/testsuite/<version>/),
    a tests/ folder, or a single folder that holds *.wasm files directly.
    """
    dirs: list[Path]
    if any(root.glob("*.wasm")):
        dirs = [root]
    else:
        base = root / "tests" if (root / "tests").is_dir() else root
        dirs = sorted(base.glob(f"*/testsuite/{wasi_version}"))
    tests: list[Test] = []
    for d in dirs:
        lang = d.parent.parent.name if d.parent.name == "testsuite" else d.name
        for wasm in sorted(d.glob("*.wasm")):
            tests.append(Test(name=f"{lang}/{wasm.stem}", wasm=wasm,
                              spec=parse_spec(wasm.with_suffix(".json"))))
    return tests


# --------------------------------------------------------------------------
# Running one test
# --------------------------------------------------------------------------

@dataclass
class Outcome:
    test: Test
    passed: bool
    skipped: bool = False
    reason: str = ""
    argv: list[str] = field(default_factory=list)
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0


def resolve_arg_style(style: str, engine: list[str]) -> str:
    if style != "auto":
        return style
    # The wasmtime CLI passes everything after the module path to the guest
    # verbatim, a "--" included; wasmlab takes the guest's args after "--".
    exe = Path(engine[0]).name if engine else ""
    return "plain" if exe.startswith("wasmtime") else "dashdash"


def build_argv(engine: list[str], wasm: Path, spec: Spec,
               preopen_hosts: list[tuple[Path, str]], arg_style: str) -> list[str]:
    argv = list(engine)
    # Tests run with their scratch folder as cwd, so make paths absolute.
    if argv and os.sep in argv[0]:
        argv[0] = os.path.abspath(argv[0])
    for host, guest in preopen_hosts:
        argv += ["--dir", f"{host}::{guest}"]
    for k, v in spec.env.items():
        argv += ["--env", f"{k}={v}"]
    argv.append(os.path.abspath(wasm))
    if arg_style == "dashdash":
        argv.append("--")
    argv += spec.args
    return argv


def _decode(b: bytes) -> str:
    # The upstream runner reads the pipes in text mode (universal newlines).
    return b.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def _is_cleanup(name: str) -> bool:
    return name.endswith(".cleanup")


def run_one(test: Test, engine: list[str], arg_style: str, timeout: float,
            exact_output: bool, keep_temp: bool) -> Outcome:
    spec = test.spec
    if spec.unsupported:
        return Outcome(test, passed=False, skipped=True, reason=f"skipped: {spec.unsupported}")
    tmp = Path(tempfile.mkdtemp(prefix="wasi-ts-"))
    try:
        hosts: list[tuple[Path, str]] = []
        for i, (rel, guest) in enumerate(spec.preopens):
            src = test.wasm.parent / rel
            if not src.is_dir():
                return Outcome(test, passed=False, reason=f"data dir missing: {src}")
            # Fresh copy per test: tests create (and are expected to remove)
            # files in their directory, and leftovers must not leak between
            # tests or back into the suite.  *.cleanup files are left out, as
            # the upstream runner deletes them before each run.
            dst = tmp / str(i) / Path(rel).name
            shutil.copytree(src, dst, symlinks=True,
                            ignore=lambda _d, names: [n for n in names if _is_cleanup(n)])
            hosts.append((dst, guest))
        argv = build_argv(engine, test.wasm, spec, hosts, arg_style)
        start = time.monotonic()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, cwd=tmp, start_new_session=True)
        except OSError as e:
            return Outcome(test, passed=False, reason=f"cannot start engine: {e}", argv=argv)
        try:
            out_b, err_b = proc.communicate(input=b"", timeout=timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out_b, err_b = proc.communicate()
            return Outcome(test, passed=False, reason=f"timeout after {timeout:g}s", argv=argv,
                           exit_code=None, stdout=_decode(out_b), stderr=_decode(err_b),
                           seconds=time.monotonic() - start)
        secs = time.monotonic() - start
        out, err = _decode(out_b), _decode(err_b)
        rc = proc.returncode
        reasons = []
        # Same order as upstream: output checks (read ops) first, then exit code.
        for sid, expected in spec.output.items():
            actual = out if sid == "stdout" else err
            # Upstream reads exactly len(expected) characters from the stream
            # and compares those, i.e. a prefix match; --exact-output is stricter.
            got = actual if exact_output else actual[:len(expected)]
            if got != expected:
                reasons.append(f"{sid} mismatch: expected {expected!r}, got {got!r}")
        if rc != spec.exit_code:
            if rc < 0:
                sig = -rc
                try:
                    sig_name = signal.Signals(sig).name
                except ValueError:
                    sig_name = str(sig)
                reasons.append(f"exit code: expected {spec.exit_code}, killed by {sig_name}")
            else:
                reasons.append(f"exit code: expected {spec.exit_code}, got {rc}")
        return Outcome(test, passed=not reasons, reason="; ".join(reasons), argv=argv,
                       exit_code=rc, stdout=out, stderr=err, seconds=secs)
    finally:
        if keep_temp:
            print(f"  (kept {tmp} for {test.name})", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------

def _tail(text: str, lines: int = 25, width: int = 300) -> str:
    parts = [p if len(p) <= width else p[:width] + " ..." for p in text.splitlines()]
    if len(parts) > lines:
        parts = parts[:lines] + [f"... ({len(parts) - lines} more lines)"]
    return "\n".join("    | " + p for p in parts)


def report_failure(o: Outcome, verbose: bool, label: str) -> None:
    prefix = f"[{label}] " if label else ""
    print(f"FAIL {prefix}{o.test.name}: {o.reason}", flush=True)
    if not verbose:
        return
    print("    command: " + shlex.join(o.argv))
    for sid, expected in o.test.spec.output.items():
        actual = o.stdout if sid == "stdout" else o.stderr
        if actual != expected:
            diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                        f"expected {sid}", f"actual {sid}", lineterm="")
            print("\n".join("    " + d for d in diff))
    if o.stdout and "stdout" not in o.test.spec.output:
        print("    stdout:")
        print(_tail(o.stdout))
    if o.stderr:
        print("    stderr:")
        print(_tail(o.stderr))


def run_suite(tests: list[Test], engine: list[str], args: argparse.Namespace,
              label: str = "") -> tuple[int, int, int]:
    style = resolve_arg_style(args.arg_style, engine)
    passed = failed = skipped = 0
    slow: list[tuple[float, str]] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futs = [pool.submit(run_one, t, engine, style, args.timeout, args.exact_output,
                            args.keep_temp) for t in tests]
        for fut in futs:   # report in discovery order
            o = fut.result()
            slow.append((o.seconds, o.test.name))
            if o.skipped:
                skipped += 1
                print(f"SKIP {o.test.name}: {o.reason}", flush=True)
            elif o.passed:
                passed += 1
                if args.verbose:
                    print(f"ok   {o.test.name} ({o.seconds:.2f}s)", flush=True)
            else:
                failed += 1
                report_failure(o, args.list_failures, label)
    if args.verbose:
        slow.sort(reverse=True)
        print("slowest: " + ", ".join(f"{n} {s:.2f}s" for s, n in slow[:5]))
    return passed, failed, skipped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root", nargs="?",
                    default=os.environ.get("WASI_TESTSUITE", DEFAULT_ROOT),
                    help="test-suite root: the extracted repo (holding tests/), or a folder "
                         "of *.wasm (default: $WASI_TESTSUITE or %(default)s)")
    ap.add_argument("--engine", help='command prefix that runs a module, e.g. '
                    '"target/release/wasmlab run --backend super" or "wasmtime run"')
    ap.add_argument("--backends", help="comma list (e.g. switch,threaded,super): run "
                    "'WASMLAB run --backend B' once per back-end")
    ap.add_argument("--wasmlab", default="target/release/wasmlab",
                    help="wasmlab binary for --backends (default: %(default)s)")
    ap.add_argument("--arg-style", choices=["auto", "dashdash", "plain"], default="auto",
                    help="how guest args follow the module path: 'dashdash' = "
                         "'MODULE -- ARGS' (wasmlab), 'plain' = 'MODULE ARGS' (wasmtime); "
                         "auto picks plain when the engine binary is wasmtime*")
    ap.add_argument("--wasi-version", default="wasm32-wasip1",
                    help="which testsuite/<version> folders to run (default: %(default)s)")
    ap.add_argument("--filter", action="append", default=[], metavar="SUBSTR",
                    help="only tests whose name (lang/test) contains SUBSTR; repeatable (OR)")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                    help="seconds per test (default: %(default)s; upstream uses 5)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="tests run at once")
    ap.add_argument("--list-failures", action="store_true",
                    help="for each failure show the command, output diffs and stderr")
    ap.add_argument("--exact-output", action="store_true",
                    help="require stdout/stderr to equal the expectation exactly "
                         "(upstream only compares the first len(expected) characters)")
    ap.add_argument("--keep-temp", action="store_true", help="keep each test's scratch folder")
    ap.add_argument("--list", action="store_true", help="list the selected tests and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing tests too")
    args = ap.parse_args(argv)

    root = Path(args.root)
    if not root.exists():
        print(f"error: test-suite root {root} does not exist (see README.md for how to get it)",
              file=sys.stderr)
        return 2
    tests = discover(root, args.wasi_version)
    if args.filter:
        tests = [t for t in tests if any(f in t.name for f in args.filter)]
    if not tests:
        print(f"error: no tests found under {root}", file=sys.stderr)
        return 2
    if args.list:
        for t in tests:
            s = t.spec
            print(f"{t.name}  args={s.args} env={s.env} preopens={s.preopens} "
                  f"exit={s.exit_code} output={s.output}")
        return 0

    if args.backends:
        runs = [(b, shlex.split(args.wasmlab) + ["run", "--backend", b])
                for b in args.backends.split(",") if b]
    elif args.engine:
        runs = [("", shlex.split(args.engine))]
    else:
        ap.error("give --engine or --backends")

    totals = [0, 0, 0]
    per: list[tuple[str, int, int, int]] = []
    for label, engine in runs:
        if label:
            print(f"== back-end {label}: {shlex.join(engine)}", flush=True)
        p, f, s = run_suite(tests, engine, args, label)
        per.append((label, p, f, s))
        totals = [totals[0] + p, totals[1] + f, totals[2] + s]
    if len(runs) > 1 or runs[0][0]:
        for label, p, f, s in per:
            print(f"  {label}: {p} passed, {f} failed" + (f", {s} skipped" if s else ""))
    print(f"{totals[0]} passed, {totals[1]} failed"
          + (f", {totals[2]} skipped" if totals[2] else ""))
    return 1 if totals[1] else 0


if __name__ == "__main__":
    sys.exit(main())
