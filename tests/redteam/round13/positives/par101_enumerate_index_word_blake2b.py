"""Positive PAR101: `tags.append(tag(i, word))` over `enumerate(words)`, a list built in the file; the pure callee keys a 30000-round blake2b chain with `i.to_bytes(2, "big")` and `word.encode()` and returns `(i, word.upper(), hex digest)`."""
import hashlib


def make_words():
    return [f"{a}{b}" for a in ("red", "green", "blue", "grey") for b in ("fox", "owl", "elk", "yak")]


def tag(i, word):
    h = i.to_bytes(2, "big") + word.encode()
    for _ in range(30000):
        h = hashlib.blake2b(h, digest_size=32).digest()
    return i, word.upper(), h.hex()[:16]


def run():
    words = make_words()
    tags = []
    for i, word in enumerate(words):
        tags.append(tag(i, word))
    return tags


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
