"""normalise() stamps a checksum into each record dict it is given (and returns the canonical
text); the caller later saves the records, but a worker stamped copies, so they are saved unstamped."""
import hashlib
import json


def normalise(record):
    text = json.dumps(record, sort_keys=True)
    h = text.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    record["checksum"] = h.hex()[:8]
    return text


def main():
    records = [{"id": i, "name": f"item {i}"} for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        canonical = list(ex.map(normalise, records))
    saved = json.dumps(records[:2])
    return saved
