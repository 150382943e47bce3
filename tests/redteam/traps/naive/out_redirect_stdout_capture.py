"""The caller captures the renderer's printed output with contextlib.redirect_stdout; a worker
process prints to its own real stdout, so the captured report is empty and the lines leak out."""
import contextlib
import hashlib
import io
import sys


def render(page):
    h = str(page).encode()
    for _ in range(6000):
        h = hashlib.sha256(h).digest()
    sys.stdout.write("rendered one page\n")
    return h[0]


def main():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            sizes = list(ex.map(render, range(20)))
    captured = buf.getvalue().count("\n")
    return sum(sizes), captured
