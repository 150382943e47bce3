"""Positive PAR102: `[derive(w) for w in WORDS]` over a module-level list literal of 16 strs; the pure callee runs PBKDF2-HMAC-SHA256 (30000 iterations) on `w.encode()` salted with `w[::-1].encode()`."""
import hashlib
from concurrent.futures import ProcessPoolExecutor


WORDS = ["amber", "basalt", "cobalt", "dune", "ember", "fjord", "granite", "heath",
         "iris", "jade", "kelp", "loam", "marble", "nickel", "onyx", "pumice"]


def derive(w):
    return hashlib.pbkdf2_hmac("sha256", w.encode(), w[::-1].encode(), 30000).hex()[:24]


def run():
    with ProcessPoolExecutor() as executor:
        keys = list(executor.map(derive, WORDS))
    return keys


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
