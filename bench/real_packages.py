#!/usr/bin/env python3
"""Run `parallelize check --fix` on real PyPI packages and check their own tests still agree.

For each pinned package below this script:

1. downloads the sdist (``pip download --no-deps --no-binary :all:``) into
   ``bench/.work/pkgs`` (kept between runs as a download cache),
2. unpacks it into ``bench/.work/src/<name>-<version>``,
3. creates a venv ``bench/.work/venvs/<name>-<version>`` (``uv`` when
   available, else ``python -m venv`` + pip) and installs the package
   *editable* plus pytest and its pinned test dependencies, then checks that
   the package imports from the unpacked tree (so the tests exercise the code
   parallelize rewrites, not a copy in site-packages),
4. runs the test suite (junit XML -> passed/failed/errors/skipped + the ids
   of the tests that did not pass),
5. runs ``parallelize check --output-format json .`` (report only: counts the
   safe/review findings) and then ``parallelize check --fix --output-format
   json .`` in the package directory, and compares file hashes before/after to
   count the files changed (a unified diff goes to ``bench/.work/logs``),
6. re-runs the tests and compares,
7. runs ``parallelize propose --dry-run`` on a fresh git repository holding the
   unpacked sdist (before ``--fix``), with a ``parallelize.toml`` giving the same
   setup and test commands: the bot's whole job, its measurements included. The
   ``proposed`` column lists each rewrite it would propose with its replayed
   speedup, and how many rewrites proven safe it did not propose. A proposed
   rewrite without a replay, or replayed slower than the original, is a bug of
   the second rule and makes the row ``SLOWER``.

It prints one row per package. A row whose test results differ after --fix is
``CHANGED``: that is a bug in parallelize's safety model (a "safe" rewrite
changed behaviour). The script exits 1 if any row is CHANGED or parallelize
crashed (exit code other than 0/1), 0 otherwise. A package whose setup fails
(download, build, install, or a baseline run with no tests) is reported as
``setup failed: <reason>`` and skipped; it does not fail the run.

Usage:
    python3 bench/real_packages.py [--only NAME] [--binary PATH] [--keep]

Without --binary it builds the debug binary with ``cargo build -p parallelize``
(honouring CARGO_TARGET_DIR). Without --keep the unpacked sources and venvs
are deleted at the end; the sdist cache and the logs are always kept.

Needs network access to PyPI the first time. Uses only the standard library.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / ".work"
PKGS = WORK / "pkgs"  # sdist download cache (kept)
SRC = WORK / "src"  # unpacked trees (deleted unless --keep)
VENVS = WORK / "venvs"  # one venv per package (deleted unless --keep)
LOGS = WORK / "logs"  # per-package logs, JSON and diffs (kept)

PYTEST = "pytest==9.2.0"
# How long one step may take before it is killed and reported.
INSTALL_TIMEOUT = 900
TEST_TIMEOUT = 1200
PARALLELIZE_TIMEOUT = 600


@dataclass
class Package:
    """One benchmark package: a pinned sdist and how to run its tests offline."""

    name: str
    version: str
    module: str  # import name, used to check the tests see the unpacked tree
    test_args: list[str]  # pytest arguments (paths) relative to the package dir
    test_deps: list[str] = field(default_factory=list)  # pinned, besides pytest
    env: dict[str, str] = field(default_factory=dict)  # extra environment for tests

    @property
    def spec(self) -> str:
        return f"{self.name}=={self.version}"


# Every entry here was seen to pass its own suite offline on CPython 3.11
# (jmespath 1.1.0 was dropped: its sdist lacks tests/__init__.py, so nothing
# imports). Hypothesis suites get a fixed seed so before/after runs compare.
# A few tests are left out where they fail before any rewrite, for reasons
# outside the package (noted per entry).
PACKAGES: list[Package] = [
    Package("six", "1.17.0", "six", ["test_six.py"]),
    Package("inflection", "0.5.1", "inflection", ["test_inflection.py"]),
    Package("more-itertools", "11.2.1", "more_itertools", ["tests"]),
    Package("toolz", "1.2.0", "toolz", ["toolz/tests"]),
    Package("boltons", "26.2.0", "boltons", ["tests"]),
    Package("tabulate", "0.10.0", "tabulate", ["test"], ["wcwidth==0.9.4"]),
    # test_benchmarks.py needs the pytest-codspeed plugin (`benchmark` fixture).
    Package("humanize", "4.17.0", "humanize", ["tests", "--ignore=tests/test_benchmarks.py"],
            ["freezegun==1.5.5"]),
    Package("idna", "3.20", "idna", ["tests", "--hypothesis-seed=0"], ["hypothesis==6.170.15"]),
    # test_wrapped_annotation fails on CPython 3.11 upstream (annotation lookup).
    Package(
        "attrs",
        "26.1.0",
        "attr",
        ["tests", "--hypothesis-seed=0",
         "--deselect=tests/test_converters.py::TestPipe::test_wrapped_annotation"],
        ["hypothesis==6.170.15", "pympler==1.1", "cloudpickle==3.1.2"],
    ),
    # conftest.py uses the `no_cover` mark from pytest-cov; the three deselected
    # tests compare the system's /usr/share/zoneinfo with the tzdata wheel and
    # fail whenever the two releases differ.
    Package(
        "python-dateutil",
        "4.0.0",
        "dateutil",
        ["tests", "--hypothesis-seed=0",
         "--deselect=tests/test_tz.py::test_gettz_link",
         "--deselect=tests/test_tzfile.py::test_gettz_local_abbreviation_without_time_zone_data",
         "--deselect=tests/test_tzpath_data.py::test_dst_matches_tzdata_zi"],
        ["hypothesis==6.170.15", "freezegun==1.5.5", "tzdata==2026.6", "attrs==26.1.0",
         "pytest-cov==7.1.0"],
    ),
    Package("pyparsing", "3.3.3", "pyparsing", ["tests"],
            ["railroad-diagrams==3.0.1", "jinja2==3.1.6"]),
]

# Directories that tests, builds or parallelize itself create inside the tree;
# they are not part of "files changed by --fix".
IGNORED_DIRS = {
    "__pycache__",
    ".parallelize_cache",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    "build",
    ".eggs",
}


class SetupFailed(Exception):
    """The package could not be prepared; it is skipped, not counted as a failure."""


# --------------------------------------------------------------------------- helpers


def run(cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
        timeout: int, log: Path) -> subprocess.CompletedProcess[str]:
    """Run a command, appending its command line and output to `log`. Never raises on
    a non-zero exit; raises SetupFailed on a timeout or a missing executable."""
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"\n$ {' '.join(cmd)}  (cwd={cwd or os.getcwd()})\n")
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
            text=True, errors="replace", timeout=timeout, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SetupFailed(f"`{Path(cmd[0]).name} {cmd[1] if len(cmd) > 1 else ''}` "
                          f"timed out after {exc.timeout}s") from None
    except OSError as exc:
        raise SetupFailed(f"cannot run {cmd[0]}: {exc.strerror}") from None
    with log.open("a", encoding="utf-8") as fh:
        fh.write(proc.stdout)
        fh.write(proc.stderr)
        fh.write(f"[exit {proc.returncode}]\n")
    return proc


def last_line(text: str) -> str:
    """The last non-empty line of some output, for one-line error reasons."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1][:200] if lines else "(no output)"


