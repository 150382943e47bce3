"""main() registers a copyreg reducer that makes Sample (which holds a lock) picklable; a worker
never ran the registration, so the Sample it returns cannot be pickled back."""
import copyreg
import hashlib
import threading


class Sample:
    def __init__(self, name, value):
        self.name, self.value = name, value
        self._lock = threading.Lock()


def _reduce_sample(s):
    return Sample, (s.name, s.value)


def measure(name):
    h = name.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return Sample(name, h[0])


def main():
    copyreg.pickle(Sample, _reduce_sample)
    names = [f"probe{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        samples = list(ex.map(measure, names))
    return sum(s.value for s in samples)
