"""Positive PAR103: count the tokens whose PBKDF2 check passes (boolean results summed)."""
import hashlib


def is_valid(token):
    dk = hashlib.pbkdf2_hmac("sha256", token.encode(), b"pepper", 300000)
    return dk[0] % 3 == 0


def main():
    tokens = [f"tok-{i:03d}" for i in range(16)]
    valid = 0
    for t in tokens:
        valid += is_valid(t)
    return valid
