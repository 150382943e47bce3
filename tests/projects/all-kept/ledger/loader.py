"""Blocking reads: one record file per path."""


def read_record(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().strip()


def load_records(paths):
    records = []
    for path in paths:
        records.append(read_record(path))
    return records
