"""Hazard [`namedtuple(defaults=[[]])` shared default]: `Cart = namedtuple("Cart", "user items", defaults=[[]])` shares one default list; `fill` creates `Cart(user)` and appends, and `run` returns `Cart._field_defaults["items"]`, empty in the caller when filled in workers."""
import hashlib
from collections import namedtuple

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

Cart = namedtuple("Cart", "user items", defaults=[[]])


def fill(user):
    cart = Cart(user)
    cart.items.append(_chain(user) % 5)
    return user, len(cart.items) > 0


def run():
    users = [f"u{i}" for i in range(16)]
    out = []
    for user in users:
        out.append(fill(user))
    return len(Cart._field_defaults["items"]), out[:2]

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
