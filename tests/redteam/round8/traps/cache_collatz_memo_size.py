"""Hazard [a module memo the work fills, read by the caller]: `chain_length(n)` memoises Collatz chain lengths in the module dict `_MEMO`, shared across items; the caller reports how warm the memo is and reuses it for a follow-up query, which finds it filled sequentially and empty after a process pool."""
import sys

_MEMO = {1: 1}


def chain_length(n):
    path = []
    while n not in _MEMO:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = _MEMO[n]
    for m in reversed(path):
        length += 1
        _MEMO[m] = length
    return length


def longest(window):
    lo, hi = window
    return max((chain_length(n), n) for n in range(lo, hi))


def main():
    windows = {f"w{i:02d}": (1 + i * 6000, 1 + (i + 1) * 6000) for i in range(16)}
    best = {name: longest(w) for name, w in windows.items()}
    warm = 27 in _MEMO and 97 in _MEMO
    return best["w00"], best["w15"], warm, len(_MEMO) > 96000
