"""parse_reading() returns the module constant NAN for invalid readings and the caller counts
them with list.count(NAN), which matches by identity; unpickled NaNs are new objects, so none match."""
import hashlib

NAN = float("nan")


def parse_reading(raw):
    digest = raw.encode()
    for _ in range(2000):
        digest = hashlib.sha256(digest).digest()
    if digest[0] % 4 == 0:
        return NAN
    return digest[1] / 10


def main():
    raws = [f"sensor-{i}" for i in range(24)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        readings = list(ex.map(parse_reading, raws))
    return readings.count(NAN), NAN in readings
