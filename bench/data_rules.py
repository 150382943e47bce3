#!/usr/bin/env python3
"""Measured examples for the data rules: element-by-element Python loops over numpy arrays and
pandas rows vs the whole-array code parallelize puts in their place.

For each rule an example project (a `pyproject.toml` declaring the library, and one module) is
written to bench/.work/data/<rule>/orig and a rewritten copy made in bench/.work/data/<rule>/new:

- PAR301 is `safe`: the copy is rewritten by `parallelize check --fix` (the script stops with
  exit 1, showing the diff, if the rewrite to `np.outer` was not applied);
- PAR302 is `review` only: the code proposed at the end of the finding's message (`proposed:
  `...``) replaces the loop in the copy by hand.

Each version is timed in fresh Python processes (RUNS of them) around the function call only:
interpreter start, imports and building the input are left out. The script checks that both
versions return the same result, and prints the median time of each and the ratio.

    python3 bench/data_rules.py               # the newest of target/{release,debug}/parallelize
    PARALLELIZE_BIN=path/to/parallelize python3 bench/data_rules.py
    RUNS=5 N=600 ROWS=20000 python3 bench/data_rules.py
    PYTHON=path/to/python python3 bench/data_rules.py   # needs numpy and pandas

The examples run with PYTHON (default: the repository's .venv-tests/bin/python, else python3).
"""

import difflib
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "data"
RUNS = int(os.environ.get("RUNS", "3"))
N = int(os.environ.get("N", "600"))
ROWS = int(os.environ.get("ROWS", "20000"))

PAR301_MODULE = '''import numpy as np


def products(n):
    xs = np.linspace(0.0, 1.0, n)
    ys = np.linspace(-2.0, 2.0, n)
    table = []
    for i in range(len(xs)):
        row = []
        for j in range(len(ys)):
            row.append(xs[i] * ys[j])
        table.append(row)
    return table
'''

# Prints the call's time and a digest of the result's repr, which includes the element types
# (both versions must return lists of lists of np.float64).
PAR301_DRIVER = '''import hashlib
import sys
import time

sys.path.insert(0, sys.argv[1])
import grid  # noqa: E402

n = int(sys.argv[2])
start = time.perf_counter()
result = grid.products(n)
elapsed = time.perf_counter() - start
print(elapsed, hashlib.sha256(repr(result).encode()).hexdigest())
'''

PAR302_MODULE = '''import pandas as pd


def totals(df):
    for idx, row in df.iterrows():
        df.at[idx, "total"] = row["price"] * row["qty"] + row["shipping"]
    return df
'''
PAR302_LOOP = '''    for idx, row in df.iterrows():
        df.at[idx, "total"] = row["price"] * row["qty"] + row["shipping"]
'''
PAR302_EXPECTED = 'df["total"] = df["price"] * df["qty"] + df["shipping"]'

# Prints the call's time and pickles the result to argv[3], for one process to compare both.
PAR302_DRIVER = '''import sys
import time

import numpy as np
import pandas as pd

sys.path.insert(0, sys.argv[1])
import orders  # noqa: E402

rows = int(sys.argv[2])
rng = np.random.default_rng(0)
df = pd.DataFrame(
    {
        "price": rng.uniform(1.0, 100.0, rows),
        "qty": rng.integers(1, 10, rows).astype(float),
        "shipping": rng.uniform(0.0, 15.0, rows),
    }
)
frame = df.copy()
start = time.perf_counter()
result = orders.totals(frame)
elapsed = time.perf_counter() - start
result.to_pickle(sys.argv[3])
print(elapsed)
'''

# Exits 0 and names the comparison that held, or exits 1 with pandas' explanation.
PAR302_COMPARE = '''import sys

import pandas as pd
from pandas.testing import assert_frame_equal

a, b = pd.read_pickle(sys.argv[1]), pd.read_pickle(sys.argv[2])
try:
    assert_frame_equal(a, b)
    print("exact")
except AssertionError:
    try:
        assert_frame_equal(a, b, check_exact=False)
    except AssertionError as e:
        sys.exit(str(e))
    print("approximate (check_exact=False)")
'''


def binary():
    if os.environ.get("PARALLELIZE_BIN"):
        return os.environ["PARALLELIZE_BIN"]
    targets = [pathlib.Path.home() / ".cache" / "parallelize" / "target", ROOT / "target"]
    if os.environ.get("CARGO_TARGET_DIR"):
        targets.insert(0, pathlib.Path(os.environ["CARGO_TARGET_DIR"]))
    for target in targets:
        # The newer of the release and debug builds (an old release build lacks new rules; the
        # binary's speed does not matter here, only the rewrite it makes).
        built = [target / p / "parallelize" for p in ("release", "debug")]
        built = [b for b in built if b.exists()]
        if built:
            return str(max(built, key=lambda b: b.stat().st_mtime))
    sys.exit("no parallelize binary: build it first (cargo build --release) or set PARALLELIZE_BIN")


def python():
    if os.environ.get("PYTHON"):
        return os.environ["PYTHON"]
    venv = ROOT / ".venv-tests" / "bin" / "python"
    return str(venv) if venv.exists() else "python3"


