"""deal() shuffles the deck it is given in place with random.shuffle before scoring it; the
caller's decks are shuffled sequentially, but a worker only shuffles a pickled copy."""
import random


def deal(deck):
    random.shuffle(deck)
    score = 0
    for i in range(3000):
        score = (score * 31 + deck[i % len(deck)]) % 1_000_003
    return score


def main():
    random.seed(5)
    decks = [list(range(52)) for _ in range(20)]
    scores = []
    for deck in decks:
        scores.append(deal(deck))
    untouched = sum(deck == sorted(deck) for deck in decks)
    return untouched
