"""Positive PAR101: a loop appending a PBKDF2 key derived per tenant name."""
import hashlib


def derive(tenant: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", tenant.encode(), b"salt", 60000).hex()[:16]


def main():
    tenants = [f"tenant-{i:02d}" for i in range(16)]
    keys = []
    for t in tenants:
        keys.append(derive(t))
    return keys
