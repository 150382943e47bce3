"""Hazard [side effects hidden in subprocesses]: each shell stage checks the previous
stage's marker file and writes its own; run together the later stages find nothing."""
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
    codes = []
    for cmd in stages:
        codes.append(run(cmd))
    return codes, sorted(os.listdir(d))
