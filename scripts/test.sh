#!/usr/bin/env bash
# Run every test of the project, installing what the tests need first.
#
#     scripts/test.sh
#
# 1. bubblewrap (apt) and the Python venv the tests execute fixture code with (pytest, requests,
#    numpy); propose's end-to-end tests make their own venvs from the package index; the npm
#    packages (scripts/setup-npm.sh): GitHub's webhook examples, GitHub's OpenAPI description and
#    Prism (the validating proxy in front of the fake GitHub); a PostgreSQL server
#    (scripts/setup-postgres.sh) for the queue's tests; maturin, auditwheel and pre-commit
#    (scripts/setup-packaging.sh) for the wheel and hook tests
# 2. formatting and lints: cargo fmt --check, cargo clippy --all-targets -D warnings
# 3. cargo test for the whole workspace: unit, snapshot (insta), CLI, differential tests that run
#    the real Python interpreter, and the standard-library robustness test
#
# Builds go to a cargo target directory outside the clone so reruns reuse it
# (CARGO_TARGET_DIR, default ~/.cache/parallelize/target). Cargo may reuse a test binary built in
# a clone at another path (one whose files are older than that build), so tests find their
# files through CARGO_MANIFEST_DIR at run time, never the path baked in at build time.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parallelize/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# A shared target directory may reuse test binaries built from a clone at another path: insta
# must find the snapshots of this clone (the tests read CARGO_MANIFEST_DIR at run time too).
export INSTA_WORKSPACE_ROOT="$PWD"

echo "== bubblewrap (the sandbox of propose's end-to-end tests)"
if ! command -v bwrap >/dev/null 2>&1; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -qq bubblewrap >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null && apt-get install -y -qq bubblewrap >/dev/null; }
    else
        echo "bubblewrap is missing: install it (Debian/Ubuntu: sudo apt-get install bubblewrap)" >&2
        exit 1
    fi
fi
bwrap --version

echo "== test venv"
PARALLELIZE_TEST_PYTHON="$(bash scripts/setup-tests.sh | tail -n1)"
export PARALLELIZE_TEST_PYTHON

echo "== npm test packages (webhook examples, GitHub's OpenAPI description, Prism)"
npm_out="$(bash scripts/setup-npm.sh)"
PARALLELIZE_WEBHOOK_EXAMPLES="$(tail -n1 <<<"$npm_out")"
PARALLELIZE_TEST_DEPS="$(tail -n2 <<<"$npm_out" | head -n1)"
export PARALLELIZE_WEBHOOK_EXAMPLES PARALLELIZE_TEST_DEPS

echo "== PostgreSQL (the queue's tests run on SQLite and on Postgres)"
if [[ -z "${PARALLELIZE_TEST_POSTGRES:-}" ]]; then
    PARALLELIZE_TEST_POSTGRES="$(bash scripts/setup-postgres.sh | tail -n1)"
fi
export PARALLELIZE_TEST_POSTGRES

echo "== packaging tools (maturin, auditwheel, pre-commit: bot/tests/packaging.rs)"
PARALLELIZE_PACKAGING_VENV="$(bash scripts/setup-packaging.sh | tail -n1)"
export PARALLELIZE_PACKAGING_VENV

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy"
cargo clippy --workspace --all-targets --quiet -- -D warnings

echo "== cargo test"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
cargo test --workspace 2>&1 | tee "$log"
# One closing line for the whole suite (cargo prints one per test binary).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
