"""Hazard [item holds a lock]: `Account` carries its own `threading.Lock` (`field(default_factory=threading.Lock, compare=False, repr=False)`) used by `post`; locks cannot be pickled, so the accounts cannot be sent to a worker."""
import hashlib
import threading
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    cents: int
    lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)


def _interest(owner, rounds=1500):
    h = owner.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0] % 5


def post(acct: Account) -> tuple:
    with acct.lock:
        return acct.owner, acct.cents + acct.cents * _interest(acct.owner) // 100


def run():
    accounts = [Account(f"owner{i}", 1000 * (i + 1)) for i in range(16)]
    posted = []
    for a in accounts:
        posted.append(post(a))
    return posted[:3]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
