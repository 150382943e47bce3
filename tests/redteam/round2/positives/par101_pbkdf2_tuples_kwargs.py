"""Derive password hashes for (user, salt) pairs; helper with keyword arguments."""
import hashlib


def derive_key(user: str, salt: bytes, *, iterations: int = 60_000, length: int = 32) -> str:
    key = hashlib.pbkdf2_hmac("sha256", user.encode(), salt, iterations, dklen=length)
    return key.hex()


def main():
    accounts = [(f"user{i}", f"salt-{i}".encode()) for i in range(24)]
    hashes = []
    for user, salt in accounts:
        hashes.append(derive_key(user, salt, iterations=60_000))
    return hashes[0], hashes[-1], len(hashes)
