"""Pages fetched over HTTP, one request at a time."""
import urllib.request


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def fetch_all(urls):
    pages = []
    for url in urls:
        pages.append(fetch(url))
    return pages
