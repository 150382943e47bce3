"""Positive PAR101: for-loop over `creds.values()` (tuples of bytes) appending PBKDF2-derived keys."""
import hashlib


def derive(cred):
    password, salt = cred
    return hashlib.pbkdf2_hmac("sha256", password, salt, 40000).hex()[:20]


def main():
    creds = {f"svc{i:02d}": (f"pw-{i * 7919}".encode(), f"salt-{i}".encode()) for i in range(16)}
    derived = []
    for cred in creds.values():
        derived.append(derive(cred))
    return derived
