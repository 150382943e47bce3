"""Blocking reads of the documents, from storage with milliseconds of latency."""
import time

def read_document(path):
    time.sleep(0.002)  # the storage answers in about 2 ms
    with open(path, encoding="utf-8") as fh:
        return fh.read()

def load_documents(paths):
    docs = []
    for path in paths:
        docs.append(read_document(path))
    return docs
