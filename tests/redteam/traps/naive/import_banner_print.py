"""The module prints a banner when it is imported; under spawn every worker process re-imports
the module, so the banner is printed again once per worker."""
import hashlib
import sys

sys.stdout.write("reportkit: loading rendering tables (v3)\n")


def render(page):
    h = str(page).encode()
    for _ in range(15000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def main():
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        pages = list(ex.map(render, range(20)))
    return pages[:2]
