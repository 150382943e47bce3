"""Positive PAR103: `valid += verify(cert)` over `collections.namedtuple` certificates; `verify` recomputes a PBKDF2 tag from str/int fields and compares it with the stored int (bool summed)."""
import hashlib
from collections import namedtuple

Cert = namedtuple("Cert", "subject serial tag")


def _tag(subject, serial):
    key = hashlib.pbkdf2_hmac("sha256", subject.encode(), str(serial).encode(), 120000)
    return key[0]


def verify(cert):
    return _tag(cert.subject, cert.serial) == cert.tag


def main():
    certs = [Cert(f"cn{i}", 1000 + i, (i * 37) % 256) for i in range(16)]
    valid = 0
    for cert in certs:
        valid += verify(cert)
    return valid
