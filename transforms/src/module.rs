//! Module-level facts: imports, top-level bindings, functions, `__main__` guards, and what runs at
//! import time. Built once per file and shared by the effect analysis and every rule.

use std::collections::{BTreeMap, BTreeSet};

use crate::ast::Node;

use crate::py::{self, field, kids, text};
use crate::source::Parsed;

/// What a module-level name is bound to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindingKind {
    Function,
    Class,
    Import,
    Value,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub kind: BindingKind,
    /// How many statements bind the name at module level.
    pub count: u32,
    /// Bound inside `if`/`try`/`for`/`while`/`with` (not on every import).
    pub conditional: bool,
    /// Bound only inside `if __name__ == "__main__":` (absent in worker processes).
    pub only_in_main_guard: bool,
    /// The value's type when it follows from the binding statement: a literal (`{}`: `dict`)
    /// or a knowledge-base call (`requests.Session()`: `requests.Session`).
    pub ty: Option<crate::kb::Ty>,
    /// The last binding statement is `NAME = <constant>`: a number, string, bytes, bool or
    /// `None` literal, or arithmetic on them (`10**9 + 7`). Meaningful with `count == 1`.
    pub constant: bool,
}

/// A top-level `def`.
#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub name: String,
    pub qualname: String,
    pub params: Vec<String>,
    pub star_params: bool,
    pub decorated: bool,
    /// The decorators, qualified when they resolve (`functools.lru_cache`), as written
    /// otherwise.
    pub decorators: Vec<String>,
    pub is_async: bool,
    pub is_generator: bool,
    pub start_byte: usize,
    pub end_byte: usize,
}

/// Facts about one module.
#[derive(Debug, Clone, Default)]
pub struct ModuleInfo {
    /// Dotted module name (`pkg.sub.mod`; `__init__` files are the package's name).
    pub name: String,
    pub is_package: bool,
    /// Local alias -> qualified name (`np` -> `numpy`, `get` -> `requests.get`).
    pub imports: BTreeMap<String, String>,
    pub bindings: BTreeMap<String, Binding>,
    pub functions: BTreeMap<String, FunctionDef>,
    pub has_main_guard: bool,
    pub star_import: bool,
    /// Qualified names called by module-level code outside a `__main__` guard.
    pub import_time_calls: BTreeSet<String>,
    /// Changes this file makes to other modules' state (and to its own under `__main__`): set
    /// by [`crate::project::FileAnalysis`] with `foreign::collect`.
    pub foreign_writes: BTreeSet<ForeignWrite>,
    /// The first place this file can cancel a task or put a time limit on one
    /// (`asyncio.wait_for` at line 12): a coroutine that starts yielding where it blocked before
    /// could then be interrupted where it used to finish late.
    pub cancellation: Option<String>,
    /// Method name -> the (first) class of this module defining it, nested classes included.
    pub class_methods: BTreeMap<String, String>,
    /// What this file does at run time that workers do not see or that changes what crosses
    /// to them: set by [`crate::project::FileAnalysis`] with `runtime::collect`.
    pub hazards: Vec<crate::vocab::Hazard>,
    /// Coroutines this file runs at the same time (`runtime::collect`).
    pub task_groups: Vec<crate::vocab::TaskGroup>,
    /// Module-level classes whose objects are plain records, by name ([`RecordClass`]).
    pub records: BTreeMap<String, RecordClass>,
}

/// A module-level class whose objects hold nothing but the fields it declares, set by a
/// constructor that runs no code of the project: a `@dataclass(frozen=True)` (or a
/// `typing.NamedTuple` subclass) without bases, metaclass or other decorators, whose body
/// declares fields (`name: T`, with at most a literal default), methods that are not special
/// (`__init__`, `__post_init__`, `__eq__`, `__getstate__`... are not allowed) and not
/// decorated (no properties), a docstring and nothing else (no class attributes, `ClassVar`,
/// `InitVar` or `field(...)`), bound once, on every import. An object of it is copied to a
/// worker process field by field, equal to the original when its fields are, and reading a
/// field runs no code: what the fields hold is what its constructor was given
/// (`effects` types each construction, `kb::Ty::Record`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordClass {
    /// The fields in declaration order, each with the type of its literal default when it has
    /// one.
    pub fields: Vec<(String, Option<crate::kb::Ty>)>,
    /// `kw_only=True`: the constructor takes keyword arguments only.
    pub kw_only: bool,
    /// A `NamedTuple` (iterates and unpacks as its fields).
    pub tuple: bool,
}

/// One change to module state, by the dotted path of what it changes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum ForeignWrite {
    /// The variable at this path is re-bound or the object it holds is mutated
    /// (`pkg.mod.SCALE`, `pkg.mod.CONFIG`; longer paths name an object inside it).
    Path(String),
    /// Attributes whose names are not known here are set on the object at this path
    /// (`setattr(mod, name, v)`): for a module, every variable of it.
    AnyAttribute(String),
    /// A method is called on the object at this path (`mod.CONFIG.get(k)`): a change when the
    /// method may change its receiver, judged by the object's type once every module is known.
    MethodCall(String, String),
}

