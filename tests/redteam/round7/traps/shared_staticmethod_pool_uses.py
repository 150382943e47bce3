"""Hazard [a staticmethod factory returns shared objects the work mutates]: `ConnPool.checkout_all()` returns a new list of the class-level connections; the work counts a use on each, visible on the next checkout sequentially but not when done on pickled copies."""
import hashlib


class Conn:
    def __init__(self, host):
        self.host = host
        self.uses = 0


class ConnPool:
    _conns = [Conn(f"db{i}") for i in range(16)]

    @staticmethod
    def checkout_all():
        return list(ConnPool._conns)


def _work(s, n=30000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def query(conn):
    conn.uses += 1
    return conn.host, _work(conn.host)


def main():
    out = []
    for conn in ConnPool.checkout_all():
        out.append(query(conn))
    return out[:2], [c.uses for c in ConnPool.checkout_all()][:4]
