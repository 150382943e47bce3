"""Positive PAR101: derive login keys for instances of a plain class (`__init__` only stores fields) with `keys.append(derive(acct))`, each result `(acct.user, key hex)`."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


class Account:
    def __init__(self, user, salt, iterations):
        self.user = user
        self.salt = salt
        self.iterations = iterations


def derive(acct: Account) -> tuple:
    key = hashlib.pbkdf2_hmac("sha256", acct.user.encode(), acct.salt.encode(), acct.iterations)
    return acct.user, key.hex()[:16]


def main():
    accounts = [Account(f"user{i:02}", f"salt-{i * 31 % 97}", 160000 + 1000 * (i % 4)) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        keys = list(executor.map(derive, accounts))
    return keys
