"""Positive PAR103: count of candidate passwords (from `candidate_passwords(org)`) whose PBKDF2 digest passes a check; the callee returns a bool added to an int."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def candidate_passwords(org):
    words = ("river", "stone", "amber", "falcon", "cedar", "orbit")
    return [f"{org}-{words[i % 6]}-{i * 37 % 1000:03d}" for i in range(24)]


def is_strong(password):
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), b"policy-v2", 25000)
    return key[0] % 3 != 0


def main():
    with ProcessPoolExecutor() as ex:
        strong = sum(ex.map(is_strong, candidate_passwords("acme")))
    return strong
