"""Hazard [a value set by some iterations and read by later ones]: `("salt", value)` entries switch the salt for the entries after them (`salt = value; continue`); outlined, `salt` is passed as its initial 'default', the salt entries only return the skip marker, and every token is derived with the default salt."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def entries():
    out = []
    for g in range(4):
        out.append(("salt", f"pepper{g}"))
        out.extend(("user", f"user{g}{k}") for k in range(4))
    return out


def _work_item(item, salt, rounds):
    kind, value = item
    if kind == "salt":
        salt = value
        return None
    token = stretch(f"{salt}:{value}", rounds)
    return (value, token)


def main():
    salt = "default"
    rounds = 8000
    tokens = []
    with ProcessPoolExecutor() as executor:
        tokens.extend(r for r in executor.map(functools.partial(_work_item, salt=salt, rounds=rounds), entries()) if r is not None)
    return tokens[0], tokens[-1], len(tokens)
