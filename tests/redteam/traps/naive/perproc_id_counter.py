"""Record ids come from a module-level itertools.count that main() already advanced for the
header record; each spawned worker has its own fresh counter starting at 1, so ids collide."""
import hashlib
import itertools

_IDS = itertools.count(1)


def new_id():
    return next(_IDS)


def make_record(payload):
    digest = payload.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    return new_id(), digest.hex()[:8]


def main():
    header = (new_id(), "header")
    payloads = [f"line {i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        records = list(ex.map(make_record, payloads))
    ids = [header[0]] + [rid for rid, _ in records]
    return records[0][0], min(ids[1:]), header[0] in ids[1:]
