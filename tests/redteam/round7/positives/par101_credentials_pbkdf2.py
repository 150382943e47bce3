"""Positive PAR101: PBKDF2 keys derived for (user, password, salt) tuples returned by a loader function of the module."""
import hashlib


def make_credentials():
    return [(f"user{i}", f"pw-{i * 7919 % 10007}", f"salt{i:03d}".encode()) for i in range(24)]


def derive_key(cred):
    user, password, salt = cred
    return user, hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 40000).hex()[:16]


def main():
    keys = []
    for cred in make_credentials():
        keys.append(derive_key(cred))
    return keys
