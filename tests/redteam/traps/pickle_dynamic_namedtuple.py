"""parse_table() builds a namedtuple class per schema at run time and returns rows of it; the
class is not importable from the worker's module, so pickling the rows fails."""
import collections
import hashlib


def parse_table(schema):
    fields = schema.split(",")
    Row = collections.namedtuple("Row", fields)
    digest = schema.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    return Row(*[digest[i] for i in range(len(fields))])


def main():
    schemas = [",".join(f"f{j}" for j in range(1 + i % 4)) for i in range(20)]
    rows = []
    for schema in schemas:
        rows.append(parse_table(schema))
    return [r._asdict() for r in rows[:2]]
