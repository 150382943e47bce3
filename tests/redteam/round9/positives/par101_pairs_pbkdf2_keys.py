"""Positive PAR101: for-loop over a list of (user, salt) str pairs built in the same function, unpacked in the target, appending one PBKDF2 derivation per pair."""
import hashlib


def derive(user, salt):
    return hashlib.pbkdf2_hmac("sha256", user.encode(), salt.encode(), 12000).hex()[:16]


def main():
    creds = [(f"user{i:02d}", f"salt-{i * 31 % 17}") for i in range(16)]
    keys = []
    for user, salt in creds:
        keys.append(derive(user, salt))
    return keys
