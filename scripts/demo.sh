#!/usr/bin/env bash
# The bot's whole job on the bundled example, without a GitHub account:
#
#     scripts/demo.sh
#
# Copies examples/thumbs into a fresh git repository under the temp directory (so nothing in this
# checkout changes), builds parallelize, and runs `parallelize propose` on it: scratch clone,
# venv + install, tests before, rewrite, tests after, commit on `parallelize/main`, PR text.
# Needs Python 3 and network access to the package index (the example depends on requests and
# pytest). bubblewrap is used for the sandbox when installed (apt-get install bubblewrap).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parallelize/target}"

cargo build --quiet -p parallelize
bin="$CARGO_TARGET_DIR/debug/parallelize"

repo="$(mktemp -d "${TMPDIR:-/tmp}/parallelize-demo-XXXXXX")/thumbs"
cp -r examples/thumbs "$repo"
rm -rf "$repo/.parallelize_cache"
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" -c user.name=demo -c user.email=demo@example.com commit -q -m "thumbs: initial import"
echo "demo repository: $repo"

"$bin" propose "$repo" "$@"

if git -C "$repo" rev-parse -q --verify parallelize/main >/dev/null; then
    echo
    git -C "$repo" --no-pager log --stat -1 parallelize/main
    echo
    echo "see the rewrite:  git -C $repo diff main..parallelize/main"
fi
