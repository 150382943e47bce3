"""Hazard [pickling side effect]: Settings.__getstate__ saves pending changes to disk before the object
is copied; passing the settings to each worker call saves it sixteen times."""
import hashlib
import json


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Settings:
    def __init__(self):
        self.values = {"salt": "s1"}
        self.saves = 0

    def save(self):
        self.saves += 1
        with open("settings.json", "w") as fh:
            json.dump(self.values, fh)

    def __getstate__(self):
        self.save()
        return self.__dict__.copy()


def token(user, settings):
    return _work(user + settings.values["salt"])


def main():
    settings = Settings()
    users = [f"user{i}" for i in range(16)]
    tokens = [token(u, settings) for u in users]
    return tokens, settings.saves
