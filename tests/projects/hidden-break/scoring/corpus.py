"""Blocking reads of the documents."""


def read_document(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def load_documents(paths):
    docs = []
    for path in paths:
        docs.append(read_document(path))
    return docs
