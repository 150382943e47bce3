"""Hazard [hidden cache in an Enum class]: Perm(bits) for a combination creates a pseudo-member and caches it in Perm._value2member_map_, a class-level write hidden behind a lookup; under a pool the cache grows in the workers."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import enum
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Perm(enum.Flag):
    READ = 1
    WRITE = 2
    EXEC = 4
    ADMIN = 8


def audit(entry):
    user, bits = entry
    p = Perm(bits)
    return user, Perm.WRITE in p, _work(user)


def main():
    entries = [(f"u{i}", (i * 5) % 16) for i in range(16)]
    with ProcessPoolExecutor() as ex:
        report = list(ex.map(audit, entries))
    return report[:3], len(Perm._value2member_map_)
