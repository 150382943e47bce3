"""Hazard [set values whose iteration order changes when pickled]: each group's member set starts as every candidate id and is narrowed with `discard`, so it keeps its large hash table; `label(members)` joins the members in iteration order, and the set a worker unpickles is rebuilt in a small table that iterates in another order."""
import hashlib


def load_groups():
    groups = {}
    for g in range(16):
        members = set(range(64))
        keep = {(g + 1) % 8 + 8 * k for k in range(3)} | {g % 5 + 2}
        for x in range(64):
            if x not in keep:
                members.discard(x)
        groups[f"g{g:02d}"] = members
    return groups


def label(members):
    text = "-".join(str(m) for m in members)
    h = text.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return text, h.hex()[:8]


def main():
    groups = load_groups()
    labels = [label(members) for members in groups.values()]
    return [text for text, _ in labels[:6]]
