"""robust_median() sorts its sample list in place (list.sort inside a helper); afterwards the
caller reads the series assuming they are sorted, but a worker only sorted pickled copies."""
import math


def robust_median(samples):
    samples.sort()
    acc = 0.0
    for i in range(4000):
        acc += math.sin(samples[i % len(samples)] * i) ** 2
    mid = len(samples) // 2
    return round(samples[mid] + acc * 1e-9, 9)


def main():
    series = [[((k * 7919 + i * 104729) % 1009) / 10 for i in range(41)] for k in range(20)]
    import concurrent.futures
    with concurrent.futures.ProcessPoolExecutor() as ex:
        medians = list(ex.map(robust_median, series))
    lowest = [s[0] for s in series]
    return medians[:2], lowest[:4]
