"""Hazard [rewrite adds names seen by locals()]: the function hands `locals()` to a
template as its context; a PAR202 rewrite adds the executor and futures to it."""
from concurrent.futures import ThreadPoolExecutor
import os
import tempfile
import time


def read(path: str) -> str:
    time.sleep(0.05)
    with open(path) as f:
        return f.read()


def render(template: str, context: dict) -> str:
    return template + " " + ",".join(sorted(k for k in context if not k.startswith("_")))


def page(d: str) -> str:
    with ThreadPoolExecutor(max_workers=2) as executor:
        title_future = executor.submit(read, os.path.join(d, "title"))
        body_future = executor.submit(read, os.path.join(d, "body"))
        title = title_future.result()
        body = body_future.result()
    return render("page", locals())


def main():
    d = tempfile.mkdtemp()
    for n in ("title", "body"):
        with open(os.path.join(d, n), "w") as f:
            f.write(n)
    return page(d)
