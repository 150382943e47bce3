"""build_sorter() learns weights (expensively) and returns a spec holding a lambda sort key;
the lambda cannot be pickled, so a process-pool worker fails to return the spec."""
import hashlib


def build_sorter(column):
    digest = column.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    weight = digest[0] / 255
    return {"column": column, "key": lambda row: row.get(column, 0) * weight}


def main():
    columns = [f"c{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        specs = list(ex.map(build_sorter, columns))
    rows = [{"c0": 3, "c1": 1}, {"c0": 1, "c1": 5}, {"c0": 2, "c1": 2}]
    return [sorted(rows, key=s["key"]) == rows for s in specs[:2]]
