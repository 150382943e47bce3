"""Check the knowledge base's claims by running them.

Reads the entries as JSON on stdin (written by transforms/tests/kb_claims.rs) and, for each
entry, calls it with its example arguments and checks what the entry says:

- the callable exists (also for entries marked `untested`);
- the arguments it claims to mutate change, and no other argument does;
- the result is None / the receiver / of the stated type; a `new` result shares no mutable
  object with the arguments; a `holds` result is not itself an argument;
- a result type said to pickle survives a pickle round trip as an equal value, and one said not
  to does not;
- nothing is printed unless the entry says it writes output;
- two calls with fresh arguments give equal results unless the entry reads the clock, draws
  random numbers or returns per-process values;
- settings it claims to read change its result when changed (where a probe exists).

Prints one line per failed claim and exits 1 if there is any.
"""

import builtins
import collections.abc
import contextlib
import copy
import decimal
import importlib
import inspect
import io
import itertools
import json
import os
import pickle
import re
import subprocess
import sys

VIEWS = (type({}.keys()), type({}.values()), type({}.items()))
ATOMS = (str, bytes, int, float, complex, bool, type(None), range, type, type(len))


class Names(dict):
    """A namespace that imports modules on first use (`hashlib.sha256()` in an example)."""

    def __missing__(self, key):
        if hasattr(builtins, key):
            return getattr(builtins, key)
        try:
            module = importlib.import_module(key)
        except ImportError:
            raise KeyError(key) from None
        self[key] = module
        return module


def ev(text):
    return eval(text, {"__builtins__": builtins}, Names())


def resolve(qualname):
    parts = qualname.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for p in parts[cut:]:
            obj = getattr(obj, p)
        return obj
    raise LookupError(qualname)


def arguments(text):
    if not text.strip():
        return (), {}
    return ev("(lambda *a, **k: (a, k))(" + text + ")")


def _without_address(text):
    return re.sub(r" at 0x[0-9a-fA-F]+", "", text)


