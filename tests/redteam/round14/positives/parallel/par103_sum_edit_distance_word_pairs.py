"""Positive PAR103: `total += distance(a, b)` unpacking `PAIRS`, a module-level list literal of 16 (str, str) tuples; the pure callee computes the Levenshtein distance of the words expanded to 160 characters."""
from concurrent.futures import ProcessPoolExecutor

def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


PAIRS = [("north", "south"), ("east", "west"), ("summer", "winter"), ("spring", "autumn"),
         ("copper", "silver"), ("granite", "marble"), ("river", "delta"), ("harbor", "anchor"),
         ("pepper", "paprika"), ("violin", "viola"), ("falcon", "heron"), ("cedar", "maple"),
         ("planet", "comet"), ("lantern", "candle"), ("meadow", "prairie"), ("glacier", "tundra")]


def distance(a, b):
    return levenshtein((a * 40)[:160], (b * 40)[:160])


def run():
    with ProcessPoolExecutor() as executor:
        total = sum(executor.map(distance, [a for a, _ in PAIRS], [b for _, b in PAIRS]))
    return total


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
