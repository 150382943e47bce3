"""Positive PAR101: derive a PBKDF2 key per user from a dict of salts, tuple-unpacking .items()."""
import hashlib

SALTS = {f"user{i:02d}": f"salt-{i * 7919}".encode() for i in range(16)}


def derive(user, salt):
    return user, hashlib.pbkdf2_hmac("sha256", user.encode(), salt, 300000).hex()[:16]


def main():
    keys = []
    for user, salt in SALTS.items():
        keys.append(derive(user, salt))
    return keys
