"""Hazard [module state set at run time]: parsers are registered into the module dict `HANDLERS` by `setup()` in `run`; a worker's `HANDLERS` is empty and the lookup raises KeyError."""
from concurrent.futures import ProcessPoolExecutor
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


def _run_item(item):
    kind, payload = item
    return HANDLERS[kind](payload)


def run():
    setup()
    docs = [("csv" if i % 2 else "kv", f"a{i},b=c{i}") for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, docs, chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
