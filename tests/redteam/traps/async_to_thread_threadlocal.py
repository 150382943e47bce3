"""The coroutine binds the tenant in a legacy threading.local before calling a blocking loader
that reads it; under asyncio.to_thread the loader runs in a pool thread where the tenant is unset."""
import asyncio
import os
import tempfile
import threading

_request = threading.local()


def load_settings(root):
    tenant = getattr(_request, "tenant", "default")
    with open(os.path.join(root, tenant + ".ini")) as f:
        return f.read()


async def handle(root, tenant):
    _request.tenant = tenant
    settings = load_settings(root)
    return settings


def main():
    with tempfile.TemporaryDirectory() as root:
        for name in ("default", "acme"):
            with open(os.path.join(root, name + ".ini"), "w") as f:
                f.write(f"[{name}]\nlimit={len(name)}\n")
        return asyncio.run(handle(root, "acme"))