def state_canon(x, depth):
    """The observable state of an object of a class that compares by identity, as a value; None
    for classes without a known way to read their state."""
    import asyncio
    import contextvars
    import csv
    import difflib
    import functools
    import logging
    import operator
    import random
    import shlex
    import sqlite3
    import string
    import struct
    import textwrap
    import threading
    import zlib
    if isinstance(x, (io.StringIO, io.BytesIO)):
        if x.closed:
            return (type(x).__name__, "closed")
        return (type(x).__name__, x.getvalue(), x.tell())
    if isinstance(x, random.Random) and not isinstance(x, random.SystemRandom):
        return ("Random", type(x).__name__, x.getstate())
    if isinstance(x, logging.Logger):
        handlers = tuple(type(h).__name__ for h in x.handlers)
        return ("Logger", x.name, x.level, x.propagate, x.disabled, handlers)
    if type(x).__name__ == "Session" and type(x).__module__ == "requests.sessions":
        settings = (x.headers, x.cookies.get_dict(), x.proxies, x.params, x.verify, x.cert, x.trust_env, x.max_redirects)
        return ("requests.Session", canon([dict(s) if isinstance(s, collections.abc.Mapping) else s for s in settings], depth + 1))
    if isinstance(x, threading.local):
        # The attributes this thread sees.
        return ("threading.local", canon(vars(x), depth + 1))
    if isinstance(x, logging.Handler):
        return ("Handler", type(x).__name__, x.name, x.level, len(x.filters))
    if isinstance(x, functools.partial):
        return ("partial", canon(x.func, depth + 1), canon(x.args, depth + 1), canon(x.keywords, depth + 1))
    if isinstance(x, (operator.itemgetter, operator.attrgetter, operator.methodcaller)):
        return ("reduce", canon(x.__reduce__(), depth + 1))
    if isinstance(x, (type(threading.Lock()), type(threading.RLock()))):
        return ("lock", _without_address(repr(x)))
    if isinstance(x, (asyncio.Event, asyncio.Semaphore, asyncio.Lock, asyncio.Queue)):
        return ("asyncio", _without_address(repr(x)))
    if isinstance(x, (difflib.SequenceMatcher, textwrap.TextWrapper, string.Template, shlex.shlex, csv.DictWriter, subprocess.CompletedProcess)):
        # Pure-Python classes whose whole state is their instance dictionary.
        return (type(x).__name__, canon(vars(x), depth + 1))
    if type(x) is type(zlib.compressobj()):
        # What finishing the stream now would give (on a copy).
        try:
            return ("Compress", x.copy().flush())
        except ValueError:  # already finished
            return ("Compress", "finished")
    if type(x) is type(zlib.decompressobj()):
        try:
            rest = x.copy().flush()
        except ValueError:
            rest = "finished"
        return ("Decompress", x.eof, x.unused_data, x.unconsumed_tail, rest)
    if type(x).__name__ == "ScandirIterator" and type(x).__module__ == "posix":
        # Cannot be copied: read by consuming it (the checks only look at a result).
        return ("scandir", sorted(e.name for e in x))
    if type(x).__name__ == "writer" and type(x).__module__ == "_csv":
        # A csv writer's state is its file, reached through the `write` method it keeps.
        import gc

        files = [m.__self__ for m in gc.get_referents(x) if hasattr(m, "__self__") and hasattr(m.__self__, "write")]
        return ("csv.writer", [canon(f, depth + 1) for f in files], canon(x.dialect.delimiter, depth + 1))
    if isinstance(x, os.DirEntry):
        return ("DirEntry", x.path)
    if isinstance(x, re.Match):
        return ("Match", x.re, canon(x.string, depth + 1), x.regs)
    if isinstance(x, struct.Struct):
        return ("Struct", x.format)
    if isinstance(x, sqlite3.Connection):
        try:
            return ("Connection", x.total_changes, x.in_transaction)
        except sqlite3.ProgrammingError:  # closed
            return ("Connection", "closed")
    if isinstance(x, contextvars.ContextVar):
        return ("ContextVar", x.name)
    if isinstance(x, contextvars.Token):
        return ("Token", x.var.name, canon(x.old_value, depth + 1))
    if isinstance(x, decimal.Context):
        signals = lambda d: sorted(k.__name__ for k, v in d.items() if v)  # noqa: E731
        return ("Context", x.prec, x.rounding, x.Emin, x.Emax, x.capitals, x.clamp, signals(x.flags), signals(x.traps))
    if type(x).__name__ == "ContextManager" and type(x).__module__ == "decimal":
        # decimal.localcontext(): what it would make current, read by entering it (and leaving).
        try:
            return ("localcontext", canon(x.__enter__(), depth + 1))
        finally:
            x.__exit__(None, None, None)
    if isinstance(x, decimal.Context):
        signals = lambda d: sorted(k.__name__ for k, v in d.items() if v)  # noqa: E731
        return ("Context", x.prec, x.rounding, x.Emin, x.Emax, x.capitals, x.clamp, signals(x.flags), signals(x.traps))
    if type(x).__name__ == "ContextManager" and type(x).__module__ == "decimal":
        # decimal.localcontext(): what it would make current, read by entering it (and leaving).
        try:
            return ("localcontext", canon(x.__enter__(), depth + 1))
        finally:
            x.__exit__(None, None, None)
    if inspect.iscoroutine(x):
        frame = x.cr_frame
        local = canon(dict(frame.f_locals), depth + 1) if frame is not None else None
        return ("coroutine", x.__qualname__, inspect.getcoroutinestate(x), local)
    if isinstance(x, asyncio.Future):
        inner = canon(x.get_coro(), depth + 1) if isinstance(x, asyncio.Task) else None
        return (type(x).__name__, x.done(), x.cancelled(), inner)
    return None


