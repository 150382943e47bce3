"""Hazard [a class attribute set at run time]: `main()` sets `Hasher.rounds` from the security profile before the loop, and the body builds a `Hasher(name)` per item whose work reads `self.rounds`; a spawned worker re-imports the class with its default of 1000 rounds."""
import hashlib


class Hasher:
    rounds = 1000

    def __init__(self, name):
        self.name = name

    def digest(self, data):
        h = self.name.encode() + data
        for _ in range(self.rounds):
            h = hashlib.sha256(h).digest()
        return h.hex()[:12]


PROFILES = {"low": 1000, "high": 9000}


def blobs(n):
    return [(f"blob{i:02d}", bytes([i * 5 % 256]) * 100) for i in range(n)]


def main():
    Hasher.rounds = PROFILES["high"]
    sealed = []
    for name, data in blobs(16):
        hasher = Hasher(name)
        d = hasher.digest(data)
        sealed.append((name, d))
    return sealed[0], sealed[9]
