"""pytest plugin of parallelize: which tests call the functions a rewrite changes.

Loaded with ``-p parallelize_trace`` in one extra run on the unchanged code. The targets come
from ``PARALLELIZE_TRACE_TARGETS`` (JSON: ``[[key, path, function, line], ...]``; the function
whose code object has that name, lives in that file and starts at or before that line); the
result goes to ``PARALLELIZE_TRACE_OUT`` as JSON ``{key: [test node ids]}``. Only ``call``
events are looked at (no per-line tracing), so the suite runs at close to its normal speed.
"""

import json
import os
import sys
import threading

import pytest

_TARGETS = {}
for _key, _path, _function, _line in json.loads(os.environ.get("PARALLELIZE_TRACE_TARGETS", "[]")):
    _TARGETS.setdefault((os.path.realpath(_path), _function), []).append((_key, _line))

_current = None
_hits = {}
_seen_codes = {}


def _match(code):
    found = _seen_codes.get(code)
    if found is None:
        found = ()
        candidates = _TARGETS.get((os.path.realpath(code.co_filename), code.co_name))
        if candidates:
            last = _last_line(code)
            found = tuple(key for key, line in candidates if code.co_firstlineno <= line <= last)
        _seen_codes[code] = found
    return found


def _last_line(code):
    if hasattr(code, "co_lines"):  # Python 3.10+
        lines = [line for _, _, line in code.co_lines() if line is not None]
    else:
        import dis

        lines = [line for _, line in dis.findlinestarts(code)]
    return max(lines, default=code.co_firstlineno)


def _trace(frame, event, arg):
    if event == "call" and _current is not None:
        for key in _match(frame.f_code):
            _hits.setdefault(key, set()).add(_current)
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    global _current
    _current = item.nodeid
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
            json.dump({key: sorted(tests) for key, tests in _hits.items()}, f)