def canon(x, depth=0):
    """A value comparable with == that stands for x's observable state."""
    if depth > 20:
        return repr(x)
    if isinstance(x, type) and issubclass(x, tuple) and hasattr(x, "_fields"):
        # A class made by collections.namedtuple: its structure.
        return ("namedtuple", x.__name__, x._fields, canon(x._field_defaults, depth + 1))
    if not isinstance(x, ATOMS) and type(x).__eq__ is object.__eq__:
        state = state_canon(x, depth)
        if state is not None:
            return state
    if hasattr(x, "hexdigest") and hasattr(x, "copy") and hasattr(x, "update"):
        if x.name.startswith("shake_"):
            # A SHAKE digest takes the length wanted.
            return ("hash", x.name, x.copy().hexdigest(32))
        return ("hash", x.name, x.copy().hexdigest())
    if isinstance(x, BaseException):
        return ("exception", type(x).__name__, canon(x.args, depth + 1))
    if isinstance(x, VIEWS):
        return ("view", type(x).__name__, [canon(v, depth + 1) for v in x])
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [canon(v, depth + 1) for v in x])
    if isinstance(x, dict):
        return ("dict", [(canon(k, depth + 1), canon(v, depth + 1)) for k, v in x.items()])
    if isinstance(x, collections.abc.Iterator):
        # The first items of a copy (count() and cycle() never end).
        try:
            items = list(itertools.islice(copy.deepcopy(x), 1000))
            return ("iter", [canon(v, depth + 1) for v in items])
        except Exception:
            # Cannot be copied (generators, cursors): compared by identity, so that a call that
            # advances it cannot look like one that does not.
            return x
    if type(x) is object:
        return ("object", id(x))
    return x


def mutable_ids(x, out, depth=0):
    if depth > 20 or isinstance(x, ATOMS):
        return out
    out.add(id(x))
    if isinstance(x, dict):
        for k, v in x.items():
            mutable_ids(k, out, depth + 1)
            mutable_ids(v, out, depth + 1)
    elif isinstance(x, (list, tuple, set, frozenset)):
        for v in x:
            mutable_ids(v, out, depth + 1)
    if isinstance(x, (tuple, frozenset)):
        out.discard(id(x))
    return out


def parse_ty(s):
    s = s.strip()
    depth, start, alts = 0, 0, []
    for i, c in enumerate(s):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == "|" and depth == 0:
            alts.append(s[start:i])
            start = i + 1
    alts.append(s[start:])
    if len(alts) > 1:
        return ("union", [parse_ty(a) for a in alts])
    if s == "?":
        return ("any",)
    if "[" in s:
        name, inner = s.split("[", 1)
        inner = inner[:-1]
        parts, depth, start = [], 0, 0
        for i, c in enumerate(inner):
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
            elif c == "," and depth == 0:
                parts.append(inner[start:i])
                start = i + 1
        parts.append(inner[start:])
        return ("named", name.strip(), [parse_ty(p) for p in parts])
    return ("named", s, [])


def conforms(value, ty, classes):
    kind = ty[0]
    if kind == "any":
        return True
    if kind == "union":
        return any(conforms(value, t, classes) for t in ty[1])
    _, name, args = ty
    cls = classes.get(name)
    if cls is None:
        return False
    if not isinstance(value, cls):
        return False
    if not args:
        return True
    if name == "tuple":
        return len(value) == len(args) and all(conforms(v, t, classes) for v, t in zip(value, args))
    if name == "dict":
        return all(conforms(k, args[0], classes) for k in value) and (
            len(args) < 2 or all(conforms(v, args[1], classes) for v in value.values())
        )
    if name in ("list", "set", "frozenset"):
        return all(conforms(v, args[0], classes) for v in value)
    return True


def call(entry):
    example = entry["example"]
    if entry["owner"]:
        recv_text, _, args_text = example.partition("::")
        receiver = ev(recv_text)
        args, kwargs = arguments(args_text)
        method = entry["name"][len(entry["owner"]) + 1 :]
        fn = getattr(receiver, method)
        return receiver, args, kwargs, fn
    fn = resolve(entry["name"])
    args, kwargs = arguments(example)
    return None, args, kwargs, fn


class Unknowable:
    """The state before a call of an object that can be neither copied nor read as a value:
    equal to nothing, so the object counts as changed (a claim that it is not cannot be shown)."""

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True


def snapshot(x):
    """canon(x) as it is now, unaffected by what later happens to x."""
    if isinstance(x, ATOMS):
        return canon(x)
    try:
        return canon(copy.deepcopy(x))
    except Exception:  # noqa: BLE001 - objects that cannot be copied
        c = canon(x)
        if c is x:
            return Unknowable()
        return c


