"""Hazard [items share a mutable nested object]: all crawl jobs hold one `Budget`; `crawl` spends from `job.budget.left` and skips jobs once it is spent; each worker copy starts from the full budget, so every job runs."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


@dataclass
class Budget:
    left: int


@dataclass(frozen=True)
class CrawlJob:
    url: str
    pages: int
    budget: Budget


def _fetch(url, rounds=1500):
    h = url.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:6]


def crawl(job: CrawlJob) -> tuple:
    if job.budget.left < job.pages:
        return job.url, None
    job.budget.left -= job.pages
    return job.url, _fetch(job.url)


def run():
    budget = Budget(30)
    jobs = [CrawlJob(f"https://site{i}.example", 2 + i % 5, budget) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        crawled = list(executor.map(crawl, jobs))
    return sum(d is None for _, d in crawled), budget.left


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
