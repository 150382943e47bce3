//! What a program does while it runs that a rewrite's workers do not see or that changes what
//! crosses to them, found once per file by its syntax: class attributes assigned after import,
//! module state changed through reflection (`globals()`, `sys.modules`, `setattr`, `type()`),
//! exception details inspected by handlers, properties and special methods with side effects,
//! classes pickled by a name they are not bound to, objects linked into deep chains, and
//! classes whose objects hold something that does not pickle.
//!
//! These are facts about the whole program, not about one call: an item reaches a class through
//! its attributes (`job.kind.rounds`), a handler three callers up reads `__cause__`. The
//! boundary ([`crate::boundary::process_state_reasons`]) turns them into `review` reasons for
//! rewrites that run work in another process.

use crate::ast::Node;

use crate::kb;
use crate::module::{BindingKind, ModuleInfo, Resolved};
use crate::py::{self, field, kids, text};
pub use crate::vocab::{Hazard, HazardKind, TaskGroup};

/// Special methods that run implicitly on an object (conversions, comparisons, hashing,
/// attribute access, iteration, operators); construction and context management are explicit
/// calls the effect analysis sees.
const IMPLICIT: &[&str] = &[
    "__str__",
    "__repr__",
    "__format__",
    "__bytes__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__len__",
    "__iter__",
    "__next__",
    "__contains__",
    "__getitem__",
    "__getattr__",
    "__getattribute__",
    "__get__",
    "__index__",
    "__int__",
    "__float__",
    "__add__",
    "__radd__",
    "__sub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
];

/// Methods that change their receiver.
const MUTATORS: &[&str] = &[
    "append",
    "extend",
    "insert",
    "add",
    "update",
    "setdefault",
    "pop",
    "popitem",
    "remove",
    "discard",
    "clear",
    "appendleft",
    "extendleft",
    "sort",
    "write",
];

