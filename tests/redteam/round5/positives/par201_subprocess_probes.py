"""Positive PAR201: run a small child interpreter per item with subprocess.run and collect its output."""
import subprocess
import sys


def probe(n):
    out = subprocess.run([sys.executable, "-c", f"import time; time.sleep(0.05); print({n} * {n})"],
                         capture_output=True, text=True, check=True)
    return n, int(out.stdout)


def main():
    squares = []
    for n in range(16):
        squares.append(probe(n))
    return squares
