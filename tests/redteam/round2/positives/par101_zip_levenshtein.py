"""Edit distances between paired strings (zip), pure-Python dynamic programming."""


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def main():
    left = [("abcde" * 40)[i:] + "x" * i for i in range(24)]
    right = [("abdce" * 40)[: 200 - i] for i in range(24)]
    dists = []
    for a, b in zip(left, right):
        dists.append(levenshtein(a, b))
    return dists[:4], sum(dists)
