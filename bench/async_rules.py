#!/usr/bin/env python3
"""Measured examples for the async rules: sequential code vs the rewrite `parallelize check
--fix` applies, on real local HTTP requests.

For each rule an example program is written to bench/.work/async/<rule>/, copied, rewritten by
`parallelize check --fix` (the rewrite must be `safe` and applied), and both versions are run
against a local threaded HTTP server that answers every request after DELAY seconds. The script
checks that both print the same result, and prints the median wall time of each and the ratio.

    python3 bench/async_rules.py                      # the newest of target/{release,debug}
    PARALLELIZE_BIN=path/to/parallelize python3 bench/async_rules.py
    RUNS=5 ITEMS=40 DELAY=0.05 python3 bench/async_rules.py
"""

import http.server
import os
import pathlib
import shutil
import socketserver
import statistics
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work" / "async"
RUNS = int(os.environ.get("RUNS", "3"))
ITEMS = int(os.environ.get("ITEMS", "40"))
DELAY = float(os.environ.get("DELAY", "0.05"))

FETCH = '''
import asyncio
import sys
import urllib.request


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()
'''

EXAMPLES = {
    # PAR212: a blocking call inside a coroutine; the tasks are gathered by the caller, but
    # each one holds the event loop while it waits.
    "PAR212": FETCH + '''

async def size(url: str) -> int:
    body = fetch(url)
    return len(body)


async def run(urls):
    return await asyncio.gather(*[size(u) for u in urls])


if __name__ == "__main__":
    base, n = sys.argv[1], int(sys.argv[2])
    print(sum(asyncio.run(run([f"{base}/{i}" for i in range(n)]))))
''',
    # PAR211: a loop that awaits one request at a time.
    "PAR211": FETCH + '''

async def size(url: str) -> int:
    body = await asyncio.to_thread(fetch, url)
    return len(body)


async def crawl(urls):
    sizes = []
    for url in urls:
        sizes.append(await size(url))
    return sizes


if __name__ == "__main__":
    base, n = sys.argv[1], int(sys.argv[2])
    print(sum(asyncio.run(crawl([f"{base}/{i}" for i in range(n)]))))
''',
}


class Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        time.sleep(DELAY)
        body = (self.path * 50).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 256


def binary():
    if os.environ.get("PARALLELIZE_BIN"):
        return os.environ["PARALLELIZE_BIN"]
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    # The newer of the release and debug builds (an old release build lacks new rules; the
    # binary's speed does not matter here, only the rewrite it makes).
    built = [target / p / "parallelize" for p in ("release", "debug")]
    built = [b for b in built if b.exists()]
    if built:
        return str(max(built, key=lambda b: b.stat().st_mtime))
    sys.exit("no parallelize binary: build it first (cargo build --release) or set PARALLELIZE_BIN")


def timed(script, base):
    times, outputs = [], set()
    for _ in range(RUNS):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, str(script), base, str(ITEMS)],
            check=True,
            capture_output=True,
            text=True,
        )
        times.append(time.perf_counter() - start)
        outputs.add(out.stdout)
    return statistics.median(times), outputs


def main():
    exe = binary()
    server = Server(("127.0.0.1", 0), Slow)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    print(f"{ITEMS} requests per run, server delay {DELAY * 1000:.0f} ms, median of {RUNS} runs, {sys.executable}")
    print(f"{'rule':8} {'sequential':>11} {'rewritten':>10} {'speed-up':>9}")
    failed = False
    for rule, source in EXAMPLES.items():
        work = WORK / rule
        shutil.rmtree(work, ignore_errors=True)
        (work / "orig").mkdir(parents=True)
        (work / "orig" / "example.py").write_text(source.lstrip())
        shutil.copytree(work / "orig", work / "new")
        (work / "new" / "pyproject.toml").write_text(
            '[project]\nname = "example"\nrequires-python = ">=3.11"\n'
        )
        fixed = subprocess.run(
            [exe, "check", "--fix", "--no-cache", "--select", rule, "example.py"],
            cwd=work / "new",
            capture_output=True,
            text=True,
        )
        after = (work / "new" / "example.py").read_text()
        if fixed.returncode not in (0, 1) or after == source.lstrip():
            print(f"{rule}: no rewrite applied:\n{fixed.stdout}{fixed.stderr}")
            failed = True
            continue
        seq, seq_out = timed(work / "orig" / "example.py", base)
        new, new_out = timed(work / "new" / "example.py", base)
        if seq_out != new_out or len(seq_out) != 1:
            print(f"{rule}: outputs differ: {seq_out} vs {new_out}")
            failed = True
            continue
        print(f"{rule:8} {seq:>10.2f}s {new:>9.2f}s {seq / new:>8.1f}x")
    server.shutdown()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
