"""Hazard [module globals changed through vars()]: apply_overrides() updates the module
namespace via vars(sys.modules[...]); worker processes import the defaults."""
import hashlib
import sys

ROUNDS = 20000
SALT = "default"


def apply_overrides(**kw):
    vars(sys.modules[__name__]).update({k.upper(): v for k, v in kw.items()})


def stretch(name: str) -> str:
    h = (SALT + name).encode()
    for _ in range(ROUNDS):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def main():
    apply_overrides(rounds=30000, salt="prod")
    names = [f"u{i}" for i in range(6)]
    return [stretch(n) for n in names]
