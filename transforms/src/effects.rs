//! Effect summaries: what a function (transitively) does to the world.
//!
//! Each function is first reduced to *facts* (its direct effects, the project functions it calls
//! and with what), then summaries are computed over the whole project's call graph to a fixed
//! point. Unknown calls are impure: they make any finding that depends on them `review`.

use std::collections::{BTreeMap, BTreeSet};

use tree_sitter::Node;

use crate::kb::{self, Known};
use crate::module::{BindingKind, ModuleInfo, Resolved};
use crate::py::{self, field, kids, text};

pub use crate::vocab::IoKind;

/// An observable effect that can make a parallel rewrite change behaviour.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effect {
    /// Writes or mutates module state (`global X; X = ...`, `CACHE[k] = v`, `mod.attr = v`).
    WritesGlobal { module: String, name: String },
    /// Mutates an object whose origin the analysis cannot see.
    MutatesUnknown { what: String },
    /// Assigns a variable of an enclosing function.
    WritesNonlocal { name: String },
    /// print / logging / sys.stdout: order-sensitive output.
    Output { call: String },
    /// Uses the shared module-level random number generator.
    Rng { call: String },
    /// Changes process-wide state (cwd, environment, seeds, signals).
    ProcessState { call: String },
    /// Blocking I/O.
    Io { kind: IoKind, call: String },
    /// Uses a shared client object that is not documented as safe for concurrent use.
    SharedClient { what: String },
    /// Calls something whose effects are unknown.
    UnknownCall { call: String },
    /// eval/exec/globals()/setattr...: names read and written cannot be known.
    Dynamic { call: String },
}

impl Effect {
    /// One line for a `review` reason.
    pub fn describe(&self) -> String {
        match self {
            Effect::WritesGlobal { module, name } => match default_parameter(name) {
                Some((function, parameter)) => format!(
                    "changes the default value of `{parameter}` of `{function}` (in `{module}`), one object shared by every call"
                ),
                None => format!("changes module state `{name}` (in `{module}`)"),
            },
            Effect::MutatesUnknown { what } => format!("mutates {what}"),
            Effect::WritesNonlocal { name } => format!("assigns enclosing variable `{name}`"),
            Effect::Output { call } => {
                format!("writes output (`{call}`) whose order would change")
            }
            Effect::Rng { call } => format!("draws from the shared random generator (`{call}`)"),
            Effect::ProcessState { call } => format!("changes process-wide state (`{call}`)"),
            Effect::Io { kind, call } => format!("performs {} (`{call}`)", kind.describe()),
            Effect::SharedClient { what } => {
                format!("uses {what}, which is not documented as safe to share between threads")
            }
            Effect::UnknownCall { call } => {
                format!("calls `{call}`, whose effects are unknown")
            }
            Effect::Dynamic { call } => {
                format!("uses `{call}`, so the names it touches cannot be known")
            }
        }
    }
}

/// Where a value may come from, for aliasing: a parameter, module state, or unknown.
/// Empty means a fresh value created here.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub params: BTreeSet<usize>,
    pub globals: BTreeSet<(String, String)>,
    pub unknown: bool,
    /// Known constructor when every assignment agrees (`requests.Session`).
    pub ty: Option<String>,
    /// Module-level objects the value may be or hold without being derived from them by a
    /// mutation-relevant alias: an element of a shallow copy (`list(TABLE)`), a pick
    /// (`max(TABLE)`), a default handed back (`d.get(k, DEFAULT)`), an attribute reached through
    /// a module (`mod.MISSING`), an operand (`x * FACTOR`). Only the identity of returned values
    /// needs them; mutations are judged by `globals`.
    pub shares: BTreeSet<(String, String)>,
    /// Parameters whose objects the value may be or hold in the same way (`max(rows)`,
    /// `sorted(rows)[0]`, `next(iter(rows))`, `[r for r in rows]`): as with `shares`, only the
    /// identity of returned values needs them; mutations are judged by `params`.
    pub shares_params: BTreeSet<usize>,
    /// Project functions whose results the value may be or hold (`r = lookup(n)`).
    pub calls: BTreeSet<String>,
}

impl Origin {
    pub fn fresh() -> Origin {
        Origin::default()
    }
    pub fn unknown() -> Origin {
        Origin {
            unknown: true,
            ..Default::default()
        }
    }
    pub fn union(&mut self, other: &Origin) -> bool {
        let size = |o: &Origin| {
            (
                o.params.len(),
                o.globals.len(),
                o.unknown,
                o.shares.len(),
                o.shares_params.len(),
                o.calls.len(),
            )
        };
        let before = size(self);
        self.params.extend(other.params.iter().copied());
        self.globals.extend(other.globals.iter().cloned());
        self.unknown |= other.unknown;
        self.shares.extend(other.shares.iter().cloned());
        self.shares_params
            .extend(other.shares_params.iter().copied());
        self.calls.extend(other.calls.iter().cloned());
        if self.ty != other.ty {
            self.ty = None;
        }
        before != size(self)
    }
    /// Module-level objects the value may be or hold (`globals` and `shares`).
    pub fn module_objects(&self) -> impl Iterator<Item = &(String, String)> {
        self.globals.iter().chain(self.shares.iter())
    }
    /// Parameters whose objects the value may be or hold (`params` and `shares_params`): what a
    /// function returning the value may hand back of its arguments.
    pub fn returned_params(&self) -> impl Iterator<Item = usize> + '_ {
        self.params.iter().chain(self.shares_params.iter()).copied()
    }
    /// Only the module-level objects and parameters of `other` (for values that may hold them
    /// but are not aliases of `other` for mutation).
    fn share(&mut self, other: &Origin) {
        self.shares.extend(other.module_objects().cloned());
        self.shares_params.extend(other.returned_params());
        self.calls.extend(other.calls.iter().cloned());
    }
    pub fn is_fresh(&self) -> bool {
        self.params.is_empty() && self.globals.is_empty() && !self.unknown
    }
}

/// A call from one project function to another.
#[derive(Debug, Clone)]
pub struct CallSite {
    pub callee: String,
    pub positional: Vec<Origin>,
    pub keywords: Vec<(String, Origin)>,
    /// `*args`/`**kwargs` at the call: positions unknown.
    pub splat: Option<Origin>,
}

