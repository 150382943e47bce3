"""Fetch three tables from a slow reporting database, simulated with time.sleep; PAR202 should fire on the three fetches in build_report."""
import time

QUERY_LATENCY = 0.12


def fetch_table(name, limit=50):
    time.sleep(QUERY_LATENCY)  # query round trip
    return [(name, i, (len(name) * 31 + i * 7) % 100) for i in range(limit)]


def build_report():
    users = fetch_table("users")
    orders = fetch_table("orders", limit=80)
    items = fetch_table("items")
    return {
        "users": len(users),
        "orders": len(orders),
        "revenue": sum(row[2] for row in orders),
        "items": sum(row[2] for row in items),
    }


def main():
    report = build_report()
    print("report ready")
    return sorted(report.items())