def project(rule, dependency, module, source):
    """bench/.work/data/<rule>/orig holding a pyproject.toml and the module; returns the rule's dir."""
    work = WORK / rule
    shutil.rmtree(work, ignore_errors=True)
    (work / "orig").mkdir(parents=True)
    (work / "orig" / "pyproject.toml").write_text(
        f'[project]\nname = "bench{rule[3:]}"\ndependencies = ["{dependency}"]\n'
    )
    (work / "orig" / module).write_text(source)
    return work


def parallelize(exe, cwd, *args):
    done = subprocess.run([exe, "check", "--no-cache", *args], cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"parallelize check {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return done.stdout


def timed(py, driver, *args):
    """Median of the times the driver prints over RUNS processes, and the set of the rest of its outputs."""
    times, outputs = [], set()
    for _ in range(RUNS):
        done = subprocess.run([py, str(driver), *map(str, args)], capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{driver} {' '.join(map(str, args))} failed:\n{done.stdout}{done.stderr}")
        elapsed, *rest = done.stdout.split()
        times.append(float(elapsed))
        outputs.add(tuple(rest))
    return statistics.median(times), outputs


def par301(exe, py):
    """The `safe` rewrite `--fix` applies; None, after saying why, if it was missing or changed the result."""
    work = project("PAR301", "numpy", "grid.py", PAR301_MODULE)
    shutil.copytree(work / "orig", work / "new")
    parallelize(exe, work / "new", "--fix", "grid.py")
    after = (work / "new" / "grid.py").read_text()
    if after == PAR301_MODULE or "np.outer(" not in after:
        before, now = PAR301_MODULE.splitlines(keepends=True), after.splitlines(keepends=True)
        diff = difflib.unified_diff(before, now, "orig/grid.py", "new/grid.py")
        print(f"PAR301: the rewrite to np.outer was not applied; diff:\n{''.join(diff) or '(no change)'}")
        return None
    driver = work / "driver.py"
    driver.write_text(PAR301_DRIVER)
    seq, seq_out = timed(py, driver, work / "orig", N)
    new, new_out = timed(py, driver, work / "new", N)
    if len(seq_out) != 1 or seq_out != new_out:
        print(f"PAR301: results differ (sha256 of repr): {seq_out} vs {new_out}")
        return None
    print("PAR301: results equal (sha256 of the repr, element types included)")
    return f"{N} x {N} outer product, nested append loops -> np.outer", seq, new


def proposal(message):
    """The code at the end of a finding's message: `... proposed: `CODE``."""
    marker = "proposed: `"
    start = message.rfind(marker)
    if start < 0 or not message.endswith("`"):
        return None
    return message[start + len(marker) : -1]


def par302(exe, py):
    """The `review` proposal, applied by hand; None, after saying why, on failure."""
    work = project("PAR302", "pandas", "orders.py", PAR302_MODULE)
    out = parallelize(exe, work / "orig", "--output-format", "json", "orders.py")
    try:
        report = json.loads(out)
    except json.JSONDecodeError:
        sys.exit(f"parallelize check --output-format json printed no JSON:\n{out}")
    found = [f for f in report["findings"] if f["rule"] == "PAR302"]
    if not found:
        print("PAR302: no finding for the example")
        return None
    finding = found[0]
    code = proposal(finding["message"])
    if finding["safety"] != "review" or code is None:
        print(f"PAR302: expected a `review` finding ending in a proposal, got: {json.dumps(finding)}")
        return None
    if code != PAR302_EXPECTED:
        print(f"PAR302: note: the proposal is `{code}`, not `{PAR302_EXPECTED}`; measuring it anyway")
    shutil.copytree(work / "orig", work / "new")
    (work / "new" / "orders.py").write_text(PAR302_MODULE.replace(PAR302_LOOP, f"    {code}\n"))
    driver = work / "driver.py"
    driver.write_text(PAR302_DRIVER)
    seq, _ = timed(py, driver, work / "orig", ROWS, work / "orig.pkl")
    new, _ = timed(py, driver, work / "new", ROWS, work / "new.pkl")
    compare = work / "compare.py"
    compare.write_text(PAR302_COMPARE)
    pickles = [str(work / "orig.pkl"), str(work / "new.pkl")]
    same = subprocess.run([py, str(compare), *pickles], capture_output=True, text=True)
    if same.returncode != 0:
        print(f"PAR302: results differ:\n{same.stdout}{same.stderr}")
        return None
    print(f"PAR302: results equal ({same.stdout.strip()}, pandas.testing.assert_frame_equal)")
    return f"iterrows + df.at over {ROWS} rows -> column arithmetic", seq, new


def seconds(t):
    return f"{t * 1000:.2f} ms" if t < 0.1 else f"{t:.3f} s"


def main():
    exe, py = binary(), python()
    print(f"{exe}; examples run with {py}; median of {RUNS} runs, call time only")
    rows, failed = [], False
    for rule, example in (("PAR301", par301), ("PAR302", par302)):
        result = example(exe, py)
        if result is None:
            failed = True
        else:
            rows.append((rule, *result))
    print()
    print("| rule | example | sequential | rewritten | speed-up |")
    print("| --- | --- | ---: | ---: | ---: |")
    for rule, what, seq, new in rows:
        print(f"| {rule} | {what} | {seconds(seq)} | {seconds(new)} | {seq / new:.1f}x |")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
