#!/usr/bin/env bash
# Install the npm packages the tests use into .test-deps/ (idempotent; a stamp records the pins):
#   @octokit/webhooks-examples   GitHub's published webhook payloads, one JSON per event flavour
#
# The last line printed is the absolute path of the examples package.
set -euo pipefail
cd "$(dirname "$0")/.."

PINS=("@octokit/webhooks-examples@7.6.1")
DIR="${PARALLELIZE_TEST_DEPS:-$PWD/.test-deps}"
STAMP="$DIR/.parallelize-npm-stamp"
EXAMPLES="$DIR/node_modules/@octokit/webhooks-examples"

command -v npm >/dev/null 2>&1 || { echo "setup-npm: npm not found: install Node.js 18+ (Debian: apt-get install nodejs npm)" >&2; exit 1; }
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "${PINS[*]}" && -f "$EXAMPLES/api.github.com/index.json" ]]; then
    echo "setup-npm: up to date ($DIR)" >&2
else
    mkdir -p "$DIR"
    echo "setup-npm: installing ${PINS[*]}" >&2
    npm install --silent --no-audit --no-fund --prefix "$DIR" "${PINS[@]}" >&2
    printf '%s\n' "${PINS[*]}" > "$STAMP"
fi
printf '%s\n' "$EXAMPLES"
