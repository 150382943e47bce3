#!/usr/bin/env bash
# Load benchmark of `parallelize serve`'s webhook route on loopback (SQLite, the default).
#
#     bash bench/serve_load.sh [SECONDS] [CONNECTIONS] [RATE]
#
# Starts a release build of the server with a fresh database, posts signed `push` deliveries
# (GitHub's published push example, a unique X-GitHub-Delivery per request) with wrk for
# SECONDS (default 20) over CONNECTIONS (default 16), then prints throughput, the acknowledgement
# latency percentiles, and a count proving every acknowledged delivery is in the database.
# Without RATE wrk sends as fast as the server answers (throughput; latency then includes the
# queueing of a saturated 2-core machine, wrk included); with RATE (deliveries/s, e.g. 1000)
# each connection waits CONNECTIONS/RATE between requests, which is how latency is judged.
# Targets (issue 4): >= 1000 deliveries/s, p99 < 50 ms at that rate, zero lost.
#
# Needs: wrk (apt-get install wrk), openssl, python3, sqlite3 (apt-get install sqlite3), npm
# (scripts/setup-npm.sh installs the webhook examples).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN="${1:-20}"
CONNS="${2:-16}"
RATE="${3:-0}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parallelize/target}"

for tool in wrk openssl python3 sqlite3; do
    command -v "$tool" >/dev/null || { echo "serve_load: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done
examples="$(bash scripts/setup-npm.sh | tail -n1)"
cargo build --quiet --release -p parallelize
bin="$CARGO_TARGET_DIR/release/parallelize"

work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
openssl genrsa -out "$work/app.pem" 2048 2>/dev/null
secret="bench-secret"

# The body: GitHub's push example to a branch, with an installation (an App's deliveries carry one).
python3 - "$examples" "$work" "$secret" <<'PY'
import hashlib, hmac, json, sys
examples, work, secret = sys.argv[1:]
index = json.load(open(f"{examples}/api.github.com/index.json"))
push = next(e for e in index if e["name"] == "push")["examples"]
body = next(p for p in push if p["ref"].startswith("refs/heads/"))
body["installation"] = {"id": 1, "node_id": "x"}
data = json.dumps(body).encode()
open(f"{work}/body.json", "wb").write(data)
sig = "sha256=" + hmac.new(secret.encode(), data, hashlib.sha256).hexdigest()
open(f"{work}/sig.txt", "w").write(sig)
PY

cat > "$work/post.lua" <<LUA
local body = io.open("$work/body.json", "rb"):read("*a")
local sig = io.open("$work/sig.txt"):read("*l")
local counter = 0
-- setup() runs in the main Lua state; thread:set() gives each thread's state its own global
-- tid, so delivery ids are unique across threads (a local here would be shared: duplicates).
local next_tid = 0
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end
local delay_ms = $( [[ "$RATE" -gt 0 ]] && echo "$CONNS * 1000 / $RATE" || echo 0 )
if delay_ms > 0 then
  delay = function() return delay_ms end
end
request = function()
  counter = counter + 1
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["X-GitHub-Event"] = "push"
  headers["X-GitHub-Delivery"] = string.format("bench-%d-%d", tid, counter)
  headers["X-Hub-Signature-256"] = sig
  return wrk.format("POST", "/webhook", headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors_status=%d errors_connect=%d errors_timeout=%d seconds=%.3f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3))
end
LUA

# The GitHub API: accepts connections and never answers. The workers claim push jobs as they
# would in production (each then waits on GitHub, as a real job waits on its tests), so the
# route is measured next to busy workers; nothing leaves the machine.
python3 -c 'import socket, time, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(64)
print(s.getsockname()[1], flush=True)
held = []
while True:
    held.append(s.accept()[0])' > "$work/api.port" &
api=$!
for _ in $(seq 50); do [[ -s "$work/api.port" ]] && break; sleep 0.1; done
trap 'kill "$server" "$api" 2>/dev/null || true; rm -rf "$work"' EXIT

PARALLELIZE_APP_ID=1 PARALLELIZE_PRIVATE_KEY_PATH="$work/app.pem" PARALLELIZE_WEBHOOK_SECRET="$secret" \
DATABASE_URL="sqlite://$work/bench.db?mode=rwc" PARALLELIZE_LISTEN=127.0.0.1:0 RUST_LOG=warn \
PARALLELIZE_GITHUB_API_URL="http://127.0.0.1:$(cat "$work/api.port")" \
    "$bin" serve > "$work/server.out" 2> "$work/server.err" &
server=$!
for _ in $(seq 100); do
    grep -q "listening on" "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
url="$(sed -n 's/^listening on //p' "$work/server.out")"
[[ -n "$url" ]] || { cat "$work/server.err" >&2; exit 1; }

echo "serve_load: $SECONDS_RUN s, $CONNS connections, rate ${RATE/#0/unlimited}/s, 2 wrk threads, $(nproc) cores, body $(wc -c < "$work/body.json") bytes"
wrk -t2 -c"$CONNS" -d"${SECONDS_RUN}s" --latency -s "$work/post.lua" "$url" > "$work/wrk.out"
result="$(grep '^RESULT' "$work/wrk.out")"
kill "$server"; wait "$server" 2>/dev/null || true
stored="$(sqlite3 "$work/bench.db" 'SELECT COUNT(*) FROM deliveries')"
python3 - "$result" "$stored" <<'PY'
import sys
fields = dict(kv.split("=") for kv in sys.argv[1].split()[1:])
stored = int(sys.argv[2])
req = int(fields["requests"]); bad = int(fields["errors_status"]) + int(fields["errors_connect"]) + int(fields["errors_timeout"])
ok = req - bad
secs = float(fields["seconds"])
rate = ok / secs
p99 = float(fields["p99_ms"])
# wrk counts requests it sent; a request cut off at the end of the run may have been stored
# without wrk seeing the answer, so stored >= acknowledged is the no-loss condition.
lost = max(0, ok - stored)
print(f"acknowledged {ok} deliveries in {secs:.1f} s: {rate:.0f}/s (target >= 1000: {'ok' if rate >= 1000 else 'MISSED'})")
print(f"latency p50 {fields['p50_ms']} ms, p99 {p99:.2f} ms (target < 50: {'ok' if p99 < 50 else 'MISSED'}), max {fields['max_ms']} ms")
print(f"stored {stored} deliveries; lost {lost} (target 0: {'ok' if lost == 0 else 'MISSED'}); non-2xx or failed {bad}")
PY