/// What one function does directly, before callees are folded in.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub effects: BTreeSet<Effect>,
    pub mutated_params: BTreeSet<usize>,
    pub calls: Vec<CallSite>,
    /// Contains loops, comprehensions or CPU-heavy calls.
    pub heavy: bool,
    /// CPU-heavy *calls* (not counting the code's own loops): the signal for a loop region.
    pub heavy_calls: bool,
    pub reads_globals: BTreeSet<(String, String)>,
    /// Parameters whose objects (or parts of them) may be returned as-is.
    pub returns_params: BTreeSet<usize>,
    /// `return g(a, b)` of a project function: resolved with `g`'s summary.
    pub return_calls: Vec<CallSite>,
    /// Module-level objects (as in [`Origin::globals`]) that may be returned as-is or inside the
    /// returned value.
    pub returns_globals: BTreeSet<(String, String)>,
    /// Project functions whose results may be returned (`r = g(n)` ... `return r`): their
    /// `returns_globals` are folded in by the summaries.
    pub returns_results_of: BTreeSet<String>,
}

/// Transitive summary of a function.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub effects: BTreeSet<Effect>,
    pub mutated_params: BTreeSet<usize>,
    pub heavy: bool,
    pub reads_globals: BTreeSet<(String, String)>,
    pub returns_params: BTreeSet<usize>,
    /// Module-level objects the function may return, itself or through the functions whose
    /// results it returns (as in [`Origin::globals`]: the module that reads the name, and the
    /// name or its qualified name).
    pub returns_globals: BTreeSet<(String, String)>,
}

impl Summary {
    pub fn io_kinds(&self) -> BTreeSet<IoKind> {
        self.effects
            .iter()
            .filter_map(|e| match e {
                Effect::Io { kind, .. } => Some(*kind),
                _ => None,
            })
            .collect()
    }
}

/// Analyse a body (function body, or any statement list) in the context of a module.
/// `params` are the names whose origins are tracked as parameters (in order).
pub struct BodyAnalyzer<'a> {
    pub module: &'a ModuleInfo,
    pub src: &'a str,
    params: Vec<String>,
    env: BTreeMap<String, Origin>,
    globals_declared: BTreeSet<String>,
    nonlocals_declared: BTreeSet<String>,
    /// The project's summaries, once linked: calls of project functions then hand back only
    /// what the callee's summary says it may return, not every argument.
    linked: Option<(&'a Summaries, &'a BTreeMap<String, FunctionFactsEntry>)>,
    pub facts: Facts,
}

impl<'a> BodyAnalyzer<'a> {
    pub fn new(module: &'a ModuleInfo, src: &'a str, params: &[String]) -> Self {
        let mut env = BTreeMap::new();
        for (i, p) in params.iter().enumerate() {
            let mut o = Origin::fresh();
            o.params.insert(i);
            env.insert(p.clone(), o);
        }
        BodyAnalyzer {
            module,
            src,
            params: params.to_vec(),
            env,
            globals_declared: BTreeSet::new(),
            nonlocals_declared: BTreeSet::new(),
            linked: None,
            facts: Facts::default(),
        }
    }

    /// Resolve what calls of project functions return with the linked project's summaries
    /// (code analysed after [`compute_summaries`], such as a loop body about to be outlined).
    pub fn with_summaries(
        mut self,
        summaries: &'a Summaries,
        functions: &'a BTreeMap<String, FunctionFactsEntry>,
    ) -> Self {
        self.linked = Some((summaries, functions));
        self
    }

    /// Parameter defaults are evaluated once, when `def` runs, and every call that leaves the
    /// argument out shares that one object: `def pick(n, table=TABLE)` may return (a part of)
    /// `TABLE`, and `def tally(n, counts={})` mutates state that outlives the call, exactly like
    /// a module variable (a worker process would change its own copy). Such a parameter's
    /// origin gains the default's: the module objects it names, or, for an object the default
    /// creates, a module-level pseudo-variable `function(parameter=...)`. Immutable literal
    /// defaults (`None`, numbers, strings) change nothing.
    pub fn note_parameter_defaults(&mut self, function: &str, parameters: Node<'_>) {
        let src = self.src;
        let module_scope = BodyAnalyzer::new(self.module, src, &[]);
        for p in kids(parameters) {
            if !matches!(p.kind(), "default_parameter" | "typed_default_parameter") {
                continue;
            }
            let (Some(name), Some(value)) = (field(p, "name"), field(p, "value")) else {
                continue;
            };
            if crate::module::is_constant(value) {
                continue;
            }
            let name = text(src, name);
            let mut origin = module_scope.origin(value);
            origin.ty = None;
            if origin.globals.is_empty() && !origin.unknown {
                origin
                    .globals
                    .insert((self.module.name.clone(), format!("{function}({name}=...)")));
            }
            if let Some(entry) = self.env.get_mut(name) {
                entry.union(&origin);
            }
        }
    }

    /// A parameter annotated with a client class the analysis knows (see [`ANNOTATED_CLIENTS`])
    /// has that type: `session: aiohttp.ClientSession` makes `session.get(url)` a network read.
    pub fn note_parameter_types(&mut self, parameters: Node<'_>) {
        let src = self.src;
        for p in kids(parameters) {
            if !matches!(p.kind(), "typed_parameter" | "typed_default_parameter") {
                continue;
            }
            let name = match p.kind() {
                "typed_parameter" => kids(p).into_iter().find(|k| k.kind() == "identifier"),
                _ => field(p, "name"),
            };
            let (Some(name), Some(ty)) = (name, field(p, "type")) else {
                continue;
            };
            let annotation = kids(ty).into_iter().next().unwrap_or(ty);
            let Some(q) = self.qualified(annotation) else {
                continue;
            };
            if let Some(entry) = ANNOTATED_CLIENTS
                .contains(&q.as_str())
                .then(|| self.env.get_mut(text(src, name)))
                .flatten()
            {
                entry.ty = Some(q);
            }
        }
    }

    /// Names treated as local (assigned somewhere in the analysed code or a parameter).
    pub fn is_local(&self, name: &str) -> bool {
        self.env.contains_key(name) && !self.globals_declared.contains(name)
    }

