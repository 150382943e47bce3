"""Probe interpreter facts by running short python3 -c snippets one after another; PAR201 should fire on the loop in probe_all."""
import concurrent.futures
import subprocess
import sys


def run_snippet(snippet):
    proc = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, check=True)
    return proc.stdout.strip()


def probe_all(snippets):
    with concurrent.futures.ThreadPoolExecutor() as ex:
        outputs = list(ex.map(run_snippet, snippets))
    return outputs


def main():
    snippets = [f"print(sum(range({n})))" for n in range(100, 2_100, 100)]
    outputs = probe_all(snippets)
    print(f"ran {len(outputs)} probes")
    return outputs
