//! What a rule sees while checking one file: the file, the project and the settings, and the
//! per-scope facts computed once on first use.

use std::collections::{BTreeMap, BTreeSet};

use crate::project::Project;
use crate::source::Parsed;
use crate::{effects, kb, module::ModuleInfo, scope};

/// Settings that change what rewrites look like.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `max-workers` from the repository config.
    pub max_workers: Option<u32>,
    /// Lowest Python version the project supports (`requires-python`).
    pub min_python: Option<(u32, u32)>,
    /// `max-concurrency` from the repository config: tasks run at once by async rewrites.
    pub max_concurrency: Option<u32>,
    /// Distributions the project declares (normalised names: `numpy`, `scikit-learn`).
    pub dependencies: BTreeSet<String>,
    /// `rewrite-tests` from the repository config: test code is rewritten too (the caller
    /// applies it with [`crate::keep_test_code_unchanged`], knowing each file's project path).
    pub rewrite_tests: bool,
}

/// Everything a rule needs while checking one file.
pub struct FileContext<'a> {
    pub path: &'a str,
    pub parsed: &'a Parsed,
    pub module: &'a ModuleInfo,
    pub project: &'a Project,
    pub settings: &'a Settings,
    /// Every identifier spelled in the file (fresh names must avoid them).
    identifiers: std::cell::OnceCell<BTreeSet<String>>,
    /// Each scope's bindings (by the scope node's id), computed on first use.
    scope_bindings: std::cell::RefCell<BTreeMap<usize, std::rc::Rc<Vec<scope::Binding>>>>,
    /// Types of each scope's names (by the scope node's id), computed on first use.
    scope_types: std::cell::RefCell<BTreeMap<usize, std::rc::Rc<BTreeMap<String, kb::Ty>>>>,
    /// See [`FileContext::module_var_types`].
    module_var_types: std::cell::OnceCell<std::rc::Rc<BTreeMap<String, kb::Ty>>>,
    /// Code of function scopes in which no work was found (scope node id, byte range): a loop
    /// nested in it has no work either (see [`FileContext::note_no_work`]).
    no_work: std::cell::RefCell<Vec<(usize, usize, usize)>>,
}

impl<'a> FileContext<'a> {
    pub fn new(
        path: &'a str,
        parsed: &'a Parsed,
        module: &'a ModuleInfo,
        project: &'a Project,
        settings: &'a Settings,
    ) -> Self {
        FileContext {
            path,
            parsed,
            module,
            project,
            settings,
            identifiers: std::cell::OnceCell::new(),
            scope_bindings: Default::default(),
            scope_types: Default::default(),
            module_var_types: Default::default(),
            no_work: Default::default(),
        }
    }

    /// Record that the code of `node`, analysed as a region of the function `scope`, calls
    /// nothing that may be work (CPU-heavy or I/O). A loop nested in it is then known to have no
    /// work without analysing it again: its region is part of that code, the functions it
    /// calls are among those that code calls, and its names are resolved in the same function.
    pub fn note_no_work(&self, scope: scope::Scope<'_>, node: crate::ast::Node<'_>) {
        if !scope.is_module() {
            self.no_work
                .borrow_mut()
                .push((scope.node.id(), node.start_byte(), node.end_byte()));
        }
    }

    /// Whether `node` lies in code of `scope` recorded by [`FileContext::note_no_work`].
    pub fn known_no_work(&self, scope: scope::Scope<'_>, node: crate::ast::Node<'_>) -> bool {
        let (id, start, end) = (scope.node.id(), node.start_byte(), node.end_byte());
        self.no_work
            .borrow()
            .iter()
            .any(|&(s, a, b)| s == id && a <= start && end <= b)
    }

    pub fn src(&self) -> &str {
        self.parsed.text.as_str()
    }

    /// The names a scope binds in its own code, with where; computed once per scope.
    pub fn scope_bindings(&self, scope: scope::Scope<'_>) -> std::rc::Rc<Vec<scope::Binding>> {
        let key = scope.node.id();
        if let Some(b) = self.scope_bindings.borrow().get(&key) {
            return b.clone();
        }
        let b = std::rc::Rc::new(scope::bindings(self.src(), scope));
        self.scope_bindings.borrow_mut().insert(key, b.clone());
        b
    }

