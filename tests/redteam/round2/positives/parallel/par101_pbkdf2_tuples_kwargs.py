"""Derive password hashes for (user, salt) pairs; helper with keyword arguments."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def derive_key(user: str, salt: bytes, *, iterations: int = 60_000, length: int = 32) -> str:
    key = hashlib.pbkdf2_hmac("sha256", user.encode(), salt, iterations, dklen=length)
    return key.hex()


def main():
    accounts = [(f"user{i}", f"salt-{i}".encode()) for i in range(24)]
    with ProcessPoolExecutor() as ex:
        hashes = list(ex.map(derive_key, [u for u, _ in accounts], [s for _, s in accounts]))
    return hashes[0], hashes[-1], len(hashes)
