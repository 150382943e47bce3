"""Hazard [the work adds keys to the dict being iterated]: `sign(name, body)` records each signature in the module dict `INDEX` under `name + '.sig'` while `{name: sign(name, body) for name, body in INDEX.items()}` iterates it; sequentially the second step raises RuntimeError (dictionary changed size), in workers the writes go to copies and the batch completes."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

INDEX = {f"doc{i:02d}": f"body of document {i} " * (i + 3) for i in range(16)}


def sign(name, body):
    h = body.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    sig = h.hex()[:12]
    INDEX[name + ".sig"] = sig
    return sig


def sign_all():
    with ProcessPoolExecutor() as ex:
        return dict(zip(INDEX, ex.map(sign, INDEX.keys(), INDEX.values())))


def main():
    try:
        sigs = sign_all()
        return "ok", len(sigs), len(INDEX)
    except Exception as e:
        return f"failed: {type(e).__name__}", len(INDEX)