def run_once(entry):
    receiver, args, kwargs, fn = call(entry)
    before = [snapshot(a) for a in args]
    before_kw = {k: snapshot(v) for k, v in kwargs.items()}
    before_recv = snapshot(receiver) if receiver is not None else None
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        if not entry["owner"]:
            # Looked up when called, as the code does (`sys.stdout.write` is the captured stream).
            fn = resolve(entry["name"])
        try:
            result = fn(*args, **kwargs)
        except BaseException:
            close_coroutines({"result": None, "receiver": receiver, "args": args, "kwargs": kwargs})
            raise
    changed = {}
    for i, a in enumerate(args):
        changed[("pos", i)] = canon(a) != before[i]
    for k, v in kwargs.items():
        changed[("kw", k)] = canon(v) != before_kw[k]
    if receiver is not None:
        changed[("self",)] = canon(receiver) != before_recv
    return {
        "receiver": receiver,
        "args": args,
        "kwargs": kwargs,
        "result": result,
        "changed": changed,
        "stdout": out.getvalue(),
        "stderr": err.getvalue(),
    }


def run(entry):
    """run_once, inside a running event loop when the call needs one (`asyncio.create_task`)."""
    try:
        return run_once(entry)
    except RuntimeError as e:
        if "no running event loop" not in str(e) and "no current event loop" not in str(e):
            raise
    import asyncio

    async def in_loop():
        return run_once(entry)

    return asyncio.run(in_loop())


def close_coroutines(outcome):
    """Close the coroutines an example made and never awaited (else Python warns when they are
    collected, in the middle of another entry's check)."""
    for x in [outcome["result"], outcome["receiver"], *outcome["args"], *outcome["kwargs"].values()]:
        if inspect.iscoroutine(x):
            x.close()


@contextlib.contextmanager
def isolated():
    """Undo what an example changes in the checking process's settings (the decimal context,
    limits, locale, warnings filters, logging, working directory, environment, random state), so
    that one entry's example cannot change what the next one shows."""
    import locale
    import logging
    import random
    import socket
    import warnings

    context = decimal.getcontext().copy()
    recursion = sys.getrecursionlimit()
    digits = sys.get_int_max_str_digits()
    loc = locale.setlocale(locale.LC_ALL)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    disabled = logging.root.manager.disable
    cwd = os.getcwd()
    environ = dict(os.environ)
    state = random.getstate()
    timeout = socket.getdefaulttimeout()
    path = list(sys.path)
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        with warnings.catch_warnings():
            yield
    finally:
        decimal.setcontext(context)
        sys.setrecursionlimit(recursion)
        sys.set_int_max_str_digits(digits)
        locale.setlocale(locale.LC_ALL, loc)
        root.handlers[:] = handlers
        root.setLevel(level)
        logging.disable(disabled)
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(environ)
        random.setstate(state)
        socket.setdefaulttimeout(timeout)
        sys.path[:] = path
        os.umask(umask)


def param_of(entry, key):
    """The parameter index a positional or keyword argument binds to (None: *args/**kwargs)."""
    params = entry["params"]
    if key[0] == "kw":
        for i, p in enumerate(params):
            if p["name"] == key[1] and p["kind"] in ("Normal", "KeywordOnly"):
                return i
        return None
    positional = [i for i, p in enumerate(params) if p["kind"] in ("Normal", "PositionalOnly", "Star")]
    if key[1] < len(positional):
        return positional[key[1]]
    if positional and params[positional[-1]]["kind"] == "Star":
        return positional[-1]
    return None


def _probe(setup, restore):
    return "%s\ntry:\n    RESULT = CALL\nfinally:\n    %s\n" % (setup, restore)


def _decimal_probe(change):
    return "with decimal.localcontext() as _c:\n    %s\n    RESULT = CALL\n" % change


# Each setting's probes: the call is run once under each changed value; the setting is shown to
# be read when one of them changes the result (or whether the call raises).
PROBES = {
    "decimal-context": [
        _decimal_probe("_c.prec = 5"),
        _decimal_probe("_c.rounding = decimal.ROUND_DOWN"),
        _decimal_probe("_c.Emin, _c.Emax = -5, 5"),
        _decimal_probe("_c.capitals = 0"),
        _decimal_probe("_c.traps[decimal.FloatOperation] = True"),
    ],
    "cwd": [
        _probe("_old = os.getcwd()\nos.chdir(tempfile.mkdtemp())", "os.chdir(_old)"),
    ],
    "recursion-limit": [
        _probe("_old = sys.getrecursionlimit()\nsys.setrecursionlimit(_old + 123)", "sys.setrecursionlimit(_old)"),
    ],
    "int-max-str-digits": [
        _probe("_old = sys.get_int_max_str_digits()\nsys.set_int_max_str_digits(640)", "sys.set_int_max_str_digits(_old)"),
    ],
}


