"""Hazard [a context variable set by the caller]: `main()` sets the `TENANT` context variable before exporting the tenant's reports, and the body prefixes each exported file with `TENANT.get()`; the rewrite reads the files in a thread pool (I/O), whose threads run in an empty context and see the default 'public'."""
import contextvars
import hashlib
import os

TENANT = contextvars.ContextVar("tenant", default="public")


def write_reports(n):
    os.makedirs("reports", exist_ok=True)
    out = []
    for i in range(n):
        path = os.path.join("reports", f"r{i:02d}.txt")
        with open(path, "w") as f:
            f.write(f"report {i}\n" * 50)
        out.append((f"r{i:02d}", path))
    return out


def main():
    reports = write_reports(16)
    outdir = "export"
    os.makedirs(outdir, exist_ok=True)
    TENANT.set("acme")
    exported = []
    for name, path in reports:
        with open(path, "rb") as f:
            data = f.read()
        target = os.path.join(outdir, f"{TENANT.get()}-{name}.txt")
        with open(target, "wb") as f:
            f.write(data)
        exported.append((name, os.path.basename(target), hashlib.sha256(data).hexdigest()[:8]))
    return exported[0], sorted(os.listdir(outdir))[:2]
