"""Hazard [stateful codec object passed as an argument]: a UTF-8 incremental decoder carries the partial character at the end of each chunk into the next call; each pool task gets a pickled fresh decoder and loses the split characters."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import codecs
import hashlib

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]



def ingest(decoder, chunk):
    text = decoder.decode(chunk)
    return text, _work(text)


def main():
    data = "".join(f"naïve café №{i} " for i in range(8)).encode("utf-8")
    chunks = [data[i:i + 11] for i in range(0, len(data), 11)][:16]
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    with ProcessPoolExecutor() as ex:
        parts = list(ex.map(ingest, [decoder] * len(chunks), chunks))
    return "".join(p[0] for p in parts)
