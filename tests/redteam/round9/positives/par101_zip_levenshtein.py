"""Positive PAR101: `for a, b in zip(lefts, rights)` over two lists of str, appending one Levenshtein distance per pair."""


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    text = "a journey of a thousand miles begins with a single step and then another one " * 3
    lefts = [text[i:i + 180] for i in range(16)]
    rights = [text[3 * i + 5:i + 170] + "zz" * (i % 5) for i in range(16)]
    distances = []
    for a, b in zip(lefts, rights):
        distances.append(levenshtein(a, b))
    return distances
