"""classify() returns one of a few canonical FileKind instances (no __eq__/__hash__, so
identity-based); the caller collects them in a set, and unpickled copies are all distinct."""
import hashlib


class FileKind:
    def __init__(self, label):
        self.label = label


KINDS = [FileKind("image"), FileKind("text"), FileKind("archive")]


def classify(path):
    h = path.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return KINDS[h[0] % 3]


def main():
    paths = [f"upload/{i}.bin" for i in range(20)]
    kinds = set()
    for p in paths:
        kinds.add(classify(p))
    return len(kinds), sorted(k.label for k in kinds)[:3]
