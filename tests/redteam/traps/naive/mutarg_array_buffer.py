"""render_tone() extends a caller-owned array('d') sample buffer and returns the peak; in a
worker the buffer is a pickled copy, so the caller's buffer stays empty."""
import array
import math


def render_tone(freq, buf):
    samples = [math.sin(2 * math.pi * freq * t / 8000) * math.exp(-t / 4000) for t in range(3000)]
    buf.extend(samples)
    return round(max(samples), 6)


def main():
    buf = array.array("d")
    import concurrent.futures
    import itertools
    peak = 0.0
    with concurrent.futures.ProcessPoolExecutor() as ex:
        for p in ex.map(render_tone, range(220, 240), itertools.repeat(buf)):
            peak = max(peak, p)
    return peak, len(buf), round(sum(buf), 3)
