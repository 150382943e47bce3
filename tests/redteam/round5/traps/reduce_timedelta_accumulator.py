"""Hazard [reduction accumulator that is not a number]: durations are datetime.timedelta values summed from timedelta(0); sum() starts from the int 0 and raises TypeError."""
import datetime
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def estimate(task):
    minutes = int(_work(task), 16) % 90
    return datetime.timedelta(minutes=minutes)


def main():
    tasks = [f"task{i}" for i in range(16)]
    total = datetime.timedelta(0)
    for t in tasks:
        total += estimate(t)
    return str(total)
