"""Hazard [side effect in a descriptor's __get__]: reading job.cost runs Metered.__get__, which meters reads in a module counter; the reads happen in the workers."""
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


READS = {"cost": 0}


class Metered:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        READS["cost"] += 1
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Task:
    cost = Metered()

    def __init__(self, tid, cost):
        self.tid = tid
        self.cost = cost


def estimate(task):
    return task.tid, task.cost * 2, _work(task.tid)


def main():
    tasks = [Task(f"t{i}", i) for i in range(16)]
    est = []
    for t in tasks:
        est.append(estimate(t))
    return est, READS
