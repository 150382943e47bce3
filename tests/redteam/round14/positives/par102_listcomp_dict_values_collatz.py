"""Positive PAR102: `[longest_run(v) for v in WINDOWS.values()]` over a module-level dict literal of 16 str to int window starts; the pure callee finds the longest Collatz run among 3000 numbers from `v`."""


WINDOWS = {"w00": 100000, "w01": 130000, "w02": 160000, "w03": 190000, "w04": 220000, "w05": 250000,
           "w06": 280000, "w07": 310000, "w08": 340000, "w09": 370000, "w10": 400000, "w11": 430000,
           "w12": 460000, "w13": 490000, "w14": 520000, "w15": 550000}


def longest_run(v):
    best = (0, 0)
    for n in range(v, v + 3000):
        x, steps = n, 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        best = max(best, (steps, n))
    return best


def run():
    runs = [longest_run(v) for v in WINDOWS.values()]
    return runs


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
