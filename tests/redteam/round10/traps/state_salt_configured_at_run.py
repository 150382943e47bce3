"""Hazard [module state set at run time]: `configure()` sets the module global `SALT` before the comprehension; a spawned worker re-imports the module and signs with the empty default."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

SALT = ""


def configure(salt):
    global SALT
    SALT = salt


def sign(key, n):
    return _digest(f"{SALT}|{key}|{n}")


def run():
    configure("pepper-2024")
    pairs = [(f"key{i}", i) for i in range(16)]
    out = [sign(key, n) for key, n in pairs]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