def find_uv() -> str | None:
    """uv on PATH, or in the user base where `pip install --user uv` puts it."""
    found = shutil.which("uv")
    if found:
        return found
    candidate = Path(sysconfig.get_path("scripts", f"{os.name}_user")) / "uv"
    return str(candidate) if candidate.is_file() else None


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under root (relative path -> digest), skipping caches."""
    out: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in IGNORED_DIRS and not d.endswith(".egg-info")]
        for fn in filenames:
            p = Path(dirpath, fn)
            if p.is_symlink() or not p.is_file():
                continue
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# --------------------------------------------------------------------------- steps


def build_binary() -> Path:
    """Build the debug binary with cargo and return its path."""
    print("building parallelize (cargo build -p parallelize) ...", file=sys.stderr)
    proc = subprocess.run(["cargo", "build", "-q", "-p", "parallelize"], cwd=REPO,
                          stdin=subprocess.DEVNULL, check=False)
    if proc.returncode != 0:
        sys.exit("real_packages: cargo build failed; fix the build or pass --binary PATH")
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    if not target.is_absolute():
        target = REPO / target
    binary = target / "debug" / "parallelize"
    if not binary.is_file():
        sys.exit(f"real_packages: built, but {binary} does not exist")
    return binary


def download(pkg: Package, log: Path) -> Path:
    """Return the cached sdist, downloading it with pip if needed."""
    PKGS.mkdir(parents=True, exist_ok=True)

    def cached() -> Path | None:
        # sdist names normalise '-' to '_' (more_itertools-11.2.1.tar.gz) or not.
        stems = {f"{pkg.name}-{pkg.version}", f"{pkg.name.replace('-', '_')}-{pkg.version}"}
        for p in PKGS.iterdir():
            for stem in stems:
                if p.name.lower() in (f"{stem}.tar.gz".lower(), f"{stem}.zip".lower()):
                    return p
        return None

    found = cached()
    if found:
        return found
    proc = run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                "--no-binary", ":all:", "--disable-pip-version-check", "-d", str(PKGS), pkg.spec],
               timeout=INSTALL_TIMEOUT, log=log)
    if proc.returncode != 0:
        raise SetupFailed(f"pip download: {last_line(proc.stderr or proc.stdout)}")
    found = cached()
    if not found:
        raise SetupFailed("pip download succeeded but no sdist was saved")
    return found


def unpack(sdist: Path, dest_parent: Path) -> Path:
    """Unpack an sdist into dest_parent and return the single top-level directory."""
    tmp = dest_parent / (sdist.name + ".unpack")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        if sdist.name.endswith(".zip"):
            with zipfile.ZipFile(sdist) as zf:
                zf.extractall(tmp)
        else:
            with tarfile.open(sdist) as tf:
                if hasattr(tarfile, "data_filter"):
                    tf.extractall(tmp, filter="data")
                else:  # Python < 3.11.4
                    tf.extractall(tmp)  # noqa: S202 - pinned sdists from PyPI
    except (tarfile.TarError, zipfile.BadZipFile, OSError) as exc:
        raise SetupFailed(f"cannot unpack {sdist.name}: {exc}") from None
    tops = list(tmp.iterdir())
    if len(tops) != 1 or not tops[0].is_dir():
        raise SetupFailed(f"{sdist.name} does not have one top-level directory")
    dest = dest_parent / tops[0].name
    shutil.rmtree(dest, ignore_errors=True)
    tops[0].rename(dest)
    tmp.rmdir()
    return dest


def make_venv(pkg: Package, pkgdir: Path, uv: str | None, log: Path) -> Path:
    """Create a fresh venv with the package (editable) and its test deps; return its python."""
    venv = VENVS / f"{pkg.name}-{pkg.version}"
    shutil.rmtree(venv, ignore_errors=True)
    VENVS.mkdir(parents=True, exist_ok=True)
    py = venv / "bin" / "python"
    reqs = [PYTEST, *pkg.test_deps]
    if uv:
        env = dict(os.environ, UV_PYTHON_DOWNLOADS="never")
        proc = run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
                   env=env, timeout=INSTALL_TIMEOUT, log=log)
        if proc.returncode != 0:
            raise SetupFailed(f"uv venv: {last_line(proc.stderr)}")
        proc = run([uv, "pip", "install", "--quiet", "--python", str(py), "-e", str(pkgdir), *reqs],
                   env=env, timeout=INSTALL_TIMEOUT, log=log)
    else:
        proc = run([sys.executable, "-m", "venv", str(venv)], timeout=INSTALL_TIMEOUT, log=log)
        if proc.returncode != 0:
            raise SetupFailed(f"python -m venv: {last_line(proc.stderr)}")
        proc = run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-e", str(pkgdir), *reqs], timeout=INSTALL_TIMEOUT, log=log)
    if proc.returncode != 0:
        raise SetupFailed(f"install: {last_line(proc.stderr or proc.stdout)}")

    # The tests must import the tree that parallelize rewrites.
    proc = run([str(py), "-c", f"import {pkg.module} as m; print(m.__file__)"],
               cwd=pkgdir, timeout=120, log=log)
    if proc.returncode != 0:
        raise SetupFailed(f"import {pkg.module}: {last_line(proc.stderr)}")
    imported = Path(proc.stdout.strip()).resolve()
    if not imported.is_relative_to(pkgdir.resolve()):
        raise SetupFailed(f"{pkg.module} imports from {imported}, not from the unpacked tree")
    return py


@dataclass
class TestResult:
    passed: int
    failed: int
    errors: int
    skipped: int
    not_passed: set[str]  # ids of failed/errored tests

    def key(self) -> tuple[int, int, int, int, frozenset[str]]:
        return (self.passed, self.failed, self.errors, self.skipped, frozenset(self.not_passed))

    def short(self) -> str:
        return f"{self.passed}/{self.failed + self.errors}"


def run_tests(pkg: Package, py: Path, pkgdir: Path, junit: Path, log: Path) -> TestResult:
    """Run the package's pytest suite and read the counts from its junit XML."""
    junit.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0", **pkg.env)
    # Keep the environment free of anything that could redirect imports.
    env.pop("PYTHONPATH", None)
    cmd = [str(py), "-m", "pytest", "-q", "-p", "no:cacheprovider",
           f"--junitxml={junit}", "-o", "junit_family=xunit2", *pkg.test_args]
    proc = run(cmd, cwd=pkgdir, env=env, timeout=TEST_TIMEOUT, log=log)
    if not junit.is_file():
        raise SetupFailed(f"pytest wrote no report (exit {proc.returncode}): "
                          f"{last_line(proc.stdout + proc.stderr)}")
    try:
        root = ET.parse(junit).getroot()
    except ET.ParseError as exc:
        raise SetupFailed(f"unreadable junit xml: {exc}") from None
    passed = failed = errors = skipped = 0
    not_passed: set[str] = set()
    for case in root.iter("testcase"):
        test_id = f"{case.get('classname', '')}::{case.get('name', '')}"
        tags = {child.tag for child in case}
        if "failure" in tags:
            failed += 1
            not_passed.add(test_id)
        elif "error" in tags:
            errors += 1
            not_passed.add(test_id)
        elif "skipped" in tags:
            skipped += 1
        else:
            passed += 1
    return TestResult(passed, failed, errors, skipped, not_passed)


