"""Thumbnailer.render() counts its own calls in self.rendered, which the caller reports; a
process pool runs the bound method on pickled copies of the instance, so the caller's count stays 0."""
import hashlib


class Thumbnailer:
    def __init__(self, size):
        self.size = size
        self.rendered = 0

    def render(self, name):
        h = f"{name}@{self.size}".encode()
        for _ in range(2000):
            h = hashlib.sha256(h).digest()
        self.rendered += 1
        return h.hex()[:6]


def main():
    thumbs = Thumbnailer(128)
    names = [f"photo{i}.jpg" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        out = dict(zip(names, ex.map(thumbs.render, names)))
    print(f"rendered {thumbs.rendered} thumbnails")
    return out["photo0.jpg"]
