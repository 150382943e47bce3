"""Positive PAR101: a loop appending a PBKDF2 key derived per tenant name."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import hashlib


def derive(tenant: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", tenant.encode(), b"salt", 60000).hex()[:16]


def main():
    tenants = [f"tenant-{i:02d}" for i in range(16)]
    with ProcessPoolExecutor() as ex:
        keys = list(ex.map(derive, tenants))
    return keys
