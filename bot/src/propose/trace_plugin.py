"""pytest plugin of parallelize: which tests call the functions a rewrite changes, and how many
items their loops get and how long each takes.

Loaded with ``-p parallelize_trace`` in one extra run on the unchanged code. The targets come
from ``PARALLELIZE_TRACE_TARGETS`` (JSON: ``[[key, path, function, line], ...]``; the function
whose code object has that name, lives in that file and starts at or before that line, and the
loop or comprehension that starts on that line); the result goes to ``PARALLELIZE_TRACE_OUT`` as
JSON ``{key: {"tests": [test node ids], "runs": [[items, seconds, test node id, call, qualname],
...]}}``, where ``call`` is which call of the function in that test made the run (1 for the
first; ``None`` for a call from another thread than the main one) and ``qualname`` the
function's qualified name: what the replay (``replay_plugin.py``) needs to find the same call.

Other code sees only ``call`` events. Frames of a target function (and of a comprehension that
starts on the target line, which is a function of its own before Python 3.12) get line events:
the loop's first line runs once per item plus once when the loop ends, so ``hits - 1`` is the
item count of one execution and the time from the first hit to the last is the time of its
items (slightly inflated by the line tracing of that frame, never of the functions it calls).
"""

import json
import os
import sys
import threading
import time

import pytest

_TARGETS = {}
for _key, _path, _function, _line in json.loads(os.environ.get("PARALLELIZE_TRACE_TARGETS", "[]")):
    _TARGETS.setdefault((os.path.realpath(_path), _function), []).append((_key, _line))

_current = None
_hits = {}
_runs = {}
_seen_codes = {}
_calls = {}
_call_of = {}
_MAX_RUNS = 200
_COMPREHENSIONS = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}


def _match(code):
    """(keys of the targets in this function, {loop line: keys} of the loops to time)."""
    found = _seen_codes.get(code)
    if found is None:
        keys, loops = (), {}
        filename = os.path.realpath(code.co_filename)
        candidates = _TARGETS.get((filename, code.co_name))
        if candidates:
            last = _last_line(code)
            inside = [(key, line) for key, line in candidates if code.co_firstlineno <= line <= last]
            keys = tuple(key for key, _ in inside)
            for key, line in inside:
                loops.setdefault(line, []).append(key)
        elif code.co_name in _COMPREHENSIONS:
            for (path, _function), targets in _TARGETS.items():
                if path == filename:
                    for key, line in targets:
                        if line == code.co_firstlineno:
                            loops.setdefault(line, []).append(key)
        found = (keys, loops)
        _seen_codes[code] = found
    return found


def _timer(loops, calls):
    """A local trace function for one frame: counts the hits of each loop's first line.
    ``calls``: per key, (which call of its function, qualified name) this frame belongs to."""
    state = {}

    def local(frame, event, arg):
        if event == "line":
            line = frame.f_lineno
            if line in loops:
                now = time.perf_counter()
                entry = state.get(line)
                if entry is None:
                    state[line] = [1, now, now]
                else:
                    entry[0] += 1
                    entry[2] = now
        elif event == "return":
            for line, (hits, first, last) in state.items():
                if hits >= 2:
                    for key in loops[line]:
                        runs = _runs.setdefault(key, [])
                        if len(runs) < _MAX_RUNS:
                            call, qualname = calls.get(key, (None, None))
                            runs.append([hits - 1, last - first, _current, call, qualname])
        return local

    return local


def _last_line(code):
    if hasattr(code, "co_lines"):  # Python 3.10+
        lines = [line for _, _, line in code.co_lines() if line is not None]
    else:
        import dis

        lines = [line for _, line in dis.findlinestarts(code)]
    return max(lines, default=code.co_firstlineno)


def _trace(frame, event, arg):
    if event == "call" and _current is not None:
        keys, loops = _match(frame.f_code)
        main = threading.current_thread() is threading.main_thread()
        if keys and main:
            # Which call of the function this is (a comprehension's frame, inside it, is not).
            code = frame.f_code
            call = _calls[code] = _calls.get(code, 0) + 1
            qualname = getattr(code, "co_qualname", code.co_name)
            for key in keys:
                _call_of[key] = (call, qualname)
        for key in keys:
            _hits.setdefault(key, set()).add(_current)
        if loops:
            calls = {}
            if main:
                for keys_of_line in loops.values():
                    for key in keys_of_line:
                        if key in _call_of:
                            calls[key] = _call_of[key]
            return _timer(loops, calls)
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    global _current
    _current = item.nodeid
    _calls.clear()
    _call_of.clear()
    sys.settrace(_trace)
    threading.settrace(_trace)
    try:
        yield
    finally:
        sys.settrace(None)
        threading.settrace(None)
        _current = None


def pytest_sessionfinish(session, exitstatus):
    out = os.environ.get("PARALLELIZE_TRACE_OUT")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            keys = set(_hits) | set(_runs)
            json.dump(
                {
                    key: {"tests": sorted(_hits.get(key, ())), "runs": _runs.get(key, [])}
                    for key in keys
                },
                f,
            )
