"""Hazard [stdlib module global]: main() calls calendar.setfirstweekday(SUNDAY); the callee builds
month grids with calendar.monthcalendar, which in spawned workers start on Monday."""
import calendar
import hashlib


def _work(s: str, n: int = 60000) -> str:
    h = s.encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def month_grid(month: int):
    weeks = calendar.monthcalendar(2024, month)
    return weeks[0], _work(str(weeks))


def main():
    calendar.setfirstweekday(calendar.SUNDAY)
    return [month_grid(m) for m in range(1, 13)] + [month_grid(m) for m in range(1, 5)]
