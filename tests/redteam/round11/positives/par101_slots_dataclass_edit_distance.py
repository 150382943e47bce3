"""Positive PAR101: Levenshtein distances of `@dataclass(frozen=True, slots=True)` string pairs, `out.append((pair.label, distance(pair)))` (pure DP)."""
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pair:
    label: str
    left: str
    right: str


def distance(pair: Pair) -> int:
    prev = list(range(len(pair.right) + 1))
    for i, a in enumerate(pair.left, 1):
        cur = [i]
        for j, b in enumerate(pair.right, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1]


def _text(seed, n=420):
    x, out = seed, []
    for _ in range(n):
        x = (x * 69069 + 1) & 0xFFFFFFFF
        out.append("acgt"[x >> 30])
    return "".join(out)


def main():
    pairs = [Pair(f"p{i}", _text(i), _text(i + 100)) for i in range(16)]
    out = []
    for pair in pairs:
        out.append((pair.label, distance(pair)))
    return out
