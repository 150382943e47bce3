"""Positive PAR101: PBKDF2 keys derived per (user, salt) pair walked with zip."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def derive_key(user: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", user.encode(), salt, 60000).hex()[:16]


def main():
    users = [f"user{i}@example.org" for i in range(16)]
    salts = [f"salt-{i:04d}".encode() for i in range(16)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(derive_key, users, salts))
    return keys
