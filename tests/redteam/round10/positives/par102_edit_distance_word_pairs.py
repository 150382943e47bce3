"""Positive: Levenshtein distance of word pairs built by a same-file function (pure DP, ~ms per pair)."""


def word_pairs():
    base = ["parallelization", "comprehension", "serialization", "transformation",
            "interpretation", "synchronization", "representation", "initialization"]
    return [(base[i % 8] * 3, base[(i * 3 + 1) % 8] * 3) for i in range(16)]


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def run():
    dists = [levenshtein(a, b) for a, b in word_pairs()]
    return dists


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
