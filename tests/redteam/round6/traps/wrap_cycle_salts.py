"""Hazard [shared `itertools.cycle` argument]: each call takes `next(salts)` so users get rotating salts; a process pool pickles the cycle at its start for every call, so every user gets the first salt."""
import hashlib
import itertools

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def derive(user, salts):
    salt = next(salts)
    return user, salt, _work(salt + user)


def main():
    salts = itertools.cycle(["na", "eu", "ap"])
    users = [f"user{i}" for i in range(16)]
    keys = []
    for u in users:
        keys.append(derive(u, salts))
    return keys
