"""Hazard [stdlib registry dict mutated at run time]: `main` adds an alias to
`encodings.aliases.aliases`; a worker process does not know the encoding name."""
from concurrent.futures import ProcessPoolExecutor
import encodings.aliases
import hashlib


def decode(blob: bytes) -> str:
    text = blob.decode("legacy_latin")
    h = text.encode()
    for _ in range(20000):
        h = hashlib.sha256(h).digest()
    return text + h.hex()[:4]


def decode_all(blobs):
    with ProcessPoolExecutor() as ex:
        out = list(ex.map(decode, blobs))
    return out


def main():
    encodings.aliases.aliases["legacy_latin"] = "latin_1"
    blobs = [bytes([200 + i % 50, 65]) for i in range(40)]
    try:
        out = decode_all(blobs)
    except Exception as e:
        return "failed: " + type(e).__name__
    return out[:2]
