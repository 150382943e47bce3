"""Hazard [aliased module state]: main() sets an attribute on the object returned by get_settings(),
the module-level singleton the callee reads; spawned workers see the import-time default."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Settings:
    def __init__(self):
        self.prefix = "dev"


_SETTINGS = Settings()


def get_settings():
    return _SETTINGS


def score(x: str) -> str:
    return _work(_SETTINGS.prefix + ":" + x)


def main():
    get_settings().prefix = "prod"
    items = [f"item{i}" for i in range(16)]
    return [score(x) for x in items]
