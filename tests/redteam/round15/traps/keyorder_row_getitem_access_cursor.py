"""Hazard [key read through a logging `__getitem__`; the callee reads the log]: `{row["id"]: fingerprint(row) for row in rows}`; `Row.__getitem__` appends each field read to the module-level `ACCESS` audit list and `fingerprint` salts with `len(ACCESS)` (the audit cursor, read with `dict.get` so it does not log itself); sequentially the cursor is 1..16; in spawned workers `ACCESS` is empty."""
import hashlib

def _stretch(seed, rounds=2000):
    """SHA-256 key stretching; returns a short hex tag."""
    h = hashlib.sha256(str(seed).encode()).digest()
    for _ in range(rounds - 1):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


ACCESS = []


class Row(dict):
    def __getitem__(self, field):
        ACCESS.append(field)
        return super().__getitem__(field)


def fingerprint(row):
    cursor = len(ACCESS)
    return _stretch(f"{row.get('id')}:{row.get('body')}:{cursor}")


def run():
    rows = [Row(id=f"r{i:02d}", body=f"payload-{i * 37 % 101}") for i in range(16)]
    out = {row["id"]: fingerprint(row) for row in rows}
    return len(ACCESS), sorted(out.items())


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
