"""Hazard [descriptor with class-level state]: `Sensitive` is a descriptor that logs every read of `Patient.ssn` in its own `accessed` list (one descriptor object per class); `run` returns the access log, filled only in the workers' descriptors."""
import hashlib


class Sensitive:
    def __init__(self):
        self.accessed = []

    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.accessed.append(obj.ident)
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        setattr(obj, self.slot, value)


class Patient:
    ssn = Sensitive()

    def __init__(self, ident, ssn):
        self.ident = ident
        self.ssn = ssn


def _pseudonym(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def pseudonymize(p: Patient) -> tuple:
    return p.ident, _pseudonym(p.ssn)


def run():
    patients = [Patient(f"p{i}", f"{100 + i}-55-{1000 + i}") for i in range(16)]
    out = []
    for p in patients:
        out.append(pseudonymize(p))
    return len(Patient.__dict__["ssn"].accessed), out[0]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
