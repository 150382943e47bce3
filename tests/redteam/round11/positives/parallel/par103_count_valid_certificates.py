"""Positive PAR103: `valid += verify(cert)` over frozen-dataclass certificates; `verify` recomputes a PBKDF2 tag and compares it with the stored one (bool summed as int)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Certificate:
    subject: str
    issuer: str
    tag: str


def _tag(subject, issuer):
    return hashlib.pbkdf2_hmac("sha256", subject.encode(), issuer.encode(), 150000).hex()[:12]


def verify(cert: Certificate) -> bool:
    return _tag(cert.subject, cert.issuer) == cert.tag


def main():
    certs = []
    for i in range(16):
        subject, issuer = f"host{i}.example", f"ca{i % 3}"
        tag = _tag(subject, issuer) if i % 5 else "forged000000"
        certs.append(Certificate(subject, issuer, tag))
    valid = 0
    with ProcessPoolExecutor() as executor:
        valid += sum(executor.map(verify, certs))
    return valid
