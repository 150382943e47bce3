//! Changes a file makes to module state from outside that module's own functions: `mod.SCALE =
//! v`, `pkg.mod.CONFIG[k] = v`, `del mod.X`, `setattr(mod, "X", v)`, a mutating method call on
//! `mod.NAME` or on a name bound by `from pkg.mod import NAME`, test-time patching
//! (`monkeypatch.setattr`, `monkeypatch.setitem`, `mock.patch`, `patch.object`, `patch.dict`,
//! `patch.multiple`), and writes to the file's own variables under `if __name__ ==
//! "__main__":`. Found anywhere in the file: at import time, in `__main__` blocks, in functions and
//! in the methods of test classes.
//!
//! A worker process started with `spawn` or `forkserver` (macOS, Windows, Linux from Python 3.14)
//! imports the module again and sees the value its own import gives, not the one these writes
//! left in the parent. [`crate::project::Project::link_all`] resolves the paths against the project's
//! modules and marks the state they name as changed at run time.

use std::collections::{BTreeMap, BTreeSet};

use crate::ast::Node;

use crate::kb;
use crate::module::{ModuleInfo, Resolved};
use crate::py::{self, field, kids, text};
use crate::scope::{self, Scope};

pub use crate::module::ForeignWrite;

/// Keyword arguments of `patch.multiple` that are options, not attributes to patch.
const PATCH_MULTIPLE_OPTIONS: &[&str] = &["spec", "create", "spec_set", "autospec", "new_callable"];

/// Every change of `module`'s file (`root`) to state reached through an import, and to its own
/// variables under `if __name__ == "__main__":`.
pub fn collect(module: &ModuleInfo, src: &str, root: Node<'_>) -> BTreeSet<ForeignWrite> {
    let local_imports = local_import_statements(src, root);
    let mut scanner = Scanner {
        module,
        src,
        // Names some import of the file binds: only they can reach another module, so other
        // names are never resolved (resolving asks for the names a function binds).
        imported: module
            .import_bindings(src, local_imports.iter().map(|(_, n)| *n))
            .into_keys()
            .chain(module.imports.keys().cloned())
            .collect(),
        local_imports,
        frames: Vec::new(),
        out: BTreeSet::new(),
    };
    scanner.run(root);
    scanner.out
}

/// Import statements inside functions, with the function (node id) each belongs to. Found from
/// the text (an indented line starting with `import ` or `from `) rather than by walking the
/// whole tree: most files have none.
fn local_import_statements<'t>(src: &str, root: Node<'t>) -> Vec<(usize, Node<'t>)> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let code = line.trim_start_matches([' ', '\t']);
        if code.len() == line.len() || !(code.starts_with("import ") || code.starts_with("from ")) {
            continue;
        }
        let at = start + (line.len() - code.len());
        let Some(mut n) = root.descendant_for_byte_range(at, at) else {
            continue;
        };
        while n.start_byte() == at
            && !matches!(n.kind(), "import_statement" | "import_from_statement")
        {
            match n.parent() {
                Some(p) => n = p,
                None => break,
            }
        }
        if n.start_byte() != at || !matches!(n.kind(), "import_statement" | "import_from_statement")
        {
            continue;
        }
        let mut owner = n.parent();
        while let Some(p) =
            owner.filter(|p| !matches!(p.kind(), "function_definition" | "lambda" | "module"))
        {
            owner = p.parent();
        }
        if let Some(f) = owner.filter(|p| p.kind() != "module") {
            found.push((f.id(), n));
        }
    }
    found
}

/// A function, lambda or `__main__` block the walk is inside of.
struct Frame<'t> {
    depth: usize,
    node: Node<'t>,
    /// Names local to the function (bound in it and not declared `global`/`nonlocal`; `None`
    /// until first asked) and the ones its own imports bind.
    names: Option<(BTreeSet<String>, BTreeMap<String, String>)>,
}

