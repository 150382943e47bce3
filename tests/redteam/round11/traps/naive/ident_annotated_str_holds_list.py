"""Hazard [annotation lies]: `Doc.body` is annotated `str` but the loader passes the list of paragraphs; `summarize` returns `(doc.title, doc.body, score)` and `run` appends a footer to each returned body, expecting the documents to get it."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Doc:
    title: str
    body: str


def _score(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h[0]


def summarize(doc: Doc) -> tuple:
    return doc.title, doc.body, sum(_score(p) for p in doc.body)


def load_docs():
    return [Doc(f"doc {i}", [f"para {i}.{j}" for j in range(2)]) for i in range(16)]


def run():
    docs = load_docs()
    with ProcessPoolExecutor() as executor:
        summaries = list(executor.map(summarize, docs))
    for title, body, score in summaries:
        body.append(f"-- score {score}")
    return [len(d.body) for d in docs]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
