"""Hazard [stdlib module global]: main() calls calendar.setfirstweekday(SUNDAY); monthcalendar in
spawned workers starts weeks on Monday."""
import calendar
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def score(month: int):
    weeks = calendar.monthcalendar(2024, month % 12 + 1)
    return weeks[0], _work(str(weeks))


def main():
    calendar.setfirstweekday(calendar.SUNDAY)
    items = list(range(16))
    return [score(x) for x in items]