/// Every hazard of one file, and the coroutines it runs at the same time.
pub fn collect(module: &ModuleInfo, src: &str, root: Node<'_>) -> (Vec<Hazard>, Vec<TaskGroup>) {
    let mut out = Vec::new();
    let mut groups = Vec::new();
    let push = |out: &mut Vec<Hazard>, kind: HazardKind, n: Node<'_>| {
        let code: String = text(src, n)
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(80)
            .collect();
        out.push(Hazard {
            kind,
            line: n.start_position().row + 1,
            code,
        });
    };
    // Mutable containers defined in class bodies (`rates = {...}`): changed through an
    // instance (`p.rates["pro"] = 5`, `self.blocked.append(x)`) they change the class.
    let class_containers = class_containers(src, root);
    let class_named = |name: &str| {
        module
            .bindings
            .get(name)
            .is_some_and(|b| b.kind == BindingKind::Class)
    };
    py::walk(root, true, &mut |n| {
        let run_time = || at_run_time(src, n);
        match n.kind() {
            "assignment" if linked_display(src, n).is_some() => {
                if let Some(class) = linked_display(src, n) {
                    push(&mut out, HazardKind::Linked { class }, n);
                }
            }
            "assignment" | "augmented_assignment" | "delete_statement" => {
                let targets: Vec<Node<'_>> = if n.kind() == "delete_statement" {
                    py::delete_targets(n)
                } else {
                    field(n, "left").into_iter().collect()
                };
                let mut bases = Vec::new();
                for t in targets {
                    py::target_bases(t, &mut bases);
                }
                for b in bases {
                    if let Some(class) = class_of_store(src, b, &class_named)
                        .or_else(|| container_of_store(src, b, &class_containers, false))
                    {
                        if run_time() {
                            push(&mut out, HazardKind::ClassState { class }, n);
                        }
                    }
                    // `memoryview(KEY)[:4] = b"..."` writes into `KEY`'s memory.
                    let into_view = b.kind() == "subscript"
                        && field(b, "value").is_some_and(|v| {
                            v.kind() == "call"
                                && field(v, "function")
                                    .is_some_and(|f| text(src, f) == "memoryview")
                        });
                    if into_view && run_time() {
                        push(&mut out, HazardKind::Reflective, n);
                    }
                }
            }
            "call" => {
                let Some(func) = field(n, "function") else {
                    return;
                };
                if let Some(class) = nan_constructor(module, src, n, func) {
                    push(&mut out, HazardKind::SharedNan { class }, n);
                }
                let last = match func.kind() {
                    "identifier" => text(src, func),
                    "attribute" => field(func, "attribute").map(|a| text(src, a)).unwrap_or(""),
                    _ => "",
                };
                // `C.attr.append(x)`, `cls.registry.update(...)`.
                if func.kind() == "attribute" && MUTATORS.contains(&last) {
                    let object = field(func, "object");
                    if let Some(class) = object.and_then(|o| {
                        class_of_store(src, o, &class_named)
                            .or_else(|| container_of_store(src, o, &class_containers, true))
                    }) {
                        if run_time() {
                            push(&mut out, HazardKind::ClassState { class }, n);
                        }
                    }
                    // A lambda that changes module state (`SETTERS = {"a": lambda v:
                    // CONFIG.update(v)}`) runs whenever it is called.
                    let module_object = object.is_some_and(|o| {
                        o.kind() == "identifier"
                            && module
                                .bindings
                                .get(text(src, o))
                                .is_some_and(|b| b.kind == BindingKind::Value)
                    });
                    if module_object && in_lambda(n) {
                        push(&mut out, HazardKind::Reflective, n);
                    }
                }
                if matches!(
                    last,
                    "globals"
                        | "exec"
                        | "eval"
                        | "import_module"
                        | "__import__"
                        | "memoryview"
                        | "reload"
                        | "setattr"
                        | "delattr"
                        | "type"
                        | "extract_tb"
                        | "walk_tb"
                        | "TracebackException"
                        | "from_exception"
                        | "trace"
                        | "exc_info"
                        | "setrlimit"
                        | "prlimit"
                        | "setprofile"
                        | "settrace"
                        | "setprofile_all_threads"
                        | "settrace_all_threads"
                        | "Profile"
                        | "run"
                        | "runctx"
                        | "start"
                        | "thread_time"
                        | "thread_time_ns"
                        | "getrusage"
                        | "install_opener"
                        | "HTTPCookieProcessor"
                ) {
                    let args = field(n, "arguments").map(kids).unwrap_or_default();
                    let name = py::dotted(src, func).unwrap_or_default();
                    let q = match module.resolve_dotted(&name) {
                        Resolved::Qualified(q) => q,
                        _ => name,
                    };
                    let kind = match q.as_str() {
                        // Code in a string may change any module's state (`exec("m.X = 1")`).
                        "builtins.globals"
                        | "builtins.exec"
                        | "builtins.eval"
                        | "importlib.reload"
                        | "imp.reload"
                        | "importlib.import_module"
                        | "builtins.__import__" => Some(HazardKind::Reflective),
                        // A writable view of module state (`memoryview(KEY)`).
                        "builtins.memoryview" => args
                            .first()
                            .filter(|a| {
                                a.kind() == "identifier"
                                    && module
                                        .bindings
                                        .get(text(src, **a))
                                        .is_some_and(|b| b.kind == BindingKind::Value)
                            })
                            .map(|_| HazardKind::Reflective),
                        "builtins.setattr" | "builtins.delattr" => args
                            .first()
                            .filter(|obj| {
                                let t = text(src, **obj);
                                t != "self"
                                    && (t.starts_with("sys.modules")
                                        || class_of_store(src, **obj, &class_named).is_some()
                                        || is_class_expr(src, **obj, &class_named))
                            })
                            .map(|_| HazardKind::Reflective),
                        "builtins.type" if args.len() == 3 => Some(HazardKind::Reflective),
                        "traceback.extract_tb"
                        | "traceback.walk_tb"
                        | "traceback.TracebackException"
                        | "traceback.TracebackException.from_exception"
                        | "inspect.trace"
                        | "sys.exc_info" => Some(HazardKind::InspectsExceptions),
                        "resource.setrlimit" | "resource.prlimit" => {
                            push(&mut out, HazardKind::ResourceLimits, n);
                            None
                        }
                        "sys.setprofile"
                        | "sys.settrace"
                        | "threading.setprofile"
                        | "threading.settrace"
                        | "threading.setprofile_all_threads"
                        | "threading.settrace_all_threads"
                        | "cProfile.Profile"
                        | "cProfile.run"
                        | "cProfile.runctx"
                        | "profile.Profile"
                        | "profile.run"
                        | "profile.runctx"
                        | "tracemalloc.start"
                        | "time.thread_time"
                        | "time.thread_time_ns"
                        | "resource.getrusage" => {
                            push(&mut out, HazardKind::Instrumentation, n);
                            None
                        }
                        "urllib.request.install_opener" | "urllib.request.HTTPCookieProcessor" => {
                            push(&mut out, HazardKind::SharedOpener, n);
                            None
                        }
                        _ => None,
                    };
                    if let Some(kind) = kind.filter(|_| run_time()) {
                        push(&mut out, kind, n);
                    }
                }
                if let Some(class) = linked_class(src, n, &class_named) {
                    push(&mut out, HazardKind::Linked { class }, n);
                }
                if matches!(
                    last,
                    "Thread"
                        | "Timer"
                        | "gather"
                        | "wait"
                        | "as_completed"
                        | "create_task"
                        | "ensure_future"
                        | "start_soon"
                        | "run_coroutine_threadsafe"
                ) {
                    groups.extend(task_group_of(module, src, n));
                }
            }
            "attribute" => {
                let attr = field(n, "attribute").map(|a| text(src, a)).unwrap_or("");
                // `math.nan`, `np.nan`: one NaN object, shared by everything that reads it.
                if attr == "nan"
                    && field(n, "object").is_some_and(|o| {
                        o.kind() == "identifier"
                            && matches!(
                                module.resolve(text(src, o)),
                                Resolved::Qualified(q) if matches!(q.as_str(), "math" | "cmath" | "numpy")
                            )
                    })
                {
                    let class = "float".to_owned();
                    push(&mut out, HazardKind::SharedNan { class }, n);
                }
                if matches!(
                    attr,
                    "__cause__" | "__context__" | "__traceback__" | "tb_frame" | "tb_next"
                ) && run_time()
                {
                    push(&mut out, HazardKind::InspectsExceptions, n);
                }
                // A function's defaults or globals, or an object's item setter handed around
                // (`map(SALTS.__setitem__, ...)`): module state changed out of sight.
                if matches!(
                    attr,
                    "__defaults__"
                        | "__kwdefaults__"
                        | "__globals__"
                        | "__code__"
                        | "__setitem__"
                        | "__delitem__"
                        | "__setattr__"
                ) && run_time()
                {
                    push(&mut out, HazardKind::Reflective, n);
                }
            }
            // `sys.modules[k] = m`, `sys.modules[__name__].X = v`.
            "subscript"
                if field(n, "value").is_some_and(|v| text(src, v) == "sys.modules")
                    && run_time() =>
            {
                push(&mut out, HazardKind::Reflective, n);
            }
            // `from math import nan`.
            "identifier"
                if text(src, n) == "nan"
                    && matches!(
                        module.resolve("nan"),
                        Resolved::Qualified(q) if matches!(q.as_str(), "math.nan" | "cmath.nan" | "numpy.nan")
                    ) =>
            {
                let class = "float".to_owned();
                push(&mut out, HazardKind::SharedNan { class }, n);
            }
            "class_definition" => class_hazards(module, src, n, &mut out, &push),
            "expression_statement" if n.parent().is_some_and(|p| p.kind() == "module") => {
                if let Some(a) = kids(n).first().filter(|a| a.kind() == "assignment") {
                    if let Some(class) = name_mismatch(module, src, *a) {
                        push(&mut out, HazardKind::NameMismatch { class }, n);
                    }
                }
            }
            _ => {}
        }
    });
    out.sort();
    out.dedup();
    (out, groups)
}

