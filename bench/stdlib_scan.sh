#!/usr/bin/env bash
# Benchmark: how fast is `parallelize check` on a large real tree (the local
# CPython standard library), compared with its own parse-only floor and with
# ruff's closest rules? This is a benchmark, not a test: it prints a table and
# exits 0 whether or not the targets are met. It exits non-zero only when it
# cannot run, or when parallelize itself fails (exit code other than 0/1).
#
# Usage (from anywhere):
#     bash bench/stdlib_scan.sh
#
# Environment:
#     PARALLELIZE_BIN   use this binary instead of building the release one
#     PYTHON            interpreter whose stdlib is scanned (default: python3)
#     RUNS              timed runs per command (default: 3; best/mean reported)
#
# Measures, on a scratch copy of the stdlib (site-packages excluded) under
# bench/.work/stdlib so that the cache never touches the system directory:
#   a) parallelize check --no-cache DIR      cold: no cache read or written
#   b) parallelize check DIR                 warm: after one run filled the cache
#   c) ruff check --select PERF,ASYNC --no-cache DIR
#   d) parallelize check --parse-only DIR    parse-only floor ("n/a" if the flag
#                                             does not exist)
#   peak RSS of (a) via /usr/bin/time -v
# Targets (see bench/README.md): a/d <= 1.3 (as the ratio of the bests, and as the median ratio of
# back-to-back pairs, which the drifting load of a shared machine skews less), b/c <= 1.0, peak
# RSS < 300 MB.
set -euo pipefail

RUFF_PIN="ruff==0.17.6"
RUNS="${RUNS:-3}"
PYTHON="${PYTHON:-python3}"

log() { printf 'stdlib_scan: %s\n' "$*" >&2; }
die() { printf 'stdlib_scan: error: %s\n' "$*" >&2; exit 2; }

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$REPO/bench/.work"
SCAN="$WORK/stdlib"          # the scratch copy that every tool scans
RUFF_VENV="$WORK/ruff-venv"
mkdir -p "$WORK"

# ---- tools -------------------------------------------------------------------
have() { command -v "$1" >/dev/null 2>&1; }

apt_install() {  # apt_install PACKAGE: best effort, only when running as root
    if [[ $(id -u) -eq 0 ]] && have apt-get; then
        log "installing $1 with apt-get"
        { apt-get install -y -qq "$1" || { apt-get update -qq && apt-get install -y -qq "$1"; }; } \
            >/dev/null 2>&1 || log "apt-get install $1 failed"
    fi
}

have hyperfine || apt_install hyperfine
[[ -x /usr/bin/time ]] || apt_install time
have "$PYTHON" || die "'$PYTHON' not found"

# ---- the binary ------------------------------------------------------------------
if [[ -n "${PARALLELIZE_BIN:-}" ]]; then
    BIN="$PARALLELIZE_BIN"
