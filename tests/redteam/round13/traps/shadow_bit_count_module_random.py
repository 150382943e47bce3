"""Hazard [`bit_count` of a project class draws from the module RNG]: `density(mask)` calls `mask.bit_count()`; `SampledMask.bit_count` draws `random.random()` to decide whether to audit (the count returned is exact); `run` seeds `random`, computes the densities and then draws a holdout index, which depends on how many numbers the loop consumed in this process."""
import hashlib
import random

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


class SampledMask:
    def __init__(self, bits):
        self.bits = bits
        self.audited = False

    def bit_count(self):
        if random.random() < 0.25:
            self.audited = True
        return self.bits.bit_count()


def density(mask):
    ones = mask.bit_count()
    return ones, _chain(ones)


def run():
    random.seed(1234)
    masks = [SampledMask(0xF0F0 + i) if i % 2 else 0xF0F0 + i for i in range(16)]
    densities = []
    for mask in masks:
        densities.append(density(mask))
    holdout = random.randrange(10 ** 6)
    return holdout, densities


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
