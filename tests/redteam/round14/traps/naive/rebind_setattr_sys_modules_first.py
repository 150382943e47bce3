"""Hazard [constant rebound with `setattr(sys.modules[__name__], ...)`]: `run` replaces `SEEDS` with a masked copy that way; `mix(s)` salts with `SEEDS[0]`; workers salt with the literal's first seed."""
import hashlib
import sys
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


SEEDS = [11, 23, 37, 41, 53, 67, 79, 83, 97, 101, 113, 127, 131, 149, 151, 163]


def mix(s):
    return _chain((s ^ SEEDS[0]).to_bytes(4, "big"))


def run():
    setattr(sys.modules[__name__], "SEEDS", [s ^ 0x55 for s in SEEDS])
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(mix, SEEDS))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
