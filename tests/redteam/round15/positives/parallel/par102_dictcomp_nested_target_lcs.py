"""Positive PAR102: `{job: lcs_length(a, b) for job, (a, b) in jobs.items()}` with a nested tuple target over the items of a dict of 16 str to (str, str) entries; the pure callee computes the longest common subsequence of the two strings repeated to 200 characters."""
from concurrent.futures import ProcessPoolExecutor


def lcs_length(a, b):
    a = (a * 40)[:200]
    b = (b * 40)[:200]
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if ca == cb else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def _helper(item):
    job, (a, b) = item
    return lcs_length(a, b)


def run():
    seqs = ["GATTACA", "TAGACCA", "ACGTACGT", "TTGCA", "CCATG", "AGGTC", "GTCAGT", "ACCA"]
    jobs = {f"job{i:02d}": (seqs[i % 8], seqs[(i * 3 + 1) % 8]) for i in range(16)}
    with ProcessPoolExecutor() as executor:
        items = list(jobs.items())
        out = dict(zip((job for job, (a, b) in items), executor.map(_helper, items)))
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
