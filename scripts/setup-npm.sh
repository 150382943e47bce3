#!/usr/bin/env bash
# Install the npm packages the tests use into .test-deps/ (idempotent; a stamp records the pins):
#   @octokit/webhooks-examples   GitHub's published webhook payloads, one JSON per event flavour
#   @octokit/openapi             GitHub's REST API OpenAPI description (the fake GitHub of the
#                                end-to-end tests is checked against a cut of it)
#   @stoplight/prism-cli         Prism: a validating proxy in front of the fake GitHub (every request
#                                and response checked against that cut spec). 5.14.2 is the last
#                                release that runs on Node 18/20 (5.15+ needs Node 24); its
#                                @stoplight/prism-* dependencies are pinned to releases of the same
#                                era, since their ^ ranges would otherwise pull the Node 24 ones.
#
# The last line printed is the absolute path of the examples package; the line before it is the
# absolute path of the .test-deps directory (export it as PARALLELIZE_TEST_DEPS).
set -euo pipefail
cd "$(dirname "$0")/.."

PINS=(
    "@octokit/webhooks-examples@7.6.1"
    "@octokit/openapi@23.0.2"
    "@stoplight/prism-cli@5.14.2"
    "@stoplight/prism-core@5.8.0"
    "@stoplight/prism-http@5.12.0"
    "@stoplight/prism-http-server@5.12.2"
)
DIR="${PARALLELIZE_TEST_DEPS:-$PWD/.test-deps}"
STAMP="$DIR/.parallelize-npm-stamp"
EXAMPLES="$DIR/node_modules/@octokit/webhooks-examples"

command -v npm >/dev/null 2>&1 || { echo "setup-npm: npm not found: install Node.js 18.20+ (Debian: apt-get install nodejs npm)" >&2; exit 1; }
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "${PINS[*]}" && -f "$EXAMPLES/api.github.com/index.json" \
      && -d "$DIR/node_modules/@octokit/openapi" && -x "$DIR/node_modules/.bin/prism" ]]; then
    echo "setup-npm: up to date ($DIR)" >&2
else
    mkdir -p "$DIR"
    echo "setup-npm: installing ${PINS[*]}" >&2
    npm install --silent --no-audit --no-fund --save-exact --prefix "$DIR" "${PINS[@]}" >&2
    printf '%s\n' "${PINS[*]}" > "$STAMP"
fi
DIR="$(cd "$DIR" && pwd)"
printf '%s\n' "$DIR"
printf '%s\n' "$DIR/node_modules/@octokit/webhooks-examples"
