"""Hazard [stdlib registry filled at run time]: main() registers generated template source in linecache.cache (as template engines do for tracebacks) and the callee quotes lines from it; spawned workers get empty lines."""
import hashlib
import linecache

def _work(s, n=60000):
    h = str(s).encode()
    for _ in range(n):
        h = hashlib.sha256(h).digest()
    return h.hex()[:8]


TEMPLATE = "<template:invoice>"


def render_line(n):
    src = linecache.getline(TEMPLATE, n).strip()
    return n, src, _work(src)


def main():
    lines = [f"line {i}: {{{{ item_{i} }}}}\n" for i in range(1, 17)]
    linecache.cache[TEMPLATE] = (sum(map(len, lines)), None, lines, TEMPLATE)
    rendered = []
    for n in range(1, 17):
        rendered.append(render_line(n))
    return [r[1] for r in rendered[:3]]
