import zlib

from thumbs.render import render_all, render_thumbnail, total_bytes

IMAGES = [bytes([i]) * 100 for i in range(20)]


def test_render_all_keeps_order():
    assert render_all(IMAGES, 64) == [render_thumbnail(i, 64) for i in IMAGES]


def test_total_bytes():
    assert total_bytes(IMAGES) == sum(map(len, map(zlib.compress, IMAGES)))
    assert total_bytes([]) == 0
