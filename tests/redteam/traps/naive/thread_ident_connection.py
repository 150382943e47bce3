"""Connections are cached per thread (keyed by threading.get_ident()); the caller prepares its
own connection before the loop, but pool threads get fresh, unprepared connections."""
import threading
import time

_connections = {}


class Connection:
    def __init__(self):
        self.prepared = set()

    def run(self, name):
        time.sleep(0.01)  # network round trip
        return "fast-plan" if name in self.prepared else "cold-plan"


def connection():
    return _connections.setdefault(threading.get_ident(), Connection())


def run_report(name):
    return connection().run(name)


def main():
    conn = connection()
    reports = [f"report{i}" for i in range(20)]
    conn.prepared.update(reports)
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor() as ex:
        plans = list(ex.map(run_report, reports))
    return plans.count("fast-plan"), plans.count("cold-plan")
