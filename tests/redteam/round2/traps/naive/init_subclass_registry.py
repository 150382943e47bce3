"""Hazard [__init_subclass__ registry filled at run time]: `main` creates a codec
subclass with `type()`; the registry in a worker only has the import-time classes."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Codec:
    registry = {}
    name = "base"
    rounds = 20000

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Codec.registry[cls.name] = cls


class Sha(Codec):
    name = "sha"


def digest(word: str, codec: str) -> str:
    cls = Codec.registry[codec]
    h = word.encode()
    for _ in range(cls.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def digest_all(words):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(digest, words, ["fast"] * len(words)))
    return out


def main():
    type("Fast", (Sha,), {"name": "fast", "rounds": 2000})
    words = [f"w{i}" for i in range(40)]
    try:
        out = digest_all(words)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
