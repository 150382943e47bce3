"""Positive PAR101: `digests.append(fingerprint(w))` over `WORDS`, a module-level tuple literal of 16 strs; the pure callee chains blake2b 25000 times from `w.encode()` and returns the hex prefix."""
import hashlib


WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa")


def fingerprint(w):
    h = w.encode()
    for _ in range(25000):
        h = hashlib.blake2b(h, digest_size=32).digest()
    return h.hex()[:16]


def run():
    digests = []
    for s in WORDS:
        digests.append(fingerprint(s))
    return digests


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
