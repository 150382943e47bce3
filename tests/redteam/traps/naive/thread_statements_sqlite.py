"""Two consecutive independent queries on one sqlite3 connection; run as parallel statements in
a thread pool, sqlite3 refuses a connection created in another thread."""
import sqlite3
import time


def scalar(conn, sql):
    time.sleep(0.005)
    return conn.execute(sql).fetchone()[0]


def summary(conn):
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor() as ex:
        f1 = ex.submit(scalar, conn, "SELECT COUNT(*) FROM users")
        f2 = ex.submit(scalar, conn, "SELECT MAX(id) FROM users")
        users, newest = f1.result(), f2.result()
    return users, newest


def main():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO users VALUES (?, ?)", [(i, f"u{i}") for i in range(25)])
    try:
        return summary(conn)
    except sqlite3.ProgrammingError:
        return "database error"
