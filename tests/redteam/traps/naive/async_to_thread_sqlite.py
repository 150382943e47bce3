"""The coroutine runs a blocking sqlite3 query on a connection created in the event-loop thread;
moved to asyncio.to_thread, sqlite3 refuses to use the connection from the worker thread."""
import asyncio
import sqlite3


def count_orders(conn, customer):
    row = conn.execute("SELECT COUNT(*) FROM orders WHERE customer = ?", (customer,)).fetchone()
    return row[0]


async def report(conn):
    n = await asyncio.to_thread(count_orders, conn, "acme")
    return f"acme has {n} orders"


def main():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE orders (id INTEGER, customer TEXT)")
    conn.executemany("INSERT INTO orders VALUES (?, ?)", [(i, "acme" if i % 3 else "zeta") for i in range(30)])
    try:
        return asyncio.run(report(conn))
    except sqlite3.ProgrammingError:
        return "database error"
