"""Build a prime-density report, one row per range, with several statements per item; PAR104 should fire on the loop in density_report."""


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def density_report(ranges):
    rows = []
    for lo, hi in ranges:
        n = count_primes(lo, hi)
        density = n / (hi - lo)
        rows.append({"lo": lo, "hi": hi, "count": n, "density": round(density, 6)})
    return rows


def main():
    ranges = [(k * 12_000, (k + 1) * 12_000) for k in range(32)]
    rows = density_report(ranges)
    print("rows:", len(rows))
    return rows
