"""Hazard [literal of project objects returned by the callee]: `rate(p)` stores a rating on the `Player` it is given and returns it; `run` looks each result up with `PLAYERS.index(r)` (Players compare by identity); copies from workers are not in the list (ValueError)."""
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


class Player:
    def __init__(self, name):
        self.name = name
        self.rating = None


PLAYERS = [Player("ana"), Player("bo"), Player("cy"), Player("di"), Player("ed"), Player("flo"),
           Player("gus"), Player("hal"), Player("ivy"), Player("jo"), Player("kai"), Player("lu"),
           Player("mo"), Player("ned"), Player("oz"), Player("pia")]


def rate(p):
    p.rating = _chain(p.name)
    return p


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(rate, PLAYERS))
    return [(PLAYERS.index(r), r.rating) for r in out]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
