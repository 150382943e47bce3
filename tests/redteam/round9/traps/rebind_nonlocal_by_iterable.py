"""Hazard [a local rebound by the iterable while the loop runs]: `entries()` is a generator nested in `main()` that sets `section` (`nonlocal`) at each `[section]` header before yielding that section's keys, and the body keys each setting by the current `section`; outlined, `section` is bound into the helper's arguments before the generator runs (and the pool drains it up front), so every key is filed under 'global'."""
import hashlib

CONFIG = """
[db]
host=db.internal
port=5432
[cache]
host=cache.internal
ttl=300
[auth]
issuer=https://id.example
audience=api
leeway=30
"""


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:10]


def main():
    section = "global"

    def entries(text):
        nonlocal section
        for line in text.split():
            if line.startswith("["):
                section = line.strip("[]")
                continue
            key, _, value = line.partition("=")
            yield key, value

    rounds = 8000
    settings = {}
    for key, value in entries(CONFIG):
        qualified = f"{section}.{key}"
        settings[qualified] = stretch(f"{qualified}={value}", rounds)
    return sorted(settings)[:4], len(settings)
