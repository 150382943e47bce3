"""The input generator prints a progress line per file and the 4th file fails to convert;
sequentially 4 lines are printed before the error, but Executor.map drains the generator first and prints all 20."""
import hashlib


def pending_files(names):
    for i, name in enumerate(names):
        print(f"[{i + 1}/{len(names)}] queued {name}")
        yield name


def convert(name):
    h = name.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    if name.endswith("3.raw"):
        raise ValueError(f"{name}: truncated header")
    return h.hex()[:6]


def main():
    names = [f"img{i}.raw" for i in range(20)]
    try:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            out = list(ex.map(convert, pending_files(names)))
    except ValueError as e:
        return f"stopped: {e}"
    return out[:2]
