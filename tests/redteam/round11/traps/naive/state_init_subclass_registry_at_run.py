"""Hazard [`__init_subclass__` registry filled at run time]: exporters register themselves in `Exporter.registry` by format when their class is created, and `load_plugins()` (called by `run`) defines the CSV one; a worker's registry lacks it (KeyError)."""
from concurrent.futures import ProcessPoolExecutor
import hashlib
from dataclasses import dataclass


class Exporter:
    registry = {}

    def __init_subclass__(cls, fmt, **kw):
        super().__init_subclass__(**kw)
        Exporter.registry[fmt] = cls

    @staticmethod
    def render(rows):
        raise NotImplementedError


class JsonExporter(Exporter, fmt="json"):
    @staticmethod
    def render(rows):
        return "[" + ",".join(rows) + "]"


def load_plugins():
    class CsvExporter(Exporter, fmt="csv"):
        @staticmethod
        def render(rows):
            return "\n".join(rows)
    return [CsvExporter]


@dataclass(frozen=True)
class Report:
    name: str
    fmt: str
    rows: tuple


def _sign(text, rounds=1500):
    h = text.encode()
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


def export(r: Report) -> tuple:
    body = Exporter.registry[r.fmt].render(r.rows)
    return r.name, _sign(body)


def run():
    load_plugins()
    reports = [Report(f"rep{i}", "csv" if i % 2 else "json", tuple(str(i * j) for j in range(4))) for i in range(16)]
    with ProcessPoolExecutor() as executor:
        out = list(executor.map(export, reports))
    return out[:2]


def main():
    try:
        return run()
    except Exception as e:
        return f"failed: {type(e).__name__}"