/// Names of mutable containers defined in the bodies of the file's classes (`rates = {...}`,
/// `blocked = []`), with their class.
fn class_containers(src: &str, root: Node<'_>) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    py::walk(root, true, &mut |n| {
        if n.kind() != "class_definition" {
            return;
        }
        let class = field(n, "name").map(|c| text(src, c)).unwrap_or("?");
        let Some(body) = field(n, "body") else {
            return;
        };
        for stmt in py::statements(body) {
            let Some(a) = kids(stmt)
                .first()
                .copied()
                .filter(|a| a.kind() == "assignment")
            else {
                continue;
            };
            let (Some(l), Some(r)) = (field(a, "left"), field(a, "right")) else {
                continue;
            };
            let container = match r.kind() {
                "dictionary"
                | "list"
                | "set"
                | "dictionary_comprehension"
                | "list_comprehension"
                | "set_comprehension" => true,
                "call" => field(r, "function").is_some_and(|f| {
                    let t = text(src, f);
                    matches!(
                        t,
                        "dict"
                            | "list"
                            | "set"
                            | "defaultdict"
                            | "OrderedDict"
                            | "Counter"
                            | "deque"
                    ) || t.ends_with(".defaultdict")
                        || t.ends_with(".OrderedDict")
                        || t.ends_with(".Counter")
                        || t.ends_with(".deque")
                }),
                _ => false,
            };
            if container && l.kind() == "identifier" {
                out.insert(text(src, l).to_owned(), class.to_owned());
            }
        }
    });
    out
}