/// How a name used in a module resolves at module scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A qualified callable or module (`requests.get`, `pkg.mod.func`, `builtins.len`).
    Qualified(String),
    /// A module-level variable of this module.
    ModuleVar(String),
    /// Bound by a star import or otherwise unresolvable.
    Unknown,
}

impl ModuleInfo {
    pub fn build(parsed: &Parsed, name: &str, is_package: bool) -> ModuleInfo {
        let mut info = ModuleInfo {
            name: name.to_owned(),
            is_package,
            ..Default::default()
        };
        let src = parsed.text.as_str();
        let root = parsed.root();
        for stmt in py::statements(root) {
            info.visit_top(src, stmt, false, false);
        }
        info.collect_import_time_calls(src, root);
        info.cancellation = find_cancellation(parsed);
        info.class_methods = class_methods(src, root);
        info.records = py::statements(root)
            .into_iter()
            .filter_map(|stmt| info.record_class(src, stmt))
            .collect();
        info
    }

    /// `Name = collections.namedtuple("Name", "a b" | ["a", "b"])`, bound once on every
    /// import, under the name the class is given (pickle finds it by that name), without
    /// `defaults`, `rename` or `module`.
    fn namedtuple_record(&self, src: &str, stmt: Node<'_>) -> Option<(String, RecordClass)> {
        let e = kids(stmt).into_iter().next()?;
        let (left, call) = (field(e, "left")?, field(e, "right")?);
        if e.kind() != "assignment" || left.kind() != "identifier" || call.kind() != "call" {
            return None;
        }
        let name = text(src, left);
        let binding = self.bindings.get(name)?;
        if binding.count != 1 || binding.conditional || binding.only_in_main_guard {
            return None;
        }
        let func = field(call, "function")?;
        if !matches!(func.kind(), "identifier" | "attribute")
            || !matches!(self.resolve_dotted(text(src, func)),
                Resolved::Qualified(q) if q == "collections.namedtuple")
        {
            return None;
        }
        let args = kids(field(call, "arguments")?);
        let [typename, names] = args.as_slice() else {
            return None;
        };
        if py::string_value(src, *typename)? != name {
            return None;
        }
        let fields: Vec<String> = match names.kind() {
            "string" => py::string_value(src, *names)?
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect(),
            "list" | "tuple" => kids(*names)
                .iter()
                .map(|n| py::string_value(src, *n).map(str::to_owned))
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        let valid = |f: &String| {
            !f.starts_with('_')
                && f.chars().next().is_some_and(|c| c.is_alphabetic())
                && f.chars().all(|c| c.is_alphanumeric() || c == '_')
        };
        if fields.is_empty() || !fields.iter().all(valid) {
            return None;
        }
        Some((
            name.to_owned(),
            RecordClass {
                fields: fields.into_iter().map(|f| (f, None)).collect(),
                kw_only: false,
                tuple: true,
            },
        ))
    }

    /// The record class `stmt` defines, by name ([`RecordClass`]).
    fn record_class(&self, src: &str, stmt: Node<'_>) -> Option<(String, RecordClass)> {
        if stmt.kind() == "expression_statement" {
            return self.namedtuple_record(src, stmt);
        }
        let (class, decorators) = match stmt.kind() {
            "class_definition" => (stmt, vec![]),
            "decorated_definition" => (
                field(stmt, "definition").filter(|d| d.kind() == "class_definition")?,
                kids(stmt)
                    .into_iter()
                    .filter(|k| k.kind() == "decorator")
                    .collect(),
            ),
            _ => return None,
        };
        let name = text(src, field(class, "name")?).to_owned();
        let binding = self.bindings.get(&name)?;
        if binding.count != 1 || binding.conditional || binding.only_in_main_guard {
            return None;
        }
        if field(class, "type_parameters").is_some() {
            return None;
        }
        let bases: Vec<Node<'_>> = field(class, "superclasses")
            .map(|b| kids(b).to_vec())
            .unwrap_or_default();
        let resolves_to = |n: Node<'_>, q: &str| {
            matches!(n.kind(), "identifier" | "attribute")
                && matches!(self.resolve_dotted(text(src, n)), Resolved::Qualified(r) if r == q)
        };
        let (tuple, kw_only) = match (bases.as_slice(), decorators.as_slice()) {
            ([base], []) if resolves_to(*base, "typing.NamedTuple") => (true, false),
            ([], [decorator]) => {
                let expr = kids(*decorator).into_iter().next()?;
                let (func, options) = match expr.kind() {
                    "call" => (
                        field(expr, "function")?,
                        kids(field(expr, "arguments")?).to_vec(),
                    ),
                    _ => (expr, vec![]),
                };
                if !resolves_to(func, "dataclasses.dataclass") {
                    return None;
                }
                let mut frozen = false;
                let mut kw_only = false;
                for o in options {
                    let (Some(k), Some(v)) = (field(o, "name"), field(o, "value")) else {
                        return None; // positional or `**options`
                    };
                    let on = match v.kind() {
                        "true" => true,
                        "false" => false,
                        _ => return None,
                    };
                    match text(src, k) {
                        "frozen" => frozen = on,
                        "kw_only" => kw_only = on,
                        // An `__init__` that sets nothing, or equality by identity.
                        "init" | "eq" if !on => return None,
                        // Not `slots`: a frozen slotted dataclass does not unpickle on every
                        // Python the project may run on.
                        "init" | "eq" | "repr" | "order" | "unsafe_hash" | "match_args" => {}
                        _ => return None,
                    }
                }
                if !frozen {
                    return None;
                }
                (false, kw_only)
            }
            _ => return None,
        };
        let mut fields = Vec::new();
        for member in py::statements(field(class, "body")?) {
            match member.kind() {
                "pass_statement" | "comment" => {}
                "function_definition" => {
                    let method = text(src, field(member, "name")?);
                    if method.starts_with("__") && method.ends_with("__") {
                        return None;
                    }
                }
                "expression_statement" => {
                    let e = kids(member).into_iter().next()?;
                    match e.kind() {
                        "string" if fields.is_empty() => {}
                        "assignment" => {
                            let (left, ty) = (field(e, "left")?, field(e, "type")?);
                            let annotation = text(src, ty);
                            if left.kind() != "identifier"
                                || ["ClassVar", "InitVar", "KW_ONLY"]
                                    .iter()
                                    .any(|w| annotation.contains(w))
                            {
                                return None;
                            }
                            let default = match field(e, "right") {
                                None => None,
                                Some(v) => Some(literal_ty(v)?),
                            };
                            fields.push((text(src, left).to_owned(), default));
                        }
                        _ => return None,
                    }
                }
                _ => return None,
            }
        }
        Some((
            name,
            RecordClass {
                fields,
                kw_only,
                tuple,
            },
        ))
    }

