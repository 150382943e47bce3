"""Hazard [consecutive calls on one session object]: `fetch` builds its request header from the token that `login` stores on the session; side by side in threads, the request is built before the login completes."""
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
    ok = s.login("ada")
    page = s.fetch("/orders")
    return ok, page
