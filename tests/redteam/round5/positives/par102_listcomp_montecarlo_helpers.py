"""Positive PAR102: a list comprehension of seeded simulations; the callee uses its own LCG helpers, no global RNG."""


def lcg(state):
    return (1103515245 * state + 12345) % 2 ** 31


def walk(seed, steps):
    pos, state, peak = 0, seed, 0
    for _ in range(steps):
        state = lcg(state)
        pos += 1 if state % 2 else -1
        peak = max(peak, abs(pos))
    return peak


def simulate(seed):
    return seed, sum(walk(seed * 31 + k, 2000) for k in range(120))


def main():
    peaks = [simulate(s) for s in range(16)]
    return peaks
