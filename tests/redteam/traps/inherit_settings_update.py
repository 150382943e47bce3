"""main() updates the module-level SETTINGS dict in place from command-line style overrides
(no rebinding, no `global`); a spawned worker sees the import-time dict without the overrides."""
import hashlib

SETTINGS = {"algorithm": "sha256", "rounds": 300, "width": 8}


def load_overrides():
    return {"algorithm": "blake2b", "rounds": 900}


def fingerprint(doc):
    h = doc.encode()
    for _ in range(SETTINGS["rounds"]):
        h = hashlib.new(SETTINGS["algorithm"], h).digest()
    return h.hex()[: SETTINGS["width"]]


def main():
    SETTINGS.update(load_overrides())
    docs = [f"document number {i}" for i in range(24)]
    prints = [fingerprint(doc) for doc in docs]
    return prints[:3]
