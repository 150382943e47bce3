"""Positive PAR103: the shortest nearest-neighbour tour over 16 start cities (min reduction, integer distances)."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

CITIES = [((i * 37) % 1009, (i * 61) % 997) for i in range(700)]


def tour_length(start):
    unvisited = set(range(len(CITIES)))
    unvisited.remove(start)
    cur, length = start, 0
    while unvisited:
        cx, cy = CITIES[cur]
        nxt = min(unvisited, key=lambda j: ((CITIES[j][0] - cx) ** 2 + (CITIES[j][1] - cy) ** 2, j))
        length += abs(CITIES[nxt][0] - cx) + abs(CITIES[nxt][1] - cy)
        unvisited.remove(nxt)
        cur = nxt
    return length


def main():
    best = 10 ** 9
    with ProcessPoolExecutor() as ex:
        best = min(best, min(ex.map(tour_length, range(16))))
    return best
