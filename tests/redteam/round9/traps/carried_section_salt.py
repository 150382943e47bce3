"""Hazard [a value set by some iterations and read by later ones]: `("salt", value)` entries switch the salt for the entries after them (`salt = value; continue`); outlined, `salt` is passed as its initial 'default', the salt entries only return the skip marker, and every token is derived with the default salt."""
import hashlib


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


def main():
    salt = "default"
    rounds = 8000
    tokens = []
    for kind, value in entries():
        if kind == "salt":
            salt = value
            continue
        token = stretch(f"{salt}:{value}", rounds)
        tokens.append((value, token))
    return tokens[0], tokens[-1], len(tokens)
