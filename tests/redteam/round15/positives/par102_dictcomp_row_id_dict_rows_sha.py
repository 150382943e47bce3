"""Positive PAR102: `{row["id"]: checksum(row) for row in rows}` over 16 plain dicts of str/int/bytes fields, keyed by `row["id"]`; the pure callee hashes the row's payload through a 30000-round SHA-256 chain salted with its revision."""
import hashlib


def checksum(row):
    h = row["payload"] + row["rev"].to_bytes(4, "big")
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def run():
    rows = [{"id": f"doc-{i:02d}", "rev": 3 * i + 1, "payload": bytes((i * k) % 256 for k in range(64))}
            for i in range(16)]
    out = {row["id"]: checksum(row) for row in rows}
    return sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
