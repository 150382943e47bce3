"""The scorer keeps a caller-owned top-5 heap up to date with heapq.heappush/heappop (which
mutate their argument); a worker mutates a pickled copy, so the caller's heap stays empty."""
import hashlib
import heapq


def score_candidate(cand, leaderboard):
    digest = cand.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    score = int.from_bytes(digest[:3], "big")
    heapq.heappush(leaderboard, (score, cand))
    if len(leaderboard) > 5:
        heapq.heappop(leaderboard)
    return score


def main():
    cands = [f"candidate-{i}" for i in range(24)]
    top = []
    import concurrent.futures
    import itertools
    with concurrent.futures.ProcessPoolExecutor() as ex:
        scores = list(ex.map(score_candidate, cands, itertools.repeat(top)))
    return sum(scores), sorted(top, reverse=True)[:3]
