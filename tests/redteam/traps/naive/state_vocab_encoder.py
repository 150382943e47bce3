"""Encoder.encode() assigns new token ids from the instance's growing vocabulary; sequentially
ids are shared across documents, in workers every document starts from the same empty vocabulary."""
import hashlib


class Encoder:
    def __init__(self):
        self.vocab = {}

    def encode(self, doc):
        h = doc.encode()
        ids = []
        for _ in range(400):
            h = hashlib.sha256(h).digest()
            token = h.hex()[:2]
            if token not in self.vocab:
                self.vocab[token] = len(self.vocab)
            ids.append(self.vocab[token])
        return ids


def main():
    enc = Encoder()
    docs = [f"document {i}" for i in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        encoded = list(ex.map(enc.encode, docs))
    return encoded[1][:5], len(enc.vocab)
