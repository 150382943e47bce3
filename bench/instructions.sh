#!/usr/bin/env bash
# Benchmark: cold scan against the parse-only floor in *instructions* (callgrind), which the
# machine's load does not change, unlike the wall times of stdlib_scan.sh. Single-threaded, on
# every 8th file of the standard-library copy (about 220 files). Prints both counts and the
# ratio; exits 0 whatever the ratio (it is a benchmark, not a test).
#
#     bash bench/instructions.sh                 # builds the release binary first
#     PARALLELIZE_BIN=path/to/parallelize bash bench/instructions.sh
#
# Needs valgrind (installed with apt when missing and run as root) and the copy that
# bench/stdlib_scan.sh makes under bench/.work/stdlib (made here when missing).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$REPO/bench/.work"
PYTHON="${PYTHON:-python3}"
die() { printf 'instructions: error: %s\n' "$*" >&2; exit 2; }

if ! command -v valgrind >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -qq valgrind >/dev/null 2>&1 \
            || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null 2>&1; } \
            || die "apt-get install valgrind failed"
    else
        die "valgrind is missing (Debian/Ubuntu: sudo apt-get install valgrind)"
    fi
fi

if [[ -n "${PARALLELIZE_BIN:-}" ]]; then
    BIN="$PARALLELIZE_BIN"
else
    (cd "$REPO" && cargo build --release -q -p parallelize) || die "cargo build failed"
    TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
    [[ "$TARGET" == /* ]] || TARGET="$REPO/$TARGET"
    BIN="$TARGET/release/parallelize"
fi
[[ -x "$BIN" ]] || die "no parallelize binary at $BIN"

STDLIB_COPY="$WORK/stdlib"
if [[ ! -d "$STDLIB_COPY" ]]; then
    STDLIB="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
    mkdir -p "$STDLIB_COPY"
    (cd "$STDLIB" && tar -cf - --exclude=./site-packages --exclude=__pycache__ .) \
        | (cd "$STDLIB_COPY" && tar -xf -)
fi

SAMPLE="$WORK/instructions-sample"
rm -rf "$SAMPLE"
mkdir -p "$SAMPLE"
(cd "$STDLIB_COPY" && find . -name '*.py' -type f | LC_ALL=C sort | awk 'NR % 8 == 0') \
    | while read -r f; do
        mkdir -p "$SAMPLE/$(dirname "$f")"
        cp "$STDLIB_COPY/$f" "$SAMPLE/$f"
    done
FILES=$(find "$SAMPLE" -name '*.py' | wc -l)

# count MODE: instructions of one single-threaded run (exit 1, findings, is success).
count() {
    local out="$WORK/callgrind.$1.out" log="$WORK/callgrind.$1.log"
    (cd "$SAMPLE" && RAYON_NUM_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$out" \
        "$BIN" check "$2" . >/dev/null 2>"$log") || true
    grep -o 'Collected : [0-9]*' "$log" | awk '{print $3}' | grep . || die "no count in $log"
}
PARSE=$(count parse --parse-only)
COLD=$(count cold --no-cache)
[[ -n "$PARSE" && -n "$COLD" ]] || die "callgrind gave no count (logs in $WORK/callgrind.*.log)"
awk -v p="$PARSE" -v c="$COLD" -v n="$FILES" 'BEGIN {
    printf "sample: %d files (every 8th of the standard-library copy), one thread\n", n
    printf "parse-only: %.0fM instructions\ncold:       %.0fM instructions\n", p / 1e6, c / 1e6
    printf "cold / parse-only: %.3f (target 1.30)\n", c / p
}'