@dataclass
class FixResult:
    exit_code: int
    safe: int  # from the report-only run; -1 when that run failed
    review: int
    files_changed: list[str]
    error: str | None  # set when parallelize crashed / printed unreadable JSON


def run_parallelize(binary: Path, pkgdir: Path, logdir: Path, log: Path) -> FixResult:
    """Report-only run (counts), then the --fix run; compare the tree before/after."""

    def check(extra: list[str], out_name: str) -> tuple[int, dict | None, str | None]:
        cmd = [str(binary), "check", "--no-cache", "--output-format", "json", *extra, "."]
        try:
            proc = run(cmd, cwd=pkgdir, timeout=PARALLELIZE_TIMEOUT, log=log)
        except SetupFailed as exc:
            return -1, None, str(exc)
        (logdir / out_name).write_text(proc.stdout, encoding="utf-8")
        if proc.returncode not in (0, 1):
            return proc.returncode, None, (f"parallelize {' '.join(extra) or 'check'} exited "
                                           f"{proc.returncode}: {last_line(proc.stderr)}")
        try:
            return proc.returncode, json.loads(proc.stdout), None
        except json.JSONDecodeError as exc:
            return proc.returncode, None, f"parallelize printed invalid JSON: {exc}"

    def counts(doc: dict) -> tuple[int, int]:
        findings = doc.get("findings", [])
        safe = sum(1 for f in findings if f.get("safety") == "safe")
        review = sum(1 for f in findings if f.get("safety") == "review")
        return safe, review

    code, report, err = check([], "report.json")
    if err:
        return FixResult(code, -1, -1, [], err)
    safe, review = counts(report)

    before = tree_hashes(pkgdir)
    originals = {rel: (pkgdir / rel).read_bytes() for rel in before}
    # The --fix run's JSON (the findings it fixed) is kept in fix.json.
    code, _fixed, err = check(["--fix"], "fix.json")
    after = tree_hashes(pkgdir)
    changed = sorted(rel for rel in set(before) | set(after) if before.get(rel) != after.get(rel))

    # Save the rewrite as a unified diff for inspection.
    diff_lines: list[str] = []
    for rel in changed:
        old = originals.get(rel, b"").decode("utf-8", "replace").splitlines(keepends=True)
        new_path = pkgdir / rel
        new = new_path.read_text("utf-8", "replace").splitlines(keepends=True) if new_path.exists() else []
        diff_lines.extend(difflib.unified_diff(old, new, f"a/{rel}", f"b/{rel}"))
    (logdir / "fix.diff").write_text("".join(diff_lines), encoding="utf-8")

    return FixResult(code, safe, review, changed, err)


