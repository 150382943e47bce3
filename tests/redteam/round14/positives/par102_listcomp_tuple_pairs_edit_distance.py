"""Positive PAR102: `[distance(a, b) for a, b in PAIRS]` over a module-level tuple of 16 (str, str) pairs; the pure callee expands each word to 180 characters by repetition and computes their Levenshtein distance."""

def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


PAIRS = (("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("gumbo", "gambol"),
         ("saturday", "sunday"), ("rosettacode", "raisethysword"), ("abcdef", "azced"), ("horse", "ros"),
         ("distance", "editing"), ("parallel", "sequential"), ("process", "thread"), ("module", "constant"),
         ("literal", "display"), ("worker", "caller"), ("pickle", "spawn"), ("future", "executor"))


def distance(a, b):
    return levenshtein((a * 40)[:180], (b * 40)[:180])


def run():
    dists = [distance(a, b) for a, b in PAIRS]
    return dists


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
