"""Hazard [copies not equal]: `Profile.__getstate__` drops the secret pepper (restored as empty) so profiles can be logged safely; the worker fingerprints with the empty pepper."""
from concurrent.futures import ProcessPoolExecutor
import hashlib


def _digest(text, rounds=4000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


class Profile:
    def __init__(self, user, pepper):
        self.user = user
        self.pepper = pepper

    def __getstate__(self):
        state = dict(self.__dict__)
        state["pepper"] = ""
        return state


def profiles():
    return [(f"user{i}", Profile(f"user{i}", f"pep{i * 7}")) for i in range(16)]


def fingerprint(user, profile):
    return _digest(user + profile.pepper)


def _run_item(item):
    user, profile = item
    return fingerprint(user, profile)


def run():
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(_run_item, profiles(), chunksize=8))
    return out[:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
