"""Hazard [`zip` unpacking with project objects]: `tag(uid, t)` calls `uid.to_bytes(2, "big")` and `t.hex()`; the tags are `Tag` objects whose `hex` adds the tag name to the module set `SEEN`; `run` reports `SEEN`, empty in the caller when tags are computed in workers."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


SEEN = set()


class Tag:
    def __init__(self, name):
        self.name = name

    def hex(self):
        SEEN.add(self.name)
        return self.name.encode().hex()


def tag(uid, t):
    return _chain(uid.to_bytes(2, "big") + t.hex().encode())


def run():
    ids = list(range(100, 116))
    tags = [Tag(f"t{i % 5}") for i in range(16)]
    tagged = []
    for uid, t in zip(ids, tags):
        tagged.append(tag(uid, t))
    return sorted(SEEN), sum(tagged)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
