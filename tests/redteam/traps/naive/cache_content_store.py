"""put() stores each blob in a module-level content-addressed dict and returns its key; the
caller loads blobs back by key afterwards, but workers filled their own dicts, so every load fails."""
import hashlib

_BLOBS = {}


def put(blob):
    key = hashlib.pbkdf2_hmac("sha256", blob, b"cas", 3000).hex()[:16]
    _BLOBS[key] = blob
    return key


def load(key):
    return _BLOBS[key]


def main():
    blobs = [f"chunk {i} ".encode() * (10 + i) for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        keys = list(ex.map(put, blobs))
    try:
        return [len(load(k)) for k in keys[:3]]
    except KeyError:
        return "store incomplete"
