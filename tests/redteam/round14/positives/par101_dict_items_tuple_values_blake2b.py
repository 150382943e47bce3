"""Positive PAR101: `out.append(seal(name, spec))` over `.items()` of a module-level dict literal whose values are (int, str) tuples; the pure callee chains blake2b `spec[0] * 1000` times keyed by `spec[1]`."""
import hashlib


SPECS = {"api": (20, "a"), "batch": (21, "b"), "cron": (22, "c"), "db": (23, "d"), "edge": (24, "e"),
         "feed": (25, "f"), "gate": (26, "g"), "hub": (27, "h"), "ingest": (28, "i"), "jobs": (29, "j"),
         "kv": (30, "k"), "log": (31, "l"), "mail": (32, "m"), "node": (33, "n"), "ops": (34, "o"),
         "proxy": (35, "p")}


def seal(name, spec):
    rounds, key = spec
    h = name.encode()
    for _ in range(rounds * 1000):
        h = hashlib.blake2b(h, key=key.encode(), digest_size=32).digest()
    return name, h.hex()[:16]


def run():
    out = []
    for name, spec in SPECS.items():
        out.append(seal(name, spec))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
