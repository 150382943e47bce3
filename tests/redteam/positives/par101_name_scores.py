"""Score candidate strategy names by Monte-Carlo simulation of a dice game; PAR101 should fire on the loop in score_all."""
import random

TRIALS = 22_000


def score(name):
    rng = random.Random(name)
    threshold = 10 + len(name) % 7
    wins = 0
    for _ in range(TRIALS):
        total = 0
        while total < threshold:
            total += rng.randint(1, 6)
        if total <= threshold + 2:
            wins += 1
    return round(wins / TRIALS, 6)


def score_all(names):
    scores = {}
    for name in names:
        scores[name] = score(name)
    return scores


def main():
    names = [f"strategy-{c}{i}" for c in "abcd" for i in range(8)]
    scores = score_all(names)
    best = max(scores, key=scores.get)
    print("best strategy:", best)
    return best, sorted(scores.items())
