"""Prover for the traps and positives of rounds 2, 3 and 4.

Round:      --round DIR (default: this file's directory, round 2), e.g.
            python3 tests/redteam/round2/prove.py --round tests/redteam/round3 traps

Traps:      python3 prove.py traps [NAME...] [--prune]
            original traps/NAME.py and traps/naive/NAME.py each run twice; PROVEN when each
            version is deterministic (both runs identical) and the two versions differ.
Positives:  python3 prove.py positives [NAME...] [--prune]
            original positives/NAME.py and positives/parallel/NAME.py each run twice; HOLDS when
            each is deterministic and both give identical output.

Each run: a fresh `python3`, `multiprocessing.set_start_method("spawn")` before the module is
imported, PYTHONHASHSEED=0, PYTHONUNBUFFERED removed, cwd = a fresh temp dir holding a copy of
the file (under the module's own name); the outcome is (exit status, stdout with
`RESULT: repr(main())`, stderr with the temp dir replaced). A run that exceeds the timeout is
killed with its process group and recorded as TIMEOUT.

--prune moves traps that are not PROVEN (positives that do not HOLD) to ../rejected/.
Results are written to prove-<kind>.json next to this file.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = int(os.environ.get("PROVE_TIMEOUT", "40"))

RUNNER = r'''
import importlib, multiprocessing, sys
multiprocessing.set_start_method("spawn")
sys.path.insert(0, sys.argv[1])
m = importlib.import_module(sys.argv[2])
print("RESULT:", repr(m.main()))
'''


def run_file(path, name, timeout=TIMEOUT):
    """Run module file `path` as module `name` once; return (status, stdout, stderr)."""
    d = tempfile.mkdtemp(prefix="prove-")
    try:
        shutil.copy(path, os.path.join(d, name + ".py"))
        env = dict(os.environ, PYTHONHASHSEED="0")
        env.pop("PYTHONUNBUFFERED", None)
        p = subprocess.Popen(["python3", "-c", RUNNER, d, name], cwd=d, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=timeout)
            status = p.returncode
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            out, err = p.communicate()
            status = "TIMEOUT"
            out, err = "", ""  # partial output of a hung run is not compared
        return (status, out, err.replace(d, "<TMP>"))
    finally:
        shutil.rmtree(d, ignore_errors=True)


def outcome(path, name, times=2):
    runs = [run_file(path, name) for _ in range(times)]
    return runs[0], all(r == runs[0] for r in runs)


def short(o):
    status, out, err = o
    last_err = err.strip().splitlines()[-1] if err.strip() else ""
    return {"status": status, "stdout": out.strip()[-300:], "stderr_tail": last_err[-200:],
            "stderr_lines": len(err.splitlines())}


def main():
    global HERE
    argv = sys.argv[1:]
    if "--round" in argv:
        i = argv.index("--round")
        if i + 1 >= len(argv):
            sys.exit("prove.py: --round needs a directory (tests/redteam/round3)")
        HERE = os.path.abspath(argv[i + 1])
        del argv[i:i + 2]
        if not os.path.isdir(os.path.join(HERE, "traps")):
            sys.exit(f"prove.py: {HERE} has no traps/ directory")
    args = [a for a in argv if not a.startswith("--")]
    prune = "--prune" in argv
    kind, only = args[0], set(args[1:])
    base = os.path.join(HERE, kind)
    other = os.path.join(base, "naive" if kind == "traps" else "parallel")
    results = {}
    for f in sorted(os.listdir(base)):
        if not f.endswith(".py"):
            continue
        name = f[:-3]
        if only and name not in only:
            continue
        orig, det_o = outcome(os.path.join(base, f), name)
        alt, det_a = outcome(os.path.join(other, f), name)
        differ = orig != alt
        if kind == "traps":
            ok = det_o and det_a and differ
            verdict = "PROVEN" if ok else ("NONDETERMINISTIC" if not (det_o and det_a) else "SAME")
        else:
            ok = det_o and det_a and not differ
            verdict = "HOLDS" if ok else ("NONDETERMINISTIC" if not (det_o and det_a) else "DIFFERS")
        results[name] = {"verdict": verdict, "original": short(orig), "other": short(alt),
                         "deterministic": [det_o, det_a]}
        print(f"{name:40} {verdict}", flush=True)
        if prune and not ok:
            rej = os.path.join(HERE, "rejected", kind)
            os.makedirs(os.path.join(rej, os.path.basename(other)), exist_ok=True)
            shutil.move(os.path.join(base, f), os.path.join(rej, f))
            shutil.move(os.path.join(other, f), os.path.join(rej, os.path.basename(other), f))
    out = os.path.join(HERE, f"prove-{kind}.json")
    old = json.load(open(out)) if os.path.exists(out) and only else {}
    old.update(results)
    json.dump(old, open(out, "w"), indent=1, sort_keys=True)
    from collections import Counter
    print(Counter(r["verdict"] for r in results.values()))


if __name__ == "__main__":
    main()
