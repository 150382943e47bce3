"""Hazard [class attribute computed at import from the environment]: the class body
reads DIGEST_ROUNDS; `main` changes it afterwards, so workers compute another value."""
import hashlib
import os


class Settings:
    rounds = int(os.environ.get("DIGEST_ROUNDS", "20000"))


def digest(word: str) -> str:
    h = word.encode()
    for _ in range(Settings.rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()


def main():
    os.environ["DIGEST_ROUNDS"] = "3000"
    words = [f"w{i}" for i in range(40)]
    out = []
    for w in words:
        out.append(digest(w))
    return out[:2]
