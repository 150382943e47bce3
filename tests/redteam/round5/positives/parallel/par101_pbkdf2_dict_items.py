"""Positive PAR101: derive a PBKDF2 key per user from a dict of salts, tuple-unpacking .items()."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib

SALTS = {f"user{i:02d}": f"salt-{i * 7919}".encode() for i in range(16)}


def derive(user, salt):
    return user, hashlib.pbkdf2_hmac("sha256", user.encode(), salt, 300000).hex()[:16]


def main():
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(derive, SALTS.keys(), SALTS.values()))
    return keys
