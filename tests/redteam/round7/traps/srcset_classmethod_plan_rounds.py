"""Hazard [the iterable's function sets state the work reads]: the classmethod factory `Job.plan(count, rounds)` sets `cls.rounds` and returns plain (name, index) specs; the work stretches `Job.rounds` times, which a spawned worker reads as the class body's 500."""
import hashlib


class Job:
    rounds = 500

    @classmethod
    def plan(cls, count, rounds):
        cls.rounds = rounds
        return [(f"job{i}", i) for i in range(count)]


def execute(spec):
    name, index = spec
    h = f"{name}#{index}".encode()
    for _ in range(Job.rounds):
        h = hashlib.sha256(h).digest()
    return name, h.hex()[:10]


def main():
    results = []
    for spec in Job.plan(16, 30000):
        results.append(execute(spec))
    return results[:3]
