"""Handle counts live instances (+1 in __init__, -1 in __del__) for leak checks; handles made in
workers are unpickled in the caller without __init__ but still run __del__, so the live count goes negative."""
import hashlib


class Handle:
    live = 0

    def __init__(self, name, token):
        self.name, self.token = name, token
        Handle.live += 1

    def __del__(self):
        Handle.live -= 1


def open_handle(name):
    h = name.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return Handle(name, h.hex()[:8])


def main():
    names = [f"dev{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        handles = list(ex.map(open_handle, names))
    opened = Handle.live
    first = handles[0].token
    del handles
    return first, opened, Handle.live
