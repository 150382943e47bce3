"""Hazard [side effect in __copy__]: copy.copy(TEMPLATE) looks pure but Template.__copy__ counts clones on the module-level prototype; the pool clones in workers."""
import copy
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class Template:
    def __init__(self, body):
        self.body = body
        self.clones = 0

    def __copy__(self):
        self.clones += 1
        return Template(self.body)


TEMPLATE = Template("Dear {name},")


def letter(name):
    t = copy.copy(TEMPLATE)
    return t.body.format(name=name), _work(name)


def main():
    names = [f"user{i}" for i in range(16)]
    letters = [letter(n) for n in names]
    return letters[0], TEMPLATE.clones
