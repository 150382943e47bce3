"""pytest plugin of parallelize: replay the tests' own call of a rewritten function, compared and
timed against the original.

``propose`` writes the rewrites, then runs the tests that made each candidate's largest
measured loop (see ``trace_plugin.py``) once more, in a fresh interpreter, with this plugin. The
spec comes from the JSON file named by ``PARALLELIZE_REPLAY``::

    {"out": "result.json", "seconds": 1.0, "rounds": 5,
     "targets": [{"key": "3", "path": "/abs/file.py", "original": "/abs/original-3.py",
                  "qualname": "f", "line": 12, "test": "tests/t.py::t", "call": 1,
                  "items": 30, "process_pool": true}, ...]}

(a target may add ``"wanted": N``: replicate or repeat N times instead of sizing the run)

Only the targets' tests run. When a test makes the ``call``-th call of a target (the function
called ``qualname`` whose code lives in ``path``), the plugin stops before the function's first
line and takes a deep copy of the arguments. The original function is rebuilt from the
unchanged source (``original``), in the module's namespace, so both versions run in this one
process on equal copies of the same arguments (the test's temporary files, servers and patches
all in place); the test's own call then goes on unchanged. For each target:

1. **Compared**: one call of each version on the test's arguments -- a process-pool rewrite
   under the ``spawn`` start method, the method of macOS, Windows and Python 3.14's Linux
   default, whose workers re-import the module and see none of the state set at run time --,
   then one of each on the replayed items; the result or exception, the arguments' state
   afterwards, and what was written to stdout and stderr must be the same.
2. **Sized**: the loop iterates over a list or tuple parameter (directly or through
   ``enumerate``): its items are replicated (deep copies) until one original run takes about
   ``seconds``; otherwise one run is as many calls as take that long.
3. **Timed**: ``rounds`` runs of each version, alternating (ABBA), each on fresh copies.

The outcome goes to ``out``: ``{key: {"original": [seconds...], "rewrite": [seconds...],
"items": n, "factor": f, "calls": c, "bytes_per_item": b, "compared": [{"what": ...,
"difference": null | "..."}], "error": "..."}}``; a target whose call never came is missing.
"""

import ast
import copy
import gc
import inspect
import io
import json
import math
import multiprocessing
import os
import pickle
import sys
import tempfile
import threading
import time
import types

import pytest

_SPEC = {}
_path = os.environ.get("PARALLELIZE_REPLAY")
if _path:
    with open(_path, encoding="utf-8") as _f:
        _SPEC = json.load(_f)
_SECONDS = float(_SPEC.get("seconds", 1.0))
_ROUNDS = int(_SPEC.get("rounds", 5))
_TARGETS = _SPEC.get("targets", [])
_WANTED = {t["test"] for t in _TARGETS}
_MAX_ITEMS = 200_000
_MAX_CALLS = 1_000

_results = {}

_current = None
_calls = {}
_active = []


def pytest_collection_modifyitems(session, config, items):
    """Run only the tests whose calls are replayed."""
    kept = [item for item in items if item.nodeid in _WANTED]
    deselected = [item for item in items if item.nodeid not in _WANTED]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = kept


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    global _current
    _active[:] = [t for t in _TARGETS if t["test"] == item.nodeid and t["key"] not in _results]
    _calls.clear()
    _current = item.nodeid
    if _active:
        sys.settrace(_trace)
    try:
        yield
    finally:
        sys.settrace(None)
        _current = None


def pytest_sessionfinish(session, exitstatus):
    out = _SPEC.get("out")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            json.dump(_results, f)


def _matches(code, target):
    if os.path.realpath(code.co_filename) != os.path.realpath(target["path"]):
        return False
    return getattr(code, "co_qualname", code.co_name) == target["qualname"]


def _trace(frame, event, arg):
    if event != "call" or threading.current_thread() is not threading.main_thread():
        return None
    code = frame.f_code
    for target in list(_active):
        if not _matches(code, target):
            continue
        n = _calls[target["key"]] = _calls.get(target["key"], 0) + 1
        if n != target["call"]:
            continue
        _active.remove(target)
        sys.settrace(None)  # not in the replayed calls, nor in the workers they start
        try:
            _results[target["key"]] = _replay(target, frame)
        except Exception as exc:  # the replay's own failure: reported, the test goes on
            _results[target["key"]] = {"error": f"{type(exc).__name__}: {exc}"}
        if _active:
            sys.settrace(_trace)
    return None


