#!/usr/bin/env bash
# Sweep throughput of `parallelize serve` replicas on one Postgres database.
#
#     bash bench/sweep.sh [REPOS] [WORKERS]
#
# Runs the ignored test bot/tests/sweep_bench.rs: REPOS (default 20) synthetic Python
# repositories (one safe thread-pool rewrite each, a sub-second pytest suite) served by the test
# git server and the fake GitHub, swept by one replica, then by two replicas sharing one TMPDIR
# (one host: calibrations and replays take one machine-wide lock), then by two replicas with a
# TMPDIR each (as on two hosts, still on this machine's CPUs); each replica has WORKERS (default
# 2) workers and `--sweep-tick 1`, on a fresh Postgres database each time. Prints the
# repositories swept per minute (from the first sweep job's creation to the last one's
# completion) of each setup, and its ratio to one replica. A benchmark: it prints what it
# measured and asserts no speed (only that every sweep finished with its pull request).
#
# PROFILE=release builds the release test binaries (about 15 minutes on 2 cores the first time);
# the default reuses the debug build of the tests (the time goes into Python: venvs, test runs,
# the measurements of the rewrite, which are the same in both builds).
#
# Needs what the App's tests need: the test venv (scripts/setup-tests.sh), the npm webhook
# examples (scripts/setup-npm.sh), and a PostgreSQL server (PARALLELIZE_TEST_POSTGRES, else
# scripts/setup-postgres.sh starts the local one).
set -euo pipefail
cd "$(dirname "$0")/.."
REPOS="${1:-20}"
WORKERS="${2:-2}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parallelize/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

if [[ -z "${PARALLELIZE_TEST_PYTHON:-}" ]]; then
    PARALLELIZE_TEST_PYTHON="$(bash scripts/setup-tests.sh | tail -n1)"
fi
if [[ -z "${PARALLELIZE_WEBHOOK_EXAMPLES:-}" ]]; then
    PARALLELIZE_WEBHOOK_EXAMPLES="$(bash scripts/setup-npm.sh | tail -n1)"
fi
if [[ -z "${PARALLELIZE_TEST_POSTGRES:-}" ]]; then
    PARALLELIZE_TEST_POSTGRES="$(bash scripts/setup-postgres.sh | tail -n1)"
fi
export PARALLELIZE_TEST_PYTHON PARALLELIZE_WEBHOOK_EXAMPLES PARALLELIZE_TEST_POSTGRES

profile=()
[[ "${PROFILE:-debug}" == release ]] && profile=(--release)
SWEEP_REPOS="$REPOS" SWEEP_WORKERS="$WORKERS" \
    cargo test --quiet "${profile[@]}" -p parallelize --test sweep_bench -- \
    --ignored --nocapture --test-threads 1
