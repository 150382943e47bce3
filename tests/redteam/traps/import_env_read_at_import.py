"""HASH_ROUNDS is read from the environment at import time, before main() loads its .env
settings into os.environ; spawned workers re-import with the new environment and use other rounds."""
import hashlib
import os

HASH_ROUNDS = int(os.environ.get("HASH_ROUNDS", "1000"))


def load_dotenv():
    os.environ.setdefault("HASH_ROUNDS", "3000")


def digest(record):
    h = record.encode()
    for _ in range(HASH_ROUNDS):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    load_dotenv()
    records = [f"row{i}" for i in range(20)]
    out = [digest(r) for r in records]
    return out[:2]