struct Scanner<'a, 't> {
    module: &'a ModuleInfo,
    src: &'a str,
    imported: BTreeSet<String>,
    local_imports: Vec<(usize, Node<'t>)>,
    frames: Vec<Frame<'t>>,
    out: BTreeSet<ForeignWrite>,
}

impl<'t> Scanner<'_, 't> {
    /// One cursor walk over the whole tree, keeping the stack of enclosing functions.
    fn run(&mut self, root: Node<'t>) {
        let mut cursor = root.walk();
        let mut depth = 0usize;
        loop {
            let n = cursor.node();
            while self.frames.last().is_some_and(|f| f.depth >= depth) {
                self.frames.pop();
            }
            // `depth == 1`: a statement of the module itself.
            let opens = matches!(n.kind(), "function_definition" | "lambda")
                || (depth == 1 && self.frames.is_empty() && py::is_main_guard(self.src, n));
            if opens {
                self.frames.push(Frame {
                    depth,
                    node: n,
                    names: None,
                });
            }
            self.visit(n);
            if cursor.goto_first_child() {
                depth += 1;
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
        }
    }

    fn visit(&mut self, n: Node<'t>) {
        match n.kind() {
            "assignment" | "augmented_assignment" => {
                let Some(left) = field(n, "left") else { return };
                let mut bases = Vec::new();
                py::target_bases(left, &mut bases);
                for b in bases {
                    self.changed(b);
                }
                // `CONFIG += [...]` extends the imported list in place; under `__main__`, any
                // assignment re-binds a variable of this module.
                let mut names = Vec::new();
                py::target_names(self.src, left, &mut names);
                for (_, target) in names {
                    if n.kind() == "augmented_assignment" || self.in_main_block() {
                        self.changed(target);
                    }
                }
            }
            "delete_statement" => {
                for t in py::delete_targets(n) {
                    self.changed(t);
                }
            }
            "call" => self.call(n),
            _ => {}
        }
    }

    /// Record the module state a store into `target` (or a mutation of it) changes.
    fn changed(&mut self, target: Node<'t>) {
        if let Some(path) = self.path_of(target) {
            self.out.insert(ForeignWrite::Path(path));
        }
    }

    fn call(&mut self, call: Node<'t>) {
        let Some(func) = field(call, "function") else {
            return;
        };
        // `a.b.setattr`: `last` is `setattr`, `prev` is `b` (when it is a name).
        let name_of = |n: Node<'_>| match n.kind() {
            "identifier" => Some(text(self.src, n)),
            "attribute" => field(n, "attribute").map(|a| text(self.src, a)),
            _ => None,
        };
        let Some(last) = name_of(func) else { return };
        let prev = field(func, "object").and_then(name_of);
        let patching = matches!(
            last,
            "setattr" | "delattr" | "setitem" | "delitem" | "patch"
        ) || (prev == Some("patch")
            && matches!(last, "object" | "dict" | "multiple"));
        if !patching {
            self.method_call(func, last);
            return;
        }
        let args: Vec<Node<'t>> = field(call, "arguments")
            .map(kids)
            .unwrap_or_default()
            .to_vec();
        let positional: Vec<Node<'t>> = args
            .iter()
            .copied()
            .filter(|a| {
                !matches!(
                    a.kind(),
                    "keyword_argument" | "list_splat" | "dictionary_splat"
                )
            })
            .collect();
        let first = positional.first().copied();
        let first_string = first.and_then(|a| py::string_value(self.src, a));
        // The target as a dotted path: a string (`"pkg.mod.X"`) or an expression (`mod`).
        let first_path = |s: &mut Self| match first_string {
            Some(p) => Some(p.to_owned()),
            None => first.and_then(|a| s.path_of(a)),
        };
        match (prev, last) {
            // `setattr(mod, "X", v)`, `monkeypatch.setattr(mod, "X", v)`,
            // `monkeypatch.setattr("pkg.mod.X", v)`, `patch.object(mod, "X")`.
            (_, "setattr" | "delattr") | (Some("patch"), "object") => {
                if let (Some(s), true) = (first_string, func.kind() == "attribute") {
                    self.out.insert(ForeignWrite::Path(s.to_owned()));
                } else if let Some(p) = first.and_then(|a| self.path_of(a)) {
                    let name = positional
                        .get(1)
                        .and_then(|a| py::string_value(self.src, *a));
                    self.out.insert(match name {
                        Some(name) => ForeignWrite::Path(format!("{p}.{name}")),
                        None => ForeignWrite::AnyAttribute(p),
                    });
                }
            }
            // `monkeypatch.setitem(mod.CONFIG, "k", v)`, `patch.dict("pkg.mod.CONFIG", ...)`.
            (Some(_), "setitem" | "delitem") | (Some("patch"), "dict") => {
                if let Some(p) = first_path(self) {
                    self.out.insert(ForeignWrite::Path(p));
                }
            }
            // `patch.multiple("pkg.mod", SCALE=3)`.
            (Some("patch"), "multiple") => {
                let Some(base) = first_path(self) else { return };
                let mut every = true;
                for a in &args {
                    match a.kind() {
                        "keyword_argument" => {
                            let Some(k) = field(*a, "name").map(|k| text(self.src, k)) else {
                                continue;
                            };
                            if !PATCH_MULTIPLE_OPTIONS.contains(&k) {
                                every = false;
                                self.out.insert(ForeignWrite::Path(format!("{base}.{k}")));
                            }
                        }
                        "dictionary_splat" => {
                            self.out.insert(ForeignWrite::AnyAttribute(base.clone()));
                        }
                        _ => {}
                    }
                }
                if every {
                    self.out.insert(ForeignWrite::AnyAttribute(base));
                }
            }
            // `mock.patch("pkg.mod.X", ...)`, `@patch(...)`, `mocker.patch(...)`.
            (_, "patch") => {
                if let Some(s) = first_string {
                    self.out.insert(ForeignWrite::Path(s.to_owned()));
                }
            }
            _ => self.method_call(func, last),
        }
    }

