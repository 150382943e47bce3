"""Hazard [module state set at run time]: parsers are registered into the module dict `HANDLERS` by `setup()` in `run`; a worker's `HANDLERS` is empty and the lookup raises KeyError."""
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]

HANDLERS = {}


def parse_csv(payload):
    return _digest(payload.replace(",", ";"))


def parse_kv(payload):
    return _digest(payload.replace("=", ":"))


def setup():
    HANDLERS["csv"] = parse_csv
    HANDLERS["kv"] = parse_kv


def run():
    setup()
    docs = [("csv" if i % 2 else "kv", f"a{i},b=c{i}") for i in range(16)]
    out = [HANDLERS[kind](payload) for kind, payload in docs]
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