else
    log "building the release binary (cargo build --release -p parallelize)"
    (cd "$REPO" && cargo build --release -q -p parallelize) || die "cargo build failed"
    TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
    [[ "$TARGET" == /* ]] || TARGET="$REPO/$TARGET"
    BIN="$TARGET/release/parallelize"
fi
[[ -x "$BIN" ]] || die "no parallelize binary at $BIN"
"$BIN" check --help >/dev/null 2>&1 || die "$BIN has no working 'check' subcommand"

# ---- ruff in its own scratch venv ----------------------------------------------------
RUFF="$RUFF_VENV/bin/ruff"
if [[ ! -x "$RUFF" ]] || [[ "$("$RUFF" --version)" != "ruff ${RUFF_PIN#ruff==}" ]]; then
    log "installing $RUFF_PIN into $RUFF_VENV"
    rm -rf "$RUFF_VENV"
    "$PYTHON" -m venv "$RUFF_VENV" || die "cannot create $RUFF_VENV"
    "$RUFF_VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$RUFF_PIN" \
        || die "pip install $RUFF_PIN failed"
fi

# ---- scratch copy of the stdlib ------------------------------------------------------
STDLIB="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
[[ -d "$STDLIB" ]] || die "stdlib directory $STDLIB not found"
STAMP="$SCAN/.copied-from"
if [[ ! -f "$STAMP" ]] || [[ "$(cat "$STAMP")" != "$STDLIB" ]]; then
    log "copying $STDLIB to $SCAN (without site-packages and __pycache__)"
    rm -rf "$SCAN"
    mkdir -p "$SCAN"
    (cd "$STDLIB" && tar -cf - --exclude=./site-packages --exclude=__pycache__ .) \
        | (cd "$SCAN" && tar -xf -)
    printf '%s\n' "$STDLIB" > "$STAMP"
fi

PY_FILES=$(find "$SCAN" -name '*.py' -type f | wc -l)
PY_LINES=$(find "$SCAN" -name '*.py' -type f -print0 | xargs -0 cat | wc -l)
PY_BYTES=$(find "$SCAN" -name '*.py' -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
PY_MB=$(awk -v b="$PY_BYTES" 'BEGIN {printf "%.1f", b / 1048576}')
log "corpus: $PY_FILES .py files, $PY_LINES lines, $PY_MB MB ($STDLIB)"

# Every command runs from inside the copy on "." so paths, config discovery and
# the cache directory all stay in the scratch tree.
cd "$SCAN"
rm -rf .parallelize_cache

# ---- sanity runs (also fill the page cache and, for (b), the parallelize cache) ----------
# run_ok LABEL CMD...: run once, accept exit 0/1 (1 = findings), fail on anything else.
run_ok() {
    local label="$1"; shift
    local rc=0
    "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" || rc=$?
    if [[ $rc -ne 0 && $rc -ne 1 ]]; then
        log "$label exited $rc: $*"
        tail -n 5 "$WORK/$label.err" >&2
        return 1
    fi
}

PARSE_ONLY=0
# The flag is hidden from --help; an unknown flag would make clap exit 2 before printing help.
if "$BIN" check --parse-only --help >/dev/null 2>&1; then
    PARSE_ONLY=1
fi

FAILED=0
run_ok cold "$BIN" check --no-cache --output-format json . || FAILED=1
run_ok warm-fill "$BIN" check . || FAILED=1
run_ok ruff "$RUFF" check --select PERF,ASYNC --no-cache . || FAILED=1
if [[ $PARSE_ONLY -eq 1 ]]; then
    run_ok parse-only "$BIN" check --parse-only . || FAILED=1
fi
[[ $FAILED -eq 0 ]] || die "a command failed (outputs in $WORK/*.err)"

# What parallelize saw, from the JSON of the cold run.
read -r SEEN_FILES SEEN_FINDINGS SEEN_SKIPPED < <("$PYTHON" -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d.get("files", "?"), len(d.get("findings", [])), len(d.get("skipped", [])))
' "$WORK/cold.out") || { SEEN_FILES="?"; SEEN_FINDINGS="?"; SEEN_SKIPPED="?"; }
log "parallelize: $SEEN_FILES files checked, $SEEN_FINDINGS findings, $SEEN_SKIPPED skipped"

# ---- timing ------------------------------------------------------------------------
# time_cmd NAME CMD...: prints "BEST MEAN" in seconds.
if have hyperfine; then
    TIMER="hyperfine"
    time_cmd() {
        local name="$1"; shift
        local json="$WORK/hyperfine-$name.json"
        # --ignore-failure because exit 1 (findings) is success here; the sanity
        # runs above already rejected real failures. One warmup run per command.
        hyperfine --style none --warmup 1 --runs "$RUNS" --ignore-failure \
            --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 \
            || die "hyperfine failed for $name"
        "$PYTHON" -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.3f %.3f" % (min(r["times"]), r["mean"]))' "$json"
    }
else
    TIMER="bash loop"
    time_cmd() {
        local name="$1"; shift
        "$@" >/dev/null 2>&1 || true   # warmup
        local i t0 t1 best="" sum=0 dt
        for ((i = 0; i < RUNS; i++)); do
            t0=$(date +%s.%N)
            "$@" >/dev/null 2>&1 || true
            t1=$(date +%s.%N)
            dt=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
            sum=$(awk -v s="$sum" -v d="$dt" 'BEGIN {print s + d}')
            if [[ -z "$best" ]] || awk -v d="$dt" -v b="$best" 'BEGIN {exit !(d < b)}'; then
                best="$dt"
            fi
        done
        awk -v b="$best" -v s="$sum" -v n="$RUNS" 'BEGIN {printf "%.3f %.3f\n", b, s / n}'
    }
fi
log "timing with $TIMER, $RUNS runs each (this takes a while)"

read -r COLD COLD_MEAN < <(time_cmd cold "$BIN" check --no-cache .)
read -r WARM WARM_MEAN < <(time_cmd warm "$BIN" check .)
read -r RUFF_T RUFF_MEAN < <(time_cmd ruff "$RUFF" check --select PERF,ASYNC --no-cache .)
if [[ $PARSE_ONLY -eq 1 ]]; then
    read -r PARSE PARSE_MEAN < <(time_cmd parse-only "$BIN" check --parse-only .)
else
    PARSE="n/a"; PARSE_MEAN="n/a"
fi

# ---- cold / parse-only in back-to-back pairs ---------------------------------------------
# The load of a shared machine drifts over the minutes the runs above take, and a best-of-N of
# each command may catch one of them in a quiet spell: each pair here runs the two commands
# back to back (alternating which goes first), so both see the same load, and the median of
# the pairs' ratios is reported next to the ratio of the bests.
PAIRED="n/a"
if [[ $PARSE_ONLY -eq 1 ]]; then
    secs() {  # secs CMD...: wall seconds of one run
        local t0 t1
        t0=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        t1=$(date +%s.%N)
        awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}'
    }
    PAIR_RATIOS=()
    for ((i = 0; i < RUNS; i++)); do
        if ((i % 2 == 0)); then
            c=$(secs "$BIN" check --no-cache .); p=$(secs "$BIN" check --parse-only .)
        else
            p=$(secs "$BIN" check --parse-only .); c=$(secs "$BIN" check --no-cache .)
        fi
        PAIR_RATIOS+=("$(awk -v c="$c" -v p="$p" 'BEGIN {printf "%.4f", c / p}')")
    done
    PAIRED=$(printf '%s\n' "${PAIR_RATIOS[@]}" | sort -g \
        | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m}')
fi

# ---- peak memory of the cold run ----------------------------------------------------
PEAK_MB="n/a"
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v "$BIN" check --no-cache . >/dev/null 2>"$WORK/time-v.txt" || true
    PEAK_KB=$(awk -F': *' '/Maximum resident set size/ {print $2}' "$WORK/time-v.txt")
    [[ -n "$PEAK_KB" ]] && PEAK_MB=$(awk -v k="$PEAK_KB" 'BEGIN {printf "%.1f", k / 1024}')
fi

# ---- report ------------------------------------------------------------------------
ratio() {  # ratio A B -> A/B with 2 decimals, or n/a
    if [[ "$1" == "n/a" || "$2" == "n/a" ]]; then echo "n/a"; return; fi
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}
verdict() {  # verdict VALUE OP LIMIT -> ok / MISSED / n/a
    if [[ "$1" == "n/a" ]]; then echo "n/a"; return; fi
    if awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { exit !((op == "<=") ? v <= l : v < l) }'; then
        echo "ok"
    else
        echo "MISSED"
    fi
}

COLD_PARSE=$(ratio "$COLD" "$PARSE")
WARM_RUFF=$(ratio "$WARM" "$RUFF_T")

echo
echo "corpus: CPython $("$PYTHON" -c 'import platform; print(platform.python_version())') stdlib copy," \
     "$PY_FILES .py files, $PY_LINES lines, $PY_MB MB; parallelize checked $SEEN_FILES files," \
     "$SEEN_FINDINGS findings, $SEEN_SKIPPED skipped"
echo "binary: $BIN"
echo "timer: $TIMER, $RUNS runs after 1 warmup; $(nproc) cores"
echo
printf '%-44s %10s %10s\n' "command" "best (s)" "mean (s)"
printf '%-44s %10s %10s\n' "--------------------------------------------" "--------" "--------"
printf '%-44s %10s %10s\n' "a) parallelize check --no-cache (cold)" "$COLD" "$COLD_MEAN"
printf '%-44s %10s %10s\n' "b) parallelize check (warm cache)" "$WARM" "$WARM_MEAN"
printf '%-44s %10s %10s\n' "c) ruff check --select PERF,ASYNC --no-cache" "$RUFF_T" "$RUFF_MEAN"
printf '%-44s %10s %10s\n' "d) parallelize check --parse-only" "$PARSE" "$PARSE_MEAN"
echo
printf '%-44s %10s %10s %s\n' "metric" "value" "target" "verdict"
printf '%-44s %10s %10s %s\n' "--------------------------------------------" "--------" "--------" "-------"
printf '%-44s %10s %10s %s\n' "cold / parse-only (best / best)" "$COLD_PARSE" "<= 1.30" "$(verdict "$COLD_PARSE" '<=' 1.3)"
printf '%-44s %10s %10s %s\n' "cold / parse-only (median of $RUNS pairs)" "$PAIRED" "<= 1.30" "$(verdict "$PAIRED" '<=' 1.3)"
printf '%-44s %10s %10s %s\n' "warm / ruff" "$WARM_RUFF" "<= 1.00" "$(verdict "$WARM_RUFF" '<=' 1.0)"
printf '%-44s %10s %10s %s\n' "peak RSS of (a), MB" "$PEAK_MB" "< 300" "$(verdict "$PEAK_MB" '<' 300)"
