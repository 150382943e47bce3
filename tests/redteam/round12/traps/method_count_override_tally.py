"""Hazard [NamedTuple plain method `count`]: `Vote.count()` shadows `tuple.count` and tallies the vote into the module `collections.Counter` `TALLY`; `run` returns the tally, empty in the caller when votes are counted in workers."""
import collections
import hashlib
from typing import NamedTuple

TALLY = collections.Counter()

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

class Vote(NamedTuple):
    voter: str
    choice: str = "a"

    def count(self):
        TALLY[self.choice] += 1
        return TALLY[self.choice]


def cast(vote):
    vote.count()
    return vote.voter, _chain(vote.voter)


def run():
    votes = [Vote(f"v{i}", "abc"[i % 3]) for i in range(16)]
    cast_votes = []
    for vote in votes:
        cast_votes.append(cast(vote))
    return sorted(TALLY.items())

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
