"""Hazard [stdlib module global]: main() calls calendar.setfirstweekday(SUNDAY); the callee builds
month grids with calendar.monthcalendar, which in spawned workers start on Monday."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
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
    months = list(range(1, 13)) + list(range(1, 5))
    with ProcessPoolExecutor() as ex:
        return list(ex.map(month_grid, months))
