"""Hazard [results cached in a WeakKeyDictionary keyed by item]: `layout` stores each page's layout in the module `LAYOUTS` (weakly keyed by the `Page`) for the render pass; `run` renders from that cache, which a worker fills for its copies only."""
import hashlib
import weakref

LAYOUTS = weakref.WeakKeyDictionary()


class Page:
    def __init__(self, number, words):
        self.number = number
        self.words = words


def _measure(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return 10 + h[0] % 30


def layout(page: Page) -> tuple:
    lines = sum(_measure(w) for w in page.words) // 40
    LAYOUTS[page] = lines
    return page.number, lines


def run():
    pages = [Page(i, [f"w{i}-{j}" for j in range(3)]) for i in range(16)]
    planned = []
    for p in pages:
        planned.append(layout(p))
    rendered = [LAYOUTS.get(p, "unlaid") for p in pages]
    return rendered[:5], len(planned)


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
