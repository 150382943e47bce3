"""Hazard [data descriptor whose `__set__` audits]: the callee builds a fresh `Report` and assigns `r.score`, which looks local but goes through `Audited.__set__` and appends to a module audit list."""
import hashlib

def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]

AUDIT = []


class Audited:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return self if obj is None else getattr(obj, self.name)

    def __set__(self, obj, value):
        AUDIT.append((self.name, value))
        setattr(obj, self.name, value)


class Report:
    score = Audited()

    def __init__(self, title):
        self.title = title


def grade(title):
    r = Report(title)
    r.score = _work(title)
    return r.title, r.score


def main():
    titles = [f"q{i}-report" for i in range(16)]
    grades = []
    for t in titles:
        grades.append(grade(t))
    return grades[:2], len(AUDIT)
