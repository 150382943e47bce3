"""Hazard [results alias module objects]: lookup() returns the module's profile dicts; the caller stamps each returned profile, which under a pool stamps unpickled copies and leaves PROFILES untouched."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


PROFILES = {f"u{i}": {"plan": "free" if i % 3 else "pro", "logins": 0} for i in range(16)}


def lookup(user):
    _work(user)
    return PROFILES[user]


def main():
    users = sorted(PROFILES)
    found = [lookup(u) for u in users]
    for p in found:
        p["logins"] += 1
    return sum(p["logins"] for p in PROFILES.values())