    /// `mod.CONFIG.update(...)`, `CONFIG.clear()` on an imported name, `mod.TABLE[0].append(x)`:
    /// a method that may mutate its receiver, which is module state. Not a function of a module
    /// (`mod.work(...)`, `codecs.lookup(...)`) nor a known library call (`sys.stdout.write`).
    fn method_call(&mut self, func: Node<'t>, method: &str) {
        if func.kind() != "attribute" {
            return;
        }
        let Some(receiver) = field(func, "object") else {
            return;
        };
        let Some(head) = py::base_name(receiver).map(|h| text(self.src, h)) else {
            return;
        };
        if !self.may_resolve(head) {
            return;
        }
        // `import codecs`: `codecs` is a module, `codecs.lookup` one of its functions.
        if receiver.kind() == "identifier"
            && self.module.imports.get(head).is_some_and(|q| q == head)
        {
            return;
        }
        let known = py::dotted(self.src, func).is_some_and(|d| {
            matches!(self.module.resolve_dotted(&d), Resolved::Qualified(q) if kb::function(&q).is_some())
        });
        if !known {
            if let Some(path) = self.path_of(receiver) {
                self.out
                    .insert(ForeignWrite::MethodCall(path, method.to_owned()));
            }
        }
    }

    /// Whether `head` may name state of a module: bound by an import, or, inside the `__main__`
    /// block, a variable of this module. Other names are never resolved.
    fn may_resolve(&self, head: &str) -> bool {
        self.imported.contains(head)
            || (self
                .frames
                .first()
                .is_some_and(|f| f.node.kind() == "if_statement")
                && self.module.bindings.contains_key(head))
    }

    fn in_main_block(&self) -> bool {
        matches!(self.frames.as_slice(), [only] if only.node.kind() == "if_statement")
    }

    /// The dotted path of the module state that `node` (a target, receiver or argument) is or
    /// is inside of: `mod.CONFIG["k"]` -> `pkg.mod.CONFIG`. `None` for locals and values that
    /// are not reached through an import (or, under `__main__`, a variable of this module).
    fn path_of(&mut self, node: Node<'t>) -> Option<String> {
        let mut n = py::unparen(node);
        loop {
            if let Some(d) = py::dotted(self.src, n) {
                return self.resolve(&d);
            }
            n = match n.kind() {
                "attribute" => field(n, "object")?,
                "subscript" => field(n, "value")?,
                "parenthesized_expression" => py::unparen(n),
                _ => return None,
            };
        }
    }

    /// `mod.CONFIG` -> `pkg.mod.CONFIG` when `mod` is bound by an import (of the enclosing
    /// functions or of the module) and not shadowed by a local.
    fn resolve(&mut self, dotted: &str) -> Option<String> {
        let (head, rest) = match dotted.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (dotted, None),
        };
        let join = |q: &str| match rest {
            Some(r) => format!("{q}.{r}"),
            None => q.to_owned(),
        };
        if !self.may_resolve(head) {
            return None;
        }
        let (src, module, local_imports) = (self.src, self.module, &self.local_imports);
        let own = || !module.imports.contains_key(head) && module.bindings.contains_key(head);
        for frame in self.frames.iter_mut().rev() {
            if frame.node.kind() == "if_statement" {
                // The `__main__` block: its names are this module's variables.
                if own() {
                    return Some(join(&format!("{}.{head}", module.name)));
                }
                continue;
            }
            let (locals, imports) = frame.names.get_or_insert_with(|| {
                let scope = Scope { node: frame.node };
                let mut locals = scope::bound_names(src, scope, None);
                for name in scope::declared_names(src, scope) {
                    locals.remove(&name);
                }
                let own = local_imports.iter().filter(|(f, _)| *f == frame.node.id());
                let imports = module.import_bindings(src, own.map(|(_, n)| *n));
                (locals, imports)
            });
            if let Some(q) = imports.get(head) {
                return Some(join(q));
            }
            if locals.contains(head) {
                return None;
            }
        }
        module.imports.get(head).map(|q| join(q))
    }
}

