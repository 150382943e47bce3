"""Build canonical JSON records and fingerprint them (serialise then hash); PAR101 should fire on the loop in fingerprint_records."""
import concurrent.futures
import hashlib
import itertools
import json


def build_record(record_id):
    return {
        "id": record_id,
        "name": f"item-{record_id}",
        "tags": [f"t{(record_id * k) % 97}" for k in range(50)],
        "readings": [{"t": t, "v": round((record_id * 31 + t * 17) % 1000 / 7.0, 3)} for t in range(5000)],
    }


def fingerprint(record_id, rounds):
    record = build_record(record_id)
    payload = json.dumps(record, sort_keys=True, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(payload).digest()
    for _ in range(rounds):
        digest = hashlib.sha256(digest + payload[:64]).digest()
    return digest.hex()


def fingerprint_records(record_ids):
    with concurrent.futures.ProcessPoolExecutor() as ex:
        fingerprints = list(ex.map(fingerprint, record_ids, itertools.repeat(5_000)))
    return fingerprints


def main():
    ids = list(range(100, 180))
    fps = fingerprint_records(ids)
    print(f"fingerprinted {len(fps)} records")
    return [fp[:12] for fp in fps]
