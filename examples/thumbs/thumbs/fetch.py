"""I/O-bound work: downloading sources."""
import requests

session = requests.Session()


def download(url):
    return requests.get(url, timeout=10).content


def download_sources(urls):
    sources = []
    for url in urls:
        sources.append(download(url))
    return sources


def download_with_session(urls):
    pages = []
    for url in urls:
        pages.append(session.get(url, timeout=10).text)
    return pages
