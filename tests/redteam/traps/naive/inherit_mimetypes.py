"""main() teaches mimetypes the project's own extensions with add_type; a spawned worker
re-imports mimetypes without them, so guess_type() returns None and files are misclassified."""
import hashlib
import mimetypes


def classify(name):
    kind, _ = mimetypes.guess_type(name)
    digest = hashlib.pbkdf2_hmac("sha256", name.encode(), b"catalog", 3000)
    return (kind or "application/octet-stream"), digest.hex()[:6]


def main():
    mimetypes.add_type("application/vnd.apache.parquet", ".parquet")
    mimetypes.add_type("text/x-ledger", ".ledger")
    names = [f"part-{i:03d}.{'parquet' if i % 2 else 'ledger'}" for i in range(24)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        kinds = dict(zip(names, ex.map(classify, names)))
    return sorted({k for k, _ in kinds.values()})