/// `x.rates[k] = v` (a store into), or `x.rates` as the receiver of a mutating method
/// (`receiver`): an attribute named like a class's mutable container, whatever `x` is. A plain
/// `x.rates = v` rebinds an instance attribute and does not count.
fn container_of_store(
    src: &str,
    target: Node<'_>,
    containers: &std::collections::BTreeMap<String, String>,
    receiver: bool,
) -> Option<String> {
    let mut node = target;
    while node.kind() == "subscript" {
        node = field(node, "value")?;
    }
    if node.kind() != "attribute" || (!receiver && node.id() == target.id()) {
        return None;
    }
    let name = field(node, "attribute").map(|a| text(src, a))?;
    containers.get(name).cloned()
}

/// The qualified name of the function `n` is in (`mod.main`), the code that goes on while a
/// task or thread it starts runs.
fn enclosing_function(module: &ModuleInfo, src: &str, n: Node<'_>) -> Option<String> {
    let mut p = n.parent();
    while let Some(node) = p {
        if node.kind() == "function_definition" {
            return field(node, "name").map(|f| format!("{}.{}", module.name, text(src, f)));
        }
        p = node.parent();
    }
    None
}

/// Whether `n` is inside a lambda.
fn in_lambda(n: Node<'_>) -> bool {
    let mut p = n.parent();
    while let Some(node) = p {
        match node.kind() {
            "lambda" => return true,
            "function_definition" | "class_definition" => return false,
            _ => {}
        }
        p = node.parent();
    }
    false
}

/// Whether code at `n` runs after the module was imported: inside a function, or under
/// `if __name__ == "__main__":`.
fn at_run_time(src: &str, n: Node<'_>) -> bool {
    let mut p = n.parent();
    while let Some(node) = p {
        match node.kind() {
            "function_definition" | "lambda" => return true,
            "if_statement" if py::is_main_guard(src, node) => return true,
            _ => {}
        }
        p = node.parent();
    }
    false
}

