"""Positive PAR102: `{name.split("-")[0]: stretch(name) for name in releases}` over a list of 16 strs where several share a key prefix (duplicate keys, the last value wins in both versions); the pure callee hashes the name through a 30000-round SHA-256 chain."""
import hashlib


def stretch(name):
    h = name.encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def run():
    releases = ["api-1.0", "web-2.1", "api-1.1", "cli-0.9", "web-2.2", "db-5.0", "api-1.2", "cli-1.0",
                "ui-3.3", "db-5.1", "auth-0.4", "ui-3.4", "auth-0.5", "web-2.3", "queue-7.0", "queue-7.1"]
    out = {name.split("-")[0]: stretch(name) for name in releases}
    return list(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
