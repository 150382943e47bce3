"""main() freezes the clock by monkeypatching time.time (freezegun style) so reports are
reproducible; a spawned worker re-imports `time` unpatched and stamps records with the real time."""
import hashlib
import time

FROZEN = 1_700_000_000.0


def stamp_record(n):
    digest = str(n).encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    return {"id": n, "digest": digest.hex()[:8], "stamped_at": time.time()}


def main():
    time.time = lambda: FROZEN
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        records = list(ex.map(stamp_record, range(20)))
    return records[0]["digest"], all(r["stamped_at"] == FROZEN for r in records)
