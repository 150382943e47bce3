"""Hazard [default argument computed at import from the environment]: `main` sets
DIGEST_ROUNDS after import; workers import again and bind the new default."""
import hashlib
import os


def digest(word: str, rounds: int = int(os.environ.get("DIGEST_ROUNDS", "20000"))) -> str:
    h = word.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    os.environ["DIGEST_ROUNDS"] = "3000"
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(digest(w))
    return out[:2]