def comparable(x, depth=0):
    """canon(x) without the objects it could only compare by identity (which would differ between
    any two calls)."""
    if depth > 20:
        return "deep"
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [comparable(v, depth + 1) for v in x])
    if isinstance(x, dict):
        return ("dict", [(comparable(k, depth + 1), comparable(v, depth + 1)) for k, v in x.items()])
    if not isinstance(x, ATOMS) and type(x).__eq__ is object.__eq__:
        return ("opaque", type(x).__name__)
    return x


def outcome(entry):
    """What one call gives: its result and what it left in its receiver and arguments, as
    values, or the kind of exception it raises."""
    try:
        r = run(entry)
        result = r["result"]
        if inspect.isgenerator(result):
            # What a lazy result gives when consumed (here, under the changed setting).
            result = ("generator", list(itertools.islice(result, 1000)))
        seen = [result, r["receiver"], r["args"], r["kwargs"]]
        value = comparable(canon(seen))
        close_coroutines(r)
        return ("result", value)
    except Exception as e:  # noqa: BLE001
        return ("raised", type(e).__name__)


def seed_free(x):
    """x with every set in a fixed order, so that its repr shows nothing of the hash seed but
    what a call made of it."""
    if isinstance(x, (set, frozenset)):
        return (type(x).__name__, sorted(repr(seed_free(v)) for v in x))
    if isinstance(x, (list, tuple)):
        return type(x)(seed_free(v) for v in x)
    if isinstance(x, dict):
        return {k: seed_free(v) for k, v in x.items()}
    return x


