"""validate() appends problems to an errors list owned by the caller and returns a flag; in a
worker the list is a copy, so the caller reports no problems at all."""
import hashlib


def validate(record, errors):
    h = record.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if h[0] < 70:
        errors.append(f"{record}: checksum mismatch")
        return False
    return True


def main():
    errors = []
    records = [f"rec{i}" for i in range(24)]
    import concurrent.futures
    import itertools
    with concurrent.futures.ProcessPoolExecutor() as ex:
        ok = list(ex.map(validate, records, itertools.repeat(errors)))
    return sum(ok), errors[:2]