# --- the call ---------------------------------------------------------------------------------

_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08
_CO_NOT_PLAIN = 0x20 | 0x80 | 0x100 | 0x200  # generator, coroutine, iterable coroutine, async gen


def _function(frame):
    """The function object running in ``frame`` (for a closure, the one with these cells)."""
    code = frame.f_code
    found = [f for f in gc.get_referrers(code) if inspect.isfunction(f) and f.__code__ is code]
    if len(found) > 1 and code.co_freevars:
        values = frame.f_locals
        found = [
            f
            for f in found
            if all(
                name in values and cell.cell_contents is values[name]
                for name, cell in zip(code.co_freevars, f.__closure__ or ())
            )
        ]
    if len(found) != 1:
        raise LookupError(f"{len(found)} function objects run this code")
    return found[0]


def _arguments(frame):
    """The call's arguments as ``(positional, keywords)`` and where each parameter is."""
    code = frame.f_code
    values = frame.f_locals
    names = code.co_varnames
    n, k = code.co_argcount, code.co_kwonlyargcount
    positional = [values[name] for name in names[:n]]
    keywords = {name: values[name] for name in names[n : n + k]}
    at = n + k
    if code.co_flags & _CO_VARARGS:
        positional.extend(values[names[at]])
        at += 1
    if code.co_flags & _CO_VARKEYWORDS:
        keywords.update(values[names[at]])
    return positional, keywords


def _place(code, param):
    """Where parameter ``param`` goes in ``(positional, keywords)``: an index or a name."""
    names = code.co_varnames
    n, k = code.co_argcount, code.co_kwonlyargcount
    if param in names[:n]:
        return names.index(param)
    if param in names[n : n + k]:
        return param
    return None


def _loop_parameter(node, line):
    """The parameter the loop (or comprehension) of function ``node`` starting on ``line``
    iterates over, directly or through ``enumerate``; ``None`` when it iterates over anything
    else."""
    for sub in ast.walk(node):
        it = None
        if isinstance(sub, (ast.For, ast.AsyncFor)) and sub.lineno == line:
            it = sub.iter
        elif isinstance(sub, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            if sub.lineno == line:
                it = sub.generators[0].iter
        if (
            isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name)
            and it.func.id == "enumerate"
            and len(it.args) == 1
        ):
            it = it.args[0]
        if isinstance(it, ast.Name):
            return it.id
    return None


def _original(target, rewritten):
    """The original function, rebuilt from the unchanged source in the rewritten function's
    module namespace (its helpers are the same objects), without its decorators (as the
    rewritten function found in the frame is), and its AST node."""
    parts = target["qualname"].split(".")
    if "<locals>" in parts:
        raise LookupError("a function defined inside another function cannot be rebuilt")
    with open(target["original"], encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename=target["path"])
    body, node, classes = tree.body, None, []
    for i, name in enumerate(parts):
        last = i == len(parts) - 1
        kinds = (ast.FunctionDef, ast.AsyncFunctionDef) if last else (ast.ClassDef,)
        found = [n for n in body if isinstance(n, kinds) and n.name == name]
        if not found:
            raise LookupError(f"`{target['qualname']}` is not in the original source")
        node = found[-1]
        if not last:
            classes.append(node)
            body = node.body
    built = copy.deepcopy(node)
    built.decorator_list = []
    wrapped = built
    if classes:
        # In a class of the same name: private names are mangled, and `super()` and
        # `__class__` get a cell, as in the original.
        fields = {"type_params": []} if "type_params" in ast.ClassDef._fields else {}
        wrapped = ast.ClassDef(
            name=classes[-1].name, bases=[], keywords=[], body=[built], decorator_list=[], **fields
        )
    module = ast.Module(body=[wrapped], type_ignores=[])
    ast.fix_missing_locations(module)
    namespace = {}
    exec(compile(module, target["path"], "exec"), rewritten.__globals__, namespace)
    raw = namespace[classes[-1].name].__dict__[parts[-1]] if classes else namespace[parts[-1]]
    code = raw.__code__
    closure = None
    if code.co_freevars:
        cells = dict(zip(rewritten.__code__.co_freevars, rewritten.__closure__ or ()))
        if not all(name in cells for name in code.co_freevars):
            raise LookupError("the original's free variables differ from the rewrite's")
        closure = tuple(cells[name] for name in code.co_freevars)
    original = types.FunctionType(
        code, rewritten.__globals__, raw.__name__, raw.__defaults__, closure
    )
    original.__kwdefaults__ = raw.__kwdefaults__
    original.__qualname__ = rewritten.__qualname__
    return original, node


