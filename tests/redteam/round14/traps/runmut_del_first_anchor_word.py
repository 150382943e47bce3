"""Hazard [`del` on the constant at run time]: `run` retires the first word with `del WORDS[0]`; `digest(w)` anchors its chain on `WORDS[0]`; workers see the retired word as the anchor."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[:3].hex()


WORDS = ["zulu", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa"]


def digest(w):
    return _chain(WORDS[0] + ":" + w)


def run():
    del WORDS[0]
    out = []
    for s in WORDS:
        out.append(digest(s))
    return out


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
