"""Prove the red-team fixtures: run each fixture and its hand-made parallel twin under `spawn`.

    python3 tests/redteam/prove.py traps       # every trap must differ from its naive rewrite
    python3 tests/redteam/prove.py positives   # every positive must equal its parallel version
    python3 tests/redteam/prove.py traps NAME  # one fixture, with both outputs shown

A trap (`traps/NAME.py`) is proven when `traps/naive/NAME.py` (the same module with the loop
rewritten the way a naive tool would) gives other output, and each version gives the same output
on two runs. A positive (`positives/NAME.py`) holds when `positives/parallel/NAME.py` gives exactly
its output. Each run: a fresh interpreter, `multiprocessing.set_start_method("spawn")` before
the import, `PYTHONHASHSEED=0`, Python's default output buffering, the file copied into a fresh
temporary directory that is the working directory; output is stdout (with `repr(main())`),
stderr (temporary paths replaced) and the exit status. The traps were written and proven on a
2-core machine: the few whose output counts worker processes assume two cores.
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

RUNNER = r"""
import importlib, multiprocessing, sys
multiprocessing.set_start_method("spawn")
sys.path.insert(0, sys.argv[1])
module = importlib.import_module(sys.argv[2])
print("RESULT:", repr(module.main()))
"""


def run(path):
    name = os.path.basename(path)[:-3]
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, tmp)
        env = dict(os.environ, PYTHONHASHSEED="0")
        env.pop("PYTHONUNBUFFERED", None)
        p = subprocess.run(
            [sys.executable, "-c", RUNNER, tmp, name],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        return (p.returncode, p.stdout, p.stderr.replace(tmp, "<TMP>"))


def main(argv):
    kind = argv[0] if argv else "traps"
    twin = {"traps": "naive", "positives": "parallel"}[kind]
    directory = os.path.join(HERE, kind)
    names = argv[1:] or sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".py"))
    failed = []
    for name in names:
        original = os.path.join(directory, name + ".py")
        other = os.path.join(directory, twin, name + ".py")
        a1, b1 = run(original), run(other)
        a2, b2 = run(original), run(other)
        deterministic = a1 == a2 and b1 == b2
        differ = a1 != b1
        ok = deterministic and (differ if kind == "traps" else not differ)
        verdict = {
            ("traps", True): "PROVEN",
            ("positives", True): "HOLDS",
        }.get((kind, ok), "NOT DETERMINISTIC" if not deterministic else "FAILED")
        print("%-45s %s" % (name, verdict))
        if len(argv) > 1:
            print("--- original:", a1, "\n--- %s:" % twin, b1)
        if not ok:
            failed.append(name)
    print("%d of %d %s" % (len(names) - len(failed), len(names), "proven" if kind == "traps" else "hold"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