    /// The types of the names of a scope (a function, or the module), from one flow-insensitive
    /// pass over it with the project's summaries; computed once per scope.
    pub fn scope_types(&self, scope: scope::Scope<'_>) -> std::rc::Rc<BTreeMap<String, kb::Ty>> {
        let key = scope.node.id();
        if let Some(t) = self.scope_types.borrow().get(&key) {
            return t.clone();
        }
        let src = self.src();
        let params = scope.params(src);
        // Parameters typed by the calls the project makes (annotations below take precedence).
        let mut known = BTreeMap::new();
        if let Some(f) = scope.function_name(src) {
            if let Some(ts) = self
                .project
                .param_types
                .get(&format!("{}.{f}", self.module.name))
            {
                for (name, t) in params.iter().zip(ts) {
                    if let Some(t) = t.as_ref().filter(|t| !matches!(t, kb::Ty::Param(_))) {
                        known.insert(name.clone(), t.clone());
                    }
                }
            }
        }
        let module_types;
        let mut analyzer = effects::BodyAnalyzer::new(self.module, src, &params)
            .with_summaries(&self.project.summaries, &self.project.entries)
            .with_types(&known);
        if scope.is_module() {
            analyzer = analyzer.at_module_level();
        } else {
            module_types = self.module_var_types();
            analyzer = analyzer.with_module_types(&module_types);
        }
        if let Some(p) = scope.parameters() {
            analyzer.note_parameter_types(p);
        }
        let types = std::rc::Rc::new(analyzer.types_of(&[scope.body()]));
        self.scope_types.borrow_mut().insert(key, types.clone());
        types
    }

    /// The types of the module variables a function of this module may trust, by name: a
    /// variable bound by one top-level statement to a display of constants (`SEEDS = [11, 23]`,
    /// `PROFILES = {"a": (1, "x")}`: numbers, strings, bytes, booleans, `None` and tuples of
    /// them), which every other mention in the file only reads (iterates, indexes, tests with
    /// `in`, calls a non-mutating method of, or hands to `len`, `enumerate`, `zip`, `sorted`...),
    /// in a module no other module imports (nor a package above it), and which no code of the
    /// project writes at run time. Its elements are immutable, so the display's type is its type for good.
    pub fn module_var_types(&self) -> std::rc::Rc<BTreeMap<String, kb::Ty>> {
        self.module_var_types
            .get_or_init(|| std::rc::Rc::new(self.trusted_module_constants()))
            .clone()
    }

