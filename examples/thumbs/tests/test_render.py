from thumbs.render import render_all, render_thumbnail, total_bytes


def test_render_all_keeps_order():
    images = [bytes([i]) * 100 for i in range(20)]
    assert render_all(images, 64) == [render_thumbnail(i, 64) for i in images]


def test_total_bytes():
    assert total_bytes([b"a" * 10, b"b" * 20]) > 0
