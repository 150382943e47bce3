"""Hazard [`continue` next to legitimate None results]: comment rows are skipped with `continue`, and blank fields are kept as `None` so the columns stay aligned; outlined, the helper returns None for a skipped row and the caller drops every None, the blank fields too, so the row shrinks and its columns shift."""
import hashlib
import functools
from concurrent.futures import ProcessPoolExecutor


def stretch(text, rounds):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def fields():
    rows = []
    for i in range(16):
        if i % 6 == 5:
            rows.append(("comment", f"# section {i}"))
        elif i % 4 == 2:
            rows.append(("blank", ""))
        else:
            rows.append(("value", f"v{i}"))
    return rows


def _work_item(item, rounds):
    kind, text = item
    if kind == "comment":
        return None
    token = stretch(text, rounds)
    return token if kind == "value" else None


def main():
    rounds = 8000
    columns = []
    with ProcessPoolExecutor() as executor:
        columns.extend(r for r in executor.map(functools.partial(_work_item, rounds=rounds), fields()) if r is not None)
    return len(columns), columns.index(None) if None in columns else -1, columns[3]
