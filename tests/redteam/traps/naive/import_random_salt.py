"""The signing salt is generated with os.urandom when the module is imported; each spawned
worker re-imports the module and signs with its own salt, so the caller's verification fails."""
import hashlib
import hmac
import os

_SALT = os.urandom(16)


def sign(message):
    key = hashlib.pbkdf2_hmac("sha256", _SALT, b"signing", 3000)
    return hmac.new(key, message.encode(), "sha256").hexdigest()


def verify(message, signature):
    return hmac.compare_digest(sign(message), signature)


def main():
    messages = [f"invoice {i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        signatures = dict(zip(messages, ex.map(sign, messages)))
    return sum(verify(m, s) for m, s in signatures.items())
