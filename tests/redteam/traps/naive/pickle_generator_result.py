"""tokenize() does the expensive normalisation eagerly and returns a lazy generator of tokens;
generators cannot be pickled, so a worker cannot return it."""
import hashlib


def tokenize(name):
    digest = name.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    words = [digest.hex()[i:i + 4] for i in range(0, 64, 4)]
    return (w for w in words if not w[0].isdigit())


def main():
    names = [f"doc{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        streams = dict(zip(names, ex.map(tokenize, names)))
    return {name: sum(1 for _ in tokens) for name, tokens in list(streams.items())[:3]}