/// Resolve `path` against the project's modules: the longest prefix that names a module, and
/// the variable of it the path goes through (`None` when the path is the module itself).
pub fn split_module<'p>(
    modules: &BTreeMap<String, std::sync::Arc<ModuleInfo>>,
    path: &'p str,
) -> Option<(&'p str, Option<&'p str>)> {
    let mut end = path.len();
    loop {
        let prefix = &path[..end];
        if modules.contains_key(prefix) {
            let rest = path[end..].strip_prefix('.');
            return Some((prefix, rest.map(|r| r.split('.').next().unwrap_or(r))));
        }
        end = prefix.rfind('.')?;
    }
}

/// The (module, variable) pairs of the project that `writes` change: a path into a project
/// module names one of its variables; a change to the module object itself with no known
/// name (`setattr(mod, name, v)`, `fill(mod)`, `mod.__dict__`) changes all of them. Paths
/// outside the project are dropped.
/// Whether calling `method` on a value of type `ty` may change it: by the type's entry when
/// the type is known, by every listed method of that name otherwise.
fn may_mutate(ty: Option<&kb::Ty>, method: &str) -> bool {
    let by_name = || kb::mutates_receiver(method) != Some(false);
    let Some(ty) = ty else {
        return by_name();
    };
    ty.alternatives().iter().any(|alt| match alt.name() {
        Some(name) => kb::method(name, method).is_none_or(|e| {
            e.mutates()
                .any(|a| matches!(a, kb::Arg::Receiver | kb::Arg::Every))
        }),
        None => by_name(),
    })
}

/// The writes of `writes` to state outside the project (`json.dumps = f`,
/// `encodings.aliases.aliases[k] = v`, `mock.patch.object(json, "dumps")`), by path: a worker
/// process imports those modules afresh. The environment and `sys.path` are settings, judged
/// as such; a method call counts when it may change its receiver.
pub fn outside_project<'w>(
    modules: &BTreeMap<String, std::sync::Arc<ModuleInfo>>,
    writes: impl Iterator<Item = &'w ForeignWrite>,
) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for w in writes {
        let (ForeignWrite::Path(p)
        | ForeignWrite::AnyAttribute(p)
        | ForeignWrite::MethodCall(p, _)) = w;
        if split_module(modules, p).is_some()
            || ["os.environ", "sys.path", "sys.argv", "os.environb"]
                .iter()
                .any(|s| p == s || p.starts_with(&format!("{s}.")))
        {
            continue;
        }
        if let ForeignWrite::MethodCall(_, method) = w {
            if !may_mutate(None, method) {
                continue;
            }
        }
        out.insert(p.clone());
    }
    out
}

pub fn changed_state<'w>(
    modules: &BTreeMap<String, std::sync::Arc<ModuleInfo>>,
    writes: impl Iterator<Item = &'w ForeignWrite>,
) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for w in writes {
        let (ForeignWrite::Path(p)
        | ForeignWrite::AnyAttribute(p)
        | ForeignWrite::MethodCall(p, _)) = w;
        let Some((module, name)) = split_module(modules, p) else {
            continue;
        };
        if let (ForeignWrite::MethodCall(_, method), Some(var)) = (w, name) {
            // A method of the variable itself (`CONFIG.get`) by its type; one of an object
            // inside it (`mod.TABLE[0].append`) by its name alone.
            let whole = p.len() == module.len() + 1 + var.len();
            let ty = modules
                .get(module)
                .and_then(|m| m.bindings.get(var))
                .filter(|b| whole && b.count == 1)
                .and_then(|b| b.ty.clone());
            if !may_mutate(ty.as_ref(), method) {
                continue;
            }
        }
        match (name, w) {
            // `mod.__dict__.update(...)`, `mod.__dict__[name] = v`: any variable.
            (Some("__dict__"), _) | (None, ForeignWrite::AnyAttribute(_)) => {
                if let Some(m) = modules.get(module) {
                    out.extend(m.bindings.keys().map(|b| (module.to_owned(), b.clone())));
                }
            }
            (Some(name), _) => {
                out.insert((module.to_owned(), name.to_owned()));
            }
            (None, ForeignWrite::Path(_) | ForeignWrite::MethodCall(..)) => {}
        }
    }
    out
}
