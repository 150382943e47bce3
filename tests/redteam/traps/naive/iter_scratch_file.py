"""staged() writes each record to the same scratch file and yields its path for the scorer to
read; Executor.map drains the generator first, so every worker reads the last record."""
import hashlib
import json
import os
import tempfile


def staged(records, workdir):
    path = os.path.join(workdir, "batch.json")
    for rec in records:
        with open(path, "w") as f:
            json.dump(rec, f)
        yield path


def score_batch(path):
    with open(path) as f:
        rec = json.load(f)
    key = hashlib.pbkdf2_hmac("sha256", json.dumps(rec).encode(), b"score", 4000)
    return rec["id"], key[0]


def main():
    records = [{"id": i, "values": list(range(i, i + 5))} for i in range(20)]
    with tempfile.TemporaryDirectory() as d:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            scores = list(ex.map(score_batch, staged(records, d)))
    return scores[:3]
