"""The active tenant schema lives in a threading.local set by use_schema() in the caller's
thread; pool threads have no such attribute and read the default schema's files."""
import itertools
import os
import tempfile
import threading
import time

_state = threading.local()


def use_schema(name):
    _state.schema = name


def read_table(root, table):
    schema = getattr(_state, "schema", "public")
    time.sleep(0.005)  # storage latency
    with open(os.path.join(root, schema, table)) as f:
        return f.read()


def main():
    with tempfile.TemporaryDirectory() as root:
        for schema in ("public", "tenant42"):
            os.makedirs(os.path.join(root, schema))
            for i in range(20):
                with open(os.path.join(root, schema, f"t{i}.csv"), "w") as f:
                    f.write(f"{schema}:{i}")
        use_schema("tenant42")
        tables = [f"t{i}.csv" for i in range(20)]
        contents = []
        for t in tables:
            contents.append(read_table(root, t))
    return contents[:3]
