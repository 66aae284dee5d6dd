#!/usr/bin/env python3
"""Regenerate (or check) the *.expected files with the reference wasmtime CLI.

Usage: gen_expected.py [--check] [--wasmtime PATH] [PROGRAM...]

For each program listed in expect.json it mimics what the wasmlab harness must
do: a fresh temporary parent directory holding `outside.txt` (contents
"outside sentinel\\n") and an EMPTY sub-directory `sandbox` that is preopened as
`--dir <parent>/sandbox::/sandbox`; stdin is a regular file with the given
contents; stdout and stderr are pipes. After the run it verifies that the parent
still holds exactly `outside.txt` (unchanged) and `sandbox`.
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUTSIDE = b"outside sentinel\n"

def run(wasmtime, name, cfg):
    with tempfile.TemporaryDirectory() as parent:
        sandbox = os.path.join(parent, "sandbox")
        os.mkdir(sandbox)
        with open(os.path.join(parent, "outside.txt"), "wb") as f:
            f.write(OUTSIDE)
        stdin_path = os.path.join(parent, "stdin.txt.tmp")
        # stdin file lives outside the parent listing check: remove after opening
        with open(stdin_path, "wb") as f:
            f.write(cfg["stdin"].encode())
        cmd = [wasmtime, "run", "--dir", sandbox + "::/sandbox"]
        for k, v in cfg["env"].items():
            cmd += ["--env", f"{k}={v}"]
        cmd += [os.path.join(HERE, name + ".wasm")] + cfg["args"]
        with open(stdin_path, "rb") as fin:
            os.unlink(stdin_path)
            p = subprocess.run(cmd, stdin=fin, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
        listing = sorted(os.listdir(parent))
        with open(os.path.join(parent, "outside.txt"), "rb") as f:
            outside_ok = f.read() == OUTSIDE
        escaped = listing != ["outside.txt", "sandbox"] or not outside_ok
        return p.returncode, p.stdout, p.stderr, listing, escaped

def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    wasmtime = os.environ.get("WASMTIME", "wasmtime")
    if "--wasmtime" in args:
        i = args.index("--wasmtime"); wasmtime = args[i + 1]; del args[i:i + 2]
    cfgs = json.load(open(os.path.join(HERE, "expect.json")))
    names = args or list(cfgs)
    bad = 0
    for name in names:
        cfg = cfgs[name]
        rc, out, err, listing, escaped = run(wasmtime, name, cfg)
        exp_path = os.path.join(HERE, name + ".expected")
        status = []
        if rc != cfg["exit_code"]:
            status.append(f"exit {rc} != {cfg['exit_code']}"); bad += 1
        if escaped:
            status.append(f"SANDBOX ESCAPE parent={listing}"); bad += 1
        if check:
            if open(exp_path, "rb").read() != out:
                status.append("stdout differs"); bad += 1
        else:
            open(exp_path, "wb").write(out)
        nl = out.count(b"\n")
        print(f"{name}: rc={rc} lines={nl} {'; '.join(status) or 'ok'}")
        if err:
            sys.stdout.write("  stderr: " + err.decode(errors="replace").replace("\n", "\n  stderr: ") + "\n")
    sys.exit(1 if bad else 0)

main()
