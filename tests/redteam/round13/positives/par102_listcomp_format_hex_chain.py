"""Positive PAR102: `[render(n) for n in range(4096, 4112)]`; the pure callee hashes `format(n, "x").encode()` joined with `str(n.bit_count())` through a 40000-round SHA-256 chain and returns `(n, hex prefix)`."""
import hashlib


def render(n):
    h = "-".join([format(n, "x"), str(n.bit_count())]).encode()
    for _ in range(40000):
        h = hashlib.sha256(h).digest()
    return n, h.hex()[:12]


def run():
    rendered = [render(n) for n in range(4096, 4112)]
    return rendered


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
