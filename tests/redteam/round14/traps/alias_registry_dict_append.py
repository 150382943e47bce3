"""Hazard [constant mutated through a registry that aliases it]: `REGISTRY = {"seeds": SEEDS}`; `run` does `REGISTRY["seeds"].append(163)`; `salt(s)` salts with `SEEDS[-1]`, which is 163 in the caller and 151 in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151]
REGISTRY = {"seeds": SEEDS}


def salt(s):
    return _chain((s * SEEDS[-1]).to_bytes(4, "big"))


def run():
    REGISTRY["seeds"].append(163)
    out = []
    for s in SEEDS:
        out.append(salt(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
