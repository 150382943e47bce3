"""Normalise and hash free-text records (tuples of id, text); returns new strings."""
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
    keys = []
    for r in recs:
        keys.append(record_key(r))
    return keys[:2]
