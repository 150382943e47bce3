"""Hazard [in-place operator on a mutable argument]: `seen += [x]` in the callee looks like rebinding a local but extends the caller's list, so each call sees the earlier ones; a pool sends each call a fresh copy."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def tag(event, seen):
    seen += [event]
    return event, len(seen), _work(event)


def main():
    events = [f"evt{i}" for i in range(16)]
    seen = []
    with ProcessPoolExecutor() as ex:
        tagged = list(ex.map(tag, events, [seen] * len(events)))
    return tagged, len(seen)
