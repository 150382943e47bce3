"""The per-item function is a closure defined inside main() over a local salt; a process pool
must pickle the function by name and cannot pickle a nested function."""
import hashlib


def main():
    salt = b"per-run-salt"

    def seal(doc):
        return hashlib.pbkdf2_hmac("sha256", doc.encode(), salt, 3000).hex()[:8]

    docs = [f"contract-{i}" for i in range(20)]
    try:
        import concurrent.futures
        with concurrent.futures.ProcessPoolExecutor() as ex:
            seals = list(ex.map(seal, docs))
    except Exception as exc:  # report, don't crash the signing service
        return f"sealing failed: {exc}"
    return seals[:2]
