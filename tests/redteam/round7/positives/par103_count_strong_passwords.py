"""Positive PAR103: count of candidate passwords (from `candidate_passwords(org)`) whose PBKDF2 digest passes a check; the callee returns a bool added to an int."""
import hashlib


def candidate_passwords(org):
    words = ("river", "stone", "amber", "falcon", "cedar", "orbit")
    return [f"{org}-{words[i % 6]}-{i * 37 % 1000:03d}" for i in range(24)]


def is_strong(password):
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), b"policy-v2", 25000)
    return key[0] % 3 != 0


def main():
    strong = 0
    for pw in candidate_passwords("acme"):
        strong += is_strong(pw)
    return strong
