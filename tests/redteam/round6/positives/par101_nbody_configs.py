"""Positive PAR101: a small pure-Python n-body integration per starting configuration (tuples of floats)."""
def configs():
    return [tuple((i + 1) * 0.1 * k for k in range(1, 7)) for i in range(16)]


def energy_after(cfg: tuple, steps: int = 6000) -> float:
    x1, y1, x2, y2, vx, vy = cfg
    ux, uy = -vx, -vy
    dt = 0.001
    for _ in range(steps):
        dx, dy = x2 - x1, y2 - y1
        r3 = (dx * dx + dy * dy + 0.01) ** 1.5
        ax, ay = dx / r3, dy / r3
        vx += ax * dt
        vy += ay * dt
        ux -= ax * dt
        uy -= ay * dt
        x1 += vx * dt
        y1 += vy * dt
        x2 += ux * dt
        y2 += uy * dt
    return round(0.5 * (vx * vx + vy * vy + ux * ux + uy * uy), 9)


def main():
    energies = []
    for cfg in configs():
        energies.append(energy_after(cfg))
    return energies
