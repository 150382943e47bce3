"""Hazard [items holding generators]: each document is a `(name, chunks)` pair whose chunks are a generator reading the text lazily; the loop unpacks and hashes the chunks in place, a process pool cannot pickle the generator half of each item."""
import hashlib

ROUNDS = 8000


def chunked(text, size):
    for i in range(0, len(text), size):
        yield text[i:i + size]


def open_documents(n):
    return [(f"doc{i:02d}", chunked("lorem ipsum dolor sit amet " * (20 + i), 64)) for i in range(n)]


def run():
    docs = open_documents(16)
    sealed = []
    for name, chunks in docs:
        h = hashlib.sha256(name.encode())
        for chunk in chunks:
            h.update(chunk.encode())
        digest = h.digest()
        for _ in range(ROUNDS):
            digest = hashlib.sha256(digest).digest()
        sealed.append((name, digest.hex()[:12]))
    return sealed[0], len(sealed)


def main():
    try:
        return run()
    except Exception as e:
        return f"batch failed: {type(e).__name__}"
