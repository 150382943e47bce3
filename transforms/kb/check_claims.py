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
import io
import json
import os
import pickle
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


def canon(x, depth=0):
    """A value comparable with == that stands for x's observable state."""
    if depth > 20:
        return repr(x)
    if hasattr(x, "hexdigest") and hasattr(x, "copy") and hasattr(x, "update"):
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
        try:
            return ("iter", [canon(v, depth + 1) for v in copy.deepcopy(x)])
        except Exception:
            return ("iter", id(x))
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


def run_once(entry):
    receiver, args, kwargs, fn = call(entry)
    before = [canon(copy.deepcopy(a)) for a in args]
    before_kw = {k: canon(copy.deepcopy(v)) for k, v in kwargs.items()}
    before_recv = canon(receiver) if receiver is not None else None
    if receiver is not None and not isinstance(receiver, ATOMS):
        try:
            before_recv = canon(copy.deepcopy(receiver))
        except Exception:
            before_recv = canon(receiver)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        result = fn(*args, **kwargs)
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


PROBES = {
    "decimal-context": "with decimal.localcontext() as _c:\n    _c.prec = 5\n    RESULT = CALL\n",
}


def probe_changes(entry, setting):
    """Run the call under a changed setting (in this process or a child) and compare."""
    if setting == "hash-seed":
        code = (
            "import builtins, importlib\n"
            "print(repr(CALL))\n"
        )
        outs = []
        for seed in ("1", "2"):
            prog = code.replace("CALL", call_text(entry))
            env = dict(os.environ, PYTHONHASHSEED=seed)
            p = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True)
            outs.append(p.stdout + p.stderr)
        return outs[0] != outs[1]
    template = PROBES.get(setting)
    if template is None:
        return None
    plain = run_once(entry)["result"]
    namespace = Names()
    namespace["ENTRY"] = entry
    exec(template.replace("CALL", "_call(ENTRY)"), {"__builtins__": builtins, "_call": lambda e: run_once(e)["result"], "decimal": decimal}, namespace)
    return canon(namespace["RESULT"]) != canon(plain)


def call_text(entry):
    if entry["owner"]:
        recv, _, args = entry["example"].partition("::")
        method = entry["name"][len(entry["owner"]) + 1 :]
        return "(%s).%s(%s)" % (recv, method, args)
    module, _, name = entry["name"].rpartition(".")
    return "importlib.import_module(%r).%s(%s)" % (module, name, entry["example"])


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
        first = run_once(entry)
    except Exception as e:  # noqa: BLE001
        return problems + ["example raised %s: %s" % (type(e).__name__, e)]
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
            second = run_once(entry)
            if canon(second["result"]) != canon(result):
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
