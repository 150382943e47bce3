"""Hazard [unpicklable results: code objects]: each rule is compiled once and the code
objects are evaluated later; code objects cannot be pickled back from a worker."""
from concurrent.futures import ProcessPoolExecutor


def build(rule: str):
    expr = " + ".join(f"({rule} * {i} % 7)" for i in range(4000))
    return compile(expr, f"<rule {rule}>", "eval")


def main():
    rules = ["x", "x * 2", "x + 3", "x * x"]
    try:
        with ProcessPoolExecutor() as ex:
            codes = list(ex.map(build, rules))
    except TypeError as e:
        return f"TypeError: {e}"
    return [eval(c, {"x": 5}) for c in codes]
