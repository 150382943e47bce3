"""Hazard [values whose pickled state differs from the live object]: `Credential.__getstate__` redacts the secret so it never leaves the process in a pickle (caches, logs); `derive(cred)` stretches the secret with PBKDF2, which gives each service its own key sequentially and, in workers, the key of the string '<redacted>'."""
import hashlib


class Credential:
    def __init__(self, user, secret):
        self.user = user
        self.secret = secret

    def __getstate__(self):
        state = self.__dict__.copy()
        state["secret"] = "<redacted>"
        return state


def load_vault():
    return {f"svc{i:02d}": Credential(f"user{i}", f"s3cr3t-{i * 7919}") for i in range(16)}


def derive(cred):
    return hashlib.pbkdf2_hmac("sha256", cred.secret.encode(), cred.user.encode(), 40000).hex()[:12]


def main():
    vault = load_vault()
    keys = {svc: derive(cred) for svc, cred in vault.items()}
    return keys["svc00"], keys["svc01"], len(set(keys.values()))
