"""Positive PAR102: `{(a, b): distance(a, b) for a, b in pairs}` over a list of 16 (str, str) pairs, keyed by the pair; the pure callee computes the Levenshtein distance of the two words repeated to 180 characters."""


def distance(a, b):
    a = (a * 200)[:180]
    b = (b * 200)[:180]
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def run():
    words = ["kitten", "sitting", "flaw", "lawn", "gumbo", "gambol", "book", "back",
             "sunday", "saturday", "rosetta", "code", "alpha", "alphabet", "horse", "ros"]
    pairs = [(words[i], words[(i * 5 + 3) % 16]) for i in range(16)]
    out = {(a, b): distance(a, b) for a, b in pairs}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
