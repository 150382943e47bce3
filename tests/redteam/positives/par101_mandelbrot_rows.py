"""Render the Mandelbrot set row by row as escape-time counts; PAR101 should fire on the loop in render."""

WIDTH = 400
HEIGHT = 96
MAX_ITER = 800


def mandel_row(y, width, height, max_iter):
    ci = -1.2 + 2.4 * y / (height - 1)
    row = []
    for x in range(width):
        cr = -2.2 + 3.2 * x / (width - 1)
        zr = zi = 0.0
        n = 0
        while n < max_iter and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            n += 1
        row.append(n)
    return tuple(row)


def render(width, height, max_iter):
    image = []
    for y in range(height):
        image.append(mandel_row(y, width, height, max_iter))
    return image


def main():
    image = render(WIDTH, HEIGHT, MAX_ITER)
    inside = sum(v == MAX_ITER for row in image for v in row)
    print(f"{len(image)} rows, {inside} points inside")
    return inside, image[HEIGHT // 2][:20], sum(map(sum, image))
