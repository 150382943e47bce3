"""Positive PAR201: run a small child interpreter per item with subprocess.run and collect its output."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import subprocess
import sys


def probe(n):
    out = subprocess.run([sys.executable, "-c", f"import time; time.sleep(0.05); print({n} * {n})"],
                         capture_output=True, text=True, check=True)
    return n, int(out.stdout)


def main():
    with ThreadPoolExecutor() as ex:
        squares = list(ex.map(probe, range(16)))
    return squares
