"""Deduplicate near-identical documents by MinHash signatures built in a set comprehension; PAR102 should fire in distinct_signatures."""
import concurrent.futures
import itertools
import random
import zlib

NUM_PERM = 64
SHINGLE = 5
VOCAB = ["data", "model", "river", "stone", "light", "paper", "engine", "garden", "signal", "window"]


def shingles(text, k):
    return {text[i:i + k] for i in range(len(text) - k + 1)}


def minhash(text, num_perm):
    grams = [g.encode("utf-8") for g in shingles(text, SHINGLE)]
    signature = []
    for seed in range(num_perm):
        salt = seed.to_bytes(4, "little")
        signature.append(min(zlib.crc32(salt + g) for g in grams))
    return tuple(signature)


def distinct_signatures(docs):
    with concurrent.futures.ProcessPoolExecutor() as ex:
        return set(ex.map(minhash, docs, itertools.repeat(NUM_PERM)))


def make_doc(seed, n_words):
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCAB) + str(rng.randrange(50)) for _ in range(n_words))


def main():
    docs = [make_doc(i % 36, 400) for i in range(48)]
    sigs = distinct_signatures(docs)
    print(f"{len(docs)} docs, {len(sigs)} distinct")
    return len(sigs), sorted(s[:3] for s in sigs)
