//! Effect summaries: what a function (transitively) does to the world.
//!
//! Each function is first reduced to *facts* (its direct effects, the project functions it calls
//! and with what), then summaries are computed over the whole project's call graph to a fixed
//! point. Unknown calls are impure: they make any finding that depends on them `review`.

use std::collections::{BTreeMap, BTreeSet};

use crate::ast::Node;

use crate::kb::{self, Arg, Entry, Returns, Spec, Ty};
use crate::module::{BindingKind, ModuleInfo, Resolved};
use crate::py::{self, field, kids, text};

pub use crate::vocab::IoKind;
use crate::vocab::{CostEvidence, CostTier, Place, Setting, Stream};

/// An observable effect that can make a parallel rewrite change behaviour.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effect {
    /// Writes or mutates module state (`global X; X = ...`, `CACHE[k] = v`, `mod.attr = v`).
    WritesGlobal { module: String, name: String },
    /// Mutates an object whose origin the analysis cannot see.
    MutatesUnknown { what: String },
    /// Assigns a variable of an enclosing function.
    WritesNonlocal { name: String },
    /// print / logging / sys.stdout / warnings: order-sensitive output.
    Output { stream: Stream, call: String },
    /// Uses shared random state (the `random` module's generator, OS randomness).
    Rng { call: String },
    /// Changes a process, interpreter or thread setting (cwd, environment, recursion limit...).
    WritesSetting { setting: Setting, call: String },
    /// Depends on a process, interpreter or thread setting that a worker may not share.
    ReadsSetting { setting: Setting, call: String },
    /// Reads the clock: results depend on when the work runs.
    Clock { call: String },
    /// Returns values specific to the process or thread it runs in (`os.getpid`, `id`).
    Identity { call: String },
    /// Compares objects by identity (`is`), which a copy sent to another process changes.
    ComparesIdentity { what: String },
    /// Blocking I/O.
    Io { kind: IoKind, call: String },
    /// Uses a shared client object that is not documented as safe for concurrent use.
    SharedClient { what: String },
    /// Calls something whose effects are unknown.
    UnknownCall { call: String },
    /// Calls a function cached with `functools.lru_cache`/`cache`: the cache is state shared by
    /// every call.
    Cached { function: String },
    /// May let `StopIteration` escape (`next(it)` without a default, `raise StopIteration`).
    StopsIteration { call: String },
    /// eval/exec/globals()/setattr...: names read and written cannot be known.
    Dynamic { call: String },
    /// Takes a lock (`with LOCK:`, `lock.acquire()`): a caller holding it blocks every pool
    /// thread, and the items run one at a time anyway; another process has its own lock.
    Locks { what: String },
    /// Raises an exception carrying objects (`ValueError("bad", match)`): a worker process
    /// cannot always send it back, and the caller then sees a pickling error.
    RaisesPayload { what: String },
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
            Effect::Output { call, .. } => {
                format!("writes output (`{call}`) whose order would change")
            }
            Effect::Rng { call } => format!("draws from shared random state (`{call}`)"),
            Effect::WritesSetting { setting, call } => {
                format!("changes {} (`{call}`) for the whole process", setting.describe())
            }
            Effect::ReadsSetting { setting, call } => {
                format!("depends on {} (`{call}`)", setting.describe())
            }
            Effect::Clock { call } => format!(
                "reads the clock (`{call}`): run concurrently, items see other times"
            ),
            Effect::Identity { call } => format!(
                "uses a value specific to the process or thread it runs in (`{call}`)"
            ),
            Effect::ComparesIdentity { what } => format!(
                "compares objects by identity ({what}); a copy sent to a worker process is another object"
            ),
            Effect::Io { kind, call } => format!("performs {} (`{call}`)", kind.describe()),
            Effect::SharedClient { what } => {
                format!("uses {what}, which is not documented as safe to share between threads")
            }
            Effect::UnknownCall { call } => {
                format!("calls `{call}`, whose effects are unknown")
            }
            Effect::StopsIteration { call } => format!(
                "may let `StopIteration` escape (`{call}`): raised through a pool's results it becomes `RuntimeError`"
            ),
            Effect::Cached { function } => format!(
                "calls `{function}`, which is cached (`lru_cache`): workers fill caches of their own, so hits, misses and `cache_info()` change"
            ),
            Effect::Dynamic { call } => {
                format!("uses `{call}`, so the names it touches cannot be known")
            }
            Effect::Locks { what } => format!(
                "takes the lock `{what}`: a caller holding it would block every worker, and the items would run one at a time anyway"
            ),
            Effect::RaisesPayload { what } => format!(
                "raises an exception carrying objects (`{what}`) that a worker process may not be able to send back"
            ),
        }
    }

    /// Whether this effect keeps a rewrite that runs the work in `place` from being safe.
    /// Reads of settings depend on what the place sees of the caller's; I/O is judged by the
    /// rule (threads overlap reads and sleeps; a process pool is for CPU work).
    pub fn forbids(&self, place: Place) -> bool {
        match self {
            Effect::ReadsSetting { setting, .. } => !setting.visible_in(place),
            Effect::Io { kind, .. } => !kind.is_concurrency_safe(),
            Effect::ComparesIdentity { .. } | Effect::RaisesPayload { .. } => {
                place == Place::SpawnedProcess
            }
            Effect::Cached { .. } | Effect::StopsIteration { .. } => place != Place::Task,
            _ => true,
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
    /// The value's type when the analysis knows it (a knowledge-base type such as `str`,
    /// `list[bytes]`, `requests.Session`, or `$0` for "whatever parameter 0 is"); `None` when
    /// it does not.
    pub ty: Option<Ty>,
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
    /// A new value of a known type.
    pub fn typed(ty: Ty) -> Origin {
        Origin {
            ty: Some(ty).filter(|t| *t != Ty::Unknown),
            ..Default::default()
        }
    }
    /// The type's outer name (`requests.Session`), when known.
    pub fn type_name(&self) -> Option<&str> {
        self.ty.as_ref().and_then(Ty::name)
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
        let ty_before = self.ty.clone();
        self.ty = match (&self.ty, &other.ty) {
            (Some(a), Some(b)) => Some(a.join(b)).filter(|t| *t != Ty::Unknown),
            _ => None,
        };
        before != size(self) || ty_before != self.ty
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
    /// The strongest evidence of CPU cost, the code's own loops included.
    pub cost: Option<CostEvidence>,
    /// The strongest evidence of CPU cost among its calls (what [`Facts::heavy_calls`] saw).
    pub call_cost: Option<CostEvidence>,
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
    /// The type of what it returns, joined over its `return` statements (`None` until one is
    /// seen); returned calls of project functions are folded in by the summaries.
    pub returns_ty: Option<Ty>,
    /// Methods called on values of unknown type and judged by their duck entries: valid only
    /// while no class of the project defines a method of that name.
    pub duck_calls: BTreeSet<String>,
    /// Duck-judged methods called on (a part of) a parameter: `(parameter, method)`. The duck
    /// entry holds only if what the caller passes is of one of the entry's types, which each
    /// call site checks ([`fold_call`]); an argument of unknown type makes the call unknown.
    pub duck_params: BTreeSet<(usize, String)>,
    /// Project functions whose results this code mutates (`rates()["pro"] = 8`, `s = stats();
    /// s["n"] += 1`): the module objects they return are written (folded in by the summaries).
    pub mutates_results_of: BTreeSet<String>,
}

/// Module state written by mutating what the functions of `facts.mutates_results_of` return.
fn result_writes(facts: &Facts, by_name: &BTreeMap<String, Summary>) -> Vec<Effect> {
    facts
        .mutates_results_of
        .iter()
        .filter_map(|q| by_name.get(q))
        .flat_map(|s| s.returns_globals.iter())
        .map(|(module, name)| Effect::WritesGlobal {
            module: module.clone(),
            name: name.clone(),
        })
        .collect()
}

/// Transitive summary of a function.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub effects: BTreeSet<Effect>,
    pub mutated_params: BTreeSet<usize>,
    pub heavy: bool,
    /// The strongest evidence of CPU cost in it and what it calls.
    pub cost: Option<CostEvidence>,
    pub reads_globals: BTreeSet<(String, String)>,
    pub returns_params: BTreeSet<usize>,
    /// Module-level objects the function may return, itself or through the functions whose
    /// results it returns (as in [`Origin::globals`]: the module that reads the name, and the
    /// name or its qualified name).
    pub returns_globals: BTreeSet<(String, String)>,
    /// The type of what it returns (`$i` for parameter types), when known.
    pub returns_ty: Option<Ty>,
    /// Methods it (or a callee) calls on values of unknown type, judged by their duck entries.
    pub duck_calls: BTreeSet<String>,
    /// As [`Facts::duck_params`], with the callees' folded in.
    pub duck_params: BTreeSet<(usize, String)>,
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
    /// Types of local names: the join of the types of every value assigned to them (absent:
    /// nothing assigned yet). Parameters are `$i`, or their annotation's type.
    types: BTreeMap<String, Ty>,
    /// Local names bound to a `def` or a `lambda` of the analysed code (their bodies are part
    /// of the analysed code, so calling them is not an unknown call).
    local_functions: BTreeSet<String>,
    /// Analysing module-level code: imports bind module names (resolved through the module's
    /// imports), not locals.
    module_level: bool,
    /// Set when an expression read a local whose type is not computed yet: while types are
    /// propagated, its value's type is left for a later round instead of being recorded as
    /// unknown (which would stay: unknown absorbs).
    pending: std::cell::Cell<bool>,
    globals_declared: BTreeSet<String>,
    nonlocals_declared: BTreeSet<String>,
    /// Names whose object may be reached through another name (`ys = xs`, `{"k": xs}`,
    /// `helper(xs)`, a closure reading `xs`): what is put into it that way is not seen, so a
    /// container type keeps no element types for them ([`escapes`]).
    escaped: BTreeSet<String>,
    /// Locals bound to one another (`prev = cur`): one object under several names, so what is
    /// put into it under one name is joined into the types of all of them.
    aliases: BTreeMap<String, BTreeSet<String>>,
    /// The project's summaries, once linked: calls of project functions then hand back only
    /// what the callee's summary says it may return, not every argument.
    linked: Option<(&'a Summaries, &'a BTreeMap<String, FunctionFactsEntry>)>,
    /// Types of module variables the code may trust (see
    /// [`crate::context::FileContext::module_var_types`]); without them a module variable has
    /// the type its binding statement alone gives.
    module_types: Option<&'a BTreeMap<String, Ty>>,
    /// While origins propagate (pass 2): the locals read so far this round.
    round_reads: std::cell::RefCell<Option<BTreeSet<&'a str>>>,
    /// Set when this round may not be a fixed point although nothing more would seem to
    /// change: a local read this round changed afterwards, a local appeared, or two different
    /// types (or origins) were joined (joins of unions are not associative, so joining again
    /// may add alternatives).
    unsettled: std::cell::Cell<bool>,
    pub facts: Facts,
}

impl<'a> BodyAnalyzer<'a> {
    pub fn new(module: &'a ModuleInfo, src: &'a str, params: &[String]) -> Self {
        let mut env = BTreeMap::new();
        let mut types = BTreeMap::new();
        for (i, p) in params.iter().enumerate() {
            let mut o = Origin::fresh();
            o.params.insert(i);
            env.insert(p.clone(), o);
            types.insert(p.clone(), Ty::Param(i));
        }
        BodyAnalyzer {
            module,
            src,
            params: params.to_vec(),
            env,
            types,
            local_functions: BTreeSet::new(),
            module_level: false,
            pending: std::cell::Cell::new(false),
            globals_declared: BTreeSet::new(),
            nonlocals_declared: BTreeSet::new(),
            escaped: BTreeSet::new(),
            aliases: BTreeMap::new(),
            linked: None,
            module_types: None,
            round_reads: std::cell::RefCell::new(None),
            unsettled: std::cell::Cell::new(false),
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

    /// Type module variables by `types`: the displays of constants they are bound to, for the
    /// variables [`crate::context::FileContext::module_var_types`] trusts.
    pub fn with_module_types(mut self, types: &'a BTreeMap<String, Ty>) -> Self {
        self.module_types = Some(types);
        self
    }

    /// Analyse module-level code: `import x` binds the module's name, resolved like any import.
    pub fn at_module_level(mut self) -> Self {
        self.module_level = true;
        self
    }

    /// Known types of the parameters (the values of the enclosing scope a loop body reads, by
    /// name): a method called on one is judged by its type.
    pub fn with_types(mut self, known: &BTreeMap<String, Ty>) -> Self {
        for (name, ty) in known {
            if self.types.contains_key(name) {
                self.types.insert(name.clone(), ty.clone());
            }
        }
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
            // The default is module state read by every call that does not pass the argument.
            self.facts
                .reads_globals
                .extend(origin.globals.iter().cloned());
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

    /// A parameter annotated with a type the knowledge base knows has that type (annotations
    /// are trusted, as type checkers trust them): `session: aiohttp.ClientSession` makes
    /// `session.get(url)` a network read, `name: str` makes `name.encode()` a `str` method.
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
            let Some(t) = self.annotation_ty(annotation) else {
                continue;
            };
            let name = text(src, name);
            if self.types.contains_key(name) {
                // A default of another type (`x: str = None`) joins in.
                let joined = match (p.kind(), field(p, "value")) {
                    ("typed_default_parameter", Some(v)) => {
                        let d = self.origin(v).ty.unwrap_or(Ty::Unknown);
                        t.join(&d)
                    }
                    _ => t,
                };
                self.types.insert(name.to_owned(), joined);
            }
        }
    }

    /// The type an annotation names, when the knowledge base knows it: built-in types
    /// (`str`, `list[str]`, `dict[str, int]`, `str | None`, `Optional[str]`) and listed classes
    /// (`requests.Session`, `pathlib.Path`).
    fn annotation_ty(&self, node: Node<'_>) -> Option<Ty> {
        let src = self.src;
        match node.kind() {
            "none" => Some(Ty::named("None")),
            "identifier" | "attribute" => {
                let q = self.qualified(node)?;
                let q = match q.as_str() {
                    "typing.List" => "builtins.list",
                    "typing.Dict" => "builtins.dict",
                    "typing.Set" => "builtins.set",
                    "typing.FrozenSet" => "builtins.frozenset",
                    "typing.Tuple" => "builtins.tuple",
                    other => other,
                };
                let name = q.strip_prefix("builtins.").unwrap_or(q);
                kb::type_info(name)
                    .filter(|t| !t.container)
                    .map(|_| Ty::named(name))
            }
            "generic_type" | "subscript" => {
                let (base, args): (Node<'_>, Vec<Node<'_>>) = if node.kind() == "subscript" {
                    let base = field(node, "value")?;
                    let mut args = Vec::new();
                    let mut cursor = node.walk();
                    for a in node.children_by_field_name("subscript", &mut cursor) {
                        args.push(a);
                    }
                    (base, args)
                } else {
                    let base = kids(node).into_iter().next()?;
                    let params = kids(node)
                        .into_iter()
                        .find(|k| k.kind() == "type_parameter")?;
                    let args = kids(params)
                        .into_iter()
                        .map(|t| kids(t).into_iter().next().unwrap_or(t))
                        .collect();
                    (base, args)
                };
                let q = self.qualified(base)?;
                if q == "typing.Optional" {
                    return Some(self.annotation_ty(*args.first()?)?.join(&Ty::named("None")));
                }
                let name = match q.as_str() {
                    "builtins.list" | "typing.List" => "list",
                    "builtins.dict" | "typing.Dict" => "dict",
                    "builtins.set" | "typing.Set" => "set",
                    "builtins.frozenset" | "typing.FrozenSet" => "frozenset",
                    "builtins.tuple" | "typing.Tuple" => "tuple",
                    _ => return None,
                };
                if args.iter().any(|a| text(src, *a) == "...") {
                    let first = self.annotation_ty(*args.first()?)?;
                    return Some(Ty::of("tuple", vec![first]));
                }
                let inner = args
                    .iter()
                    .map(|a| self.annotation_ty(*a))
                    .collect::<Option<Vec<_>>>()?;
                Some(Ty::of(name, inner))
            }
            "binary_operator" => {
                let (l, r) = (field(node, "left")?, field(node, "right")?);
                Some(self.annotation_ty(l)?.join(&self.annotation_ty(r)?))
            }
            "type" => self.annotation_ty(kids(node).into_iter().next()?),
            _ => None,
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

    /// The types of the names of `nodes` after passes 1 and 2 of [`BodyAnalyzer::run`]: pass 3
    /// (effects) reads types and never writes them, so what it would add is not computed.
    pub fn types_of(mut self, nodes: &[Node<'_>]) -> BTreeMap<String, Ty> {
        self.bind_and_propagate(nodes);
        self.types
    }

    fn run(&mut self, nodes: &[Node<'_>]) {
        self.bind_and_propagate(nodes);
        // Pass 3: effects.
        for n in nodes {
            self.effects_in(*n);
        }
    }

    fn bind_and_propagate(&mut self, nodes: &[Node<'_>]) {
        // Pass 1: declarations and every name bound anywhere (nested scopes included, merged:
        // conservative for aliasing).
        for n in nodes {
            self.collect_bindings(*n);
        }
        self.collect_escapes(nodes);
        // Pass 2: origins to a fixed point (flow-insensitive).
        for _ in 0..6 {
            *self.round_reads.borrow_mut() = Some(BTreeSet::new());
            self.unsettled.set(false);
            let mut changed = false;
            for n in nodes {
                changed |= self.propagate_origins(*n);
            }
            // Every local read this round was read with its final value, and every change was
            // a first value: another round would compute and assign exactly the same values.
            if !changed || !self.unsettled.get() {
                break;
            }
        }
        *self.round_reads.borrow_mut() = None;
    }

    /// Record that pass 2 read local `name` (its origin or its type).
    fn note_read(&self, name: &'a str) {
        if let Some(reads) = self.round_reads.borrow_mut().as_mut() {
            reads.insert(name);
        }
    }

    /// Local `name` changed: the round is unsettled if it was read before.
    fn note_changed(&self, name: &str) {
        if self
            .round_reads
            .borrow()
            .as_ref()
            .is_some_and(|r| r.contains(name))
        {
            self.unsettled.set(true);
        }
    }

    /// Every name used where its object may be reached through another name afterwards:
    /// inside a nested function, lambda or class (a closure may change it whenever it runs), or
    /// anywhere [`escapes`] says.
    fn collect_escapes(&mut self, nodes: &[Node<'_>]) {
        let src = self.src;
        let mut stack: Vec<(Node<'_>, bool)> = nodes.iter().map(|n| (*n, false)).collect();
        while let Some((n, nested)) = stack.pop() {
            if n.kind() == "identifier" {
                if nested || escapes(self, n) {
                    self.escaped.insert(text(src, n).to_owned());
                }
                continue;
            }
            if n.kind() == "assignment" && !nested {
                let (l, r) = (field(n, "left"), field(n, "right").map(py::unparen));
                if let (Some(l), Some(r)) = (l, r) {
                    if l.kind() == "identifier" && r.kind() == "identifier" {
                        self.note_alias(text(src, l), text(src, r));
                    }
                }
            }
            let nested = nested
                || matches!(
                    n.kind(),
                    "function_definition" | "lambda" | "class_definition"
                );
            let mut cursor = n.walk();
            for c in n.named_children(&mut cursor) {
                stack.push((c, nested));
            }
        }
    }

    /// `a = b`: `a` and `b` (and everything either was bound to) are one alias class.
    fn note_alias(&mut self, a: &str, b: &str) {
        let mut class: BTreeSet<String> = [a.to_owned(), b.to_owned()].into();
        for n in [a, b] {
            if let Some(c) = self.aliases.get(n) {
                class.extend(c.iter().cloned());
            }
        }
        for n in &class {
            self.aliases.insert(n.clone(), class.clone());
        }
    }

    /// `name` and the locals it is an alias of.
    fn alias_class(&self, name: &str) -> Vec<String> {
        match self.aliases.get(name) {
            Some(c) => c.iter().cloned().collect(),
            None => vec![name.to_owned()],
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
                        if n.kind() == "function_definition" {
                            self.local_functions.insert(text(src, name).to_owned());
                            self.types
                                .insert(text(src, name).to_owned(), Ty::named("local-function"));
                        }
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
                    let bound = n
                        .parent()
                        .filter(|a| a.kind() == "assignment")
                        .and_then(|a| field(a, "left"))
                        .filter(|l| l.kind() == "identifier");
                    if let Some(l) = bound {
                        self.local_functions.insert(text(src, l).to_owned());
                    }
                }
                "except_clause" => {
                    if let Some(a) = field(n, "alias") {
                        self.env.insert(text(src, a).to_owned(), Origin::unknown());
                    }
                }
                "import_statement" | "import_from_statement" if !self.module_level => {
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
        // A value read from a local not typed yet: its type is recorded in a later round.
        let pending = self.pending.replace(false);
        let value_ty = origin.ty.clone().unwrap_or(Ty::Unknown);
        // `a, b = pair` with `pair: tuple[str, int]`: each name its element's type, nested
        // patterns too (`label, (lo, hi)` of a `tuple[str, tuple[int, int]]`).
        let mut positional = Vec::new();
        if target.kind() != "as_pattern_target" {
            destructured_types(self.src, target, &value_ty, &mut positional);
        }
        let positional = (positional.len() == names.len()).then_some(positional);
        let single = names.len() == 1;
        let mut changed = false;
        for (i, (name, _)) in names.into_iter().enumerate() {
            if self.globals_declared.contains(&name) {
                continue;
            }
            let ty = match &positional {
                Some(types) => types[i].clone(),
                None if single => value_ty.clone(),
                None => value_ty.iterated(),
            };
            if !pending {
                changed |= self.assign_type(&name, &ty);
            }
            if !self.env.contains_key(&name) {
                // `is_local` answers differently from now on.
                self.unsettled.set(true);
            }
            let entry = self.env.entry(name.clone()).or_default();
            if matches!((&entry.ty, &origin.ty), (Some(a), Some(b)) if a != b) {
                self.unsettled.set(true);
            }
            if entry.union(origin) {
                changed = true;
                self.note_changed(&name);
            }
        }
        changed
    }

    /// Join `ty` into what `name` may hold; whether that changed anything.
    fn assign_type(&mut self, name: &str, ty: &Ty) -> bool {
        let widened;
        let ty = match ty {
            Ty::Named(outer, args)
                if !args.is_empty()
                    && args.iter().any(|a| *a != Ty::Unknown)
                    && self.escaped.contains(name) =>
            {
                widened = Ty::of(outer, vec![Ty::Unknown; args.len()]);
                &widened
            }
            _ => ty,
        };
        match self.types.get(name) {
            Some(t) if t == ty => false,
            Some(t) => {
                let joined = t.join(ty);
                let changed = joined != *t;
                self.types.insert(name.to_owned(), joined);
                self.unsettled.set(true);
                changed
            }
            None => {
                self.types.insert(name.to_owned(), ty.clone());
                self.note_changed(name);
                true
            }
        }
    }

    /// A local typed container that `call` puts a value into, and the container's type joined
    /// with what it holds afterwards: `xs.append(v)`, `xs.insert(i, v)`, `xs.extend(vs)` on a
    /// `list[...]`; `s.add(v)`, `s.update(vs)` on a `set[...]`; `d.setdefault(k, v)`,
    /// `d.update(e)` on a `dict[...]`. A value of unknown type makes the element unknown;
    /// `None` while a value's type is still pending (a later round joins it).
    fn element_added(&self, call: Node<'_>) -> Option<(String, Ty)> {
        let func = field(call, "function").filter(|f| f.kind() == "attribute")?;
        let obj = field(func, "object").filter(|o| o.kind() == "identifier")?;
        let method = text(self.src, field(func, "attribute")?);
        let name = text(self.src, obj);
        self.note_read(name);
        let Some(Ty::Named(outer, args)) = self.types.get(name) else {
            return None;
        };
        if args.is_empty() || !self.is_local(name) {
            return None;
        }
        let values = call_arguments_of(call);
        let plain = values
            .iter()
            .all(|v| v.kind() != "keyword_argument" && !v.kind().contains("splat"));
        let value_ty = |v: Node<'_>| -> Option<Ty> {
            self.pending.set(false);
            let t = self.origin(v).ty.unwrap_or(Ty::Unknown);
            (!self.pending.replace(false)).then_some(t)
        };
        let unknown_args = || Ty::of(outer, args.iter().map(|_| Ty::Unknown).collect());
        let ty = match (outer.as_str(), method, values.as_slice()) {
            ("list", "append", [v]) | ("list", "insert", [_, v]) | ("set", "add", [v]) if plain => {
                Ty::of(outer, vec![value_ty(*v)?])
            }
            ("list", "extend", [v]) | ("set", "update", [v]) if plain => {
                Ty::of(outer, vec![value_ty(*v)?.iterated()])
            }
            ("dict", "setdefault", [k, v]) if plain => {
                Ty::of(outer, vec![value_ty(*k)?, value_ty(*v)?])
            }
            ("dict", "setdefault", [k]) if plain => {
                Ty::of(outer, vec![value_ty(*k)?, Ty::named("None")])
            }
            ("dict", "update", [v]) if plain => {
                let t = value_ty(*v)?;
                let is_dict = matches!(&t, Ty::Named(n, a) if n == "dict" && a.len() == 2);
                if is_dict {
                    t
                } else {
                    unknown_args()
                }
            }
            ("list", "append" | "insert" | "extend", _)
            | ("set", "add" | "update", _)
            | ("dict", "setdefault" | "update", _) => unknown_args(),
            _ => return None,
        };
        Some((name.to_owned(), ty))
    }

    /// Typed local containers passed to `call` that it may change in place (`fill(cfg)`: a
    /// project function whose summary mutates that parameter, a function not resolved, a method
    /// the knowledge base does not know), each with its element types made unknown: what the
    /// call puts in is not known. Project functions are judged once the summaries are linked.
    fn widened_by_call(&self, call: Node<'_>) -> Vec<(String, Ty)> {
        let src = self.src;
        let args = call_arguments_of(call);
        let mut candidates: Vec<(usize, bool, &str, &str, usize)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let keyword = a.kind() == "keyword_argument";
            let value = if keyword {
                field(*a, "value")
            } else {
                Some(*a)
            };
            let Some(v) = value.filter(|v| v.kind() == "identifier") else {
                continue;
            };
            let name = text(src, v);
            self.note_read(name);
            if let Some(Ty::Named(outer, targs)) = self.types.get(name) {
                if !targs.is_empty()
                    && targs.iter().any(|t| *t != Ty::Unknown)
                    && self.is_local(name)
                {
                    candidates.push((i, keyword, name, outer.as_str(), targs.len()));
                }
            }
        }
        if candidates.is_empty() {
            return vec![];
        }
        let Some(func) = field(call, "function") else {
            return vec![];
        };
        let method = (func.kind() == "attribute")
            .then(|| field(func, "attribute").map(|a| text(src, a)))
            .flatten();
        let entry = self.qualified(func).map(|q| (kb::function(&q), q));
        let may_mutate = |pos: usize, keyword: bool| -> bool {
            match (&entry, method) {
                (Some((Some(e), _)), _) => e.mutates().any(|a| match a {
                    kb::Arg::Every => true,
                    kb::Arg::Param(i) => keyword || i == pos,
                    kb::Arg::Receiver => false,
                }),
                (Some((None, q)), _) => match self.linked {
                    Some((summaries, _)) => summaries
                        .by_name
                        .get(q)
                        .is_none_or(|s| keyword || s.mutated_params.contains(&pos)),
                    // A project function (or an unknown name): judged once linked.
                    None => false,
                },
                // A method of a value of unknown type: one the knowledge base knows by name
                // does not change its arguments.
                (None, Some(m)) => kb::mutates_receiver(m).is_none(),
                (None, None) => true,
            }
        };
        candidates
            .into_iter()
            .filter(|(pos, keyword, ..)| may_mutate(*pos, *keyword))
            .map(|(_, _, name, outer, n)| (name.to_owned(), Ty::of(outer, vec![Ty::Unknown; n])))
            .collect()
    }

    /// `xs[i] = v` on a local `list[...]`, `d[k] = v` on a local `dict[...]`: the container's
    /// type joined with what it holds afterwards (`None` when it is not such a store, or a
    /// value's type is still pending).
    fn element_stored(&self, left: Node<'_>, right: Node<'_>) -> Option<(String, Ty)> {
        if left.kind() != "subscript" {
            return None;
        }
        let obj = field(left, "value").filter(|o| o.kind() == "identifier")?;
        let name = text(self.src, obj);
        self.note_read(name);
        let Some(Ty::Named(outer, args)) = self.types.get(name) else {
            return None;
        };
        if args.is_empty() || !self.is_local(name) {
            return None;
        }
        self.pending.set(false);
        let value = self.origin(right).ty.unwrap_or(Ty::Unknown);
        let index = field(left, "subscript");
        let key = match (outer.as_str(), index) {
            ("dict", Some(k)) if k.kind() != "slice" => self.origin(k).ty.unwrap_or(Ty::Unknown),
            _ => Ty::Unknown,
        };
        if self.pending.replace(false) {
            return None;
        }
        let sliced = index.is_some_and(|i| i.kind() == "slice");
        let ty = match outer.as_str() {
            "list" if sliced => Ty::of(outer, vec![value.iterated()]),
            "list" => Ty::of(outer, vec![value]),
            "dict" if args.len() == 2 => Ty::of(outer, vec![key, value]),
            _ => Ty::of(outer, args.iter().map(|_| Ty::Unknown).collect()),
        };
        Some((name.to_owned(), ty))
    }

    fn propagate_origins(&mut self, node: Node<'_>) -> bool {
        let mut changed = false;
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            match n.kind() {
                // `x += y` keeps x's object (or makes a new one): no new alias of y's origin.
                "assignment" => {
                    if let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) {
                        // `cur, length = start, 0`: each name gets its own value's origin, not
                        // the union of all of them.
                        if let Some((name, ty)) = self.element_stored(l, r) {
                            for alias in self.alias_class(&name) {
                                changed |= self.assign_type(&alias, &ty);
                            }
                        }
                        let pairs = element_pairs(l, r);
                        if pairs.is_empty() {
                            self.pending.set(false);
                            let o = self.origin(r);
                            changed |= self.assign_origin(l, &o);
                        }
                        for (target, value) in pairs {
                            self.pending.set(false);
                            let o = self.origin(value);
                            changed |= self.assign_origin(target, &o);
                        }
                    }
                }
                "for_statement" | "for_in_clause" => {
                    if let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) {
                        self.pending.set(false);
                        let mut o = self.origin(r);
                        o.ty = Some(o.ty.as_ref().map_or(Ty::Unknown, Ty::iterated))
                            .filter(|t| *t != Ty::Unknown);
                        changed |= self.assign_origin(l, &o);
                    }
                }
                // `total += x`: the object may change but its origin stays; its type is what
                // the operator makes of both.
                "augmented_assignment" => {
                    if let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) {
                        if l.kind() == "identifier"
                            && !self.globals_declared.contains(text(self.src, l))
                        {
                            self.note_read(text(self.src, l));
                            let name = text(self.src, l).to_owned();
                            let op = field(n, "operator")
                                .map(|o| text(self.src, o).trim_end_matches('='))
                                .unwrap_or("");
                            let left = self.types.get(&name).cloned();
                            self.pending.set(false);
                            let right = self.origin(r).ty;
                            if left.is_some() && !self.pending.replace(false) {
                                let t = arith_ty(op, left.as_ref(), right.as_ref())
                                    .unwrap_or(Ty::Unknown);
                                changed |= self.assign_type(&name, &t);
                            }
                        }
                    }
                }
                // `xs.append(v)`, `xs[k] = v`, `d.setdefault(k, v)`: what a typed container holds
                // afterwards includes `v` (a `list[str]` given a lock is `list[str|Lock]`).
                "call" => {
                    let mut put = Vec::new();
                    put.extend(self.element_added(n));
                    put.extend(self.widened_by_call(n));
                    for (name, ty) in put {
                        for alias in self.alias_class(&name) {
                            changed |= self.assign_type(&alias, &ty);
                        }
                    }
                }
                "named_expression" => {
                    if let (Some(l), Some(r)) = (field(n, "name"), field(n, "value")) {
                        self.pending.set(false);
                        let o = self.origin(r);
                        changed |= self.assign_origin(l, &o);
                    }
                }
                "as_pattern" => {
                    if let Some(alias) = field(n, "alias") {
                        let value = kids(n).into_iter().next();
                        if let Some(v) = value {
                            self.pending.set(false);
                            let o = self.origin(v);
                            changed |= self.assign_origin(alias, &o);
                        }
                    }
                }
                _ => {}
            }
            // Source order: most values are typed before they are read, in one round.
            let start = stack.len();
            let mut cursor = n.walk();
            for c in n.named_children(&mut cursor) {
                stack.push(c);
            }
            stack[start..].reverse();
        }
        changed
    }

    /// Resolve a dotted callee/reference to a qualified name when it is not a local value.
    pub fn qualified(&self, node: Node<'_>) -> Option<String> {
        // A local head (the common case) is answered before any name is built.
        if self.is_local(text(self.src, py::dotted_head(node)?)) {
            return None;
        }
        let d = py::dotted(self.src, node)?;
        match self.module.resolve_dotted(&d) {
            Resolved::Qualified(q) => Some(q),
            _ => None,
        }
    }

    /// Origin of the value of an expression.
    pub fn origin(&self, expr: Node<'_>) -> Origin {
        // Displays, comprehensions and subscripts: the parts' origins are computed once and
        // give both the value's origin and its type (computing them twice doubles the work at
        // every level of nesting).
        if let Some(o) = self.composite_origin(expr) {
            return o;
        }
        let mut o = self.origin_untyped(expr);
        if let Some(t) = self.literal_ty(expr, &o) {
            o.ty = Some(t).filter(|t| *t != Ty::Unknown);
        }
        o
    }

    fn composite_origin(&self, expr: Node<'_>) -> Option<Origin> {
        let typed = |mut o: Origin, t: Option<Ty>| {
            o.ty = t.filter(|t| *t != Ty::Unknown);
            o
        };
        let join = |tys: &mut dyn Iterator<Item = Ty>| tys.reduce(|a, b| a.join(&b));
        match expr.kind() {
            "list" | "set" | "tuple" | "expression_list" => {
                let parts: Vec<Origin> = kids(expr).into_iter().map(|k| self.origin(k)).collect();
                let splat = kids(expr).iter().any(|k| k.kind().contains("splat"));
                let mut o = Origin::fresh();
                for p in &parts {
                    o.union(p);
                }
                let ty_of = |p: &Origin| p.ty.clone().unwrap_or(Ty::Unknown);
                let ty = (!splat).then(|| match expr.kind() {
                    "list" | "set" => {
                        let name = if expr.kind() == "list" { "list" } else { "set" };
                        match join(&mut parts.iter().map(ty_of)) {
                            Some(t) => Ty::of(name, vec![t]),
                            // Empty: its element type is what is put in later.
                            None => Ty::of(name, vec![Ty::nothing()]),
                        }
                    }
                    _ => Ty::of("tuple", parts.iter().map(ty_of).collect()),
                });
                Some(typed(o, ty))
            }
            "dictionary" => {
                let pairs = kids(expr);
                let mut o = Origin::fresh();
                let (mut keys, mut values) = (Vec::new(), Vec::new());
                for p in &pairs {
                    if p.kind() == "pair" {
                        let k = field(*p, "key").map(|k| self.origin(k));
                        let v = field(*p, "value").map(|v| self.origin(v));
                        for x in k.iter().chain(v.iter()) {
                            o.union(x);
                        }
                        keys.push(k.and_then(|k| k.ty).unwrap_or(Ty::Unknown));
                        values.push(v.and_then(|v| v.ty).unwrap_or(Ty::Unknown));
                    } else {
                        o.union(&self.origin(*p));
                    }
                }
                let ty = if pairs.is_empty() {
                    Ty::of("dict", vec![Ty::nothing(), Ty::nothing()])
                } else if pairs.iter().all(|p| p.kind() == "pair") {
                    match (join(&mut keys.into_iter()), join(&mut values.into_iter())) {
                        (Some(k), Some(v)) => Ty::of("dict", vec![k, v]),
                        _ => Ty::named("dict"),
                    }
                } else {
                    Ty::named("dict")
                };
                Some(typed(o, Some(ty)))
            }
            "list_comprehension" | "set_comprehension" | "generator_expression" => {
                let body = self.origin(field(expr, "body")?);
                let mut o = Origin::fresh();
                o.share(&body);
                let name = match expr.kind() {
                    "list_comprehension" => "list",
                    "set_comprehension" => "set",
                    _ => "iterator",
                };
                let ty = Ty::of(name, vec![body.ty.unwrap_or(Ty::Unknown)]);
                Some(typed(o, Some(ty)))
            }
            "subscript" => {
                let base = self.origin(field(expr, "value")?);
                let index = field(expr, "subscript");
                let ty = base.ty.clone().and_then(|b| match (b.name(), &b) {
                    _ if index.is_some_and(|i| i.kind() == "slice") => matches!(
                        b.name(),
                        Some("str" | "bytes" | "list" | "tuple" | "bytearray" | "memoryview")
                    )
                    .then_some(b.clone()),
                    (Some("dict"), Ty::Named(_, args)) => args.get(1).cloned(),
                    (Some("str"), _) => Some(Ty::named("str")),
                    (Some("bytes" | "bytearray" | "memoryview"), _) => Some(Ty::named("int")),
                    (Some("list" | "tuple"), _) => Some(b.iterated()),
                    _ => None,
                });
                let mut o = base;
                o.ty = None;
                Some(typed(o, ty))
            }
            _ => None,
        }
    }

    /// The type of an expression whose type follows from its form (literals, displays,
    /// comprehensions, operators), given its origin.
    fn literal_ty(&self, expr: Node<'_>, o: &Origin) -> Option<Ty> {
        let src = self.src;
        let kid_ty = |n: Node<'_>| self.origin(n).ty.unwrap_or(Ty::Unknown);
        let join_all =
            |nodes: &[Node<'_>]| nodes.iter().map(|n| kid_ty(*n)).reduce(|a, b| a.join(&b));
        Some(match expr.kind() {
            "integer" => Ty::named("int"),
            "float" => Ty::named("float"),
            "true" | "false" => Ty::named("bool"),
            "none" => Ty::named("None"),
            "string" | "concatenated_string" => {
                let t = text(src, expr);
                let prefix: String = t.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
                if prefix.contains(['b', 'B']) {
                    Ty::named("bytes")
                } else {
                    Ty::named("str")
                }
            }
            "comparison_operator" | "not_operator" => Ty::named("bool"),
            "lambda" => Ty::named("local-function"),
            "list" | "set" => {
                let elements = kids(expr);
                if elements.iter().any(|k| k.kind().contains("splat")) {
                    return None;
                }
                let name = if expr.kind() == "list" { "list" } else { "set" };
                match join_all(&elements) {
                    Some(t) => Ty::of(name, vec![t]),
                    // Empty: its element type is what is put in later (`Ty::nothing`).
                    None => Ty::of(name, vec![Ty::nothing()]),
                }
            }
            "tuple" | "expression_list" => {
                let elements = kids(expr);
                if elements.iter().any(|k| k.kind().contains("splat")) {
                    return None;
                }
                Ty::of("tuple", elements.into_iter().map(kid_ty).collect())
            }
            "dictionary" => {
                let pairs = kids(expr);
                if pairs.is_empty() {
                    return Some(Ty::of("dict", vec![Ty::nothing(), Ty::nothing()]));
                }
                if pairs.iter().any(|k| k.kind() != "pair") {
                    return Some(Ty::named("dict"));
                }
                let keys: Vec<Node<'_>> = pairs.iter().filter_map(|p| field(*p, "key")).collect();
                let values: Vec<Node<'_>> =
                    pairs.iter().filter_map(|p| field(*p, "value")).collect();
                let (keys, values) = (join_all(&keys), join_all(&values));
                match (keys, values) {
                    (Some(k), Some(v)) => Ty::of("dict", vec![k, v]),
                    _ => Ty::named("dict"),
                }
            }
            "list_comprehension" | "set_comprehension" | "generator_expression" => {
                let body = kid_ty(field(expr, "body")?);
                let name = match expr.kind() {
                    "list_comprehension" => "list",
                    "set_comprehension" => "set",
                    _ => "iterator",
                };
                Ty::of(name, vec![body])
            }
            "dictionary_comprehension" => {
                let pair = field(expr, "body")?;
                let k = kid_ty(field(pair, "key")?);
                let v = kid_ty(field(pair, "value")?);
                Ty::of("dict", vec![k, v])
            }
            "binary_operator" => {
                let op = field(expr, "operator").map(|n| text(src, n)).unwrap_or("");
                let l = self.origin(field(expr, "left")?).ty;
                let r = self.origin(field(expr, "right")?).ty;
                arith_ty(op, l.as_ref(), r.as_ref())?
            }
            "unary_operator" => {
                let t = self.origin(field(expr, "argument")?).ty?;
                arith_ty("-", Some(&t), Some(&Ty::named("int")))?
            }
            "boolean_operator"
            | "conditional_expression"
            | "parenthesized_expression"
            | "named_expression" => return o.ty.clone(),
            "subscript" => {
                let base = self.origin(field(expr, "value")?).ty?;
                let index = field(expr, "subscript")?;
                if index.kind() == "slice" {
                    return matches!(
                        base.name(),
                        Some("str" | "bytes" | "list" | "tuple" | "bytearray" | "memoryview")
                    )
                    .then_some(base);
                }
                match (base.name(), &base) {
                    (Some("dict"), Ty::Named(_, args)) => args.get(1)?.clone(),
                    (Some("str"), _) => Ty::named("str"),
                    (Some("bytes" | "bytearray"), _) => Ty::named("int"),
                    (Some("list" | "tuple"), _) => base.iterated(),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    fn origin_untyped(&self, expr: Node<'_>) -> Origin {
        let src = self.src;
        match expr.kind() {
            "identifier" => {
                let name = text(src, expr);
                self.note_read(name);
                if let Some(o) = self.env.get(name) {
                    if !self.globals_declared.contains(name) {
                        let mut o = o.clone();
                        match self.types.get(name) {
                            Some(t) => o.ty = Some(t.clone()).filter(|t| *t != Ty::Unknown),
                            None => {
                                self.pending.set(true);
                                o.ty = None;
                            }
                        }
                        return o;
                    }
                }
                match self.module.resolve(name) {
                    Resolved::ModuleVar(v) => {
                        let mut o = Origin::fresh();
                        o.globals.insert((self.module.name.clone(), v.clone()));
                        o.ty = match self.module_types.and_then(|m| m.get(&v)) {
                            Some(t) => Some(t.clone()),
                            None => self.module.bindings.get(&v).and_then(|b| b.ty.clone()),
                        };
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
                // A field of a record (`order.sku`), or of a parameter's value (resolved at
                // each call of a summary).
                let attribute = (expr.kind() == "attribute")
                    .then(|| field(expr, "attribute"))
                    .flatten();
                o.ty = match (o.ty.take(), attribute) {
                    (Some(t), Some(a)) => Some(t.attribute(text(src, a))),
                    _ => None,
                }
                .filter(|t| *t != Ty::Unknown);
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
                let mut first = true;
                for k in kids(expr) {
                    if expr.kind() == "conditional_expression"
                        && field(expr, "condition").map(|c| c.id()) == Some(k.id())
                    {
                        continue;
                    }
                    let ko = self.origin(k);
                    if first {
                        o.ty = ko.ty.clone();
                        first = false;
                    }
                    o.union(&ko);
                }
                if !matches!(expr.kind(), "boolean_operator" | "conditional_expression") {
                    o.ty = None;
                }
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
        let raw = call_arguments_of(call);
        let args: Vec<Node<'_>> = raw
            .iter()
            .filter_map(|a| {
                if a.kind() == "keyword_argument" {
                    field(*a, "value")
                } else {
                    Some(*a)
                }
            })
            .collect();
        // What the result may hold of its arguments' module objects (`getattr(obj, name)`).
        let shared_args = |o: &mut Origin| {
            for a in &args {
                o.share(&self.origin(*a));
            }
        };
        if let Some((q, record)) = self.record_callee(func) {
            // A new object holding what it was given.
            let mut o = Origin::fresh();
            for a in &args {
                o.union(&self.origin(*a));
            }
            o.ty = self.record_ty(&q, record, &raw);
            return o;
        }
        if let Some(q) = self.qualified(func) {
            // `sum(xs)` without a start value adds the items to 0: a new number.
            let sum_of_numbers = q == "builtins.sum"
                && matches!(raw.as_slice(), [only] if !matches!(
                    only.kind(),
                    "keyword_argument" | "list_splat" | "dictionary_splat"
                ));
            if sum_of_numbers {
                return Origin::typed(Ty::named("number"));
            }
            if q == "builtins.open" {
                return Origin::typed(open_result_ty(self.src, &raw));
            }
            if let Some(entry) = kb::function(&q) {
                return self.entry_result(entry, None, &raw);
            }
            if let Some(entry) = method_through_class(&q) {
                // `str.upper(name)`: the first argument is the receiver.
                let (recv, rest) = match raw.split_first() {
                    Some((r, rest)) => (self.origin(*r), rest),
                    None => (Origin::unknown(), &raw[..0]),
                };
                return self.entry_result(entry, Some(&recv), rest);
            }
            if let Some((summaries, functions)) = self.linked {
                if let (Some(callee), Some(entry)) = (summaries.by_name.get(&q), functions.get(&q))
                {
                    // What the callee may hand back of its arguments; its module objects are
                    // folded in through `calls` like those of a returned call.
                    let site = self.call_site(&q, &raw);
                    let mut o = returned_origin(&site, callee, entry);
                    o.calls.insert(q);
                    o.ty = callee
                        .returns_ty
                        .as_ref()
                        .map(|t| t.substitute(&|i| argument_ty(&site, entry, i)))
                        .filter(|t| *t != Ty::Unknown);
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
            if let (Some(obj), Some(method)) = (field(func, "object"), field(func, "attribute")) {
                let method = text(self.src, method);
                let recv = self.origin(obj);
                if let Some(entries) = self.method_entries(&recv, method) {
                    let mut out: Option<Origin> = None;
                    for e in entries {
                        let r = self.entry_result(e, Some(&recv), &raw);
                        match &mut out {
                            Some(o) => {
                                o.union(&r);
                            }
                            None => out = Some(r),
                        }
                    }
                    if let Some(mut o) = out {
                        // A view of a dict whose key and value types are known iterates them.
                        if let Some(Ty::Named(d, kv)) = recv.ty.as_ref() {
                            if d == "dict" && kv.len() == 2 && raw.is_empty() {
                                let element = match method {
                                    "keys" => Some(kv[0].clone()),
                                    "values" => Some(kv[1].clone()),
                                    "items" => Some(Ty::of("tuple", kv.clone())),
                                    _ => None,
                                };
                                if let Some(el) = element {
                                    o.ty = Some(Ty::of("dict_view", vec![el]));
                                }
                            }
                        }
                        return o;
                    }
                }
                // An unknown method's result may be its receiver or hold its arguments.
                let mut o = recv;
                o.ty = None;
                shared_args(&mut o);
                return o;
            }
        }
        let mut o = Origin::unknown();
        shared_args(&mut o);
        o
    }

    /// The entries a method call on a value of this origin is judged by: the method of the
    /// value's type (every alternative of a union must list it), or, for a value of unknown
    /// type, the duck entries of that method name (see `types.kb`). `None`: not known.
    /// The record class of this module a call's function names (`Order`, not shadowed by a
    /// local), with its qualified name ([`crate::module::RecordClass`]).
    fn record_callee(&self, func: Node<'_>) -> Option<(String, &'a crate::module::RecordClass)> {
        let module: &'a ModuleInfo = self.module;
        if module.records.is_empty() || func.kind() != "identifier" {
            return None;
        }
        let name = text(self.src, func);
        if self.is_local(name) || self.globals_declared.contains(name) {
            return None;
        }
        let record = module.records.get(name)?;
        Some((format!("{}.{name}", module.name), record))
    }

    /// The type of the object a call of a record class's constructor makes: each field the
    /// type of the argument it binds (or of its literal default); unknown when the arguments
    /// do not bind one to one (`*args`, `**kwargs`, a keyword that names no field).
    fn record_ty(
        &self,
        q: &str,
        record: &crate::module::RecordClass,
        raw: &[Node<'_>],
    ) -> Option<Ty> {
        let mut bound: Vec<Option<Ty>> = vec![None; record.fields.len()];
        let mut position = 0;
        for a in raw {
            let (slot, value) = match a.kind() {
                "keyword_argument" => {
                    let name = text(self.src, field(*a, "name")?);
                    let slot = record.fields.iter().position(|(n, _)| n == name)?;
                    (slot, field(*a, "value")?)
                }
                "list_splat" | "dictionary_splat" => return None,
                _ if record.kw_only => return None,
                _ => {
                    position += 1;
                    (position - 1, *a)
                }
            };
            let cell = bound.get_mut(slot)?;
            if cell.is_some() {
                return None;
            }
            *cell = Some(self.origin(value).ty.unwrap_or(Ty::Unknown));
        }
        let fields = record
            .fields
            .iter()
            .zip(bound)
            .map(|((name, default), given)| Some((name.clone(), given.or(default.clone())?)))
            .collect::<Option<Vec<_>>>()?;
        Some(Ty::Record(Box::new(kb::Record {
            class: q.to_owned(),
            fields,
            frozen: true,
            tuple: record.tuple,
        })))
    }

    fn method_entries(&self, recv: &Origin, method: &str) -> Option<Vec<&'static Entry>> {
        let Some(ty) = &recv.ty else {
            return kb::duck(method);
        };
        // An alternative of a union without the method would raise `AttributeError` in the
        // original as well (`token.encode()` on `str|bytes`: the code works only for `str`);
        // only for the types whose methods the knowledge base lists completely.
        let mut out = Vec::new();
        for alt in ty.alternatives() {
            match alt {
                Ty::Named(n, _) => match kb::method(n, method) {
                    Some(e) => out.push(e),
                    None if COMPLETE_METHODS.contains(&n.as_str()) => {}
                    None => return None,
                },
                // The record class's own method: code of the project, not summarised.
                Ty::Record(_) => return None,
                _ => out.extend(kb::duck(method)?),
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// Each argument of a call with the parameter of `entry` it binds to (`None` for `*args` /
    /// `**kwargs` splats, which may bind to any).
    fn bind<'t>(&self, entry: &Entry, raw: &[Node<'t>]) -> Vec<(Option<usize>, Node<'t>)> {
        let mut position = 0;
        let mut out = Vec::new();
        for a in raw {
            match a.kind() {
                "keyword_argument" => {
                    let (Some(name), Some(value)) = (field(*a, "name"), field(*a, "value")) else {
                        continue;
                    };
                    out.push((entry.param_index(None, Some(text(self.src, name))), value));
                }
                "list_splat" | "dictionary_splat" => out.push((None, *a)),
                _ => {
                    out.push((entry.param_index(Some(position), None), *a));
                    position += 1;
                }
            }
        }
        out
    }

    /// The origins of the arguments an entry's `Arg` names at a call.
    fn targets(
        &self,
        target: Arg,
        bound: &[(Option<usize>, Node<'_>)],
        recv: Option<&Origin>,
    ) -> Vec<Origin> {
        let mut out = Vec::new();
        match target {
            Arg::Receiver => out.extend(recv.cloned()),
            Arg::Every => {
                out.extend(recv.cloned());
                out.extend(bound.iter().map(|(_, n)| self.origin(*n)));
            }
            Arg::Param(i) => out.extend(
                bound
                    .iter()
                    .filter(|(p, _)| p.is_none_or(|p| p == i))
                    .map(|(_, n)| self.origin(*n)),
            ),
        }
        out
    }

    /// What a call of a knowledge-base entry returns: a new value of its type, a new value that
    /// may hold the arguments, a part of an argument, or the receiver.
    fn entry_result(&self, entry: &Entry, recv: Option<&Origin>, raw: &[Node<'_>]) -> Origin {
        let bound = self.bind(entry, raw);
        let first_ty = || -> Ty {
            match recv {
                Some(r) => r.ty.clone().unwrap_or(Ty::Unknown),
                None => bound
                    .iter()
                    .find(|(p, _)| *p == Some(0))
                    .and_then(|(_, n)| self.origin(*n).ty)
                    .unwrap_or(Ty::Unknown),
            }
        };
        match &entry.returns {
            Returns::Nothing => Origin::typed(Ty::named("None")),
            Returns::New(t) => Origin::typed(t.clone()),
            Returns::Holds(t, of) => {
                // A container of the elements it was built from (`sorted(names)`: list[str]);
                // a defaultdict holds its factory (a lambda does not pickle).
                // The i-th argument bound to the first parameter (`*iterables` of `zip`).
                let nth_elem = |i: usize| {
                    bound
                        .iter()
                        .filter(|(p, _)| *p == Some(0))
                        .nth(i)
                        .and_then(|(_, n)| self.origin(*n).ty)
                        .map(|t| t.iterated())
                        .unwrap_or(Ty::Unknown)
                };
                let ty = match t {
                    // `enumerate(xs)`: (index, element) pairs; `zip(a, b)`: tuples of elements.
                    Ty::Named(n, args)
                        if n == "iterator"
                            && args.is_empty()
                            && entry.name == "builtins.enumerate" =>
                    {
                        Ty::of(
                            "iterator",
                            vec![Ty::of("tuple", vec![Ty::named("int"), nth_elem(0)])],
                        )
                    }
                    Ty::Named(n, args)
                        if n == "iterator" && args.is_empty() && entry.name == "builtins.zip" =>
                    {
                        let count = bound.iter().filter(|(p, _)| *p == Some(0)).count();
                        Ty::of(
                            "iterator",
                            vec![Ty::of("tuple", (0..count).map(nth_elem).collect())],
                        )
                    }
                    Ty::Named(n, args) if n == "collections.defaultdict" && args.is_empty() => {
                        match first_ty() {
                            Ty::Unknown => t.clone(),
                            factory => Ty::of(n, vec![factory]),
                        }
                    }
                    Ty::Named(n, args)
                        if args.is_empty()
                            && matches!(
                                n.as_str(),
                                "list" | "set" | "frozenset" | "tuple" | "iterator"
                            ) =>
                    {
                        match first_ty().iterated() {
                            Ty::Unknown => t.clone(),
                            e => Ty::of(n, vec![e]),
                        }
                    }
                    _ => t.clone(),
                };
                let mut o = Origin::typed(ty);
                for target in of {
                    for a in self.targets(*target, &bound, recv) {
                        o.share(&a);
                    }
                }
                o
            }
            Returns::Part(t, of) => {
                let mut o = Origin::fresh();
                for target in of {
                    for a in self.targets(*target, &bound, recv) {
                        o.union(&a);
                    }
                }
                // An element of the receiver or first argument (`max(xs)`, `heappop(h)`,
                // `d.get(k)`), or one of several arguments (`max(a, b)`, a default handed back:
                // `d.get(k, default)`).
                let positional = bound.iter().filter(|(p, _)| p.is_some()).count();
                let element = |ty: Ty| match ty {
                    Ty::Named(n, args) if n == "dict" && args.len() == 2 => args[1].clone(),
                    other => other.iterated(),
                };
                let mut ty = match t {
                    Ty::Unknown if recv.is_none() && positional > 1 && of.contains(&Arg::Every) => {
                        bound
                            .iter()
                            .map(|(_, n)| self.origin(*n).ty.unwrap_or(Ty::Unknown))
                            .reduce(|a, b| a.join(&b))
                            .unwrap_or(Ty::Unknown)
                    }
                    Ty::Unknown => element(first_ty()),
                    known => known.clone(),
                };
                for target in of {
                    let handed_back = match (target, recv) {
                        (Arg::Param(i), Some(_)) => Some(*i),
                        (Arg::Param(i), None) if *i > 0 => Some(*i),
                        _ => None,
                    };
                    if let Some(i) = handed_back {
                        for (_, n) in bound.iter().filter(|(p, _)| *p == Some(i)) {
                            ty = ty.join(&self.origin(*n).ty.unwrap_or(Ty::Unknown));
                        }
                    }
                }
                o.ty = Some(ty).filter(|t| *t != Ty::Unknown);
                o
            }
            Returns::Receiver => recv.cloned().unwrap_or_else(Origin::unknown),
        }
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
        if kb::function(&q).is_some() {
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
        self.facts
            .mutates_results_of
            .extend(origin.calls.iter().cloned());
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
                    let line = text(src, n)
                        .lines()
                        .next()
                        .unwrap_or("")
                        .trim_end_matches(':');
                    let what: String = line.chars().take(60).collect();
                    let evidence = Some(CostEvidence::loops(format!("`{what}`")));
                    self.facts.cost = CostEvidence::max(self.facts.cost.take(), evidence);
                }
                "assignment" | "augmented_assignment" => {
                    if let Some(left) = field(n, "left") {
                        let mut bases = Vec::new();
                        py::target_bases(left, &mut bases);
                        for b in bases {
                            self.note_environ_store(b);
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
                "attribute" => {
                    self.note_module_attribute_read(n);
                    self.note_thread_local_read(n);
                }
                "return_statement" => {
                    let values = kids(n);
                    if values.is_empty() {
                        self.note_returned_ty(Ty::named("None"));
                    }
                    for k in values {
                        self.note_returned(k);
                    }
                }
                "binary_operator" | "unary_operator" => self.note_decimal_arithmetic(n),
                "for_statement" | "for_in_clause" => {
                    if let Some(r) = field(n, "right") {
                        if self.origin(r).ty.as_ref().is_some_and(is_unordered_set) {
                            self.facts.effects.insert(Effect::ReadsSetting {
                                setting: Setting::HashSeed,
                                call: format!(
                                    "iterating `{}`",
                                    text(src, r).chars().take(40).collect::<String>()
                                ),
                            });
                        }
                    }
                }
                "raise_statement" => self.note_raised(n),
                "comparison_operator" => self.note_identity_comparison(n),
                "with_item" => {
                    if let Some(v) = field(n, "value") {
                        if self.is_lock(v) {
                            self.facts.effects.insert(Effect::Locks {
                                what: text(src, v).chars().take(40).collect(),
                            });
                        }
                    }
                }
                _ => {}
            }
            if n.kind() == "augmented_assignment" {
                self.note_decimal_arithmetic(n);
            }
            let mut cursor = n.walk();
            for c in n.named_children(&mut cursor) {
                stack.push(c);
            }
        }
    }

    /// Arithmetic on `Decimal` values rounds with the current thread's decimal context:
    /// precision and rounding set by the caller are not seen by a worker.
    fn note_decimal_arithmetic(&mut self, n: Node<'_>) {
        let operands = ["left", "right", "argument"]
            .into_iter()
            .filter_map(|f| field(n, f));
        let decimal = operands.into_iter().any(|o| {
            self.origin(o).ty.is_some_and(|t| {
                t.alternatives()
                    .iter()
                    .any(|a| a.name() == Some("decimal.Decimal"))
            })
        });
        if decimal {
            self.facts.effects.insert(Effect::ReadsSetting {
                setting: Setting::DecimalContext,
                call: "Decimal arithmetic".to_owned(),
            });
        }
    }

    /// `x is SENTINEL` where `SENTINEL` is a module-level object (not a constant, function,
    /// class or module): a worker process has its own `SENTINEL`, and items it receives are
    /// copies, so identity no longer holds.
    fn note_identity_comparison(&mut self, n: Node<'_>) {
        let src = self.src;
        let mut cursor = n.walk();
        let is_identity = n
            .children(&mut cursor)
            .any(|c| matches!(c.kind(), "is" | "is not") || text(src, c) == "is");
        if !is_identity {
            return;
        }
        // `None`, `True` and `False` are the same objects in every process; a string or a
        // number is not: one that crossed to a worker is a new object (`status is OPEN` with
        // `OPEN = "open"` holds in the caller and not in a worker).
        let singleton =
            |t: Option<&Ty>| t.is_some_and(|t| matches!(t.name(), Some("None" | "bool")));
        let mut compares = false;
        for operand in kids(n) {
            let operand = py::unparen(operand);
            match operand.kind() {
                "string" | "integer" | "float" | "concatenated_string" => compares = true,
                "identifier" if !self.is_local(text(src, operand)) => {
                    if let Resolved::ModuleVar(v) = self.module.resolve(text(src, operand)) {
                        let binding = self.module.bindings.get(&v);
                        let constant = binding.is_some_and(|b| b.count == 1 && b.constant);
                        if !constant || !singleton(binding.and_then(|b| b.ty.as_ref())) {
                            compares = true;
                        }
                    }
                }
                _ => {}
            }
        }
        if compares {
            self.facts.effects.insert(Effect::ComparesIdentity {
                what: format!("`{}`", text(src, n).chars().take(60).collect::<String>()),
            });
        }
    }

    /// `raise NOT_FOUND` where `NOT_FOUND` is a module-level exception object: a worker process
    /// raises its own copy, which the caller cannot tell apart with `is`.
    fn note_raised(&mut self, n: Node<'_>) {
        let Some(e) = kids(n).into_iter().next().map(py::unparen) else {
            return;
        };
        let class = if e.kind() == "call" {
            field(e, "function")
        } else {
            Some(e)
        };
        if e.kind() == "call" {
            let args = field(e, "arguments").map(kids).unwrap_or_default();
            let payload = args.len() > 1
                && args.iter().any(|a| {
                    !(crate::module::is_constant(*a)
                        || a.kind() == "string"
                        || a.kind() == "keyword_argument")
                });
            if payload {
                self.facts.effects.insert(Effect::RaisesPayload {
                    what: text(self.src, e).chars().take(60).collect(),
                });
            }
        }
        if class.and_then(|c| self.qualified(c)).as_deref() == Some("builtins.StopIteration") {
            self.facts.effects.insert(Effect::StopsIteration {
                call: "raise StopIteration".to_owned(),
            });
        }
        if e.kind() != "identifier" || self.is_local(text(self.src, e)) {
            return;
        }
        if let Resolved::ModuleVar(v) = self.module.resolve(text(self.src, e)) {
            self.facts.effects.insert(Effect::ComparesIdentity {
                what: format!("raises the module-level exception object `{v}`"),
            });
        }
    }

    /// `os.environ[k] = v` (or `del os.environ[k]`) changes the environment.
    fn note_environ_store(&mut self, target: Node<'_>) {
        if target.kind() != "subscript" {
            return;
        }
        let environ = field(target, "value")
            .and_then(|v| self.qualified(v))
            .is_some_and(|q| q == "os.environ" || q == "os.environb");
        if environ {
            self.facts.effects.insert(Effect::WritesSetting {
                setting: Setting::Environment,
                call: "os.environ[...] = ...".to_owned(),
            });
        }
    }

    /// Whether an expression is a lock: its type is a `threading`/`multiprocessing`/`asyncio`
    /// lock, semaphore or condition, or its name says so (`_LOCK`, `self.lock`).
    fn is_lock(&self, v: Node<'_>) -> bool {
        let v = py::unparen(v);
        if let Some(t) = self.origin(v).ty {
            if t.alternatives().iter().any(|a| {
                a.name().is_some_and(|n| {
                    n.ends_with("Lock") || n.ends_with("Semaphore") || n.ends_with("Condition")
                })
            }) {
                return true;
            }
        }
        let last = match v.kind() {
            "identifier" => text(self.src, v),
            "attribute" => field(v, "attribute")
                .map(|a| text(self.src, a))
                .unwrap_or(""),
            _ => "",
        };
        let l = last.to_ascii_lowercase();
        l.contains("lock") || l.contains("mutex") || l.contains("semaphore")
    }

    /// An attribute of a `threading.local()` object: each thread has its own.
    fn note_thread_local_read(&mut self, attr: Node<'_>) {
        let Some(obj) = field(attr, "object") else {
            return;
        };
        if self.origin(obj).type_name() == Some("threading.local") {
            self.facts.effects.insert(Effect::ReadsSetting {
                setting: Setting::ThreadLocals,
                call: text(self.src, attr).chars().take(60).collect(),
            });
        }
    }

    fn note_returned_ty(&mut self, ty: Ty) {
        self.facts.returns_ty = Some(match &self.facts.returns_ty {
            Some(t) => t.join(&ty),
            None => ty,
        });
    }

    /// `value` is handed back to the caller: the arguments and module-level objects it may be or
    /// hold, and the project functions whose results it may be.
    fn note_returned(&mut self, value: Node<'_>) {
        if let Some(site) = self.return_call_site(value) {
            self.facts.return_calls.push(site);
            return;
        }
        let o = self.origin(value);
        self.note_returned_ty(o.ty.clone().unwrap_or(Ty::Unknown));
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
        let args = call_arguments_of(call);
        // A record's constructor only stores its arguments (its arguments' own effects are
        // walked like any expression's).
        if self.record_callee(func).is_some() {
            return;
        }
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
                // `/proc/self/status`, `/proc/<pid>/...`: what the process is doing right now
                // (its threads, its memory), which a pool changes.
                if args
                    .first()
                    .and_then(|a| py::string_value(src, *a))
                    .is_some_and(|p| p.starts_with("/proc/") || p.starts_with("/dev/fd"))
                {
                    self.facts.effects.insert(Effect::Identity {
                        call: "open(\"/proc/...\")".to_owned(),
                    });
                }
                let kind = open_mode_kind(src, &args);
                self.facts.effects.insert(Effect::Io {
                    kind,
                    call: "open".into(),
                });
                return;
            }
            if q == "builtins.next"
                && args
                    .iter()
                    .filter(|a| a.kind() != "keyword_argument")
                    .count()
                    == 1
            {
                self.facts.effects.insert(Effect::StopsIteration {
                    call: text(src, call).chars().take(40).collect(),
                });
            }
            // A pattern built at run time may warn (`FutureWarning: Possible nested set`): a
            // warning is shown once per place and process.
            if q.starts_with("re.")
                && args.first().is_some_and(|p| {
                    !(p.kind() == "keyword_argument" || crate::module::is_constant(*p))
                })
                && matches!(
                    q.as_str(),
                    "re.compile"
                        | "re.match"
                        | "re.search"
                        | "re.fullmatch"
                        | "re.sub"
                        | "re.subn"
                        | "re.split"
                        | "re.findall"
                        | "re.finditer"
                )
            {
                self.facts.effects.insert(Effect::Output {
                    stream: Stream::Warnings,
                    call: format!("{}(<pattern built at run time>)", q_short(&q)),
                });
            }
            if let Some(entry) = kb::function(&q) {
                self.apply_entry(entry, &q_short(&q), None, &args, None);
                // `random.Random()` without a seed seeds itself from the OS.
                if q == "random.Random" && args.is_empty() {
                    self.facts.effects.insert(Effect::Rng {
                        call: "random.Random()".into(),
                    });
                }
                // `urlopen(url, data)` is a POST.
                if q == "urllib.request.urlopen" && sends_data(src, &args) {
                    self.facts.effects.insert(Effect::Io {
                        kind: IoKind::NetworkWrite,
                        call: "urllib.request.urlopen".into(),
                    });
                }
                return;
            }
            if let Some(entry) = method_through_class(&q) {
                let (recv, rest) = match args.split_first() {
                    Some((r, rest)) => (self.origin(*r), rest.to_vec()),
                    None => (Origin::unknown(), vec![]),
                };
                self.apply_entry(entry, &q_short(&q), Some(&recv), &rest, None);
                return;
            }
            let site = self.call_site(&q, &args);
            self.facts.calls.push(site);
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
            self.method_call(obj, method, &origin, &args);
            return;
        }
        let callee = text(src, func);
        self.facts.effects.insert(Effect::UnknownCall {
            call: callee.chars().take(60).collect(),
        });
    }

    /// The effects a knowledge-base entry states, applied to the arguments of one call. With
    /// `callback_data`, the entry is called back by a higher-order function (`map(f, xs)`):
    /// the arguments it mutates are then the data it is called on.
    fn apply_entry(
        &mut self,
        entry: &Entry,
        call: &str,
        recv: Option<&Origin>,
        args: &[Node<'_>],
        callback_data: Option<&Origin>,
    ) {
        let bound = self.bind(entry, args);
        if callback_data.is_none() {
            let arg_types: Vec<Ty> = bound
                .iter()
                .filter_map(|(_, n)| self.origin(*n).ty)
                .chain(recv.and_then(|r| r.ty.clone()))
                .collect();
            // Anything done with a `Decimal` (`abs`, `round`, `sum`, its methods) rounds with
            // the current decimal context.
            if arg_types.iter().any(|t| has_named(t, "decimal.Decimal")) {
                self.facts.effects.insert(Effect::ReadsSetting {
                    setting: Setting::DecimalContext,
                    call: call.to_owned(),
                });
            }
            // Consuming a set in its iteration order (`list(s)`, `", ".join(s)`) depends on the
            // hash seed and on the set's history; `sorted`, `len`, `sum` of ints... do not.
            let order_free = matches!(
                call,
                "sorted" | "len" | "min" | "max" | "any" | "all" | "set" | "frozenset" | "bool"
            ) || call.ends_with(".issubset")
                || call.ends_with(".issuperset")
                || call.ends_with(".isdisjoint")
                || call.ends_with(".union")
                || call.ends_with(".intersection")
                || call.ends_with(".difference")
                || call.ends_with(".add")
                || call.ends_with(".discard")
                || call.ends_with(".remove");
            let set_arg = bound
                .iter()
                .any(|(_, n)| self.origin(*n).ty.as_ref().is_some_and(is_unordered_set));
            if set_arg && !order_free {
                self.facts.effects.insert(Effect::ReadsSetting {
                    setting: Setting::HashSeed,
                    call: call.to_owned(),
                });
            }
        }
        for spec in &entry.effects {
            match *spec {
                Spec::Mutates(target) => {
                    let origins = match callback_data {
                        Some(d) => vec![d.clone()],
                        None => self.targets(target, &bound, recv),
                    };
                    for o in origins {
                        self.mutate(&o, &format!("an argument of `{call}`"));
                    }
                }
                Spec::Reads(setting) => {
                    self.facts.effects.insert(Effect::ReadsSetting {
                        setting,
                        call: call.to_owned(),
                    });
                }
                Spec::Writes(setting) => {
                    self.facts.effects.insert(Effect::WritesSetting {
                        setting,
                        call: call.to_owned(),
                    });
                }
                Spec::Io(kind) => {
                    self.facts.effects.insert(Effect::Io {
                        kind,
                        call: call.to_owned(),
                    });
                }
                Spec::Output(stream) => {
                    self.facts.effects.insert(Effect::Output {
                        stream,
                        call: call.to_owned(),
                    });
                }
                Spec::Rng => {
                    self.facts.effects.insert(Effect::Rng {
                        call: call.to_owned(),
                    });
                }
                Spec::Clock => {
                    self.facts.effects.insert(Effect::Clock {
                        call: call.to_owned(),
                    });
                }
                Spec::Identity => {
                    self.facts.effects.insert(Effect::Identity {
                        call: call.to_owned(),
                    });
                }
                Spec::Calls(target) if callback_data.is_none() => {
                    // The data the callback is called on: the other arguments.
                    let mut data = Origin::fresh();
                    for (p, n) in &bound {
                        if !matches!(target, Arg::Param(i) if *p == Some(i)) {
                            data.union(&self.origin(*n));
                        }
                    }
                    if let Some(r) = recv {
                        data.union(r);
                    }
                    let callbacks: Vec<Node<'_>> = match target {
                        Arg::Param(i) => bound
                            .iter()
                            .filter(|(p, _)| *p == Some(i))
                            .map(|(_, n)| *n)
                            .collect(),
                        _ => bound.iter().map(|(_, n)| *n).collect(),
                    };
                    for c in callbacks {
                        self.callback(c, &data);
                    }
                }
                Spec::Calls(_) | Spec::Lazy => {}
            }
        }
        // CPU cost: an I/O call's time is waiting.
        if entry.cost != crate::vocab::Cost::Cheap && entry.io().is_none() {
            self.facts.heavy = true;
            self.facts.heavy_calls = true;
            let tier = if entry.cost == crate::vocab::Cost::Heavy {
                CostTier::Heavy
            } else {
                CostTier::Data
            };
            let evidence = Some(CostEvidence::call(tier, call));
            self.facts.call_cost = CostEvidence::max(self.facts.call_cost.take(), evidence.clone());
            self.facts.cost = CostEvidence::max(self.facts.cost.take(), evidence);
        }
    }

    /// A callable handed to a higher-order call (`key=`, `map`'s function): what calling it
    /// does. Lambdas and local functions are part of the analysed code already.
    fn callback(&mut self, node: Node<'_>, data: &Origin) {
        let src = self.src;
        let node = py::unparen(node);
        match node.kind() {
            "lambda" | "none" => {}
            "identifier" | "attribute" => {
                if node.kind() == "identifier" && self.local_functions.contains(text(src, node)) {
                    return;
                }
                if let Some(q) = self.qualified(node) {
                    if let Some(entry) = kb::function(&q).or_else(|| method_through_class(&q)) {
                        self.apply_entry(entry, &q_short(&q), None, &[], Some(data));
                        return;
                    }
                    // A project function (or one the summaries will find unknown).
                    self.facts.calls.push(CallSite {
                        callee: q,
                        positional: vec![],
                        keywords: vec![],
                        splat: Some(data.clone()),
                    });
                    return;
                }
                self.facts.effects.insert(Effect::UnknownCall {
                    call: text(src, node).chars().take(60).collect(),
                });
            }
            "call" => {
                // `partial(f, k)`: calling it calls `f`.
                let partial = field(node, "function")
                    .and_then(|f| self.qualified(f))
                    .is_some_and(|q| q == "functools.partial");
                let first = call_arguments_of(node)
                    .into_iter()
                    .find(|a| a.kind() != "keyword_argument");
                match (partial, first) {
                    (true, Some(f)) => self.callback(f, data),
                    _ => {
                        self.facts.effects.insert(Effect::UnknownCall {
                            call: text(src, node).chars().take(60).collect(),
                        });
                    }
                }
            }
            _ => {
                self.facts.effects.insert(Effect::UnknownCall {
                    call: text(src, node).chars().take(60).collect(),
                });
            }
        }
    }

    fn method_call(&mut self, obj: Node<'_>, method: &str, origin: &Origin, args: &[Node<'_>]) {
        let src = self.src;
        let receiver = text(src, obj);
        // `fh.read`, or `io.TextIOWrapper.read` for `open(p).read()`.
        let call = match (py::dotted(src, obj), origin.type_name()) {
            (Some(d), _) => format!("{d}.{method}"),
            (None, Some(t)) => format!("{t}.{method}"),
            (None, None) => format!("(...).{method}"),
        };
        let shared = !origin.globals.is_empty() || !origin.params.is_empty() || origin.unknown;
        if let Some(entries) = self.method_entries(origin, method) {
            let untyped = origin
                .ty
                .as_ref()
                .is_none_or(|t| t.alternatives().iter().any(|a| !matches!(a, Ty::Named(..))));
            if untyped {
                self.facts.duck_calls.insert(method.to_owned());
            }
            if untyped && kb::duck_is_checked(method) && !string_signature(self.src, method, args) {
                // Judged as a string method, the call holds only for strings: what a
                // parameter holds is checked where the function is called; a module object of
                // unknown type (an incremental encoder, a `Path`) is not known to be one.
                for p in &origin.params {
                    // A parameter annotated with (or typed as) a type the entry holds for.
                    let declared = self
                        .params
                        .get(*p)
                        .and_then(|name| self.types.get(name))
                        .is_some_and(|t| duck_holds(method, t));
                    if !declared {
                        self.facts.duck_params.insert((*p, method.to_owned()));
                    }
                }
                if origin.params.is_empty() && !origin.globals.is_empty() {
                    self.facts.effects.insert(Effect::UnknownCall {
                        call: call.chars().take(60).collect(),
                    });
                }
            }
            for e in entries {
                self.apply_entry(e, &call, Some(origin), args, None);
            }
            let thread_unsafe = origin.ty.as_ref().is_some_and(|t| {
                t.alternatives().iter().any(|a| {
                    a.name()
                        .and_then(kb::type_info)
                        .is_some_and(|i| i.thread_unsafe)
                })
            });
            if thread_unsafe && shared {
                let ty = origin.type_name().unwrap_or("client");
                self.facts.effects.insert(Effect::SharedClient {
                    what: format!("the shared `{ty}` `{receiver}`"),
                });
            }
            return;
        }
        if matches!(
            method,
            "debug" | "info" | "warning" | "warn" | "error" | "exception" | "critical" | "log"
        ) && receiver.to_ascii_lowercase().contains("log")
        {
            self.facts.effects.insert(Effect::Output {
                stream: Stream::Log,
                call,
            });
            return;
        }
        // Not known: it may change its receiver, and it may do anything else.
        self.mutate(origin, &format!("`{receiver}` (calls `.{method}()`)"));
        self.facts.effects.insert(Effect::UnknownCall { call });
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

    /// Types of the local names after [`BodyAnalyzer::analyze_in_place`].
    pub fn types(&self) -> &BTreeMap<String, Ty> {
        &self.types
    }
}

/// The arguments of a call: the children of its argument list, or the one generator
/// expression of `f(x for x in xs)`.
pub(crate) fn call_arguments_of(call: Node<'_>) -> crate::py::Kids<'_> {
    match field(call, "arguments") {
        Some(a) if a.kind() == "generator_expression" => smallvec::smallvec![a],
        Some(a) => kids(a),
        None => smallvec::smallvec![],
    }
}

/// Whether some alternative of `t` is (or contains) the named type.
fn has_named(t: &Ty, name: &str) -> bool {
    match t {
        Ty::Named(n, args) => n == name || args.iter().any(|a| has_named(a, name)),
        Ty::Union(alts) => alts.iter().any(|a| has_named(a, name)),
        _ => false,
    }
}

/// A set whose iteration order may differ between processes or copies: its elements are not
/// known to be ints (an int hashes to itself, a string by the per-process seed).
fn is_unordered_set(t: &Ty) -> bool {
    t.alternatives().iter().any(|a| match a {
        Ty::Named(n, args) if n == "set" || n == "frozenset" => {
            !matches!(args.first().and_then(Ty::name), Some("int" | "bool"))
        }
        _ => false,
    })
}

/// A method called through its class (`str.upper`, `collections.Counter.most_common`).
fn method_through_class(q: &str) -> Option<&'static Entry> {
    let q = q.strip_prefix("builtins.").unwrap_or(q);
    let (owner, method) = q.rsplit_once('.')?;
    kb::type_info(owner)?;
    kb::method(owner, method)
}

/// Whether this use of the name `n` may make its object reachable through another name (or
/// hand it to code that may keep it): `ys = n`, `ys = n or []`, `(n, 1)`, `{"k": n}`,
/// `return n`, `helper(n)`, `obj.attr = n`. Reading it, iterating it, calling its methods,
/// indexing it, comparing it and passing it to builtins that only read it (`len`, `sorted`,
/// `print`, `xs.extend(n)`, ...) do not.
fn escapes(analyzer: &BodyAnalyzer<'_>, n: Node<'_>) -> bool {
    let Some(p) = n.parent() else {
        return false;
    };
    let is = |f: &str| field(p, f).is_some_and(|x| x.id() == n.id());
    match p.kind() {
        // `x.n` names an attribute; `n.m(...)`, `n.attr` read or call through it.
        "attribute" => false,
        "keyword_argument" if is("name") => false,
        "keyword_argument" => p
            .parent()
            .and_then(|a| a.parent())
            .is_none_or(|call| escapes_into_call(analyzer, call)),
        "argument_list" => p
            .parent()
            .is_none_or(|call| escapes_into_call(analyzer, call)),
        // `ys = n` between locals is an alias (`note_alias`), followed; anything else keeps it.
        "assignment" => !is("left") && field(p, "left").is_none_or(|l| l.kind() != "identifier"),
        "augmented_assignment" => !is("left"),
        "for_statement" | "for_in_clause" => false,
        "subscript" | "slice" => false,
        "call" => false,
        "comparison_operator" | "not_operator" | "binary_operator" | "unary_operator" => false,
        "if_statement" | "elif_clause" | "while_statement" | "assert_statement" => false,
        "expression_statement" | "delete_statement" => false,
        // Handed back: this function's code no longer runs when the caller changes it.
        "return_statement" => false,
        "pattern_list" | "tuple_pattern" | "list_pattern" => false,
        "parenthesized_expression" => escapes(analyzer, p),
        "global_statement"
        | "nonlocal_statement"
        | "import_statement"
        | "import_from_statement"
        | "aliased_import"
        | "dotted_name" => false,
        "function_definition"
        | "class_definition"
        | "parameters"
        | "default_parameter"
        | "typed_parameter"
        | "typed_default_parameter"
        | "keyword_separator" => false,
        _ => true,
    }
}

/// Whether passing a value to `call` may let the callee keep it or change it in ways the
/// analysis does not follow: anything but builtins that only read their arguments and the
/// methods that copy an argument's elements.
fn escapes_into_call(analyzer: &BodyAnalyzer<'_>, call: Node<'_>) -> bool {
    let Some(f) = field(call, "function") else {
        return true;
    };
    // Methods of a literal receiver, whose type is certain before types are computed:
    // `", ".join(n)`, `"{}".format(n)`, `[].extend(n)`, `{}.update(n)` read `n` or copy its
    // elements. The same names on any other receiver may keep the argument (a class of the
    // project whose `update` stores it).
    if f.kind() == "attribute" {
        let receiver = field(f, "object").map(py::unparen);
        let literal = receiver.is_some_and(|r| {
            matches!(
                r.kind(),
                "string" | "concatenated_string" | "list" | "dictionary" | "set" | "tuple"
            )
        });
        if let (true, Some(m)) = (
            literal,
            field(f, "attribute").map(|a| text(analyzer.src, a)),
        ) {
            if matches!(
                m,
                "extend" | "update" | "join" | "index" | "count" | "format"
            ) {
                return false;
            }
        }
    }
    let q = analyzer.qualified(f);
    // A project function: what it changes in place is in its summary (`widened_by_call`).
    let project = q.as_deref().is_some_and(|q| match analyzer.linked {
        Some((_, entries)) => entries.contains_key(q),
        None => q
            .strip_prefix(analyzer.module.name.as_str())
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|name| analyzer.module.functions.contains_key(name)),
    });
    if project {
        return false;
    }
    let reads_only = q.as_deref().is_some_and(reads_only_builtin);
    !reads_only
}

/// A function that only reads its arguments and keeps none of them (`len`, `sorted`, `print`,
/// ...): passing a value to it changes nothing about what the value holds.
pub(crate) fn reads_only_builtin(q: &str) -> bool {
    matches!(
        q,
        "builtins.len"
            | "builtins.sorted"
            | "builtins.list"
            | "builtins.tuple"
            | "builtins.set"
            | "builtins.frozenset"
            | "builtins.sum"
            | "builtins.min"
            | "builtins.max"
            | "builtins.any"
            | "builtins.all"
            | "builtins.enumerate"
            | "builtins.zip"
            | "builtins.reversed"
            | "builtins.print"
            | "builtins.str"
            | "builtins.repr"
            | "builtins.isinstance"
            | "builtins.hash"
            | "builtins.bool"
            | "builtins.map"
            | "builtins.filter"
            | "json.dumps"
    )
}

/// The type an arithmetic operator makes of its operands' types, when it follows from them.
pub(crate) fn arith_ty(op: &str, l: Option<&Ty>, r: Option<&Ty>) -> Option<Ty> {
    let (l, r) = (l?, r?);
    let name = |t: &Ty| t.name().map(str::to_owned);
    let (ln, rn) = (name(l)?, name(r)?);
    let numeric = |n: &str| matches!(n, "int" | "bool" | "float" | "complex" | "number");
    if ln == "decimal.Decimal" || rn == "decimal.Decimal" {
        let other = if ln == "decimal.Decimal" { &rn } else { &ln };
        return (other == "decimal.Decimal" || matches!(other.as_str(), "int" | "bool"))
            .then(|| Ty::named("decimal.Decimal"));
    }
    if numeric(&ln) && numeric(&rn) {
        if matches!(
            op,
            "<<" | ">>" | "&" | "|" | "^" | "//" | "%" | "+" | "-" | "*"
        ) && matches!(ln.as_str(), "int" | "bool")
            && matches!(rn.as_str(), "int" | "bool")
        {
            return Some(Ty::named("int"));
        }
        // True division of integers is always a float.
        if op == "/"
            && matches!(ln.as_str(), "int" | "bool")
            && matches!(rn.as_str(), "int" | "bool")
        {
            return Some(Ty::named("float"));
        }
        if ln == "float" || rn == "float" {
            return Some(if ln == "complex" || rn == "complex" {
                Ty::named("complex")
            } else if matches!(op, "+" | "-" | "*" | "/" | "//" | "%" | "**")
                && ln != "number"
                && rn != "number"
            {
                Ty::named("float")
            } else {
                Ty::named("number")
            });
        }
        return Some(Ty::named("number"));
    }
    match (ln.as_str(), op, rn.as_str()) {
        ("str", "+", "str") => Some(Ty::named("str")),
        ("bytes", "+", "bytes") => Some(Ty::named("bytes")),
        ("str", "%", _) => Some(Ty::named("str")),
        ("bytes", "%", _) => Some(Ty::named("bytes")),
        ("str" | "bytes" | "list" | "tuple", "*", "int") => Some(l.clone()),
        ("int", "*", "str" | "bytes" | "list" | "tuple") => Some(r.clone()),
        ("list", "+", "list") => Some(l.join(r)),
        _ => None,
    }
}

fn q_short(q: &str) -> String {
    q.strip_prefix("builtins.").unwrap_or(q).to_owned()
}

/// Whether a call passes a second positional argument or `data=` (`urlopen(url, data)`).
fn sends_data(src: &str, args: &[Node<'_>]) -> bool {
    args.iter().any(|a| {
        a.kind() == "keyword_argument" && field(*a, "name").is_some_and(|n| text(src, n) == "data")
    }) || args
        .iter()
        .filter(|a| a.kind() != "keyword_argument")
        .count()
        > 1
}

/// The file object `open(...)` returns, by its literal mode (`Unknown` for update modes and
/// modes that are not literals).
fn open_result_ty(src: &str, args: &[Node<'_>]) -> Ty {
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
    let mode = match mode {
        None => "r".to_owned(),
        Some(m) if m.kind() == "string" && !kids(m).iter().any(|k| k.kind() == "interpolation") => {
            text(src, m)
                .trim_matches(|c| c == '"' || c == '\'')
                .to_owned()
        }
        Some(_) => return Ty::Unknown,
    };
    if mode.contains('+') {
        return Ty::Unknown;
    }
    match (mode.contains('b'), mode.contains('r')) {
        (false, _) => Ty::named("io.TextIOWrapper"),
        (true, true) => Ty::named("io.BufferedReader"),
        (true, false) => Ty::named("io.BufferedWriter"),
    }
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

/// The pseudo-variable [`BodyAnalyzer::note_parameter_defaults`] names a default by:
/// `function(parameter=...)` -> (function, parameter).
fn default_parameter(name: &str) -> Option<(&str, &str)> {
    name.strip_suffix("=...)")?.split_once('(')
}

/// Facts for one top-level function definition node.
/// `qualname` is the function's project name (`module.f`, `module.Class.f`).
pub fn function_facts(module: &ModuleInfo, src: &str, def: Node<'_>, qualname: &str) -> Facts {
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
    // Falling off the end returns `None`.
    let ends_in_exit = field(def, "body")
        .and_then(|b| py::statements(b).last().copied())
        .is_some_and(|last| matches!(last.kind(), "return_statement" | "raise_statement"));
    if !ends_in_exit {
        let none = Ty::named("None");
        facts.returns_ty = Some(facts.returns_ty.map_or(none.clone(), |t| t.join(&none)));
    }
    if facts.calls.iter().any(|c| c.callee == qualname) {
        facts.heavy = true; // recursion
        let evidence = Some(CostEvidence::loops("recursion".to_owned()));
        facts.cost = CostEvidence::max(facts.cost.take(), evidence);
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
    /// [`crate::project::Project::link_all`]; check with [`crate::project::Project::changed_at_run_time`].
    pub runtime_written: BTreeSet<(String, String)>,
    /// Functions reachable from import-time code of some module.
    pub import_time_reachable: BTreeSet<String>,
}

/// Parameter names per function, needed to map keyword arguments.
pub struct FunctionFactsEntry {
    /// Shared with the file's analysis (not copied).
    pub facts: std::sync::Arc<Facts>,
    pub params: Vec<String>,
    pub star_params: bool,
    /// Its decorators (qualified): what calling it runs besides its body.
    pub decorators: Vec<String>,
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
                    cost: f
                        .cost
                        .as_ref()
                        .map(|c| c.in_function(name.rsplit('.').next().unwrap_or(name))),
                    reads_globals: f.reads_globals.clone(),
                    returns_params: f.returns_params.clone(),
                    returns_globals: f.returns_globals.clone(),
                    returns_ty: f.returns_ty.clone(),
                    duck_calls: f.duck_calls.clone(),
                    duck_params: f.duck_params.clone(),
                },
            )
        })
        .collect();
    // Every function is evaluated in turn, in rounds, until a round changes nothing. A function
    // is evaluated again only when its summary or the summary of a function it reads (the
    // callees of its calls, of its returned calls and of their arguments, and the functions
    // whose results it returns or mutates) changed since its last evaluation: otherwise it
    // would give the summary it has, so skipping it changes nothing but the time.
    let order: Vec<&String> = functions.keys().collect();
    let position: BTreeMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let reads: Vec<Vec<usize>> = functions
        .iter()
        .enumerate()
        .map(|(i, (_, entry))| {
            let f = &entry.facts;
            let returned_args = f
                .return_calls
                .iter()
                .flat_map(call_arguments)
                .flat_map(|o| o.calls.iter());
            let mut deps: Vec<usize> = f
                .calls
                .iter()
                .chain(f.return_calls.iter())
                .map(|c| &c.callee)
                .chain(returned_args)
                .chain(f.returns_results_of.iter())
                .chain(f.mutates_results_of.iter())
                .filter_map(|c| position.get(c.as_str()).copied())
                .chain([i])
                .collect();
            deps.sort_unstable();
            deps.dedup();
            deps
        })
        .collect();
    let mut step = 0u64;
    let mut changed_at = vec![0u64; order.len()];
    let mut evaluated_at: Vec<Option<u64>> = vec![None; order.len()];
    for _round in 0..64 {
        let mut changed = false;
        for (i, (name, entry)) in functions.iter().enumerate() {
            if let Some(at) = evaluated_at[i] {
                if reads[i].iter().all(|&d| changed_at[d] < at) {
                    continue;
                }
            }
            step += 1;
            evaluated_at[i] = Some(step);
            let mut next = by_name.get(name).cloned().unwrap_or_default();
            fold_returns(&mut next, &entry.facts, &by_name, functions);
            next.effects.extend(result_writes(&entry.facts, &by_name));
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
                changed_at[i] = step;
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
                let ty = callee.returns_ty.as_ref().map_or(Ty::Unknown, |t| {
                    t.substitute(&|i| argument_ty(call, callee_entry, i))
                });
                join_returned_ty(next, &ty);
            }
            // Unknown callee: assume it may hand back any argument.
            _ => {
                for o in call_arguments(call) {
                    next.returns_params.extend(o.returned_params());
                    returns_module_objects(next, o, by_name);
                }
                join_returned_ty(next, &Ty::Unknown);
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

fn join_returned_ty(next: &mut Summary, ty: &Ty) {
    next.returns_ty = Some(match &next.returns_ty {
        Some(t) => t.join(ty),
        None => ty.clone(),
    });
}

/// The type of the argument a call site passes for parameter `i` of a project function.
fn argument_ty(call: &CallSite, entry: &FunctionFactsEntry, i: usize) -> Option<Ty> {
    if entry.star_params || call.splat.is_some() {
        return None;
    }
    if let Some(o) = call.positional.get(i) {
        return o.ty.clone();
    }
    let name = entry.params.get(i)?;
    call.keywords
        .iter()
        .find(|(k, _)| k == name)
        .and_then(|(_, o)| o.ty.clone())
}

fn fold_call(next: &mut Summary, call: &CallSite, callee: &Summary, entry: &FunctionFactsEntry) {
    let short = call.callee.rsplit('.').next().unwrap_or(&call.callee);
    for d in &entry.decorators {
        next.effects.insert(match d.as_str() {
            "functools.lru_cache" | "functools.cache" => Effect::Cached {
                function: short.to_owned(),
            },
            other => Effect::UnknownCall {
                call: format!("{short}` (decorated with `@{other}"),
            },
        });
    }
    next.effects.extend(callee.effects.iter().cloned());
    next.duck_calls.extend(callee.duck_calls.iter().cloned());
    for (p, method) in &callee.duck_params {
        for a in arguments_for(call, entry, *p) {
            if a.ty.as_ref().is_some_and(|t| duck_holds(method, t)) {
                continue;
            }
            if a.params.is_empty() {
                next.effects.insert(Effect::UnknownCall {
                    call: format!(
                        "{short}` calls `.{method}()` on an argument whose type is not known, judged as {}: `{short}",
                        kb::duck_methods(method)
                    ),
                });
            }
            next.duck_params
                .extend(a.params.iter().map(|q| (*q, method.clone())));
        }
    }
    next.heavy |= callee.heavy;
    let callee_cost = callee.cost.as_ref().map(|c| c.in_function(short));
    next.cost = CostEvidence::max(next.cost.take(), callee_cost);
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

/// The origins a call passes for the callee's parameter `p`: its positional or keyword
/// argument, or every argument when positions are uncertain (`*args` on either side). Empty
/// when the call leaves it to its default.
fn arguments_for<'c>(call: &'c CallSite, entry: &FunctionFactsEntry, p: usize) -> Vec<&'c Origin> {
    if entry.star_params || call.splat.is_some() {
        return call_arguments(call).collect();
    }
    let mut out: Vec<&Origin> = call.positional.get(p).into_iter().collect();
    if let Some(pname) = entry.params.get(p) {
        out.extend(
            call.keywords
                .iter()
                .filter(|(k, _)| k == pname)
                .map(|(_, o)| o),
        );
    }
    out
}

/// Whether a call of a `duck-checked` method has arguments only the string method takes: the
/// classes that share the name take data there (`encoder.encode(chunk)`, `path.replace(target)`).
/// `encode`/`decode` with no arguments, or with a literal encoding name and error handler;
/// `replace` with an old and a new value (`Path.replace` takes one).
fn string_signature(src: &str, method: &str, args: &[Node<'_>]) -> bool {
    const ENCODINGS: [&str; 24] = [
        "utf-8",
        "utf8",
        "utf_8",
        "utf-16",
        "utf16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf32",
        "ascii",
        "us-ascii",
        "latin-1",
        "latin1",
        "latin_1",
        "iso-8859-1",
        "iso8859-1",
        "iso-8859-15",
        "cp1252",
        "cp437",
        "idna",
        "utf-8-sig",
        "unicode_escape",
        "raw_unicode_escape",
        "punycode",
    ];
    const HANDLERS: [&str; 8] = [
        "strict",
        "ignore",
        "replace",
        "backslashreplace",
        "xmlcharrefreplace",
        "namereplace",
        "surrogateescape",
        "surrogatepass",
    ];
    let literal = |n: Node<'_>, allowed: &[&str]| {
        py::string_value(src, n).is_some_and(|v| allowed.contains(&v.to_ascii_lowercase().as_str()))
    };
    match method {
        "encode" | "decode" => {
            let mut positional = 0;
            args.iter().all(|a| match a.kind() {
                "keyword_argument" => {
                    let name = field(*a, "name").map(|n| text(src, n));
                    let value = field(*a, "value");
                    match (name, value) {
                        (Some("encoding"), Some(v)) => literal(v, &ENCODINGS),
                        (Some("errors"), Some(v)) => literal(v, &HANDLERS),
                        _ => false,
                    }
                }
                _ => {
                    positional += 1;
                    match positional {
                        1 => literal(*a, &ENCODINGS),
                        2 => literal(*a, &HANDLERS),
                        _ => false,
                    }
                }
            })
        }
        "replace" => {
            args.iter()
                .filter(|a| {
                    !matches!(
                        a.kind(),
                        "keyword_argument" | "list_splat" | "dictionary_splat"
                    )
                })
                .count()
                >= 2
        }
        _ => false,
    }
}

/// `a, b = x, y` (or with brackets) without starred parts and with as many values as names:
/// the (target, value) pairs; empty otherwise.
fn element_pairs<'t>(left: Node<'t>, right: Node<'t>) -> Vec<(Node<'t>, Node<'t>)> {
    let target_list = matches!(
        left.kind(),
        "pattern_list" | "tuple_pattern" | "list_pattern"
    );
    let value_list = matches!(right.kind(), "expression_list" | "tuple" | "list");
    if !(target_list && value_list) {
        return Vec::new();
    }
    let (targets, values) = (kids(left), kids(right));
    let starred = |n: &Node<'_>| n.kind().contains("splat");
    if targets.len() != values.len() || targets.iter().any(starred) || values.iter().any(starred) {
        return Vec::new();
    }
    targets.into_iter().zip(values).collect()
}

/// Types whose methods the knowledge base lists completely: a method it does not list for one
/// of them does not exist (calling it raises `AttributeError`, in the original as well).
const COMPLETE_METHODS: [&str; 11] = [
    "None",
    "bool",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "tuple",
    "list",
    "range",
];

/// Whether, on a value of type `ty` or any part of it (the method may be called on an element
/// of the argument), the duck entry of `method` is what runs: each type in it is one the entry
/// lists, or one of [`COMPLETE_METHODS`] (or a dict) that has no method of that name. A
/// parameter's or unknown type is not known to be either.
fn duck_holds(method: &str, ty: &Ty) -> bool {
    let Some(types) = kb::duck_types(method) else {
        return false;
    };
    fn holds(types: &[String], method: &str, t: &Ty) -> bool {
        match t {
            Ty::Named(n, args) => {
                let listed = types.iter().any(|d| d == n);
                let lacks = (COMPLETE_METHODS.contains(&n.as_str()) || n == "dict")
                    && kb::method(n, method).is_none();
                (listed || lacks) && args.iter().all(|a| holds(types, method, a))
            }
            Ty::Union(alts) => !alts.is_empty() && alts.iter().all(|a| holds(types, method, a)),
            // A record's methods are the project's own.
            Ty::Record(_) | Ty::Field(..) | Ty::Param(_) | Ty::Unknown => false,
        }
    }
    holds(types, method, ty)
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
        cost: facts.call_cost.clone(),
        reads_globals: facts.reads_globals.clone(),
        returns_params: BTreeSet::new(),
        returns_globals: BTreeSet::new(),
        returns_ty: None,
        duck_calls: facts.duck_calls.clone(),
        duck_params: facts.duck_params.clone(),
    };
    s.effects.extend(result_writes(facts, &summaries.by_name));
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
    s.returns_ty = facts.returns_ty.clone();
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

/// What a module does when it is imported: its code outside function bodies and outside
/// `if __name__ == "__main__":` (decorators, default values and class bodies run too), and, per
/// module variable assigned at the top level, what computing its value does.
#[derive(Debug, Clone, Default)]
pub struct ImportFacts {
    pub code: Facts,
    pub values: BTreeMap<String, Facts>,
    /// The code under `if __name__ == "__main__":` (run as a script, not on import).
    pub main: Facts,
}

pub fn import_facts(module: &ModuleInfo, src: &str, root: Node<'_>) -> ImportFacts {
    let mut nodes = Vec::new();
    let mut values = BTreeMap::new();
    collect_import_time(src, root, &mut nodes);
    for stmt in py::statements(root) {
        let Some(e) = py::expression_of_statement(stmt).filter(|e| e.kind() == "assignment") else {
            continue;
        };
        let (Some(left), Some(right)) = (field(e, "left"), field(e, "right")) else {
            continue;
        };
        if left.kind() != "identifier" || crate::module::is_constant(right) {
            continue;
        }
        let facts = BodyAnalyzer::new(module, src, &[])
            .at_module_level()
            .analyze(&[right]);
        if !facts.effects.is_empty() || !facts.calls.is_empty() {
            values.insert(text(src, left).to_owned(), facts);
        }
    }
    let main: Vec<Node<'_>> = py::statements(root)
        .into_iter()
        .filter(|s| s.kind() == "if_statement" && py::is_main_guard(src, *s))
        .collect();
    ImportFacts {
        code: BodyAnalyzer::new(module, src, &[])
            .at_module_level()
            .analyze(&nodes),
        values,
        main: BodyAnalyzer::new(module, src, &[])
            .at_module_level()
            .analyze(&main),
    }
}

/// The parts of a block that run when it executes as module (or class) code: everything but
/// function bodies and `__main__` blocks.
fn collect_import_time<'t>(src: &str, block: Node<'t>, out: &mut Vec<Node<'t>>) {
    for stmt in py::statements(block) {
        match stmt.kind() {
            "if_statement" if py::is_main_guard(src, stmt) => {}
            "function_definition" => out.extend(field(stmt, "parameters")),
            "class_definition" => {
                out.extend(field(stmt, "superclasses"));
                if let Some(body) = field(stmt, "body") {
                    collect_import_time(src, body, out);
                }
            }
            "decorated_definition" => {
                out.extend(kids(stmt).into_iter().filter(|k| k.kind() == "decorator"));
                if let Some(def) = field(stmt, "definition") {
                    match def.kind() {
                        "class_definition" => {
                            out.extend(field(def, "superclasses"));
                            if let Some(body) = field(def, "body") {
                                collect_import_time(src, body, out);
                            }
                        }
                        _ => out.extend(field(def, "parameters")),
                    }
                }
            }
            _ => out.push(stmt),
        }
    }
}

/// The types of each project function's parameters, from the calls the project makes to it:
/// per parameter, the join of the argument types over every call site (a caller's own
/// parameters resolved the same way, to a fixed point). A function no code of the project
/// calls, or a parameter some call passes through `*args`, is not typed this way.
pub fn parameter_types<'a>(
    functions: &BTreeMap<String, FunctionFactsEntry>,
    module_calls: impl Iterator<Item = &'a CallSite> + Clone,
) -> BTreeMap<String, Vec<Option<Ty>>> {
    let mut types: BTreeMap<String, Vec<Option<Ty>>> = BTreeMap::new();
    for _round in 0..8 {
        let mut next: BTreeMap<String, Vec<Option<Ty>>> = BTreeMap::new();
        let mut record = |caller: Option<&str>, call: &CallSite| {
            let Some(callee) = functions.get(&call.callee) else {
                return;
            };
            let slot = next
                .entry(call.callee.clone())
                .or_insert_with(|| vec![Some(Ty::Param(usize::MAX)); callee.params.len()]);
            let caller_types = caller.and_then(|c| types.get(c));
            let resolve = |o: &Origin| -> Ty {
                let t = o.ty.clone().unwrap_or(Ty::Unknown);
                t.substitute(&|j| {
                    caller_types
                        .and_then(|ts| ts.get(j).cloned().flatten())
                        .filter(|t| !matches!(t, Ty::Param(usize::MAX)))
                })
            };
            for (i, p) in callee.params.iter().enumerate() {
                let arg = if callee.star_params || call.splat.is_some() {
                    None
                } else {
                    call.positional
                        .get(i)
                        .or_else(|| call.keywords.iter().find(|(k, _)| k == p).map(|(_, o)| o))
                };
                let t = match arg {
                    Some(o) => resolve(o),
                    // Left out: the default (not typed here).
                    None if !callee.star_params && call.splat.is_none() => continue,
                    None => Ty::Unknown,
                };
                slot[i] = Some(match &slot[i] {
                    Some(Ty::Param(usize::MAX)) | None => t,
                    Some(prev) => prev.join(&t),
                });
            }
        };
        for (name, entry) in functions {
            for call in &entry.facts.calls {
                record(Some(name), call);
            }
        }
        for call in module_calls.clone() {
            record(None, call);
        }
        // Parameters no call passes (all calls use the default) stay untyped.
        for slot in next.values_mut() {
            for t in slot.iter_mut() {
                if matches!(t, Some(Ty::Param(usize::MAX))) {
                    *t = None;
                }
            }
        }
        if next == types {
            break;
        }
        types = next;
    }
    types
}

/// The type each name of an assignment or `for` target gets from a value of type `ty`, in the
/// order [`py::target_names`] lists the names: a tuple pattern of a `tuple[A, B]` gives its
/// parts their element's type, nested patterns recursively; a pattern of any other value gives
/// each part the type of one element (`a, b` of a `list[int]`: `int`, `int`); a starred name
/// (`*rest`) is not typed.
fn destructured_types(src: &str, target: Node<'_>, ty: &Ty, out: &mut Vec<Ty>) {
    match target.kind() {
        "identifier" => out.push(ty.clone()),
        "parenthesized_expression" => {
            for k in kids(target) {
                destructured_types(src, k, ty, out);
            }
        }
        "list_splat_pattern" | "list_splat" => {
            for k in kids(target) {
                destructured_types(src, k, &Ty::Unknown, out);
            }
        }
        "pattern_list" | "tuple_pattern" | "list_pattern" | "expression_list" | "tuple"
        | "list" => {
            let parts = kids(target);
            let starred = parts
                .iter()
                .any(|k| matches!(k.kind(), "list_splat_pattern" | "list_splat"));
            match ty {
                Ty::Named(n, args) if n == "tuple" && args.len() == parts.len() && !starred => {
                    for (k, t) in parts.into_iter().zip(args) {
                        destructured_types(src, k, t, out);
                    }
                }
                Ty::Record(r) if r.tuple && r.fields.len() == parts.len() && !starred => {
                    for (k, (_, t)) in parts.into_iter().zip(&r.fields) {
                        destructured_types(src, k, t, out);
                    }
                }
                _ => {
                    let element = ty.iterated();
                    for k in parts {
                        destructured_types(src, k, &element, out);
                    }
                }
            }
        }
        _ => {
            let mut names = Vec::new();
            py::target_names(src, target, &mut names);
            out.extend(names.iter().map(|_| Ty::Unknown));
        }
    }
}
