"""Hazard [side effects of the items after a failure]: `settle(invoice, lines)` hashes the invoice lines, writes a receipt file and raises when the total is negative; the loop stops at the large invoice inv12 with twelve receipts, while in the pool the other worker settles inv13-inv15 during inv12's long hashing, so fifteen receipts are written."""
import hashlib
import os


def settle(invoice, lines):
    h = invoice.encode()
    for line in lines:
        for _ in range(3000):
            h = hashlib.sha256(h + line.encode()).digest()
    total = sum(int(line.split(":")[1]) for line in lines)
    if total < 0:
        raise ValueError(f"{invoice}: negative total {total}")
    with open(os.path.join("receipts", invoice + ".txt"), "w") as f:
        f.write(h.hex())
    return h.hex()[:8]


def main():
    os.makedirs("receipts", exist_ok=True)
    invoices = {f"inv{i:02d}": [f"item{k}:{100 + k * i}" for k in range(8)] for i in range(16)}
    invoices["inv12"] = [f"refund{k}:-{50 + k}" for k in range(120)]
    paid = {}
    try:
        for inv, lines in invoices.items():
            paid[inv] = settle(inv, lines)
        status = "ok"
    except ValueError as e:
        status = f"stopped: {e}"
    return status, len(paid), len(os.listdir("receipts"))