/// The class whose attribute a store target (or a receiver) names: `C.x`, `cls.x` in a
/// classmethod, `type(self).x`, `self.__class__.x`, and the same one level deeper (`C.x[k]`).
fn class_of_store(
    src: &str,
    target: Node<'_>,
    class_named: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let mut node = target;
    // `C.registry[k] = v` and `C.registry.x = v` change `C.registry`.
    while matches!(node.kind(), "subscript") {
        node = field(node, "value")?;
    }
    if node.kind() != "attribute" {
        return None;
    }
    let mut obj = field(node, "object")?;
    while obj.kind() == "attribute" && !is_class_expr(src, obj, class_named) {
        obj = field(obj, "object")?;
    }
    is_class_expr(src, obj, class_named).then(|| text(src, obj).to_owned())
}

fn is_class_expr(src: &str, obj: Node<'_>, class_named: &dyn Fn(&str) -> bool) -> bool {
    let t = text(src, obj);
    match obj.kind() {
        "identifier" if class_named(t) => !shadowed(src, obj, t),
        "identifier" if t == "cls" => in_classmethod(src, obj),
        "call" => t.replace(' ', "") == "type(self)",
        "attribute" => field(obj, "attribute").is_some_and(|a| text(src, a) == "__class__"),
        _ => false,
    }
}

/// Whether a name is a parameter or local of the function `n` is in (then it is not the
/// module-level class of that name).
fn shadowed(src: &str, n: Node<'_>, name: &str) -> bool {
    let mut p = n.parent();
    while let Some(node) = p {
        if node.kind() == "function_definition" {
            let params = field(node, "parameters")
                .map(|p| py::parameter_names(src, p))
                .unwrap_or_default();
            return params.iter().any(|p| p == name);
        }
        p = node.parent();
    }
    false
}

/// Whether `n` is inside a method decorated `@classmethod` (or `__init_subclass__`, which is
/// one implicitly).
fn in_classmethod(src: &str, n: Node<'_>) -> bool {
    let mut p = n.parent();
    while let Some(node) = p {
        if node.kind() == "function_definition" {
            if field(node, "name").is_some_and(|f| text(src, f) == "__init_subclass__") {
                return true;
            }
            return node
                .parent()
                .filter(|d| d.kind() == "decorated_definition")
                .is_some_and(|d| {
                    kids(d)
                        .iter()
                        .any(|k| k.kind() == "decorator" && text(src, *k).contains("classmethod"))
                });
        }
        p = node.parent();
    }
    false
}

/// `node = Node(v, node)` or `Node(v, Node(w, None))`: the class's objects are chained.
fn linked_class(src: &str, call: Node<'_>, class_named: &dyn Fn(&str) -> bool) -> Option<String> {
    let func = field(call, "function")?;
    if func.kind() != "identifier" || !class_named(text(src, func)) {
        return None;
    }
    let class = text(src, func);
    let args = field(call, "arguments").map(kids).unwrap_or_default();
    let target = call
        .parent()
        .filter(|p| p.kind() == "assignment")
        .and_then(|a| field(a, "left"))
        .map(|l| text(src, l));
    let values = args.iter().filter_map(|a| match a.kind() {
        "keyword_argument" => field(*a, "value"),
        _ => Some(*a),
    });
    let chained = values.into_iter().any(|v| {
        (target.is_some_and(|t| t == text(src, v)) && v.kind() == "identifier")
            || (v.kind() == "call" && field(v, "function").is_some_and(|f| text(src, f) == class))
    });
    chained.then(|| class.to_owned())
}

/// `node = (value, node)`, `node = [value, node]`, `node = {"next": node}`: a chain of
/// displays, named by the display's type.
fn linked_display(src: &str, assignment: Node<'_>) -> Option<String> {
    let left = field(assignment, "left").filter(|l| l.kind() == "identifier")?;
    let right = py::unparen(field(assignment, "right")?);
    let (kind, parts) = match right.kind() {
        "tuple" | "expression_list" => ("tuple", kids(right).into_iter().collect::<Vec<_>>()),
        "list" => ("list", kids(right).into_iter().collect()),
        "dictionary" => (
            "dict",
            kids(right)
                .into_iter()
                .filter_map(|p| field(p, "value"))
                .collect(),
        ),
        _ => return None,
    };
    let name = text(src, left);
    parts
        .iter()
        .any(|p| p.kind() == "identifier" && text(src, *p) == name)
        .then(|| kind.to_owned())
}

