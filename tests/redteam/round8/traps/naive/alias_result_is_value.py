"""Hazard [the work returns the value itself and the caller updates it through the result]: `verify(account)` returns the account dict when its password hash checks out (else None); the caller flags each returned account as verified, which updates `accounts` sequentially, and only unpickled copies after a process pool."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def load_accounts():
    accounts = {}
    for i in range(16):
        salt = f"salt{i}".encode()
        password = f"hunter{i}".encode()
        stored = hashlib.pbkdf2_hmac("sha256", password, salt, 20000).hex()
        if i % 5 == 0:
            stored = "0" * 64
        accounts[f"user{i:02d}"] = {"salt": salt, "password": password, "hash": stored}
    return accounts


def verify(account):
    got = hashlib.pbkdf2_hmac("sha256", account["password"], account["salt"], 20000).hex()
    return account if got == account["hash"] else None


def main():
    accounts = load_accounts()
    with ProcessPoolExecutor() as ex:
        checked = dict(zip(accounts, ex.map(verify, accounts.values())))
    for acct in checked.values():
        if acct is not None:
            acct["verified"] = True
    return sum(1 for a in checked.values() if a), sum(a.get("verified", False) for a in accounts.values())
