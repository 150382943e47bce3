"""Hazard [keys built by the work, of a str subclass that does not unpickle]: `badge(name, color)` returns `(Tag(name, color), html)` and `dict(...)` keys the badges by the tags; `Tag.__new__` requires a colour, but its pickled form is rebuilt as `Tag(text)`, so the results of a process pool cannot come back and the pool breaks."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


class Tag(str):
    def __new__(cls, text, color):
        obj = super().__new__(cls, text)
        obj.color = color
        return obj


def badge(name, color):
    h = f"<span class={color}>{name}</span>".encode()
    for _ in range(30000):
        h = hashlib.sha256(h).digest()
    return Tag(name, color), h.hex()[:8]


def run():
    colors = ["red", "green", "blue", "amber"]
    specs = {f"tag{i:02d}": colors[i % 4] for i in range(16)}
    with ProcessPoolExecutor() as ex:
        badges = dict(ex.map(badge, specs.keys(), specs.values()))
    return badges["tag00"], [t.color for t in badges][:4]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