    fn trusted_module_constants(&self) -> BTreeMap<String, kb::Ty> {
        use crate::py::{expression_of_statement, field, statements, text};
        let src = self.src();
        let module = &self.module.name;
        let mut candidates: BTreeMap<String, (crate::ast::Node<'_>, kb::Ty)> = BTreeMap::new();
        let analyzer = effects::BodyAnalyzer::new(self.module, src, &[]).at_module_level();
        for stmt in statements(self.parsed.root()) {
            let Some(e) = expression_of_statement(stmt).filter(|e| e.kind() == "assignment") else {
                continue;
            };
            let (Some(left), Some(right)) = (field(e, "left"), field(e, "right")) else {
                continue;
            };
            if left.kind() != "identifier" || field(e, "type").is_some() || !constant_display(right)
            {
                continue;
            }
            let name = text(src, left);
            let bound_once = self.module.bindings.get(name).is_some_and(|b| {
                b.kind == crate::module::BindingKind::Value
                    && b.count == 1
                    && !b.conditional
                    && !b.only_in_main_guard
            });
            if !bound_once
                || !matches!(
                    self.module.resolve(name),
                    crate::module::Resolved::ModuleVar(_)
                )
            {
                continue;
            }
            if let Some(ty) = analyzer.origin(right).ty.filter(kb::Ty::pickles) {
                candidates.insert(name.to_owned(), (left, ty));
            }
        }
        if candidates.is_empty() {
            return BTreeMap::new();
        }
        // A reading builtin is the builtin only when the file spells its name nowhere but as
        // the function of a call (no `def`, parameter, assignment, import or star import).
        let mut shadowed: BTreeSet<&str> = BTreeSet::new();
        if self.module.star_import {
            shadowed.extend(READING_BUILTINS);
        }
        crate::py::walk(self.parsed.root(), true, &mut |n| {
            if n.kind() == "identifier" && READING_BUILTINS.contains(&text(src, n)) {
                let called = n
                    .parent()
                    .is_some_and(|p| p.kind() == "call" && field(p, "function") == Some(n));
                if !called {
                    shadowed.insert(text(src, n));
                }
            }
        });
        // Every other mention of a candidate in the file must only read it.
        let mut spoiled: BTreeSet<String> = BTreeSet::new();
        crate::py::walk(self.parsed.root(), true, &mut |n| {
            if n.kind() != "identifier" {
                return;
            }
            let name = text(src, n);
            if let Some((binding, _)) = candidates.get(name) {
                if n != *binding && !read_in_place(src, n, &shadowed) {
                    spoiled.insert(name.to_owned());
                }
            }
        });
        // Another module that imports this one (or a package above it, or the name itself)
        // may reach the object under a name of its own (`x = work.SEEDS`, then `x.append(...)`
        // in any function), which the summaries do not follow back to this variable.
        let prefix = format!("{module}.");
        let imported_elsewhere = self.project.ambiguous_modules
            || self.project.modules.values().any(|m| {
                m.name != *module
                    && m.imports.values().any(|v| {
                        v == module
                            || v.starts_with(&prefix)
                            || prefix.starts_with(&format!("{v}."))
                    })
            });
        candidates
            .into_iter()
            .filter(|(name, _)| {
                !spoiled.contains(name)
                    && !imported_elsewhere
                    && !self.project.changed_at_run_time(module, name)
                    && !self.project.written_by_functions(module, name)
            })
            .map(|(name, (_, ty))| (name, ty))
            .collect()
    }

    /// Every identifier spelled in the file, computed on first use (only rewrites need it).
    pub fn identifiers(&self) -> &BTreeSet<String> {
        self.identifiers
            .get_or_init(|| scope::all_identifiers(self.src(), self.parsed.root()))
    }
}

/// A list, tuple, set or dict display whose elements are constants or tuples of constants.
fn constant_display(node: crate::ast::Node<'_>) -> bool {
    fn element(n: crate::ast::Node<'_>) -> bool {
        crate::module::is_constant(n)
            || (n.kind() == "tuple" && crate::py::kids(n).into_iter().all(element))
    }
    match node.kind() {
        "list" | "tuple" | "set" => crate::py::kids(node).into_iter().all(element),
        "dictionary" => crate::py::kids(node).into_iter().all(|pair| {
            pair.kind() == "pair"
                && crate::py::field(pair, "key").is_some_and(element)
                && crate::py::field(pair, "value").is_some_and(element)
        }),
        _ => false,
    }
}

/// Builtins that only read the collection they are given (or copy it).
const READING_BUILTINS: [&str; 14] = [
    "len",
    "enumerate",
    "zip",
    "sorted",
    "list",
    "tuple",
    "set",
    "frozenset",
    "reversed",
    "sum",
    "min",
    "max",
    "any",
    "all",
];

/// Methods of lists, tuples, sets and dicts that do not change them.
const READING_METHODS: [&str; 6] = ["items", "keys", "values", "index", "count", "get"];

/// Whether the mention `ident` of a module variable only reads it where it stands: the iterable
/// of a `for` or a comprehension, `x in NAME`, `NAME[i]` read, `NAME.items()` (and the other
/// [`READING_METHODS`]), or the argument of a [`READING_BUILTINS`] call whose name is the
/// builtin's (not `shadowed` in the file).
fn read_in_place(src: &str, ident: crate::ast::Node<'_>, shadowed: &BTreeSet<&str>) -> bool {
    use crate::py::{field, text};
    let Some(parent) = ident.parent() else {
        return false;
    };
    match parent.kind() {
        "for_statement" | "for_in_clause" => field(parent, "right") == Some(ident),
        "comparison_operator" => {
            let ops: Vec<&str> = crate::py::all_kids(parent)
                .into_iter()
                .filter(|k| !k.is_named())
                .map(|k| text(src, k))
                .collect();
            ops.iter().all(|o| matches!(*o, "in" | "not"))
                && crate::py::kids(parent).last() == Some(&ident)
        }
        "subscript" => field(parent, "value") == Some(ident) && !stored(parent),
        "attribute" => {
            field(parent, "object") == Some(ident)
                && field(parent, "attribute")
                    .is_some_and(|a| READING_METHODS.contains(&text(src, a)))
                && parent
                    .parent()
                    .is_some_and(|c| c.kind() == "call" && field(c, "function") == Some(parent))
        }
        "argument_list" => parent.parent().is_some_and(|call| {
            call.kind() == "call"
                && field(call, "function").is_some_and(|f| {
                    f.kind() == "identifier"
                        && READING_BUILTINS.contains(&text(src, f))
                        && !shadowed.contains(text(src, f))
                })
        }),
        _ => false,
    }
}

/// Whether a subscript is written (assigned, augmented, deleted or a loop target).
fn stored(sub: crate::ast::Node<'_>) -> bool {
    let mut node = sub;
    while let Some(p) = node.parent() {
        match p.kind() {
            "pattern_list"
            | "tuple_pattern"
            | "list_pattern"
            | "tuple"
            | "list"
            | "parenthesized_expression"
            | "list_splat_pattern" => node = p,
            "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => {
                return crate::py::field(p, "left") == Some(node);
            }
            "delete_statement" => return true,
            _ => return false,
        }
    }
    false
}
