"""Positive PAR104: normalise, score and format each text in a multi-statement body with enumerate."""
import hashlib


def heavy_score(text):
    h = text.encode()
    for _ in range(280000):
        h = hashlib.sha256(h).digest()
    return int.from_bytes(h[:2], "big")


def _row(i, text):
    norm = text.strip().lower()
    score = heavy_score(norm)
    return f"{i:02d} {norm[:10]} {score}"


def main():
    texts = [f"  Title Number {i}  " for i in range(16)]
    rows = []
    for i, text in enumerate(texts):
        norm = text.strip().lower()
        score = heavy_score(norm)
        rows.append(f"{i:02d} {norm[:10]} {score}")
    return rows
