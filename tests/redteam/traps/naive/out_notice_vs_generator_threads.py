"""The input generator prints a "queued" line per file and the download of file 7 prints a
notice; sequentially the notice appears after "queued 7", in a thread pool after all 20 "queued" lines."""
import time


def queued(names):
    for name in names:
        print(f"queued {name}")
        yield name


def download(name):
    time.sleep(0.01)  # blocking transfer
    if name == "f7":
        print(f"notice: {name} served from mirror")
    return len(name)


def main():
    names = [f"f{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ThreadPoolExecutor() as ex:
        sizes = list(ex.map(download, queued(names)))
    return sum(sizes)
