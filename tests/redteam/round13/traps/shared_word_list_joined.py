"""Hazard [shared list appended by the callee]: `label(words, n)` appends `str(n)` to the list it is given and returns `"-".join(words)`; every item passes the same `words` list, so each label grows in the sequential loop; workers get a fresh copy each time."""
import hashlib

def _chain(data, rounds=2000):
    h = data if isinstance(data, bytes) else str(data).encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def label(words, n):
    words.append(format(n, "x"))
    text = "-".join(words)
    return text, _chain(text)


def run():
    words = ["batch"]
    labels = []
    for n in range(16):
        labels.append(label(words, n))
    return len(words), [t for t, _ in labels][-1]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
