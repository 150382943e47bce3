"""Hazard [pickling side effect]: LazyDoc.__getstate__ materialises the body (printing "loading") so
it can travel; the callee only reads .name, so sequentially nothing is loaded, in a pool all 16 are."""
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



class LazyDoc:
    def __init__(self, name):
        self.name = name
        self._body = None

    @property
    def body(self):
        if self._body is None:
            print(f"loading {self.name}")
            self._body = self.name * 1000
        return self._body

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_body"] = self.body
        return state


def title_hash(doc):
    return _work(doc.name)


def main():
    docs = [LazyDoc(f"doc{i}") for i in range(16)]
    return [title_hash(d) for d in docs]