    /// Resolve a name read at module scope (not shadowed by a local).
    pub fn resolve(&self, name: &str) -> Resolved {
        if let Some(q) = self.imports.get(name) {
            if self.bindings.get(name).map(|b| b.count).unwrap_or(1) <= 1 {
                return Resolved::Qualified(q.clone());
            }
            return Resolved::ModuleVar(name.to_owned());
        }
        match self.bindings.get(name) {
            Some(b) if b.kind == BindingKind::Function && b.count == 1 => {
                Resolved::Qualified(format!("{}.{}", self.name, name))
            }
            Some(b) if b.kind == BindingKind::Class && b.count == 1 => {
                Resolved::Qualified(format!("{}.{}", self.name, name))
            }
            Some(_) => Resolved::ModuleVar(name.to_owned()),
            None if self.star_import => Resolved::Unknown,
            None => Resolved::Qualified(format!("builtins.{name}")),
        }
    }

    /// Resolve a dotted reference (`np.linalg.norm`, `requests.get`, `helper`).
    pub fn resolve_dotted(&self, dotted: &str) -> Resolved {
        let (head, rest) = match dotted.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (dotted, None),
        };
        match (self.resolve(head), rest) {
            (Resolved::Qualified(mut q), Some(r)) => {
                q.reserve(1 + r.len());
                q.push('.');
                q.push_str(r);
                Resolved::Qualified(q)
            }
            (r, None) => r,
            (Resolved::ModuleVar(_), Some(_)) => Resolved::Unknown,
            (Resolved::Unknown, _) => Resolved::Unknown,
        }
    }

    fn bind(&mut self, name: &str, kind: BindingKind, conditional: bool, guarded: bool) {
        let entry = self.bindings.entry(name.to_owned()).or_insert(Binding {
            kind,
            count: 0,
            conditional,
            only_in_main_guard: guarded,
            ty: None,
            constant: false,
        });
        entry.count += 1;
        if entry.count > 1 && entry.kind != kind {
            entry.kind = BindingKind::Value;
        }
        entry.conditional |= conditional;
        entry.only_in_main_guard &= guarded;
    }

    fn visit_top(&mut self, src: &str, stmt: Node<'_>, conditional: bool, guarded: bool) {
        match stmt.kind() {
            "function_definition" => self.add_function(src, stmt, false, conditional, guarded),
            "decorated_definition" => {
                if let Some(def) = field(stmt, "definition") {
                    if def.kind() == "function_definition" {
                        self.add_function(src, def, true, conditional, guarded);
                    } else if let Some(n) = field(def, "name") {
                        self.bind(text(src, n), BindingKind::Class, conditional, guarded);
                    }
                }
            }
            "class_definition" => {
                if let Some(n) = field(stmt, "name") {
                    self.bind(text(src, n), BindingKind::Class, conditional, guarded);
                }
                if !conditional && !guarded {
                    for (name, def) in static_methods(src, stmt) {
                        self.add_static_method(src, name, def);
                    }
                }
            }
            "import_statement" => self.add_import(src, stmt, conditional, guarded),
            "import_from_statement" => self.add_import_from(src, stmt, conditional, guarded),
            "future_import_statement" => {}
            "if_statement" => {
                let main = py::is_main_guard(src, stmt);
                if main {
                    self.has_main_guard = true;
                }
                for part in kids(stmt) {
                    match part.kind() {
                        "block" => {
                            for s in py::statements(part) {
                                self.visit_top(src, s, true, guarded || main);
                            }
                        }
                        "elif_clause" | "else_clause" => {
                            for b in kids(part).into_iter().filter(|k| k.kind() == "block") {
                                for s in py::statements(b) {
                                    self.visit_top(src, s, true, guarded);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            "for_statement" | "while_statement" | "try_statement" | "with_statement" => {
                if stmt.kind() == "for_statement" {
                    if let Some(left) = field(stmt, "left") {
                        self.bind_targets(src, left, None, true, guarded);
                    }
                }
                if stmt.kind() == "with_statement" {
                    self.bind_with_targets(src, stmt, guarded);
                }
                self.visit_nested_blocks(src, stmt, guarded);
            }
            "expression_statement" => {
                for e in kids(stmt) {
                    self.visit_assignment(src, e, conditional, guarded);
                }
            }
            "global_statement" | "nonlocal_statement" => {}
            _ => {}
        }
    }

    fn visit_nested_blocks(&mut self, src: &str, node: Node<'_>, guarded: bool) {
        for part in kids(node) {
            match part.kind() {
                "block" => {
                    for s in py::statements(part) {
                        self.visit_top(src, s, true, guarded);
                    }
                }
                "else_clause" | "except_clause" | "finally_clause" | "except_group_clause" => {
                    if part.kind() == "except_clause" {
                        if let Some(alias) = field(part, "alias") {
                            self.bind_targets(src, alias, None, true, guarded);
                        }
                    }
                    self.visit_nested_blocks(src, part, guarded)
                }
                _ => {}
            }
        }
    }

    fn bind_with_targets(&mut self, src: &str, stmt: Node<'_>, guarded: bool) {
        let mut found = Vec::new();
        py::walk(stmt, false, &mut |n| {
            if n.kind() == "as_pattern_target" {
                found.push(n);
            }
        });
        for t in found {
            self.bind_targets(src, t, None, true, guarded);
        }
    }

    fn visit_assignment(&mut self, src: &str, e: Node<'_>, conditional: bool, guarded: bool) {
        match e.kind() {
            "assignment" => {
                let ty = field(e, "right").and_then(|r| self.constructor_type(src, r));
                if let Some(left) = field(e, "left") {
                    self.bind_targets(src, left, ty, conditional, guarded);
                    if left.kind() == "identifier" {
                        let constant = field(e, "right").is_some_and(is_constant);
                        if let Some(b) = self.bindings.get_mut(text(src, left)) {
                            b.constant = constant;
                        }
                    }
                }
                if let Some(right) = field(e, "right") {
                    if right.kind() == "assignment" {
                        self.visit_assignment(src, right, conditional, guarded);
                    }
                }
            }
            "augmented_assignment" => {
                if let Some(left) = field(e, "left") {
                    self.bind_targets(src, left, None, conditional, guarded);
                }
            }
            _ => {}
        }
    }

    fn constructor_type(&self, src: &str, right: Node<'_>) -> Option<crate::kb::Ty> {
        use crate::kb::Ty;
        let t = match right.kind() {
            "string" | "concatenated_string" => {
                let prefix: String = text(src, right)
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                if prefix.contains(['b', 'B']) {
                    Ty::named("bytes")
                } else {
                    Ty::named("str")
                }
            }
            "integer" => Ty::named("int"),
            "float" => Ty::named("float"),
            "true" | "false" => Ty::named("bool"),
            // Arithmetic on literals (`"-" * 40`, `64 * 1024`, `1 / 3`): a string or bytes
            // operand makes the result one; otherwise a number.
            "binary_operator" | "unary_operator" | "parenthesized_expression"
                if is_constant(right) =>
            {
                let mut parts = Vec::new();
                py::walk(right, true, &mut |n| {
                    if !matches!(
                        n.kind(),
                        "binary_operator" | "unary_operator" | "parenthesized_expression"
                    ) && n.is_named()
                    {
                        parts.extend(self.constructor_type(src, n));
                    }
                });
                let names: Vec<&str> = parts.iter().filter_map(|t| t.name()).collect();
                if names.contains(&"str") {
                    Ty::named("str")
                } else if names.contains(&"bytes") {
                    Ty::named("bytes")
                } else if names.iter().all(|n| *n == "int")
                    && !text(src, right).contains('/')
                    && !text(src, right).contains("**")
                {
                    Ty::named("int")
                } else {
                    Ty::named("number")
                }
            }
            "list" | "list_comprehension" => Ty::named("list"),
            "dictionary" | "dictionary_comprehension" => Ty::named("dict"),
            "set" | "set_comprehension" => Ty::named("set"),
            "tuple" => Ty::named("tuple"),
            "call" => {
                let d = py::dotted(src, field(right, "function")?)?;
                let Resolved::Qualified(q) = self.resolve_dotted(&d) else {
                    return None;
                };
                crate::kb::function(&q)?.returns.ty()
            }
            _ => return None,
        };
        (t != Ty::Unknown).then_some(t)
    }

    fn bind_targets(
        &mut self,
        src: &str,
        target: Node<'_>,
        ty: Option<crate::kb::Ty>,
        conditional: bool,
        guarded: bool,
    ) {
        let mut names = Vec::new();
        py::target_names(src, target, &mut names);
        let single = names.len() == 1;
        for (name, _) in names {
            self.bind(&name, BindingKind::Value, conditional, guarded);
            if let Some(b) = self.bindings.get_mut(&name) {
                b.ty = if single && b.count == 1 {
                    ty.clone()
                } else {
                    None
                };
            }
        }
    }

    /// `Class.name`, a static method of a class defined once at the top of the module: a
    /// project function like a module-level one (`Class.name` resolves to `module.Class.name`,
    /// and pickles by that name). `def` is the `function_definition`.
    fn add_static_method(&mut self, src: &str, name: String, def: Node<'_>) {
        let params_node = field(def, "parameters");
        let outer = def.parent().unwrap_or(def);
        self.functions.insert(
            name.clone(),
            FunctionDef {
                qualname: format!("{}.{}", self.name, name),
                name,
                params: params_node
                    .map(|p| py::parameter_names(src, p))
                    .unwrap_or_default(),
                star_params: params_node.map(py::has_star_params).unwrap_or(false),
                decorated: false,
                decorators: vec![],
                is_async: py::is_async(def),
                is_generator: field(def, "body").map(contains_yield).unwrap_or(false),
                start_byte: outer.start_byte(),
                end_byte: outer.end_byte(),
            },
        );
    }

    fn add_function(
        &mut self,
        src: &str,
        def: Node<'_>,
        decorated: bool,
        conditional: bool,
        guarded: bool,
    ) {
        let Some(name_node) = field(def, "name") else {
            return;
        };
        let name = text(src, name_node).to_owned();
        self.bind(&name, BindingKind::Function, conditional, guarded);
        let params_node = field(def, "parameters");
        let params = params_node
            .map(|p| py::parameter_names(src, p))
            .unwrap_or_default();
        let star_params = params_node.map(py::has_star_params).unwrap_or(false);
        let is_generator = field(def, "body").map(contains_yield).unwrap_or(false);
        let outer = if decorated {
            def.parent().unwrap_or(def)
        } else {
            def
        };
        let decorators = if decorated {
            kids(outer)
                .into_iter()
                .filter(|k| k.kind() == "decorator")
                .filter_map(|d| kids(d).into_iter().next())
                .map(|e| {
                    let callee = if e.kind() == "call" {
                        field(e, "function").unwrap_or(e)
                    } else {
                        e
                    };
                    match py::dotted(src, callee).map(|d| self.resolve_dotted(&d)) {
                        Some(Resolved::Qualified(q)) => q,
                        _ => text(src, callee).to_owned(),
                    }
                })
                .collect()
        } else {
            vec![]
        };
        self.functions.insert(
            name.clone(),
            FunctionDef {
                qualname: format!("{}.{}", self.name, name),
                name,
                params,
                star_params,
                decorated,
                decorators,
                is_async: py::is_async(def),
                is_generator,
                start_byte: outer.start_byte(),
                end_byte: outer.end_byte(),
            },
        );
    }

    fn add_import(&mut self, src: &str, stmt: Node<'_>, conditional: bool, guarded: bool) {
        for k in kids(stmt) {
            match k.kind() {
                "dotted_name" => {
                    // `import a.b.c` binds `a` to module `a`.
                    let full = text(src, k);
                    let head = full.split('.').next().unwrap_or(full).to_owned();
                    // `import urllib.error` then `import urllib.request`: both bind `urllib` to
                    // the same package, one definition.
                    let same = self.imports.get(&head) == Some(&head)
                        && self
                            .bindings
                            .get(&head)
                            .is_some_and(|b| b.kind == BindingKind::Import && b.count == 1);
                    self.imports.insert(head.clone(), head.clone());
                    if !same {
                        self.bind(&head, BindingKind::Import, conditional, guarded);
                    }
                }
                "aliased_import" => {
                    if let (Some(n), Some(a)) = (field(k, "name"), field(k, "alias")) {
                        let alias = text(src, a).to_owned();
                        self.imports.insert(alias.clone(), text(src, n).to_owned());
                        self.bind(&alias, BindingKind::Import, conditional, guarded);
                    }
                }
                _ => {}
            }
        }
    }

    fn add_import_from(&mut self, src: &str, stmt: Node<'_>, conditional: bool, guarded: bool) {
        let Some(module_node) = field(stmt, "module_name") else {
            return;
        };
        let module = if module_node.kind() == "relative_import" {
            self.absolute_relative(src, module_node)
        } else {
            Some(text(src, module_node).to_owned())
        };
        let module_node_id = module_node.id();
        for k in kids(stmt) {
            if k.id() == module_node_id {
                continue;
            }
            let (name, alias) = match k.kind() {
                "dotted_name" => (text(src, k).to_owned(), text(src, k).to_owned()),
                "aliased_import" => match (field(k, "name"), field(k, "alias")) {
                    (Some(n), Some(a)) => (text(src, n).to_owned(), text(src, a).to_owned()),
                    _ => continue,
                },
                "wildcard_import" => {
                    self.star_import = true;
                    continue;
                }
                _ => continue,
            };
            if let Some(m) = &module {
                self.imports.insert(alias.clone(), format!("{m}.{name}"));
            }
            self.bind(&alias, BindingKind::Import, conditional, guarded);
        }
    }

    /// Local name -> qualified name for the given import statements (`import pkg.mod as m`
    /// inside a test function), resolved like the module's own imports.
    pub fn import_bindings<'t>(
        &self,
        src: &str,
        statements: impl IntoIterator<Item = Node<'t>>,
    ) -> BTreeMap<String, String> {
        let mut local = ModuleInfo {
            name: self.name.clone(),
            is_package: self.is_package,
            ..Default::default()
        };
        for n in statements {
            if matches!(n.kind(), "import_statement" | "import_from_statement") {
                local.visit_top(src, n, false, false);
            }
        }
        local.imports
    }

    /// `from ..a import b` inside `pkg.sub.mod` -> `pkg.a`.
    fn absolute_relative(&self, src: &str, rel: Node<'_>) -> Option<String> {
        let t = text(src, rel);
        let dots = t.chars().take_while(|c| *c == '.').count();
        let rest = t[dots..].trim();
        let mut parts: Vec<&str> = self.name.split('.').collect();
        if !self.is_package {
            parts.pop();
        }
        for _ in 1..dots {
            parts.pop()?;
        }
        let base = parts.join(".");
        Some(match (base.is_empty(), rest.is_empty()) {
            (true, _) => rest.to_owned(),
            (false, true) => base,
            (false, false) => format!("{base}.{rest}"),
        })
    }

    /// Calls made when the module is imported: module-level code outside function bodies and
    /// outside `if __name__ == "__main__":` (decorators, default values and class bodies run too).
    fn collect_import_time_calls(&mut self, src: &str, root: Node<'_>) {
        let mut calls = BTreeSet::new();
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            let mut cursor = node.walk();
            for child in node.named_children(&mut cursor) {
                match child.kind() {
                    "if_statement" if py::is_main_guard(src, child) => continue,
                    "function_definition" => {
                        // parameters (defaults) run at import, the body does not
                        if let Some(p) = field(child, "parameters") {
                            stack.push(p);
                        }
                        continue;
                    }
                    "lambda" => continue,
                    "call" => {
                        if let Some(d) = field(child, "function").and_then(|f| py::dotted(src, f)) {
                            if let Resolved::Qualified(q) = self.resolve_dotted(&d) {
                                calls.insert(q);
                            }
                        }
                        // A function handed to a call (`map(build, xs)`, `sorted(k, key=f)`)
                        // may be called by it.
                        for a in field(child, "arguments").map(kids).unwrap_or_default() {
                            let v = match a.kind() {
                                "keyword_argument" => field(a, "value"),
                                _ => Some(a),
                            };
                            if let Some(d) = v
                                .filter(|v| matches!(v.kind(), "identifier" | "attribute"))
                                .and_then(|v| py::dotted(src, v))
                            {
                                if let Resolved::Qualified(q) = self.resolve_dotted(&d) {
                                    calls.insert(q);
                                }
                            }
                        }
                    }
                    _ => {}
                }
                stack.push(child);
            }
        }
        self.import_time_calls = calls;
    }
}

/// Every method defined in a class of the file, with its class (`Buffer.append`).
/// The static methods of `class` (a `class_definition`) as `("Class.name", def)`: each a
/// `function_definition` whose only decorator is `@staticmethod`, and the only statement of the
/// class body that binds its name. Methods of a decorated class are left out (the decorator may
/// replace the class).
pub fn static_methods<'t>(src: &str, class: Node<'t>) -> Vec<(String, Node<'t>)> {
    let (Some(class_name), Some(body)) = (field(class, "name"), field(class, "body")) else {
        return vec![];
    };
    if class
        .parent()
        .is_some_and(|p| p.kind() == "decorated_definition")
    {
        return vec![];
    }
    let stmts = py::statements(body);
    // How many statements of the body bind each name.
    let mut bound: BTreeMap<String, usize> = BTreeMap::new();
    for stmt in &stmts {
        let mut names = Vec::new();
        match stmt.kind() {
            "decorated_definition" => names.extend(
                field(*stmt, "definition")
                    .and_then(|d| field(d, "name"))
                    .map(|n| text(src, n).to_owned()),
            ),
            "function_definition" | "class_definition" => {
                names.extend(field(*stmt, "name").map(|n| text(src, n).to_owned()))
            }
            _ => {
                let mut owned = Vec::new();
                py::walk(*stmt, true, &mut |n| {
                    if matches!(n.kind(), "assignment" | "augmented_assignment") {
                        if let Some(l) = field(n, "left") {
                            py::target_names(src, l, &mut owned);
                        }
                    }
                });
                names.extend(owned.into_iter().map(|(n, _)| n));
            }
        }
        for n in names {
            *bound.entry(n).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for stmt in stmts {
        if stmt.kind() != "decorated_definition" {
            continue;
        }
        let decorators: Vec<Node<'_>> = kids(stmt)
            .into_iter()
            .filter(|k| k.kind() == "decorator")
            .collect();
        let only_staticmethod = decorators.len() == 1
            && kids(decorators[0])
                .first()
                .is_some_and(|e| e.kind() == "identifier" && text(src, *e) == "staticmethod");
        let Some(def) = field(stmt, "definition").filter(|d| d.kind() == "function_definition")
        else {
            continue;
        };
        let Some(name) = field(def, "name").map(|n| text(src, n)) else {
            continue;
        };
        if only_staticmethod && bound.get(name) == Some(&1) {
            out.push((format!("{}.{name}", text(src, class_name)), def));
        }
    }
    out
}

fn class_methods(src: &str, root: Node<'_>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    py::walk(root, true, &mut |n| {
        if n.kind() != "class_definition" {
            return;
        }
        let class = field(n, "name").map(|c| text(src, c)).unwrap_or("?");
        let Some(body) = field(n, "body") else {
            return;
        };
        for stmt in py::statements(body) {
            let def = match stmt.kind() {
                "decorated_definition" => field(stmt, "definition"),
                _ => Some(stmt),
            };
            if let Some(name) = def
                .filter(|d| d.kind() == "function_definition")
                .and_then(|d| field(d, "name"))
            {
                out.entry(text(src, name).to_owned())
                    .or_insert_with(|| format!("{class}.{}", text(src, name)));
            }
        }
    });
    out
}

/// A number, string, bytes, bool or `None` literal, or arithmetic on them: an immutable value
/// whose identity nothing may rely on.
pub(crate) fn is_constant(node: Node<'_>) -> bool {
    match node.kind() {
        "integer" | "float" | "true" | "false" | "none" => true,
        "concatenated_string" => kids(node).into_iter().all(is_constant),
        "string" => !kids(node).iter().any(|k| k.kind() == "interpolation"),
        "unary_operator" => field(node, "argument").is_some_and(is_constant),
        "binary_operator" => {
            field(node, "left").is_some_and(is_constant)
                && field(node, "right").is_some_and(is_constant)
        }
        "parenthesized_expression" => match kids(node).as_slice() {
            [inner] => is_constant(*inner),
            _ => false,
        },
        _ => false,
    }
}

/// Whether a function body yields (not counting nested scopes).
pub fn contains_yield(body: Node<'_>) -> bool {
    let mut found = false;
    py::walk(body, false, &mut |n| {
        if n.kind() == "yield" {
            found = true;
        }
    });
    found
}

/// Dotted module name for a file path relative to a source root (`pkg/sub/mod.py` ->
/// (`pkg.sub.mod`, false); `pkg/__init__.py` -> (`pkg`, true)).
pub fn module_name_for(rel_path: &str) -> (String, bool) {
    let trimmed = rel_path.trim_end_matches(".pyi").trim_end_matches(".py");
    let mut parts: Vec<&str> = trimmed.split('/').filter(|p| !p.is_empty()).collect();
    let is_package = parts.last() == Some(&"__init__");
    if is_package {
        parts.pop();
    }
    (parts.join("."), is_package)
}

/// Names whose use cancels tasks or limits their time: `asyncio.wait_for`, `asyncio.timeout`,
/// `task.cancel()`, `asyncio.wait(..., timeout=...)`, anyio/trio cancel scopes, `async_timeout`.
const CANCELLATION_NAMES: [&str; 9] = [
    "wait_for",
    "timeout",
    "timeout_at",
    "cancel",
    "move_on_after",
    "fail_after",
    "CancelScope",
    "async_timeout",
    "wait",
];

/// The first use of a cancellation or time-limit name in an async-aware file (see
/// [`ModuleInfo::cancellation`]). Only files that mention an async framework are scanned.
fn find_cancellation(parsed: &Parsed) -> Option<String> {
    let src = parsed.text.as_str();
    if !["asyncio", "anyio", "trio", "async_timeout"]
        .iter()
        .any(|f| src.contains(f))
    {
        return None;
    }
    let mut found: Option<(usize, String)> = None;
    py::walk(parsed.root(), true, &mut |n| {
        if found.is_some() || n.kind() != "identifier" {
            return;
        }
        let name = py::text(src, n);
        if !CANCELLATION_NAMES.contains(&name) {
            return;
        }
        // `wait` and `timeout` are common words: only as `asyncio.wait(..., timeout=...)` /
        // `asyncio.timeout(...)` (or imported from an async framework).
        let parent = n.parent();
        let qualified_by_framework = parent.is_some_and(|p| {
            p.kind() == "attribute"
                && py::field(p, "object").is_some_and(|o| {
                    matches!(
                        py::text(src, o),
                        "asyncio" | "anyio" | "trio" | "async_timeout"
                    )
                })
        });
        let imported = parent.is_some_and(|p| {
            matches!(p.kind(), "dotted_name" | "aliased_import")
                && p.parent()
                    .is_some_and(|g| g.kind() == "import_from_statement")
        });
        let plain = matches!(
            name,
            "wait_for" | "timeout_at" | "move_on_after" | "fail_after" | "CancelScope"
        ) || (name == "cancel"
            && parent.is_some_and(|p| {
                p.kind() == "attribute"
                    && py::field(p, "attribute").is_some_and(|a| a.id() == n.id())
            }));
        if plain || qualified_by_framework || imported || name == "async_timeout" {
            let (line, _) = parsed.lines.line_col(src, n.start_byte());
            let shown = match parent {
                Some(p) if p.kind() == "attribute" => py::text(src, p),
                _ => name,
            };
            found = Some((line, shown.chars().take(40).collect()));
        }
    });
    found.map(|(line, what)| format!("`{what}` (line {line})"))
}

/// The type of a literal that is one immutable value (`3`, `2.5`, `"x"`, `True`, `None`).
fn literal_ty(v: Node<'_>) -> Option<crate::kb::Ty> {
    let name = match v.kind() {
        "integer" => "int",
        "float" => "float",
        "true" | "false" => "bool",
        "none" => "None",
        "string" if !kids(v).iter().any(|k| k.kind() == "interpolation") => "str",
        _ => return None,
    };
    Some(crate::kb::Ty::named(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::parse_str;

    fn info(src: &str, name: &str) -> ModuleInfo {
        let p = parse_str(src.to_owned()).expect("parses");
        ModuleInfo::build(&p, name, false)
    }

    #[test]
    fn record_classes_are_only_those_whose_objects_run_no_code_of_the_project() {
        let src = r#"
from collections import namedtuple
from dataclasses import dataclass, field
from typing import NamedTuple

@dataclass(frozen=True, order=True)
class Order:
    """An order."""
    sku: str
    qty: int = 1
    def label(self):
        return self.sku

class Span(NamedTuple):
    lo: int
    hi: int

Job = namedtuple("Job", "name seed")
Pt = namedtuple("Point", "x y")

@dataclass
class Open:
    name: str

@dataclass(frozen=True)
class Audited:
    name: str
    def __post_init__(self):
        pass

@dataclass(frozen=True)
class Tags:
    names: list = field(default_factory=list)

@dataclass(frozen=True)
class Counted:
    count = 0
    name: str

@dataclass(frozen=True)
class Child(Order):
    extra: str

@dataclass(frozen=True)
class Shown:
    name: str
    @property
    def upper(self):
        return self.name.upper()

@dataclass(frozen=True, slots=True)
class Slotted:
    name: str

@dataclass(frozen=True)
class Twice:
    name: str

Twice = Order
"#;
        let records = info(src, "m").records;
        assert_eq!(
            records.keys().map(String::as_str).collect::<Vec<_>>(),
            vec!["Job", "Order", "Span"]
        );
        assert_eq!(
            records["Order"].fields,
            vec![
                ("sku".to_owned(), None),
                ("qty".to_owned(), Some(crate::kb::Ty::named("int")))
            ]
        );
        assert!(records["Span"].tuple && records["Job"].tuple && !records["Order"].tuple);
        assert_eq!(records["Job"].fields.len(), 2);
    }

    #[test]
    fn finds_where_a_file_cancels_tasks_or_limits_their_time() {
        let found = |src: &str| info(src, "m").cancellation;
        assert_eq!(
            found("import asyncio\n\nasync def f(c):\n    return await asyncio.wait_for(c, 5)\n"),
            Some("`asyncio.wait_for` (line 4)".to_owned())
        );
        assert_eq!(
            found("import asyncio\n\nasync def f(c):\n    async with asyncio.timeout(5):\n        await c\n"),
            Some("`asyncio.timeout` (line 4)".to_owned())
        );
        assert_eq!(
            found("import asyncio\n\ndef stop(task):\n    task.cancel()\n"),
            Some("`task.cancel` (line 4)".to_owned())
        );
        // Common words alone are not cancellation; files without an async framework are skipped.
        assert_eq!(
            found("import asyncio\n\ndef f(timeout, wait):\n    return timeout + wait\n"),
            None
        );
        assert_eq!(found("def f(t):\n    t.cancel()\n"), None);
    }

    #[test]
    fn resolves_imports_and_aliases() {
        let m = info(
            "import numpy as np\nimport os.path\nfrom requests import get as fetch\nfrom .util import helper\ndef f(): pass\nX = 1\n",
            "pkg.mod",
        );
        assert_eq!(
            m.resolve_dotted("np.dot"),
            Resolved::Qualified("numpy.dot".into())
        );
        assert_eq!(
            m.resolve_dotted("os.path.join"),
            Resolved::Qualified("os.path.join".into())
        );
        assert_eq!(
            m.resolve("fetch"),
            Resolved::Qualified("requests.get".into())
        );
        assert_eq!(
            m.resolve("helper"),
            Resolved::Qualified("pkg.util.helper".into())
        );
        assert_eq!(m.resolve("f"), Resolved::Qualified("pkg.mod.f".into()));
        assert_eq!(m.resolve("X"), Resolved::ModuleVar("X".into()));
        assert_eq!(m.resolve("len"), Resolved::Qualified("builtins.len".into()));
    }

    #[test]
    fn main_guard_and_import_time_calls() {
        let m = info(
            "def main(): pass\ndef g(): pass\ng()\nif __name__ == '__main__':\n    SCALE = 2\n    main()\n",
            "script",
        );
        assert!(m.has_main_guard);
        assert!(m.import_time_calls.contains("script.g"));
        assert!(!m.import_time_calls.contains("script.main"));
        assert!(m.bindings["SCALE"].only_in_main_guard);
    }

    #[test]
    fn module_names() {
        assert_eq!(
            module_name_for("pkg/sub/mod.py"),
            ("pkg.sub.mod".into(), false)
        );
        assert_eq!(module_name_for("pkg/__init__.py"), ("pkg".into(), true));
    }
}
