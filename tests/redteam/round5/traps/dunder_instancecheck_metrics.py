"""Hazard [side effect in a metaclass dunder]: isinstance(job, Urgent) calls the metaclass __instancecheck__, which counts checks per class in a module dict; workers count in theirs."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


CHECKS = {}


class _Tracked(type):
    def __instancecheck__(cls, obj):
        CHECKS[cls.__name__] = CHECKS.get(cls.__name__, 0) + 1
        return getattr(obj, "priority", 0) > 5


class Urgent(metaclass=_Tracked):
    pass


class Job:
    def __init__(self, jid, priority):
        self.jid, self.priority = jid, priority


def schedule(job):
    lane = "fast" if isinstance(job, Urgent) else "slow"
    return lane, _work(job.jid)


def main():
    jobs = [Job(f"j{i}", i % 9) for i in range(16)]
    lanes = [schedule(j) for j in jobs]
    return lanes, CHECKS
