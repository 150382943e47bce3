#!/usr/bin/env bash
# Create (or reuse) the Python virtualenv that the test suite runs fixture code in.
#
# Usage (from the repository root, as .ci/run and developers do):
#     bash scripts/setup-tests.sh
#
# Environment:
#     PARALLELIZE_TEST_VENV   where to put the venv (default: .venv-tests)
#     PYTHON                  interpreter to build the venv from (default: python3)
#
# Idempotent: once the venv exists with exactly the pinned versions below, a
# stamp file inside it records that, and later runs return in well under a
# second. Changing a pin (or the interpreter version) rebuilds the venv.
#
# The last line printed on success is the absolute path of the venv's python,
# so callers can do:  PY=$(bash scripts/setup-tests.sh | tail -n1)
set -euo pipefail

# ---- pins ------------------------------------------------------------------
# Current releases that install as wheels on CPython 3.11 (checked with
# `pip index versions NAME`). Bump together and the stamp forces a rebuild.
PINS=(
    "pytest==9.2.0"
    "requests==2.34.2"
    "numpy==2.4.6"
    "pandas==3.1.1"
)
UV_PIN="uv==0.13.9"

VENV="${PARALLELIZE_TEST_VENV:-.venv-tests}"
PYTHON="${PYTHON:-python3}"

log() { printf 'setup-tests: %s\n' "$*" >&2; }
die() { printf 'setup-tests: error: %s\n' "$*" >&2; exit 1; }

command -v "$PYTHON" >/dev/null 2>&1 \
    || die "'$PYTHON' not found on PATH; install Python 3.11+ or set PYTHON=/path/to/python3"

# Absolute path of the venv, so the printed interpreter path works from anywhere.
case "$VENV" in
    /*) ;;
    *) VENV="$PWD/$VENV" ;;
esac
VENV_PY="$VENV/bin/python"
STAMP="$VENV/.parallelize-setup-stamp"

# The stamp content: interpreter version + pins. Any difference => rebuild.
PY_VERSION="$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')" \
    || die "'$PYTHON' does not run"
WANT_STAMP="python=$PY_VERSION ${PINS[*]}"
# Cheap sanity check for the fast path: the venv runs and the packages are
# findable (find_spec does not import them; importing numpy costs ~1 s).
FIND_SPECS='import importlib.util as u, sys; sys.exit(any(u.find_spec(m) is None for m in ("pytest", "requests", "numpy", "pandas")))'

# ---- fast path ---------------------------------------------------------------
if [[ -x "$VENV_PY" && -f "$STAMP" ]] && [[ "$(cat "$STAMP")" == "$WANT_STAMP" ]] \
    && "$VENV_PY" -c "$FIND_SPECS" >/dev/null 2>&1; then
    log "up to date ($VENV)"
    printf '%s\n' "$VENV_PY"
    exit 0
fi

# ---- find (or install) uv ------------------------------------------------------
# uv is much faster than pip, but everything below also works without it.
UV=""
if command -v uv >/dev/null 2>&1; then
    UV="$(command -v uv)"
else
    USER_BIN="$("$PYTHON" -m site --user-base 2>/dev/null || true)/bin"
    if [[ -x "$USER_BIN/uv" ]]; then
        UV="$USER_BIN/uv"
    elif "$PYTHON" -m pip --version >/dev/null 2>&1; then
        log "installing $UV_PIN with pip --user (one time)"
        if PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --disable-pip-version-check --user "$UV_PIN" >&2 \
            && [[ -x "$USER_BIN/uv" ]]; then
            UV="$USER_BIN/uv"
        else
            log "could not install uv; falling back to python -m venv + pip"
        fi
    fi
fi

# ---- (re)build the venv -------------------------------------------------------
if [[ -e "$VENV" ]]; then
    log "rebuilding $VENV (pins or interpreter changed, or previous setup incomplete)"
    rm -rf -- "$VENV"
fi

if [[ -n "$UV" ]]; then
    log "creating $VENV with uv ($("$UV" --version))"
    # Never let uv fetch a managed interpreter: use the one we were given.
    export UV_PYTHON_DOWNLOADS=never
    "$UV" venv --quiet --python "$(command -v "$PYTHON")" "$VENV" >&2 \
        || die "uv venv failed for $VENV"
    log "installing ${PINS[*]}"
    "$UV" pip install --quiet --python "$VENV_PY" "${PINS[@]}" >&2 \
        || die "uv pip install failed (is PyPI reachable?)"
else
    log "creating $VENV with $PYTHON -m venv"
    "$PYTHON" -m venv "$VENV" >&2 \
        || die "python -m venv failed (on Debian: apt-get install python3-venv)"
    log "installing ${PINS[*]}"
    "$VENV_PY" -m pip install --quiet --disable-pip-version-check "${PINS[@]}" >&2 \
        || die "pip install failed (is PyPI reachable?)"
fi

"$VENV_PY" -c 'import pytest, requests, numpy, pandas' \
    || die "packages installed but do not import in $VENV"

printf '%s\n' "$WANT_STAMP" > "$STAMP"
log "ready: $("$VENV_PY" -c 'import pytest, requests, numpy, pandas; print("pytest", pytest.__version__, "requests", requests.__version__, "numpy", numpy.__version__, "pandas", pandas.__version__)')"
printf '%s\n' "$VENV_PY"
