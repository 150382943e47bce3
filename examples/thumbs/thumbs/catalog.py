"""Blocking reads: loading the source images from disk."""


def read_image(path):
    with open(path, "rb") as fh:
        return fh.read()


def load_images(paths):
    images = []
    for path in paths:
        images.append(read_image(path))
    return images