# --------------------------------------------------------------------------- main


@dataclass
class Row:
    spec: str
    proposed: str = "-"
    findings: str = "-"
    files_changed: str = "-"
    before: str = "-"
    after: str = "-"
    result: str = ""
    bad: bool = False  # counts toward the non-zero exit


def process(pkg: Package, binary: Path, uv: str | None) -> Row:
    row = Row(pkg.spec)
    logdir = LOGS / f"{pkg.name}-{pkg.version}"
    shutil.rmtree(logdir, ignore_errors=True)
    logdir.mkdir(parents=True)
    log = logdir / "log.txt"
    t0 = time.monotonic()

    def step(msg: str) -> None:
        print(f"  [{pkg.spec}] {msg}", file=sys.stderr, flush=True)

    try:
        step("download")
        sdist = download(pkg, log)
        SRC.mkdir(parents=True, exist_ok=True)
        pkgdir = unpack(sdist, SRC)
        step(f"venv + install ({'uv' if uv else 'pip'})")
        py = make_venv(pkg, pkgdir, uv, log)
        step("tests (before)")
        before = run_tests(pkg, py, pkgdir, logdir / "junit-before.xml", log)
        if before.passed == 0:
            raise SetupFailed(f"no test passed before any rewrite "
                              f"({before.failed} failed, {before.errors} errors; see {log.relative_to(REPO)})")
        row.before = before.short()
    except SetupFailed as exc:
        row.result = f"setup failed: {exc}"
        return row

    step("parallelize propose --dry-run")
    row.proposed, slower = run_propose(pkg, binary, pkgdir, logdir, log)
    if slower:
        row.result = f"SLOWER: {slower}"
        row.bad = True
        return row

    step("parallelize check / check --fix")
    fix = run_parallelize(binary, pkgdir, logdir, log)
    row.findings = f"{fix.safe}/{fix.review}" if fix.safe >= 0 else "-"
    row.files_changed = str(len(fix.files_changed)) if fix.safe >= 0 else "-"
    if fix.error:
        row.result = f"PARALLELIZE ERROR: {fix.error}"
        row.bad = True
        return row

    try:
        step("tests (after)")
        after = run_tests(pkg, py, pkgdir, logdir / "junit-after.xml", log)
    except SetupFailed as exc:
        after = None
        row.after = "-"
        row.result = f"CHANGED (tests after --fix: {exc})"
        row.bad = True
    if after is not None:
        row.after = after.short()
        if after.key() == before.key():
            row.result = "unchanged"
        else:
            newly = sorted(after.not_passed - before.not_passed)
            detail = f"; newly failing: {', '.join(newly[:3])}{' ...' if len(newly) > 3 else ''}" if newly else ""
            skipped = (f"; skipped {before.skipped}->{after.skipped}"
                       if before.skipped != after.skipped else "")
            row.result = (f"CHANGED ({before.short()} -> {after.short()}{skipped}{detail}; "
                          f"see {logdir.relative_to(REPO)}/fix.diff)")
            row.bad = True
    step(f"done in {time.monotonic() - t0:.0f}s")
    return row


