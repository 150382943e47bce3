"""Loops that look parallel but are not."""
from .render import render_thumbnail

SEEN = []


def warm_cache(images, path):
    with open(path, "w") as out:
        for image in images:
            out.write(str(render_thumbnail(image, 64)))


def running_mean(values):
    means = []
    prev = 0.0
    for i, value in enumerate(values):
        means.append((prev * i + render_thumbnail(value, 8)) / (i + 1))
        prev = means[-1]
    return means


def remember_all(images):
    codes = []
    for image in images:
        codes.append(remember(image))
    return codes


def remember(image):
    SEEN.append(image)
    return render_thumbnail(image, 16)