    /// Analyse the statements of `body` (a block or a list of statements).
    pub fn analyze(mut self, nodes: &[Node<'_>]) -> Facts {
        self.run(nodes);
        self.facts
    }

    /// Analyse `nodes` and keep the analyser, to ask for the origins of its names afterwards
    /// (the facts are in [`BodyAnalyzer::facts`]).
    pub fn analyze_in_place(&mut self, nodes: &[Node<'_>]) {
        self.run(nodes);
    }

    /// Analyse `nodes` as the body of a function that ends with `return value` (a loop body
    /// about to be outlined into a helper that returns its per-item result).
    pub fn analyze_returning(mut self, nodes: &[Node<'_>], value: Node<'_>) -> Facts {
        self.run(nodes);
        self.note_returned(value);
        self.facts
    }

    fn run(&mut self, nodes: &[Node<'_>]) {
        // Pass 1: declarations and every name bound anywhere (nested scopes included, merged:
        // conservative for aliasing).
        for n in nodes {
            self.collect_bindings(*n);
        }
        // Pass 2: origins to a fixed point (flow-insensitive).
        for _ in 0..4 {
            let mut changed = false;
            for n in nodes {
                changed |= self.propagate_origins(*n);
            }
            if !changed {
                break;
            }
        }
        // Pass 3: effects.
        for n in nodes {
            self.effects_in(*n);
        }
    }

    fn collect_bindings(&mut self, node: Node<'_>) {
        let src = self.src;
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "global_statement" => {
                    for k in kids(n) {
                        self.globals_declared.insert(text(src, k).to_owned());
                    }
                }
                "nonlocal_statement" => {
                    for k in kids(n) {
                        self.nonlocals_declared.insert(text(src, k).to_owned());
                    }
                }
                "assignment"
                | "augmented_assignment"
                | "for_statement"
                | "for_in_clause"
                | "named_expression"
                | "as_pattern" => {
                    let target = match n.kind() {
                        "named_expression" => field(n, "name"),
                        "as_pattern" => field(n, "alias"),
                        _ => field(n, "left"),
                    };
                    if let Some(t) = target {
                        let mut names = Vec::new();
                        py::target_names(src, t, &mut names);
                        if t.kind() == "as_pattern_target" {
                            for k in kids(t) {
                                py::target_names(src, k, &mut names);
                            }
                        }
                        for (name, _) in names {
                            self.env.entry(name).or_default();
                        }
                    }
                }
                "function_definition" | "class_definition" => {
                    if let Some(name) = field(n, "name") {
                        self.env.entry(text(src, name).to_owned()).or_default();
                    }
                    if let Some(p) = field(n, "parameters") {
                        for name in py::parameter_names(src, p) {
                            self.env.insert(name, Origin::unknown());
                        }
                    }
                }
                "lambda" => {
                    if let Some(p) = field(n, "parameters") {
                        for name in py::parameter_names(src, p) {
                            self.env.insert(name, Origin::unknown());
                        }
                    }
                }
                "except_clause" => {
                    if let Some(a) = field(n, "alias") {
                        self.env.insert(text(src, a).to_owned(), Origin::unknown());
                    }
                }
                "import_statement" | "import_from_statement" => {
                    let mut names = Vec::new();
                    for k in kids(n) {
                        match k.kind() {
                            "aliased_import" => {
                                if let Some(a) = field(k, "alias") {
                                    names.push(text(src, a).to_owned());
                                }
                            }
                            "dotted_name" => {
                                let t = text(src, k);
                                names.push(t.split('.').next().unwrap_or(t).to_owned());
                            }
                            _ => {}
                        }
                    }
                    for name in names {
                        self.env.entry(name).or_default();
                    }
                }
                _ => {}
            }
            let mut cursor = n.walk();
            for c in n.named_children(&mut cursor) {
                stack.push(c);
            }
        }
        for g in &self.globals_declared {
            self.env.remove(g);
        }
    }

    fn assign_origin(&mut self, target: Node<'_>, origin: &Origin) -> bool {
        let mut names = Vec::new();
        py::target_names(self.src, target, &mut names);
        if target.kind() == "as_pattern_target" {
            for k in kids(target) {
                py::target_names(self.src, k, &mut names);
            }
        }
        let single = names.len() == 1;
        let mut changed = false;
        for (name, _) in names {
            if self.globals_declared.contains(&name) {
                continue;
            }
            let entry = self.env.entry(name).or_default();
            let was_fresh_untyped = entry.is_fresh() && entry.ty.is_none();
            changed |= entry.union(origin);
            if single && was_fresh_untyped && origin.ty.is_some() {
                entry.ty = origin.ty.clone();
            }
        }
        changed
    }

    fn propagate_origins(&mut self, node: Node<'_>) -> bool {
        let mut changed = false;
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            match n.kind() {
                // `x += y` keeps x's object (or makes a new one): no new alias of y's origin.
                "assignment" => {
                    if let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) {
                        let o = self.origin(r);
                        changed |= self.assign_origin(l, &o);
                    }
                }
                "for_statement" | "for_in_clause" => {
                    if let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) {
                        let mut o = self.origin(r);
                        o.ty = None;
                        changed |= self.assign_origin(l, &o);
                    }
                }
                "named_expression" => {
                    if let (Some(l), Some(r)) = (field(n, "name"), field(n, "value")) {
                        let o = self.origin(r);
                        changed |= self.assign_origin(l, &o);
                    }
                }
                "as_pattern" => {
                    if let Some(alias) = field(n, "alias") {
                        let value = kids(n).into_iter().next();
                        if let Some(v) = value {
                            let o = self.origin(v);
                            changed |= self.assign_origin(alias, &o);
                        }
                    }
                }
                _ => {}
            }
            let mut cursor = n.walk();
            for c in n.named_children(&mut cursor) {
                stack.push(c);
            }
        }
        changed
    }

    /// Resolve a dotted callee/reference to a qualified name when it is not a local value.
    pub fn qualified(&self, node: Node<'_>) -> Option<String> {
        let d = py::dotted(self.src, node)?;
        let head = d.split('.').next().unwrap_or(&d);
        if self.is_local(head) {
            return None;
        }
        match self.module.resolve_dotted(&d) {
            Resolved::Qualified(q) => Some(q),
            _ => None,
        }
    }

    /// Origin of the value of an expression.
    pub fn origin(&self, expr: Node<'_>) -> Origin {
        let src = self.src;
        match expr.kind() {
            "identifier" => {
                let name = text(src, expr);
                if let Some(o) = self.env.get(name) {
                    if !self.globals_declared.contains(name) {
                        return o.clone();
                    }
                }
                match self.module.resolve(name) {
                    Resolved::ModuleVar(v) => {
                        let mut o = Origin::fresh();
                        o.globals.insert((self.module.name.clone(), v.clone()));
                        o.ty = self.module.bindings.get(&v).and_then(|b| b.ty.clone());
                        o
                    }
                    Resolved::Qualified(q) => {
                        // Modules, functions and classes are shared module-level objects.
                        let mut o = Origin::fresh();
                        o.globals.insert((self.module.name.clone(), q));
                        o
                    }
                    Resolved::Unknown => {
                        // Bound by a star import: possibly another module's object.
                        let mut o = Origin::unknown();
                        o.shares.insert((self.module.name.clone(), name.to_owned()));
                        o
                    }
                }
            }
            "attribute" | "subscript" => {
                // `mod.CONFIG`, `pkg.mod.SCALE`: that object of the module, by qualified name.
                if expr.kind() == "attribute" {
                    if let Some(q) = self.qualified(expr) {
                        let mut o = Origin::fresh();
                        o.globals.insert((self.module.name.clone(), q));
                        return o;
                    }
                }
                let base = field(expr, "object").or_else(|| field(expr, "value"));
                let mut o = base.map(|b| self.origin(b)).unwrap_or_else(Origin::unknown);
                o.ty = None;
                o
            }
            // New containers and numbers, which may hold (or be computed from) module objects.
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => {
                let mut o = Origin::fresh();
                if let Some(body) = field(expr, "body") {
                    o.share(&self.origin(body));
                }
                o
            }
            // Arithmetic makes a new value; on a module-level sequence or dict itself
            // (`TABLE + [x]`, `DEFAULTS | extra`) it holds that object's elements.
            "binary_operator" | "unary_operator" => {
                let mut o = Origin::fresh();
                let formatting = field(expr, "left").is_some_and(|l| l.kind() == "string")
                    && field(expr, "operator").is_some_and(|op| text(src, op) == "%");
                if formatting {
                    return o;
                }
                for side in ["left", "right", "argument"] {
                    if let Some(operand) =
                        field(expr, side).filter(|n| self.is_module_reference(*n))
                    {
                        o.share(&self.origin(operand));
                    }
                }
                o
            }
            "parenthesized_expression" => match kids(expr).as_slice() {
                [inner] => self.origin(*inner),
                _ => Origin::unknown(),
            },
            "boolean_operator"
            | "conditional_expression"
            | "list"
            | "tuple"
            | "set"
            | "dictionary"
            | "pair"
            | "expression_list"
            | "list_splat"
            | "dictionary_splat" => {
                let mut o = Origin::fresh();
                for k in kids(expr) {
                    if expr.kind() == "conditional_expression"
                        && field(expr, "condition").map(|c| c.id()) == Some(k.id())
                    {
                        continue;
                    }
                    o.union(&self.origin(k));
                }
                o.ty = None;
                o
            }
            "named_expression" => field(expr, "value")
                .map(|v| self.origin(v))
                .unwrap_or_else(Origin::unknown),
            "call" => self.call_origin(expr),
            "await" | "yield" => Origin::unknown(),
            // literals, arithmetic, comparisons, f-strings, comprehensions, lambdas: new values
            _ => Origin::fresh(),
        }
    }

    /// A module-level name or an object reached through a module (`TABLE`, `mod.TABLE`), not
    /// a local, an element or a computed value.
    fn is_module_reference(&self, node: Node<'_>) -> bool {
        let node = py::unparen(node);
        match node.kind() {
            "identifier" => !self.is_local(text(self.src, node)),
            "attribute" => self.qualified(node).is_some(),
            _ => false,
        }
    }

    fn call_origin(&self, call: Node<'_>) -> Origin {
        let Some(func) = field(call, "function") else {
            return Origin::unknown();
        };
        let arguments = field(call, "arguments");
        let args: Vec<Node<'_>> = arguments
            .map(|a| {
                kids(a)
                    .into_iter()
                    .filter_map(|a| {
                        if a.kind() == "keyword_argument" {
                            field(a, "value")
                        } else {
                            Some(a)
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        // What the result may hold of its arguments' module objects (`list(TABLE)`,
        // `max(TABLE)`, `next(iter(TABLE))`, `getattr(obj, name)`).
        let shared_args = |o: &mut Origin| {
            for a in &args {
                o.share(&self.origin(*a));
            }
        };
        if let Some(q) = self.qualified(func) {
            // `sum(xs)` without a start value adds the items to 0: a new number.
            let sum_of_numbers = q == "builtins.sum"
                && arguments.is_some_and(|a| match a.kind() {
                    "generator_expression" => true,
                    _ => matches!(kids(a).as_slice(), [only] if !matches!(
                        only.kind(),
                        "keyword_argument" | "list_splat" | "dictionary_splat"
                    )),
                });
            if sum_of_numbers {
                return Origin::fresh();
            }
            if let Some(known) = kb::lookup(&q) {
                if known != Known::Higher {
                    let mut o = Origin::fresh();
                    if !kb::result_is_new_value(&q) {
                        shared_args(&mut o);
                    }
                    o.ty = Some(q);
                    return o;
                }
            }
            if let Some((summaries, functions)) = self.linked {
                if let (Some(callee), Some(entry)) = (summaries.by_name.get(&q), functions.get(&q))
                {
                    // What the callee may hand back of its arguments; its module objects are
                    // folded in through `calls` like those of a returned call.
                    let raw = arguments.map(kids).unwrap_or_default();
                    let mut o = returned_origin(&self.call_site(&q, &raw), callee, entry);
                    o.calls.insert(q);
                    o.ty = None;
                    return o;
                }
            }
            if self.is_project_function(&q) {
                // May return (parts of) its arguments: conservatively, all of them.
                let mut o = Origin::fresh();
                for a in &args {
                    o.union(&self.origin(*a));
                }
                o.calls.insert(q);
                o.ty = None;
                return o;
            }
            // Possibly a project function of another top-level package: what it returns is
            // folded in by the summaries when it is one.
            let mut o = Origin::unknown();
            shared_args(&mut o);
            o.calls.insert(q);
            return o;
        }
        if func.kind() == "attribute" {
            // A request on a typed async client: a new response object.
            if let (Some(obj), Some(method)) = (field(func, "object"), field(func, "attribute")) {
                let method = text(self.src, method);
                let response = match self.origin(obj).ty.as_deref() {
                    Some("aiohttp.ClientSession") => Some("aiohttp.ClientResponse"),
                    Some("httpx.AsyncClient") => Some("httpx.Response"),
                    _ => None,
                };
                if let Some(ty) = response.filter(|_| is_request_method(method)) {
                    let mut o = Origin::fresh();
                    o.ty = Some(ty.to_owned());
                    return o;
                }
            }
            // A method's result may alias its receiver (`d.get(k)`, `x.strip()` is fresh but
            // indistinguishable by name in general), or be an argument (`d.get(k, DEFAULT)`).
            if let Some(obj) = field(func, "object") {
                let mut o = self.origin(obj);
                o.ty = None;
                let method = field(func, "attribute").map(|m| text(self.src, m));
                if !method.is_some_and(kb::is_plain_result_method) {
                    shared_args(&mut o);
                }
                return o;
            }
        }
        let mut o = Origin::unknown();
        shared_args(&mut o);
        o
    }

    /// A returned call that is not a known library call, as a call site (for resolving what it
    /// returns with the callee's summary): a project function, also of another top-level
    /// package of the project; a callee without a summary may hand back any argument.
    fn return_call_site(&self, expr: Node<'_>) -> Option<CallSite> {
        let expr = py::unparen(expr);
        if expr.kind() != "call" {
            return None;
        }
        let q = self.qualified(field(expr, "function")?)?;
        if kb::lookup(&q).is_some() {
            return None;
        }
        let args = field(expr, "arguments").map(kids).unwrap_or_default();
        Some(self.call_site(&q, &args))
    }

    fn is_project_function(&self, q: &str) -> bool {
        // Project functions are resolved later; anything under this module's package root
        // or a function of this module counts.
        q.starts_with(&format!("{}.", self.module.name))
            || self
                .module
                .name
                .split('.')
                .next()
                .map(|root| q.starts_with(&format!("{root}.")))
                .unwrap_or(false)
    }

    fn mutate(&mut self, origin: &Origin, what: &str) {
        for p in &origin.params {
            self.facts.mutated_params.insert(*p);
        }
        for (m, g) in &origin.globals {
            self.facts.effects.insert(Effect::WritesGlobal {
                module: m.clone(),
                name: g.clone(),
            });
        }
        if origin.unknown {
            self.facts.effects.insert(Effect::MutatesUnknown {
                what: what.to_owned(),
            });
        }
    }

    /// What an attribute or subscript store (or `del`) changes: the object it stores into, or,
    /// for an attribute of a module (`mod.SCALE = v`), that module variable itself.
    fn stored_into(&self, target: Node<'_>) -> Option<Origin> {
        if target.kind() == "attribute" && self.qualified(target).is_some() {
            return Some(self.origin(target));
        }
        let base = field(target, "object").or_else(|| field(target, "value"))?;
        Some(self.origin(base))
    }

    fn effects_in(&mut self, node: Node<'_>) {
        let src = self.src;
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "for_statement"
                | "while_statement"
                | "list_comprehension"
                | "set_comprehension"
                | "dictionary_comprehension"
                | "generator_expression"
                    if loop_is_heavy(src, n) =>
                {
                    self.facts.heavy = true;
                }
                "assignment" | "augmented_assignment" => {
                    if let Some(left) = field(n, "left") {
                        let mut bases = Vec::new();
                        py::target_bases(left, &mut bases);
                        for b in bases {
                            if let Some(o) = self.stored_into(b) {
                                self.mutate(&o, &format!("`{}`", text(src, b)));
                            }
                        }
                        let mut names = Vec::new();
                        py::target_names(src, left, &mut names);
                        for (name, node) in names {
                            if self.globals_declared.contains(&name) {
                                self.facts.effects.insert(Effect::WritesGlobal {
                                    module: self.module.name.clone(),
                                    name,
                                });
                            } else if self.nonlocals_declared.contains(&name) {
                                self.facts.effects.insert(Effect::WritesNonlocal { name });
                            } else if n.kind() == "augmented_assignment" {
                                // `x += y` mutates lists/dicts/sets in place.
                                let o = self.origin(node);
                                let mut shared = o.clone();
                                shared.unknown = false;
                                self.mutate(&shared, &format!("`{name}`"));
                            }
                        }
                    }
                }
                "delete_statement" => {
                    for b in py::delete_targets(n) {
                        if let Some(o) = self.stored_into(b) {
                            self.mutate(&o, &format!("`{}`", text(src, b)));
                        }
                    }
                }
                "call" => self.call_effects(n),
                "identifier" => self.note_global_read(n),
                "attribute" => self.note_module_attribute_read(n),
                "return_statement" => {
                    for k in kids(n) {
                        self.note_returned(k);
                    }
                }
                _ => {}
            }
            let mut cursor = n.walk();
            for c in n.named_children(&mut cursor) {
                stack.push(c);
            }
        }
    }

    /// `value` is handed back to the caller: the arguments and module-level objects it may be or
    /// hold, and the project functions whose results it may be.
    fn note_returned(&mut self, value: Node<'_>) {
        if let Some(site) = self.return_call_site(value) {
            self.facts.return_calls.push(site);
            return;
        }
        let o = self.origin(value);
        self.facts.returns_params.extend(o.returned_params());
        self.facts
            .returns_globals
            .extend(o.module_objects().cloned());
        self.facts.returns_results_of.extend(o.calls);
    }

    fn note_global_read(&mut self, ident: Node<'_>) {
        let name = text(self.src, ident);
        if self.is_local(name) {
            return;
        }
        let Some(parent) = ident.parent() else { return };
        if parent.kind() == "attribute"
            && field(parent, "attribute").map(|a| a.id()) == Some(ident.id())
        {
            return;
        }
        if parent.kind() == "keyword_argument"
            && field(parent, "name").map(|a| a.id()) == Some(ident.id())
        {
            return;
        }
        if let Some(b) = self.module.bindings.get(name) {
            if b.kind == BindingKind::Value {
                self.facts
                    .reads_globals
                    .insert((self.module.name.clone(), name.to_owned()));
            } else if b.kind == BindingKind::Import {
                // `from pkg.mod import CONFIG`: the object `CONFIG` of `pkg.mod`.
                if let Some((m, n)) = self
                    .module
                    .imports
                    .get(name)
                    .and_then(|q| q.rsplit_once('.'))
                {
                    self.facts
                        .reads_globals
                        .insert((m.to_owned(), n.to_owned()));
                }
            }
        }
    }

    /// `config.SETTING` (or `pkg.config.SETTING`) where `config` is an imported module: a read
    /// of that module's state.
    fn note_module_attribute_read(&mut self, attr: Node<'_>) {
        let (Some(obj), Some(name)) = (field(attr, "object"), field(attr, "attribute")) else {
            return;
        };
        let Some(dotted) = py::dotted(self.src, obj) else {
            return;
        };
        let (head, rest) = match dotted.split_once('.') {
            Some((h, r)) => (h, Some(r)),
            None => (dotted.as_str(), None),
        };
        if self.is_local(head) {
            return;
        }
        if let Some(q) = self.module.imports.get(head) {
            let module = match rest {
                Some(r) => format!("{q}.{r}"),
                None => q.clone(),
            };
            self.facts
                .reads_globals
                .insert((module, text(self.src, name).to_owned()));
        }
    }

    fn call_effects(&mut self, call: Node<'_>) {
        let src = self.src;
        let Some(func) = field(call, "function") else {
            return;
        };
        let args: Vec<Node<'_>> = field(call, "arguments").map(kids).unwrap_or_default();
        if let Some(q) = self.qualified(func) {
            let builtin = q.strip_prefix("builtins.");
            if let Some(b) = builtin {
                if kb::is_dynamic_builtin(b) {
                    self.facts
                        .effects
                        .insert(Effect::Dynamic { call: b.to_owned() });
                    return;
                }
            }
            if builtin == Some("open") {
                let kind = open_mode_kind(src, &args);
                self.facts.effects.insert(Effect::Io {
                    kind,
                    call: "open".into(),
                });
                return;
            }
            if builtin == Some("next") {
                if let Some(a) = args.first() {
                    let o = self.origin(*a);
                    self.mutate(&o, "an iterator (`next()`)");
                }
                return;
            }
            match kb::lookup(&q) {
                Some(Known::Pure) => {}
                Some(Known::PureHeavy) => {
                    self.facts.heavy = true;
                    self.facts.heavy_calls = true;
                }
                Some(Known::Io(kind)) => {
                    self.facts.effects.insert(Effect::Io { kind, call: q });
                }
                Some(Known::Output) => {
                    self.facts
                        .effects
                        .insert(Effect::Output { call: q_short(&q) });
                }
                Some(Known::Rng) => {
                    self.facts.effects.insert(Effect::Rng { call: q });
                }
                Some(Known::ProcessState) => {
                    self.facts.effects.insert(Effect::ProcessState { call: q });
                }
                Some(Known::Higher) => self.higher_order_call(&args),
                None => {
                    let site = self.call_site(&q, &args);
                    self.facts.calls.push(site);
                }
            }
            return;
        }
        // A method call on a value, or a call of a local value.
        if func.kind() == "attribute" {
            let (Some(obj), Some(method)) = (field(func, "object"), field(func, "attribute"))
            else {
                return;
            };
            let method = text(src, method);
            let origin = self.origin(obj);
            self.method_call(obj, method, &origin);
            return;
        }
        let callee = text(src, func);
        self.facts.effects.insert(Effect::UnknownCall {
            call: callee.chars().take(60).collect(),
        });
    }

    fn method_call(&mut self, obj: Node<'_>, method: &str, origin: &Origin) {
        let src = self.src;
        let receiver = text(src, obj);
        let shared = !origin.globals.is_empty() || !origin.params.is_empty() || origin.unknown;
        // Typed receivers from known constructors.
        if let Some(ty) = origin.ty.as_deref() {
            match ty {
                "requests.Session" | "requests.session" => {
                    let kind = match method {
                        "get" | "head" | "options" => IoKind::NetworkRead,
                        _ => IoKind::NetworkWrite,
                    };
                    self.facts.effects.insert(Effect::Io {
                        kind,
                        call: format!("{receiver}.{method}"),
                    });
                    if shared {
                        self.facts.effects.insert(Effect::SharedClient {
                            what: format!("the shared `requests.Session` `{receiver}`"),
                        });
                    }
                    return;
                }
                "aiohttp.ClientSession" | "httpx.AsyncClient" if is_request_method(method) => {
                    self.facts.effects.insert(Effect::Io {
                        kind: request_kind(method),
                        call: format!("{receiver}.{method}"),
                    });
                    return;
                }
                // Reading the body of a response already requested (its I/O is counted there).
                "aiohttp.ClientResponse" | "httpx.Response" if is_response_read(method) => return,
                "httpx.Client" => {
                    let kind = match method {
                        "get" | "head" | "options" => IoKind::NetworkRead,
                        _ => IoKind::NetworkWrite,
                    };
                    self.facts.effects.insert(Effect::Io {
                        kind,
                        call: format!("{receiver}.{method}"),
                    });
                    return;
                }
                "logging.getLogger" => {
                    self.facts.effects.insert(Effect::Output {
                        call: format!("{receiver}.{method}"),
                    });
                    return;
                }
                t if t.starts_with("hashlib.") || t == "re.compile" => {
                    if kb::is_heavy_method(method) {
                        self.facts.heavy = true;
                        self.facts.heavy_calls = true;
                    }
                    if !shared {
                        return;
                    }
                }
                _ => {}
            }
        }
        if matches!(
            method,
            "debug" | "info" | "warning" | "warn" | "error" | "exception" | "critical" | "log"
        ) && receiver.to_ascii_lowercase().contains("log")
        {
            self.facts.effects.insert(Effect::Output {
                call: format!("{receiver}.{method}"),
            });
            return;
        }
        if kb::is_write_method(method) && shared {
            self.mutate(origin, &format!("`{receiver}` (`.{method}()`)"));
            return;
        }
        if kb::is_non_mutating_method(method) {
            if kb::is_heavy_method(method) && origin.ty.as_deref() == Some("re.compile") {
                self.facts.heavy = true;
                self.facts.heavy_calls = true;
            }
            return;
        }
        self.mutate(origin, &format!("`{receiver}` (calls `.{method}()`)"));
        if origin.unknown && origin.params.is_empty() && origin.globals.is_empty() {
            self.facts.effects.insert(Effect::UnknownCall {
                call: format!("{receiver}.{method}"),
            });
        }
    }

    /// map/filter/sorted/min/max/reduce: the callables passed are called.
    fn higher_order_call(&mut self, args: &[Node<'_>]) {
        let mut data = Origin::fresh();
        let mut callees = Vec::new();
        for a in args {
            let v = if a.kind() == "keyword_argument" {
                field(*a, "value")
            } else {
                Some(*a)
            };
            let Some(v) = v else { continue };
            match v.kind() {
                "identifier" | "attribute" => match self.qualified(v) {
                    Some(q) if kb::lookup(&q).is_none() => callees.push(q),
                    Some(_) => {}
                    None => {
                        let o = self.origin(v);
                        data.union(&o);
                    }
                },
                "lambda" => {}
                _ => {
                    let o = self.origin(v);
                    data.union(&o);
                }
            }
        }
        for q in callees {
            self.facts.calls.push(CallSite {
                callee: q,
                positional: vec![],
                keywords: vec![],
                splat: Some(data.clone()),
            });
        }
    }

    fn call_site(&self, q: &str, args: &[Node<'_>]) -> CallSite {
        let mut site = CallSite {
            callee: q.to_owned(),
            positional: vec![],
            keywords: vec![],
            splat: None,
        };
        for a in args {
            match a.kind() {
                "keyword_argument" => {
                    if let (Some(n), Some(v)) = (field(*a, "name"), field(*a, "value")) {
                        site.keywords
                            .push((text(self.src, n).to_owned(), self.origin(v)));
                    }
                }
                "list_splat" | "dictionary_splat" => {
                    let o = self.origin(*a);
                    site.splat.get_or_insert_with(Origin::fresh).union(&o);
                }
                _ => site.positional.push(self.origin(*a)),
            }
        }
        site
    }

    pub fn params(&self) -> &[String] {
        &self.params
    }
}

fn q_short(q: &str) -> String {
    q.strip_prefix("builtins.").unwrap_or(q).to_owned()
}

/// `open(path)` reads; `open(path, "w")` and any mode that is not a literal read-only mode writes.
fn open_mode_kind(src: &str, args: &[Node<'_>]) -> IoKind {
    let mode = args
        .iter()
        .find(|a| {
            a.kind() == "keyword_argument"
                && field(**a, "name").map(|n| text(src, n)) == Some("mode")
        })
        .and_then(|a| field(*a, "value"))
        .or_else(|| {
            args.iter()
                .filter(|a| a.kind() != "keyword_argument")
                .nth(1)
                .copied()
        });
    match mode {
        None => IoKind::FileRead,
        Some(m) if m.kind() == "string" => {
            let t = text(src, m);
            if t.contains(['w', 'a', 'x', '+']) {
                IoKind::FileWrite
            } else {
                IoKind::FileRead
            }
        }
        Some(_) => IoKind::FileWrite,
    }
}

/// HTTP request methods of the clients the analysis knows.
fn is_request_method(method: &str) -> bool {
    matches!(
        method,
        "get" | "head" | "options" | "post" | "put" | "patch" | "delete" | "request" | "stream"
    )
}

/// Requests that only read: the rest change server state.
fn request_kind(method: &str) -> IoKind {
    match method {
        "get" | "head" | "options" => IoKind::NetworkRead,
        _ => IoKind::NetworkWrite,
    }
}

/// Methods of an async client's response that read or check what was received.
fn is_response_read(method: &str) -> bool {
    matches!(
        method,
        "text" | "json" | "read" | "aread" | "raise_for_status" | "release"
    )
}

/// Client classes a parameter annotation may name: the parameter then has that type, and its
/// requests are judged as the class's methods (`session: aiohttp.ClientSession`).
const ANNOTATED_CLIENTS: [&str; 4] = [
    "aiohttp.ClientSession",
    "httpx.AsyncClient",
    "httpx.Client",
    "requests.Session",
];

/// The pseudo-variable [`BodyAnalyzer::note_parameter_defaults`] names a default by:
/// `function(parameter=...)` -> (function, parameter).
fn default_parameter(name: &str) -> Option<(&str, &str)> {
    name.strip_suffix("=...)")?.split_once('(')
}

/// Facts for one top-level function definition node.
pub fn function_facts(module: &ModuleInfo, src: &str, def: Node<'_>) -> Facts {
    let params = field(def, "parameters")
        .map(|p| py::parameter_names(src, p))
        .unwrap_or_default();
    let mut nodes = Vec::new();
    if let Some(body) = field(def, "body") {
        nodes.push(body);
    }
    let mut analyzer = BodyAnalyzer::new(module, src, &params);
    if let (Some(p), Some(name)) = (field(def, "parameters"), field(def, "name")) {
        analyzer.note_parameter_defaults(text(src, name), p);
        analyzer.note_parameter_types(p);
    }
    let mut facts = analyzer.analyze(&nodes);
    if let Some(name) = field(def, "name") {
        let own = format!("{}.{}", module.name, text(src, name));
        if facts.calls.iter().any(|c| c.callee == own) {
            facts.heavy = true; // recursion
        }
    }
    facts
}

/// Project-wide summaries, computed bottom-up to a fixed point.
#[derive(Debug, Default)]
pub struct Summaries {
    pub by_name: BTreeMap<String, Summary>,
    /// (module, name) of module variables written at run time: by some function (directly or
    /// through a helper that mutates its argument), or from another module
    /// ([`crate::foreign`]). Resolved to the module that defines the name by
    /// [`crate::Project::link_all`]; check with [`crate::Project::changed_at_run_time`].
    pub runtime_written: BTreeSet<(String, String)>,
    /// Functions reachable from import-time code of some module.
    pub import_time_reachable: BTreeSet<String>,
}

/// Parameter names per function, needed to map keyword arguments.
pub struct FunctionFactsEntry {
    pub facts: Facts,
    pub params: Vec<String>,
    pub star_params: bool,
}

pub fn compute_summaries(
    functions: &BTreeMap<String, FunctionFactsEntry>,
    import_time_calls: &BTreeSet<String>,
) -> Summaries {
    let mut by_name: BTreeMap<String, Summary> = functions
        .iter()
        .map(|(name, entry)| {
            let f = &entry.facts;
            (
                name.clone(),
                Summary {
                    effects: f.effects.clone(),
                    mutated_params: f.mutated_params.clone(),
                    heavy: f.heavy,
                    reads_globals: f.reads_globals.clone(),
                    returns_params: f.returns_params.clone(),
                    returns_globals: f.returns_globals.clone(),
                },
            )
        })
        .collect();
    for _round in 0..64 {
        let mut changed = false;
        for (name, entry) in functions {
            let mut next = by_name.get(name).cloned().unwrap_or_default();
            fold_returns(&mut next, &entry.facts, &by_name, functions);
            for call in &entry.facts.calls {
                match (by_name.get(&call.callee), functions.get(&call.callee)) {
                    (Some(callee), Some(callee_entry)) => {
                        fold_call(&mut next, call, callee, callee_entry);
                    }
                    _ => {
                        next.effects.insert(Effect::UnknownCall {
                            call: call.callee.clone(),
                        });
                    }
                }
            }
            if by_name.get(name) != Some(&next) {
                by_name.insert(name.clone(), next);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // From the summaries: a global mutated through a helper (`fill(CONFIG)`) is written too.
    // Names are as the writing module spells them (`pkg.mod.SCALE` for another module's);
    // `Project::link_all` resolves them.
    let runtime_written = by_name
        .values()
        .flat_map(|s| s.effects.iter())
        .filter_map(|e| match e {
            Effect::WritesGlobal { module, name } => Some((module.clone(), name.clone())),
            _ => None,
        })
        .collect();
    // Reachability from import-time calls.
    let mut reachable = BTreeSet::new();
    let mut work: Vec<String> = import_time_calls.iter().cloned().collect();
    while let Some(f) = work.pop() {
        if !functions.contains_key(&f) || !reachable.insert(f.clone()) {
            continue;
        }
        if let Some(entry) = functions.get(&f) {
            for c in &entry.facts.calls {
                work.push(c.callee.clone());
            }
        }
    }
    Summaries {
        by_name,
        runtime_written,
        import_time_reachable: reachable,
    }
}

/// What `facts` returns through the functions it calls: the arguments and module objects a
/// returned call may hand back (`return g(a, b)`), and the module objects of the project
/// functions whose results are returned (`r = g(n)` ... `return r`; their arguments are already
/// in the returned origin).
fn fold_returns(
    next: &mut Summary,
    facts: &Facts,
    by_name: &BTreeMap<String, Summary>,
    functions: &BTreeMap<String, FunctionFactsEntry>,
) {
    for call in &facts.return_calls {
        match (by_name.get(&call.callee), functions.get(&call.callee)) {
            (Some(callee), Some(callee_entry)) => {
                let returned = returned_origin(call, callee, callee_entry);
                next.returns_params.extend(returned.returned_params());
                returns_module_objects(next, &returned, by_name);
                next.returns_globals
                    .extend(callee.returns_globals.iter().cloned());
            }
            // Unknown callee: assume it may hand back any argument.
            _ => {
                for o in call_arguments(call) {
                    next.returns_params.extend(o.returned_params());
                    returns_module_objects(next, o, by_name);
                }
            }
        }
    }
    for callee in &facts.returns_results_of {
        if let Some(s) = by_name.get(callee) {
            next.returns_globals
                .extend(s.returns_globals.iter().cloned());
        }
    }
}

/// Every argument origin of a call: positional, keyword and `*`/`**` splats.
fn call_arguments(call: &CallSite) -> impl Iterator<Item = &Origin> {
    call.positional
        .iter()
        .chain(call.keywords.iter().map(|(_, o)| o))
        .chain(call.splat.iter())
}

/// A returned value's module objects, and those of the project functions whose results it holds.
fn returns_module_objects(
    next: &mut Summary,
    returned: &Origin,
    by_name: &BTreeMap<String, Summary>,
) {
    next.returns_globals
        .extend(returned.module_objects().cloned());
    for c in &returned.calls {
        if let Some(s) = by_name.get(c) {
            next.returns_globals
                .extend(s.returns_globals.iter().cloned());
        }
    }
}

/// Origins of the arguments that a call may hand back, per the callee's `returns_params`.
fn returned_origin(call: &CallSite, callee: &Summary, entry: &FunctionFactsEntry) -> Origin {
    let mut o = Origin::fresh();
    for p in &callee.returns_params {
        if entry.star_params || call.splat.is_some() {
            for a in call_arguments(call) {
                o.union(a);
            }
            continue;
        }
        if let Some(a) = call.positional.get(*p) {
            o.union(a);
        }
        if let Some(name) = entry.params.get(*p) {
            for (k, a) in &call.keywords {
                if k == name {
                    o.union(a);
                }
            }
        }
    }
    o
}

fn fold_call(next: &mut Summary, call: &CallSite, callee: &Summary, entry: &FunctionFactsEntry) {
    next.effects.extend(callee.effects.iter().cloned());
    next.heavy |= callee.heavy;
    next.reads_globals
        .extend(callee.reads_globals.iter().cloned());
    let mut mutated: Vec<Origin> = Vec::new();
    for p in &callee.mutated_params {
        if entry.star_params || call.splat.is_some() {
            // positions are uncertain: every argument may be the mutated one
            mutated.extend(call.positional.iter().cloned());
            mutated.extend(call.keywords.iter().map(|(_, o)| o.clone()));
            if let Some(s) = &call.splat {
                mutated.push(s.clone());
            }
            continue;
        }
        if let Some(o) = call.positional.get(*p) {
            mutated.push(o.clone());
        }
        if let Some(pname) = entry.params.get(*p) {
            for (k, o) in &call.keywords {
                if k == pname {
                    mutated.push(o.clone());
                }
            }
        }
    }
    for o in mutated {
        next.mutated_params.extend(o.params.iter().copied());
        for (m, g) in &o.globals {
            next.effects.insert(Effect::WritesGlobal {
                module: m.clone(),
                name: g.clone(),
            });
        }
        if o.unknown {
            next.effects.insert(Effect::MutatesUnknown {
                what: format!("an argument passed to `{}`", call.callee),
            });
        }
    }
}

/// Summary of a region of code (a loop body or a single expression) with its calls folded in.
pub fn summarize_region(
    facts: &Facts,
    summaries: &Summaries,
    functions: &BTreeMap<String, FunctionFactsEntry>,
) -> Summary {
    // A region's own inline loops are not a signal (every nested loop would be reported); the
    // work it calls is.
    let mut s = Summary {
        effects: facts.effects.clone(),
        mutated_params: facts.mutated_params.clone(),
        heavy: facts.heavy_calls,
        reads_globals: facts.reads_globals.clone(),
        returns_params: BTreeSet::new(),
        returns_globals: BTreeSet::new(),
    };
    for call in &facts.calls {
        match (
            summaries.by_name.get(&call.callee),
            functions.get(&call.callee),
        ) {
            (Some(callee), Some(entry)) => fold_call(&mut s, call, callee, entry),
            _ => {
                s.effects.insert(Effect::UnknownCall {
                    call: call.callee.clone(),
                });
            }
        }
    }
    s
}

/// Summary of code analysed with [`BodyAnalyzer::analyze_returning`] (a loop body about to become
/// a helper function): [`summarize_region`] plus what the returned value may be, folded through
/// the functions it calls exactly as for a project function's own summary.
pub fn summarize_returning(
    facts: &Facts,
    summaries: &Summaries,
    functions: &BTreeMap<String, FunctionFactsEntry>,
) -> Summary {
    let mut s = summarize_region(facts, summaries, functions);
    s.returns_params = facts.returns_params.clone();
    s.returns_globals = facts.returns_globals.clone();
    fold_returns(&mut s, facts, &summaries.by_name, functions);
    s
}

/// Whether a loop's own work can outweigh sending its data to another process. One pass over a
/// data iterable is linear in the data, like pickling it: no gain. A `while` loop, a loop over
/// `range(...)` (work set by a number, not by the data sent) or a loop nested in another loop of
/// the same function is.
fn loop_is_heavy(src: &str, n: Node<'_>) -> bool {
    if n.kind() == "while_statement" {
        return true;
    }
    let iterable = if n.kind() == "for_statement" {
        field(n, "right")
    } else {
        let clauses: Vec<Node<'_>> = py::kids(n)
            .into_iter()
            .filter(|k| k.kind() == "for_in_clause")
            .collect();
        if clauses.len() > 1 {
            return true; // nested
        }
        clauses.first().and_then(|c| field(*c, "right"))
    };
    let counted = iterable.map(py::unparen).is_some_and(|it| {
        it.kind() == "call"
            && field(it, "function")
                .is_some_and(|f| matches!(text(src, f), "range" | "itertools.count" | "count"))
    });
    if counted {
        return true;
    }
    let mut cur = n.parent();
    while let Some(p) = cur {
        match p.kind() {
            "for_statement"
            | "while_statement"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => return true,
            "function_definition" | "lambda" | "class_definition" | "module" => return false,
            _ => {}
        }
        cur = p.parent();
    }
    false
}