def run_propose(pkg: Package, binary: Path, pkgdir: Path, logdir: Path,
                log: Path) -> tuple[str, str]:
    """``propose --dry-run`` on a git repository holding a copy of the unpacked sdist: the
    ``proposed`` cell, and what was proposed without a replay or replayed slower ("" if
    nothing)."""
    repo = WORK / "propose" / pkgdir.name
    shutil.rmtree(repo, ignore_errors=True)
    shutil.copytree(pkgdir, repo, ignore=shutil.ignore_patterns(*IGNORED_DIRS, "*.egg-info"))
    deps = " ".join([PYTEST, *pkg.test_deps])
    tests = " ".join(pkg.test_args)
    (repo / "parallelize.toml").write_text(
        f'setup-command = "python -m pip install --quiet -e . {deps}"\n'
        f'test-command = "python -m pytest -q -p no:cacheprovider {tests}"\n'
        f'test-timeout = "{TEST_TIMEOUT}s"\n',
        encoding="utf-8",
    )
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
    for cmd in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "sdist"]):
        run(git + cmd, cwd=repo, timeout=120, log=log)
    out = logdir / "propose"
    run([str(binary), "propose", str(repo), "--dry-run", "--quiet", "--output", str(out)],
        cwd=repo, timeout=TEST_TIMEOUT * 3, log=log)
    try:
        result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return f"no result ({exc})", ""
    applied = result.get("applied", [])
    safe = len(applied) + len(result.get("dropped", [])) + sum(
        1 for c in result.get("review", []) if c.get("safety") == "safe")
    parts, slower = [], []
    for c in applied:
        where = f"{c['path']}:{c['line']} {c['rule']}"
        replay = c.get("replay")
        if not replay:
            slower.append(f"{where} proposed without a replay")
            continue
        parts.append(f"{where} {replay['speedup']:.2f}x")
        if replay["speedup"] < 1.0:
            slower.append(f"{where} replayed at {replay['speedup']:.2f}x")
    cell = ", ".join(parts) if parts else "none"
    cell += f" ({safe - len(applied)} of {safe} safe not proposed)" if safe else " (0 safe)"
    if result.get("status") in ("setup-failed", "baseline-failed", "no-tests"):
        cell = f"{result['status']}: {safe} safe, not verified"
    return cell, "; ".join(slower)


