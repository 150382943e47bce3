"""Positive PAR102: `[derive(w) for w in WORDS]` over a tuple of str constants; the pure callee runs PBKDF2 (50000 iterations) on `w.encode()` salted with `w.upper().encode()` and returns `(w, key.hex()[:20])`."""
import hashlib


WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa")


def derive(w):
    key = hashlib.pbkdf2_hmac("sha256", w.encode(), w.upper().encode(), 50000)
    return w, key.hex()[:20]


def run():
    derived = [derive(w) for w in WORDS]
    return derived


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