/// `Point = namedtuple("Pt", ...)` (also `typing.NamedTuple`, `type`, `enum.Enum`,
/// `dataclasses.make_dataclass`, `types.new_class`): the class's `__name__` is not the name it
/// is bound to.
fn name_mismatch(module: &ModuleInfo, src: &str, assignment: Node<'_>) -> Option<String> {
    let left = field(assignment, "left")?;
    let right = field(assignment, "right")?;
    if left.kind() != "identifier" || right.kind() != "call" {
        return None;
    }
    let func = py::dotted(src, field(right, "function")?)?;
    let q = match module.resolve_dotted(&func) {
        Resolved::Qualified(q) => q,
        _ => return None,
    };
    if !matches!(
        q.as_str(),
        "collections.namedtuple"
            | "typing.NamedTuple"
            | "builtins.type"
            | "enum.Enum"
            | "enum.IntEnum"
            | "dataclasses.make_dataclass"
            | "types.new_class"
    ) {
        return None;
    }
    let first = kids(field(right, "arguments")?).into_iter().next()?;
    let given = py::string_value(src, first)?;
    let bound = text(src, left);
    (given != bound).then(|| bound.to_owned())
}

/// Hazards of one class body: special methods and properties with side effects, attributes
/// holding what does not pickle.
fn class_hazards(
    module: &ModuleInfo,
    src: &str,
    class: Node<'_>,
    out: &mut Vec<Hazard>,
    push: &dyn Fn(&mut Vec<Hazard>, HazardKind, Node<'_>),
) {
    let Some(name) = field(class, "name").map(|n| text(src, n)) else {
        return;
    };
    let Some(body) = field(class, "body") else {
        return;
    };
    for stmt in py::statements(body) {
        let (def, decorators) = match stmt.kind() {
            "decorated_definition" => (
                field(stmt, "definition"),
                kids(stmt)
                    .into_iter()
                    .filter(|k| k.kind() == "decorator")
                    .map(|k| text(src, k).to_owned())
                    .collect::<Vec<_>>(),
            ),
            _ => (Some(stmt), vec![]),
        };
        let Some(def) = def.filter(|d| d.kind() == "function_definition") else {
            continue;
        };
        let method = field(def, "name").map(|n| text(src, n)).unwrap_or("");
        let property = decorators
            .iter()
            .any(|d| d.trim_start_matches('@').trim() == "property");
        if IMPLICIT.contains(&method) || property {
            if let Some(at) = field(def, "body").and_then(|b| side_effect(module, src, b)) {
                push(
                    out,
                    HazardKind::ImplicitEffects {
                        member: format!("{name}.{method}"),
                    },
                    at,
                );
            }
        }
        // `self.x = <unpicklable>` in any method.
        let Some(b) = field(def, "body") else {
            continue;
        };
        py::walk(b, false, &mut |n| {
            if n.kind() != "assignment" {
                return;
            }
            let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) else {
                return;
            };
            if l.kind() != "attribute" || field(l, "object").is_none_or(|o| text(src, o) != "self")
            {
                return;
            }
            if let Some(what) = unpicklable_value(module, src, r) {
                push(
                    out,
                    HazardKind::HoldsUnpicklable {
                        class: name.to_owned(),
                        what,
                    },
                    n,
                );
            }
        });
    }
}

