"""Hazard [`continue` next to legitimate None results]: comment rows are skipped with `continue`, and blank fields are kept as `None` so the columns stay aligned; outlined, the helper returns None for a skipped row and the caller drops every None, the blank fields too, so the row shrinks and its columns shift."""
import hashlib


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


def main():
    rounds = 8000
    columns = []
    for kind, text in fields():
        if kind == "comment":
            continue
        token = stretch(text, rounds)
        columns.append(token if kind == "value" else None)
    return len(columns), columns.index(None) if None in columns else -1, columns[3]
