"""Hazard [read-modify-write of a shared database file]: next_invoice() opens its own sqlite3 connection, reads max(number), waits, and inserts max+1; under threads several calls read the same max and the numbers collide."""
import sqlite3
import time


def next_invoice(customer):
    con = sqlite3.connect("billing.db", timeout=30)
    try:
        (last,) = con.execute("SELECT COALESCE(MAX(number), 0) FROM invoices").fetchone()
        time.sleep(0.02)
        con.execute("INSERT INTO invoices VALUES (?, ?)", (last + 1, customer))
        con.commit()
        return last + 1
    finally:
        con.close()


def main():
    con = sqlite3.connect("billing.db")
    con.execute("CREATE TABLE invoices (number INTEGER, customer TEXT)")
    con.commit()
    con.close()
    customers = [f"cust{i}" for i in range(16)]
    numbers = []
    for c in customers:
        numbers.append(next_invoice(c))
    return len(set(numbers)) == len(numbers)