/// What of a value does not pickle: a lambda, a generator, or a call whose knowledge-base
/// result type does not pickle (`threading.Lock()`, `weakref.ref(x)`, `open(p)`).
fn unpicklable_value(module: &ModuleInfo, src: &str, value: Node<'_>) -> Option<String> {
    match value.kind() {
        "conditional_expression" | "parenthesized_expression" | "boolean_operator" => kids(value)
            .into_iter()
            .find_map(|k| unpicklable_value(module, src, k)),
        "lambda" => Some("a lambda".to_owned()),
        "generator_expression" => Some("a generator".to_owned()),
        "call" => {
            let d = py::dotted(src, field(value, "function")?)?;
            let Resolved::Qualified(q) = module.resolve_dotted(&d) else {
                return None;
            };
            let entry = kb::function(&q)?;
            let ty = entry.returns.ty();
            ty.has_unpicklable().then(|| format!("`{ty}` (`{d}(...)`)"))
        }
        _ => None,
    }
}

/// The first statement of a property or special method's body that changes something other
/// than its own local variables, or writes output.
fn side_effect<'t>(module: &ModuleInfo, src: &str, body: Node<'t>) -> Option<Node<'t>> {
    let mut found = None;
    // A store into or a mutation of `self`, `cls` or a module-level object (not a local).
    let shared = |n: Node<'_>| {
        py::base_name(n).is_some_and(|b| {
            let t = text(src, b);
            t == "self" || t == "cls" || module.bindings.contains_key(t)
        })
    };
    py::walk(body, false, &mut |n| {
        if found.is_some() {
            return;
        }
        let hit = match n.kind() {
            "global_statement" | "nonlocal_statement" => true,
            "assignment" | "augmented_assignment" => field(n, "left").is_some_and(|l| {
                let mut bases = Vec::new();
                py::target_bases(l, &mut bases);
                bases.into_iter().any(shared)
            }),
            "delete_statement" => py::delete_targets(n).into_iter().any(shared),
            "call" => field(n, "function").is_some_and(|f| {
                let t = text(src, f);
                t == "print"
                    || t.starts_with("logging.")
                    || t.starts_with("logger.")
                    || t.starts_with("log.")
                    || (f.kind() == "attribute"
                        && field(f, "attribute").is_some_and(|a| MUTATORS.contains(&text(src, a)))
                        && field(f, "object").is_some_and(shared))
            }),
            _ => false,
        };
        if hit {
            found = Some(n);
        }
    });
    found
}

