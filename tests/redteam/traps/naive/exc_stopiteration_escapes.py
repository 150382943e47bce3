"""first_hit() lets StopIteration escape from next() when nothing matches and the caller catches
StopIteration; inside Executor.map's result generator it becomes RuntimeError (PEP 479)."""
import hashlib


def first_hit(seed):
    h = str(seed).encode()
    digests = []
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
        digests.append(h)
    limit = 0 if seed == 0 else 8
    return next(d.hex()[:6] for d in digests if d[0] < limit)


def main():
    try:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            hits = list(ex.map(first_hit, range(20)))
    except StopIteration:
        return "no hit for some seed"
    return hits[:2]
