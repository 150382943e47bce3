"""Positive PAR103: `sum(bits(token) for token in tokens.values())` over str values of a dict literal, each stretched with PBKDF2."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def bits(token):
    key = hashlib.pbkdf2_hmac("sha256", token.encode(), b"fixed-salt", 30000)
    return bin(int.from_bytes(key, "big")).count("1")


def main():
    tokens = {"api": "tok-7f3a", "web": "tok-19bc", "cli": "tok-a0e4", "ci": "tok-55d2", "ops": "tok-c3c3",
              "db": "tok-0b91", "cache": "tok-e7e7", "queue": "tok-2f60", "mail": "tok-9a1d", "sms": "tok-4c4c",
              "push": "tok-d00d", "auth": "tok-beef", "cdn": "tok-f00d", "logs": "tok-1337", "bi": "tok-8e2b",
              "ml": "tok-6a6a"}
    with ProcessPoolExecutor() as ex:
        total = sum(ex.map(bits, tokens.values()))
    return total
