"""Profile zlib compression ratios of generated corpora at several levels; PAR101 should fire on the loop in profile_corpora."""
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
    profiles = {}
    for name, seed in corpora:
        profiles[name] = compression_profile(seed, n_words)
    return profiles


def main():
    corpora = [(f"corpus-{i:02d}", 31 * i + 5) for i in range(24)]
    profiles = profile_corpora(corpora, 10_000)
    print(f"profiled {len(profiles)} corpora")
    return sorted(profiles.items())
