"""verify_plugin() files each verified plugin into a caller-owned registry with
dict.setdefault(...).append(...); in a worker that registry is a copy, so the caller's stays empty."""
import hashlib


def verify_plugin(name, registry):
    sig = hashlib.pbkdf2_hmac("sha256", name.encode(), b"plugins", 4000)
    category = ["exporter", "importer", "filter"][sig[0] % 3]
    registry.setdefault(category, []).append(name)
    return 1


def main():
    names = [f"plugin_{i}" for i in range(20)]
    registry = {}
    verified = 0
    for name in names:
        verified += verify_plugin(name, registry)
    return verified, {k: len(v) for k, v in sorted(registry.items())}
