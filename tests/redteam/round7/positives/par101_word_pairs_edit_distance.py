"""Positive PAR101: Levenshtein distances of (str, str) pairs returned by a function of the module."""


def word_pairs():
    base = "the quick brown fox jumps over the lazy dog "
    return [(base * 4 + str(i), (base[::-1] * 5)[: 150 + 5 * i]) for i in range(16)]


def edit_distance(pair):
    a, b = pair
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    dists = []
    for pair in word_pairs():
        dists.append(edit_distance(pair))
    return dists
