"""main() escalates DeprecationWarning to an error so that legacy code paths are replaced; in
a spawned worker the default filters silently ignore the warning and the legacy path is taken."""
import hashlib
import warnings
import zlib


def legacy_checksum(data):
    warnings.warn("legacy_checksum is deprecated", DeprecationWarning, stacklevel=2)
    return zlib.adler32(data)


def checksum(data):
    try:
        return "legacy", legacy_checksum(data)
    except DeprecationWarning:
        digest = data
        for _ in range(2000):
            digest = hashlib.sha256(digest).digest()
        return "modern", int.from_bytes(digest[:4], "big")


def main():
    warnings.simplefilter("error", DeprecationWarning)
    blobs = [bytes([i]) * 64 for i in range(20)]
    results = [checksum(b) for b in blobs]
    return sorted({kind for kind, _ in results}), results[0]
