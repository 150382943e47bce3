"""Normalise and hash free-text records (tuples of id, text); returns new strings."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import unicodedata


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def record_key(rec: tuple) -> str:
    rid, text = rec
    h = normalise(text).encode()
    for _ in range(25_000):
        h = hashlib.sha256(h).digest()
    return f"{rid}:{h.hex()[:10]}"


def main():
    recs = [(i, f"  Café  Nº {i}  Straße ") for i in range(36)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(record_key, recs))
    return keys[:2]
