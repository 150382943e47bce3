"""Hazard [codec registered at run time]: `run` registers a search function for the custom encoding `"r13-mirror"` with `codecs.register`; `token(word)` calls `word.encode("r13-mirror")`; a spawned worker has no such codec (LookupError)."""
import codecs
import hashlib
from concurrent.futures import ProcessPoolExecutor

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def _mirror_encode(text, errors="strict"):
    return text[::-1].encode("utf-8", errors), len(text)


def _mirror_decode(data, errors="strict"):
    return bytes(data).decode("utf-8", errors)[::-1], len(data)


def _search(name):
    if name == "r13_mirror":
        return codecs.CodecInfo(_mirror_encode, _mirror_decode, name="r13-mirror")
    return None


def token(word):
    return _chain(word.encode("r13-mirror"))


def run():
    codecs.register(_search)
    words = [f"word{i:02}" for i in range(16)]
    with ProcessPoolExecutor() as executor:
        tokens = list(executor.map(token, words))
    return sum(tokens)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
