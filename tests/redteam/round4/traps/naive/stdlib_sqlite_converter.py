"""Hazard [stdlib registry]: main() registers an sqlite3 converter for POINT columns; the callee opens
its own in-memory database with detect_types, and in spawned workers the column stays bytes."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib
import sqlite3


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def load_point(i: int):
    con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
    con.execute("create table t (p point)")
    con.execute("insert into t values (?)", (f"{i};{i * 2}",))
    (p,) = con.execute("select p from t").fetchone()
    con.close()
    return p, _work(repr(p))


def main():
    sqlite3.register_converter("point", lambda b: tuple(map(int, b.split(b";"))))
    with ProcessPoolExecutor() as ex:
        pts = list(ex.map(load_point, range(16)))
    return pts
