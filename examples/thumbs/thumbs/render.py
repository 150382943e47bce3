"""CPU-bound work: "rendering" thumbnails (a stand-in for real image processing)."""
import hashlib
import zlib


def render_thumbnail(data, size):
    """Downsample `data` to `size` bytes and checksum it, many rounds (milliseconds an image)."""
    pixels = data
    for _ in range(3000):
        pixels = hashlib.sha256(pixels).digest() * (size // 32 + 1)
    return zlib.crc32(pixels[:size])


def render_all(images, size):
    thumbnails = []
    for image in images:
        thumbnails.append(render_thumbnail(image, size))
    return thumbnails


def total_bytes(images):
    total = 0
    for image in images:
        total += len(zlib.compress(image))
    return total
