"""smoothed() appends each calibrated reading to a shared deque(maxlen=4) and averages the
window; sequentially each value averages the previous readings, in a worker the window is a fresh copy."""
import collections
import math


def calibrate(raw):
    x = float(raw)
    for i in range(3000):
        x = x + math.sin(x + i) * 1e-4
    return x


def smoothed(raw, window):
    window.append(calibrate(raw))
    return round(sum(window) / len(window), 6)


def main():
    readings = [(i * 37) % 50 for i in range(20)]
    window = collections.deque(maxlen=4)
    values = [smoothed(r, window) for r in readings]
    return values[:4]
