"""Hazard [consecutive calls on one session object]: `fetch` builds its request header from the token that `login` stores on the session; side by side in threads, the request is built before the login completes."""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
import time


class Session:
    def __init__(self):
        self.token = None

    def login(self, user):
        time.sleep(0.3)
        self.token = f"tok-{user}"
        return True

    def fetch(self, path):
        header = self.token or "anonymous"
        time.sleep(0.3)
        return f"GET {path} as {header}"


def main():
    s = Session()
    with ThreadPoolExecutor() as ex:
        fl = ex.submit(s.login, "ada")
        fp = ex.submit(s.fetch, "/orders")
        ok, page = fl.result(), fp.result()
    return ok, page