def _replicated(arguments, where, factor):
    """``arguments`` with the list or tuple at ``where`` repeated ``factor`` times, every copy a
    deep copy of its own (so no item object is shared between copies)."""
    positional, keywords = copy.deepcopy(arguments)
    value = positional[where] if isinstance(where, int) else keywords[where]
    items = [x for _ in range(factor) for x in copy.deepcopy(value)]
    items = type(value)(items) if isinstance(value, tuple) else items
    if isinstance(where, int):
        positional[where] = items
    else:
        keywords[where] = items
    return positional, keywords


# --- outcomes ---------------------------------------------------------------------------------


class _Captured:
    """stdout and stderr of the calls, at the Python level and at the file descriptors (which
    spawned workers write to)."""

    def __enter__(self):
        self.text = io.StringIO()
        self.saved = (sys.stdout, sys.stderr)
        for stream in self.saved:
            try:
                stream.flush()
            except Exception:
                pass
        self.file = tempfile.TemporaryFile()
        self.fds = (os.dup(1), os.dup(2))
        os.dup2(self.file.fileno(), 1)
        os.dup2(self.file.fileno(), 2)
        sys.stdout = sys.stderr = self.text
        return self

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self.saved
        os.dup2(self.fds[0], 1)
        os.dup2(self.fds[1], 2)
        for fd in self.fds:
            os.close(fd)
        self.file.seek(0)
        self.output = self.text.getvalue() + self.file.read().decode("utf-8", "replace")
        self.file.close()
        return False


def _outcome(function, arguments):
    """Call once: the outcome ``(kind, value, arguments afterwards, output)`` as bytes, and the
    seconds the call took."""
    positional, keywords = arguments
    with _Captured() as captured:
        started = time.perf_counter()
        try:
            value = ("returned", function(*positional, **keywords))
        except Exception as exc:
            value = ("raised", (type(exc).__qualname__, str(exc)))
        seconds = time.perf_counter() - started
    return _dump((value[0], value[1], (positional, keywords), captured.output)), seconds


def _dump(outcome):
    try:
        return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        raise TypeError(f"its outcome cannot be pickled for the comparison: {exc}") from None


def _difference(a, b, where="the result", depth=0):
    """Where ``a`` and ``b`` differ, strictly (types, order of dicts and lists), or ``None``."""
    if depth > 60:
        return None if _same_bytes(a, b) else f"{where} differs"
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} instead of {type(b).__name__}"
    if isinstance(a, dict):
        if list(a) != list(b):
            return f"{where}: keys {_short(list(b))} instead of {_short(list(a))}"
        for key in a:
            d = _difference(a[key], b[key], f"{where}[{key!r}]", depth + 1)
            if d:
                return d
        return None
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return f"{where}: {len(b)} elements instead of {len(a)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = _difference(x, y, f"{where}[{i}]", depth + 1)
            if d:
                return d
        return None
    if isinstance(a, float):
        same = a == b or (math.isnan(a) and math.isnan(b))
        return None if same else f"{where}: {b!r} instead of {a!r}"
    if type(a).__eq__ is object.__eq__ and hasattr(a, "__dict__"):
        return _difference(vars(a), vars(b), f"{where} (attributes)", depth + 1)
    try:
        same = bool(a == b)
    except Exception:
        same = _same_bytes(a, b)
    return None if same else f"{where}: {_short(b)} instead of {_short(a)}"


def _same_bytes(a, b):
    try:
        return pickle.dumps(a) == pickle.dumps(b)
    except Exception:
        return False


def _short(value):
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _told(kind, value):
    if kind == "raised":
        return f"raised {value[0]}: {_short(value[1])}"
    return f"returned {_short(value)}"


