"""Hazard [set of interned objects compared by identity]: `{tokenize(word, seed) for word, seed in corpus}`; `tokenize` returns the canonical `Symbol` from the module-level intern table (Symbols compare by identity); sequentially the set holds one Symbol per distinct normalised word; each unpickled result is a new Symbol, so nothing collapses."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


class Symbol:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name


_TABLE = {}


def intern(word):
    key = word.strip().lower()
    if key not in _TABLE:
        _TABLE[key] = Symbol(key)
    return _TABLE[key]


def tokenize(word, seed):
    _stretch(f"{word}|{seed}")
    return intern(word)


def run():
    words = ["Alpha", "beta", "ALPHA", "gamma", " beta", "delta", "Gamma", "alpha",
             "epsilon", "BETA", "zeta", "delta ", "eta", "Zeta", "theta", "ETA"]
    corpus = [(w, i * 7) for i, w in enumerate(words)]
    vocab = {tokenize(word, seed) for word, seed in corpus}
    return len(vocab), sorted(s.name for s in vocab)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
