"""Hazard [constant extended at import only in the main process]: `if multiprocessing.parent_process() is None: SEEDS.extend([...])` registers the operator's extra seeds once; `salt(s)` salts with `SEEDS[-1]`; in a spawned worker the guard is false and the last seed differs."""
import hashlib
import multiprocessing

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127]
if multiprocessing.parent_process() is None:
    SEEDS.extend([131, 149, 151, 163])


def salt(s):
    return _chain((s + SEEDS[-1]).to_bytes(4, "big"))


def run():
    out = []
    for s in SEEDS:
        out.append(salt(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
