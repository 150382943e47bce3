"""Positive PAR103: sum of the bit weights of PBKDF2 keys derived for the tokens `issue_tokens(tenant, n)` returns."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def issue_tokens(tenant, n):
    return [f"{tenant}:{i:04d}:{i * i % 97}" for i in range(n)]


def key_weight(token):
    key = hashlib.pbkdf2_hmac("sha256", token.encode(), b"weights", 30000)
    return sum(bin(b).count("1") for b in key)


def main():
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(key_weight, issue_tokens("acme", 24)))
    return total
