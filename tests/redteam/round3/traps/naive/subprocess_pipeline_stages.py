"""Hazard [side effects hidden in subprocesses]: each shell stage checks the previous
stage's marker file and writes its own; run together the later stages find nothing."""
from concurrent.futures import ThreadPoolExecutor
import os
import subprocess
import tempfile


def run(cmd: str) -> int:
    return subprocess.run(cmd, shell=True, capture_output=True).returncode


def main():
    d = tempfile.mkdtemp()
    stages = [f"sleep 0.05; touch {d}/stage0"] + [
        f"test -f {d}/stage{i - 1} && sleep 0.05 && touch {d}/stage{i}" for i in range(1, 5)
    ]
    with ThreadPoolExecutor() as ex:
        codes = list(ex.map(run, stages))
    return codes, sorted(os.listdir(d))