def probe_changes(entry, setting):
    """Run the call under a changed setting (in this process or a child) and compare."""
    if setting == "hash-seed":
        # A child runs the example as this script does and prints the values of the result and
        # of the arguments after the call (what `pickle.dump` wrote into its file).
        code = (
            "import json, sys\n"
            "sys.path.insert(0, %r)\n"
            "import check_claims as c\n"
            "r = c.run_once(json.loads(%r))\n"
            "seen = [r['result'], r['receiver'], r['args'], r['kwargs']]\n"
            "print(repr(c.seed_free(c.canon(seen))))\n"
        ) % (os.path.dirname(os.path.abspath(__file__)), json.dumps(entry))
        outs = []
        for seed in ("1", "2"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
            outs.append(p.stdout + p.stderr)
        return outs[0] != outs[1]
    templates = PROBES.get(setting)
    if templates is None:
        return None
    plain = outcome(entry)
    for template in templates:
        namespace = Names()
        namespace["ENTRY"] = entry
        glob = {"__builtins__": builtins, "_call": outcome, "decimal": decimal, "os": os, "sys": sys}
        glob["tempfile"] = importlib.import_module("tempfile")
        exec(template.replace("CALL", "_call(ENTRY)"), glob, namespace)
        if namespace["RESULT"] != plain:
            return True
    return False


def call_text(entry):
    if entry["owner"]:
        recv, _, args = entry["example"].partition("::")
        method = entry["name"][len(entry["owner"]) + 1 :]
        return "(%s).%s(%s)" % (recv, method, args)
    return "%s(%s)" % (entry["name"], entry["example"])


def check(entry, classes, picklable):
    problems = []
    name = entry["name"]
    try:
        if entry["owner"]:
            cls = classes.get(entry["owner"])
            method = name[len(entry["owner"]) + 1 :]
            if cls is None or not hasattr(cls if isinstance(cls, type) else cls[0], method):
                problems.append("no such method")
        else:
            resolve(name)
    except Exception as e:  # noqa: BLE001 - reported, not raised
        return ["does not exist: %r" % e]
    if entry["example"] is None:
        return problems
    try:
        first = run(entry)
    except Exception as e:  # noqa: BLE001
        return problems + ["example raised %s: %s" % (type(e).__name__, e)]
    try:
        return problems + check_run(entry, classes, picklable, first)
    finally:
        close_coroutines(first)


def check_run(entry, classes, picklable, first):
    problems = []
    effects = entry["effects"]
    kinds = {e if isinstance(e, str) else next(iter(e)) for e in effects}
    mutated = [e["Mutates"] for e in effects if isinstance(e, dict) and "Mutates" in e]
    every = "Every" in mutated
    mutated_params = {m["Param"] for m in mutated if isinstance(m, dict)}
    # Mutations, both ways.
    for key, changed in first["changed"].items():
        if key == ("self",):
            claimed = every or "Receiver" in mutated
            label = "the receiver"
        else:
            index = param_of(entry, key)
            claimed = every or index in mutated_params
            label = "argument %s" % (key[1],)
        if changed and not claimed:
            problems.append("mutates %s, which the entry does not say" % label)
        if claimed and not changed and not every:
            problems.append("claims to mutate %s, which the example leaves unchanged" % label)
    # Output.
    printed = first["stdout"] + first["stderr"]
    if printed and "Output" not in kinds:
        problems.append("prints %r but claims no output" % printed[:40])
    if "Output" in kinds and not printed:
        problems.append("claims output but prints nothing")
    # Result.
    result = first["result"]
    returns = entry["returns"]
    kind = returns["kind"]
    ty = parse_ty(returns["ty"])
    everything = list(first["args"]) + list(first["kwargs"].values())
    if first["receiver"] is not None:
        everything.append(first["receiver"])
    if kind == "Nothing" and result is not None:
        problems.append("returns %r, not None" % (result,))
    if kind == "Receiver" and result is not first["receiver"]:
        problems.append("does not return its receiver")
    if kind in ("New", "Holds", "Part") and not conforms(result, ty, classes):
        problems.append("returns %s, not %s" % (type(result).__name__, returns["ty"]))
    if kind == "New":
        shared = mutable_ids(result, set()) & set().union(*[mutable_ids(a, set()) for a in everything])
        if shared:
            problems.append("claims a new result, but it shares objects with the arguments")
    if kind == "Holds" and not isinstance(result, ATOMS) and any(result is a for a in everything):
        problems.append("claims a new container, but returns an argument")
    # Pickle round trip.
    if kind in ("New", "Holds", "Nothing") and returns["ty"] != "?":
        try:
            back = pickle.loads(pickle.dumps(result))
            equal = canon(back) == canon(result)
        except Exception:
            equal = False
        # (A type said not to pickle may still round-trip in this Python version: saying so
        # only makes the engine more careful.)
        if picklable and not equal:
            problems.append("the result type is said to pickle, but the round trip fails")
    # Determinism.
    if not kinds & {"Rng", "Clock", "Identity", "Io"} and returns["ty"] not in ("object", "iterator"):
        try:
            second = run(entry)
            # Objects compared by identity (a new function, a type variable) are compared by
            # type: two calls necessarily make two of them.
            differ = comparable(canon(second["result"])) != comparable(canon(result))
            close_coroutines(second)
            if differ:
                problems.append("two calls give different results, but it claims no clock, RNG or identity")
        except Exception as e:  # noqa: BLE001
            problems.append("second call raised %s" % e)
    # Settings read.
    for e in effects:
        if isinstance(e, dict) and "Reads" in e:
            changes = probe_changes(entry, e["Reads"])
            if changes is False:
                problems.append("claims to read %s, but changing it does not change the result" % e["Reads"])
    return problems


classes_unpicklable = set()


def main():
    data = json.load(sys.stdin)
    classes = {}
    for t in data["types"]:
        if t["python"]:
            try:
                classes[t["name"]] = ev(t["python"])
            except Exception as e:  # noqa: BLE001
                print("type %s: python=%s does not evaluate: %s" % (t["name"], t["python"], e))
                return 1
        if not t["picklable"]:
            classes_unpicklable.add(t["name"])
    failures = 0
    checked = 0
    for entry in data["entries"]:
        with isolated():
            problems = check(entry, classes, entry["pickles"])
        if entry["example"] is not None:
            checked += 1
        for p in problems:
            failures += 1
            print("%s (%s): %s" % (entry["name"], entry["at"], p))
    print("checked %d examples of %d entries; %d problems" % (checked, len(data["entries"]), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