def _compare(reference, mine):
    """``None`` when the outcomes are the same, else what differs."""
    kind_a, value_a, args_a, out_a = pickle.loads(reference)
    kind_b, value_b, args_b, out_b = pickle.loads(mine)
    if kind_a != kind_b:
        return f"the original {_told(kind_a, value_a)}; the rewrite {_told(kind_b, value_b)}"
    return (
        _difference(value_a, value_b, "the exception" if kind_a == "raised" else "the result")
        or _difference(args_a, args_b, "the arguments afterwards")
        or (None if out_a == out_b else f"the output: {_short(out_b)} instead of {_short(out_a)}")
    )


# --- the replay -------------------------------------------------------------------------------


def _timed(function, copies):
    gc.collect()
    started = time.perf_counter()
    for positional, keywords in copies:
        function(*positional, **keywords)
    return time.perf_counter() - started


def _replay(target, frame):
    code = frame.f_code
    if code.co_flags & _CO_NOT_PLAIN:
        raise TypeError("a generator or coroutine function cannot be replayed")
    rewritten = _function(frame)
    original, node = _original(target, rewritten)
    arguments = _arguments(frame)
    try:
        pristine = copy.deepcopy(arguments)
    except Exception as exc:
        raise TypeError(f"its arguments cannot be copied: {exc}") from None
    fresh = lambda: copy.deepcopy(pristine)  # noqa: E731
    compared = []

    # 1. Compared on the test's own arguments; a process pool under `spawn`.
    reference, _ = _outcome(original, fresh())
    spawn = bool(target.get("process_pool"))
    previous = multiprocessing.get_start_method(allow_none=True)
    if spawn:
        multiprocessing.set_start_method("spawn", force=True)
    try:
        mine, _ = _outcome(rewritten, fresh())
    finally:
        if spawn:
            multiprocessing.set_start_method(previous, force=True)
    method = "spawn" if spawn else None
    compared.append({"what": "the test's call", "method": method, "difference": _compare(reference, mine)})

    # 2. Sized: about `seconds` of the original per run.
    # A second replay of an undecided rewrite gets the first one's size (``wanted``).
    wanted = target.get("wanted")
    if not wanted:
        once = min(_timed(original, [fresh()]) for _ in range(2))
        wanted = max(1, math.ceil(_SECONDS / max(once, 1e-6)))
    param = _loop_parameter(node, target.get("line", 0))
    where = _place(code, param) if param else None
    value = None
    if where is not None:
        value = arguments[0][where] if isinstance(where, int) else arguments[1].get(where)
    factor, calls = 1, 1
    if isinstance(value, (list, tuple)) and value:
        factor = max(1, min(wanted, _MAX_ITEMS // len(value)))
    else:
        where = None
        calls = min(wanted, _MAX_CALLS)
    try:
        bytes_per_item = len(pickle.dumps(value)) // len(value) if value else None
    except Exception:
        bytes_per_item = None

    def copies():
        if where is not None:
            return [_replicated(pristine, where, factor)]
        return [fresh() for _ in range(calls)]

    # 3. Timed, alternating; the first pair's outcomes are compared too.
    times = {"original": [], "rewrite": []}
    functions = {"original": original, "rewrite": rewritten}
    outcomes = {}
    for round_ in range(_ROUNDS):
        order = ("original", "rewrite") if round_ % 2 == 0 else ("rewrite", "original")
        for name in order:
            runs = copies()
            if round_ == 0:
                outcomes[name], seconds = _outcome(functions[name], runs[0])
                seconds += _timed(functions[name], runs[1:]) if len(runs) > 1 else 0.0
            else:
                seconds = _timed(functions[name], runs)
            times[name].append(seconds)
        if round_ == 0:
            compared.append(
                {
                    "what": "the replayed items",
                    "method": multiprocessing.get_start_method() if spawn else None,
                    "difference": _compare(outcomes["original"], outcomes["rewrite"]),
                }
            )
            outcomes.clear()
    return {
        "original": times["original"],
        "rewrite": times["rewrite"],
        "items": target.get("items", 0) * factor * calls,
        "factor": factor,
        "calls": calls,
        "bytes_per_item": bytes_per_item,
        "compared": compared,
    }
