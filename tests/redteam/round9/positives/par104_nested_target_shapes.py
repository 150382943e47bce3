"""Positive PAR104: `for name, (w, h) in shapes:` over a list of (str, (int, int)) built in the same function; the body computes the area, renders a grid and checksums it, ending in `out.append((name, area, checksum))`; reads the tuple local `palette`."""
import hashlib


def render(w, h, palette):
    rows = []
    for y in range(h):
        rows.append(bytes(palette[(x * x + y * y) % len(palette)] for x in range(w)))
    return b"\n".join(rows)


def checksum(blob):
    h = blob
    for _ in range(4000):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def main():
    shapes = [(f"tile{i:02d}", (64 + 8 * i, 48 + 4 * i)) for i in range(16)]
    palette = (32, 46, 58, 45, 61, 43, 42, 35)
    out = []
    for name, (w, h) in shapes:
        area = w * h
        grid = render(w, h, palette)
        out.append((name, area, checksum(grid)))
    return out
