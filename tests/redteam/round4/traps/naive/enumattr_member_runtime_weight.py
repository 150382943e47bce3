"""Hazard [enum member attribute set at run time]: main() sets Priority.HIGH.weight; enum members
are pickled by name, so in spawned workers HIGH has the class default weight."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import enum
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Priority(enum.Enum):
    LOW = "low"
    HIGH = "high"

    @property
    def label(self):
        return self.value.upper()


Priority.weight = 1


def score(p: Priority) -> int:
    return int(_work(p.label)[:3], 16) * p.weight


def main():
    Priority.HIGH.weight = 10
    items = [Priority.HIGH if i % 2 else Priority.LOW for i in range(16)]
    with ProcessPoolExecutor() as ex:
        return list(ex.map(score, items))
