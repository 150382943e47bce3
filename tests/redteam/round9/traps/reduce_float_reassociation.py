"""Hazard [a float reduction started from a large value]: fees are added one by one to the opening balance (`balance += fee`, 1e16), where each small fee is absorbed by rounding; the rewrite `balance += sum(executor.map(...))` sums the fees first, and their total is large enough to change the balance."""
import hashlib


def fee_for(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 0.5 + h[0] % 2 * 0.25


def transfers(n):
    return [(f"tx{i:02d}", 100 * i) for i in range(n)]


def main():
    balance = 1e16
    rounds = 8000
    for ref, amount in transfers(16):
        fee = fee_for(f"{ref}:{amount}", rounds)
        balance += fee
    return repr(balance)