/// Coroutines run at the same time by one call: `asyncio.gather(a(), *(b(x) for x in
/// xs))`, `asyncio.wait`/`as_completed` of a display, and `create_task(c())` (also on a task
/// group or a loop, and `ensure_future`) with the function that creates it.
fn task_group_of(module: &ModuleInfo, src: &str, n: Node<'_>) -> Option<TaskGroup> {
    let resolve = |f: Node<'_>| -> Option<String> {
        let d = py::dotted(src, f)?;
        match module.resolve_dotted(&d) {
            Resolved::Qualified(q) => Some(q),
            _ => None,
        }
    };
    // The coroutine function an awaitable expression runs, and whether it stands for many.
    let member = |e: Node<'_>| -> (Option<String>, bool) {
        let e = py::unparen(e);
        match e.kind() {
            "call" => (field(e, "function").and_then(resolve), false),
            "list_splat" => {
                let inner = kids(e).into_iter().next().map(py::unparen);
                let body = inner
                    .filter(|i| matches!(i.kind(), "generator_expression" | "list_comprehension"))
                    .and_then(|i| field(i, "body"))
                    .map(py::unparen);
                match body {
                    Some(b) if b.kind() == "call" => (field(b, "function").and_then(resolve), true),
                    _ => (None, true),
                }
            }
            _ => (None, true),
        }
    };
    {
        let func = field(n, "function")?;
        let last = match func.kind() {
            "identifier" => text(src, func),
            "attribute" => field(func, "attribute").map(|a| text(src, a)).unwrap_or(""),
            _ => "",
        };
        let args: Vec<Node<'_>> = field(n, "arguments")
            .map(kids)
            .unwrap_or_default()
            .into_iter()
            .filter(|a| a.kind() != "keyword_argument")
            .collect();
        let site = format!("`{}` at line {}", last, n.start_position().row + 1);
        match last {
            "gather" => Some(TaskGroup {
                site,
                members: args.into_iter().map(member).collect(),
            }),
            "wait" | "as_completed" if resolve(func).is_some_and(|q| q.starts_with("asyncio.")) => {
                let members = match args.first().map(|a| py::unparen(*a)) {
                    Some(a) if matches!(a.kind(), "list" | "tuple" | "set") => {
                        kids(a).into_iter().map(member).collect()
                    }
                    Some(a)
                        if matches!(
                            a.kind(),
                            "list_comprehension" | "generator_expression" | "set_comprehension"
                        ) =>
                    {
                        let b = field(a, "body").map(py::unparen);
                        vec![match b {
                            Some(b) if b.kind() == "call" => {
                                (field(b, "function").and_then(resolve), true)
                            }
                            _ => (None, true),
                        }]
                    }
                    _ => vec![(None, true)],
                };
                Some(TaskGroup { site, members })
            }
            // A thread running a project function alongside the code that starts it.
            "Thread" | "Timer"
                if resolve(func)
                    .is_some_and(|q| q == "threading.Thread" || q == "threading.Timer") =>
            {
                let target = field(n, "arguments")
                    .map(kids)
                    .unwrap_or_default()
                    .into_iter()
                    .find_map(|a| match a.kind() {
                        "keyword_argument"
                            if field(a, "name").is_some_and(|k| {
                                text(src, k) == "target" || text(src, k) == "function"
                            }) =>
                        {
                            field(a, "value")
                        }
                        _ => None,
                    })
                    .or_else(|| {
                        if last == "Timer" {
                            args.get(1).copied()
                        } else {
                            None
                        }
                    });
                // Only a project function is followed (a method of an object, such as a
                // server's `serve_forever`, is not).
                let target = target
                    .filter(|t| t.kind() == "identifier")
                    .and_then(resolve)
                    .filter(|q| q.starts_with(&format!("{}.", module.name)))?;
                let creator = enclosing_function(module, src, n);
                Some(TaskGroup {
                    site,
                    members: vec![(Some(target), false), (creator, false)],
                })
            }
            "create_task" | "ensure_future" | "start_soon" | "run_coroutine_threadsafe" => {
                let task = args.first().map(|a| member(*a)).map(|(q, _)| (q, true));
                let creator = enclosing_function(module, src, n);
                let mut members: Vec<(Option<String>, bool)> = task.into_iter().collect();
                members.push((creator, false));
                Some(TaskGroup { site, members })
            }
            _ => None,
        }
    }
}

/// `float("nan")`, `float("-NaN")`, `Decimal("nan")`: the type of the NaN object the call makes.
fn nan_constructor(
    module: &ModuleInfo,
    src: &str,
    call: Node<'_>,
    func: Node<'_>,
) -> Option<String> {
    // Cheap tests first: this runs for every call of every file.
    let last = match func.kind() {
        "identifier" => text(src, func),
        "attribute" => field(func, "attribute").map_or("", |a| text(src, a)),
        _ => "",
    };
    if !matches!(last, "float" | "Decimal") {
        return None;
    }
    let class = match py::dotted(src, func).map(|d| module.resolve_dotted(&d)) {
        Some(Resolved::Qualified(q)) if q == "builtins.float" => "float",
        Some(Resolved::Qualified(q)) if q == "decimal.Decimal" => "Decimal",
        _ => return None,
    };
    let arg = field(call, "arguments").and_then(|a| kids(a).into_iter().next())?;
    let value = py::string_value(src, arg)?;
    let value = value
        .trim()
        .trim_start_matches(['+', '-'])
        .to_ascii_lowercase();
    matches!(value.as_str(), "nan" | "snan").then(|| class.to_owned())
}