def print_table(rows: list[Row]) -> None:
    headers = ("package", "proposed (replayed speedup)", "findings safe/review",
               "files changed", "tests before (pass/fail)", "tests after", "result")
    cells = [(r.spec, r.proposed, r.findings, r.files_changed, r.before, r.after, r.result)
             for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers[:-1])]

    def fmt(values: tuple[str, ...]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values[:-1], widths)) + "  " + values[-1]

    print(fmt(headers))
    print(fmt(tuple("-" * w for w in widths) + ("-" * len(headers[-1]),)))
    for c in cells:
        print(fmt(c))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", metavar="NAME", action="append",
                    help="run only this package (repeatable); one of: "
                         + ", ".join(p.name for p in PACKAGES))
    ap.add_argument("--binary", metavar="PATH", type=Path,
                    help="parallelize binary to use (default: build the debug binary with cargo)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the unpacked sources and venvs under bench/.work")
    args = ap.parse_args()

    packages = PACKAGES
    if args.only:
        wanted = {n.lower() for n in args.only}
        packages = [p for p in PACKAGES if p.name.lower() in wanted]
        unknown = wanted - {p.name.lower() for p in packages}
        if unknown:
            ap.error(f"unknown package(s): {', '.join(sorted(unknown))}")

    if args.binary:
        binary = args.binary.resolve()
        if not (binary.is_file() and os.access(binary, os.X_OK)):
            ap.error(f"--binary {args.binary}: not an executable file")
    else:
        binary = build_binary()

    uv = find_uv()
    print(f"parallelize: {binary}\ninstaller: {uv or 'pip'}\nwork dir: {WORK}", file=sys.stderr)

    rows: list[Row] = []
    try:
        for pkg in packages:
            try:
                rows.append(process(pkg, binary, uv))
            except Exception as exc:  # noqa: BLE001 - one package must not stop the rest
                rows.append(Row(pkg.spec, result=f"setup failed: internal error: {exc!r}"))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
    finally:
        if not args.keep:
            shutil.rmtree(SRC, ignore_errors=True)
            shutil.rmtree(VENVS, ignore_errors=True)
            shutil.rmtree(WORK / "propose", ignore_errors=True)

    print()
    print_table(rows)
    bad = [r.spec for r in rows if r.bad]
    print(f"\n{len(rows)} packages, {sum(r.result == 'unchanged' for r in rows)} unchanged, "
          f"{len(bad)} CHANGED/SLOWER/error, "
          f"{sum(r.result.startswith('setup failed') for r in rows)} setup failed; "
          f"logs in {LOGS.relative_to(REPO)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
