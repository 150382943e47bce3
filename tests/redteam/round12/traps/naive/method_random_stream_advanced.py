"""Hazard [plain method draws from the global random stream]: `Sample.jitter()` adds `random.random()` noise; `run` seeds the module RNG, prices the samples (keeping only the deterministic part), then draws a holdout index that depends on how many numbers the loop consumed in this process."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
import random
from dataclasses import dataclass

def _chain(text, rounds=2000):
    h = str(text).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]

@dataclass(frozen=True)
class Sample:
    name: str
    base: int = 10

    def jitter(self):
        return self.base + random.random()


def score(sample):
    noisy = sample.jitter()
    return sample.name, _chain(sample.name) + int(noisy) - int(noisy)


def run():
    random.seed(7)
    samples = [Sample(f"s{i}", 10 + i) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        scores = list(executor.map(score, samples))
    holdout = random.randrange(1000)
    return scores[:2], holdout

def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
