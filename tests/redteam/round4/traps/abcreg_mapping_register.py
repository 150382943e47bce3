"""Hazard [runtime ABC registration]: main() registers Row as a virtual Mapping and the callee branches
on isinstance(obj, Mapping); spawned workers never saw the registration and take the other branch."""
import hashlib
from collections.abc import Mapping


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Row:
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


def digest(obj):
    if isinstance(obj, Mapping):
        return "map", _work(",".join(f"{k}={obj[k]}" for k in sorted(obj)))
    return "scalar", _work(repr(type(obj).__name__))


def main():
    Mapping.register(Row)
    rows = [Row(id=i, name=f"n{i}") for i in range(16)]
    return [digest(r) for r in rows]
