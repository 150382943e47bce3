"""Hazard [`__reduce__` with a side effect]: `Credential.__reduce__` records every serialisation of a secret in the module's `EXPORTS` audit trail (a compliance rule); the loop derives keys in the process and exports nothing, the outlined version pickles each credential to a worker and the caller's audit shows sixteen exports."""
import hashlib

EXPORTS = []


class Credential:
    def __init__(self, user, secret):
        self.user = user
        self.secret = secret

    def __reduce__(self):
        EXPORTS.append(self.user)
        return (Credential, (self.user, self.secret))


def load_credentials(n):
    return [(f"u{i:02d}", Credential(f"u{i:02d}", f"s3cret-{i * 17}")) for i in range(n)]


def main():
    creds = load_credentials(16)
    iterations = 8000
    keys = {}
    for user, cred in creds:
        salt = user.encode() * 2
        key = hashlib.pbkdf2_hmac("sha256", cred.secret.encode(), salt, iterations)
        keys[user] = key.hex()[:16]
    return keys["u03"], len(keys), len(EXPORTS)
