"""Hazard [result class that cannot be unpickled]: the callee returns a `__getattr__`
proxy; unpickling it recurses (pickle looks up `__setstate__` on a half-built instance),
so results cannot come back from a worker."""
import hashlib


class Record:
    def __init__(self, data: dict):
        self._data = data

    def __getattr__(self, name):
        return self._data[name]


def digest(name: str) -> Record:
    h = name.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return Record({"name": name, "digest": h.hex()})


def digest_all(names):
    out = []
    for n in names:
        out.append(digest(n))
    return out


def main():
    names = [f"r{i}" for i in range(40)]
    try:
        out = digest_all(names)
    except Exception as e:
        return "failed: " + type(e).__name__
    return [r.digest for r in out[:2]]
