"""transcode() counts its calls in a function attribute (transcode.calls) used for billing; a
worker increments the attribute on its own imported copy of the function."""
import hashlib


def transcode(clip):
    h = clip.encode()
    for _ in range(2000):
        h = hashlib.sha256(h).digest()
    transcode.calls += 1
    return len(clip) + h[0] % 10


transcode.calls = 0


def main():
    clips = [f"clip-{i}.mov" for i in range(20)]
    seconds = 0
    for c in clips:
        seconds += transcode(c)
    return seconds, f"billable calls: {transcode.calls}"
