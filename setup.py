"""What pre-commit installs for the hooks in .pre-commit-hooks.yaml.

pre-commit installs a `language: python` hook repository with `pip install .` at its root. This
file makes that install pull the prebuilt `parallelize` binary wheel of the same version from
PyPI (python/pyproject.toml builds it with maturin), the way ruff-pre-commit pulls ruff's: no
Rust toolchain and no build on the user's machine.

It is a setup.py, not a pyproject.toml, on purpose: `parallelize check` takes the nearest
pyproject.toml above a checked path as the project root, so a pyproject.toml here would make
everything checked inside this repository (tests/fixtures, the benchmarks' scratch trees) part of
one project rooted here, and so test code that is never rewritten.

To build the binary from this checkout instead: `pip install ./python`, or
`cargo install --locked --path bot`.
"""

import pathlib
import re

from setuptools import setup


def crate_version():
    """`version` of `[workspace.package]` in Cargo.toml: the binary's own version."""
    cargo = (pathlib.Path(__file__).resolve().parent / "Cargo.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[workspace\.package\]\n(.*?)(?=^\[|\Z)", cargo, re.M | re.S)
    found = section and re.search(r'^version\s*=\s*"([^"]+)"', section.group(1), re.M)
    if not found:
        raise RuntimeError("Cargo.toml: no `version` in [workspace.package]")
    return found.group(1)


VERSION = crate_version()

setup(
    name="parallelize-pre-commit",
    version=VERSION,
    description="pre-commit hooks for parallelize: installs the parallelize wheel from PyPI",
    license="MIT",
    install_requires=["parallelize==" + VERSION],
    packages=[],
    py_modules=[],
)
