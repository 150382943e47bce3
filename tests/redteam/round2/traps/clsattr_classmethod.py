"""Hazard [class attribute changed through a classmethod]: `Settings.configure()` sets
`cls.rounds` at run time; workers re-import the class with its original value."""
import hashlib


class Settings:
    rounds = 20000

    @classmethod
    def configure(cls, rounds: int) -> None:
        cls.rounds = rounds


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(Settings.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    Settings.configure(4000)
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(digest(w))
    return out[:2]
