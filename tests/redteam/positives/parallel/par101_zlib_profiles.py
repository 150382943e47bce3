"""Profile zlib compression ratios of generated corpora at several levels; PAR101 should fire on the loop in profile_corpora."""
import concurrent.futures
import itertools
import random
import zlib

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def build_corpus(seed, n_words):
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randrange(100)) for _ in range(n_words)).encode()


def compression_profile(seed, n_words):
    data = build_corpus(seed, n_words)
    return len(data), tuple(len(zlib.compress(data, level)) for level in (1, 6, 9))


def profile_corpora(corpora, n_words):
    names = [name for name, _ in corpora]
    seeds = [seed for _, seed in corpora]
    with concurrent.futures.ProcessPoolExecutor() as ex:
        profiles = dict(zip(names, ex.map(compression_profile, seeds, itertools.repeat(n_words))))
    return profiles


def main():
    corpora = [(f"corpus-{i:02d}", 31 * i + 5) for i in range(24)]
    profiles = profile_corpora(corpora, 10_000)
    print(f"profiled {len(profiles)} corpora")
    return sorted(profiles.items())
