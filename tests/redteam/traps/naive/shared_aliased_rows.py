"""The grid's rows are all the same list object ([[0] * w] * h) and fill_row() writes into the
row it gets; sequentially every write lands in that one list, in workers each copy is filled separately."""
import math


def fill_row(row, y):
    for x in range(len(row)):
        acc = 0.0
        for k in range(1, 60):
            acc += math.sin(x * k + y) / k
        row[x] = round(acc, 3)
    return sum(row)


def main():
    width, height = 40, 20
    grid = [[0.0] * width] * height
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        sums = list(ex.map(fill_row, [grid[y] for y in range(height)], range(height)))
    return round(sum(sums), 3), grid[0][:3]
