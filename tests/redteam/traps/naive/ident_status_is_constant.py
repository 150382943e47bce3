"""check() returns the module constants OK / DEGRADED and the caller compares with `is`; an
unpickled string is a new, non-interned object, so `status is OK` is never true."""
import hashlib

OK = "ok"
DEGRADED = "degraded"


def check(service):
    h = service.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    return DEGRADED if h[0] < 60 else OK


def main():
    services = [f"svc-{i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        healthy = sum(status is OK for status in ex.map(check, services))
    return healthy
