"""The queries share one sqlite3 connection created in the caller's thread; sqlite3 refuses to
use a connection from another thread, so every query in a thread pool raises ProgrammingError."""
import sqlite3
import time


def load_user(conn, uid):
    time.sleep(0.005)
    row = conn.execute("SELECT name FROM users WHERE id = ?", (uid,)).fetchone()
    return row[0]


def main():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO users VALUES (?, ?)", [(i, f"user{i}") for i in range(20)])
    try:
        import concurrent.futures
        import itertools
        with concurrent.futures.ThreadPoolExecutor() as ex:
            names = dict(zip(range(20), ex.map(load_user, itertools.repeat(conn), range(20))))
    except sqlite3.ProgrammingError:
        return "database error"
    return names[0], names[19]
