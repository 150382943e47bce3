"""Positive PAR104: `longest[name] = collatz_window(lo, width)` unpacking `(lo, width)` tuples from a dict literal's `.items()`; the pure callee finds the longest Collatz run in the window, using `n.bit_length()` for a shift shortcut."""
from concurrent.futures import ProcessPoolExecutor


WINDOWS = {f"w{i:02}": (1 + i * 8000, 8000) for i in range(16)}


def collatz_window(lo, width):
    best, best_n = 0, lo
    for n in range(lo, lo + width):
        steps, m = 0, n
        while m != 1:
            if m & 1:
                m = 3 * m + 1
            else:
                tz = (m & -m).bit_length() - 1
                m >>= tz
                steps += tz - 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def run():
    with ProcessPoolExecutor() as executor:
        longest = dict(zip(WINDOWS, executor.map(collatz_window, *zip(*WINDOWS.values()))))
    return sorted(longest.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
