//! PAR202: consecutive independent statements that each wait on blocking I/O.
//!
//! The run analysis lives here (it is specific to this rule): split a block into maximal runs of
//! simple statements that do blocking I/O, cut a run where a statement depends on an earlier
//! one, prove the remaining conditions, and build the `submit`/`result` rewrite.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use crate::ast::Node;

use super::declare_rule;
use crate::context::FileContext;
use crate::effects::{summarize_region, BodyAnalyzer, Effect, Summary};
use crate::finding::{CheckItem, Edit, Finding, Fix, ImportNeed, Safety, Strategy, Workload};
use crate::fix::{self, FixError};
use crate::kb;
use crate::module::BindingKind;
use crate::py::{self, field, kids, text};
use crate::reason::Reason;
use crate::rewrite::{self, DEFAULT_THREADS, THREAD_POOL};
use crate::scope::{self, Scope};
use crate::suppress::Suppressions;

declare_rule! {
    /// ## What it does
    /// Finds two or more consecutive statements in one block that each wait on blocking I/O
    /// (`requests.get`, `urllib.request.urlopen`, reading files, project functions that do so)
    /// and do not depend on each other, and runs them at the same time in a
    /// `concurrent.futures.ThreadPoolExecutor` with one thread per statement.
    ///
    /// ## Why
    /// Each statement spends its time waiting for the network or the disk, and a waiting thread
    /// releases the GIL: run together, the statements take about as long as the slowest one
    /// instead of their sum. Each statement is submitted to the pool, then the results are
    /// assigned in the original order; `Future.result()` re-raises a statement's own exception,
    /// so the first failing statement still raises what it raised before.
    ///
    /// ## Example
    /// ```python
    /// def load(cfg_url, users_url):
    ///     config = requests.get(cfg_url, timeout=10).json()
    ///     users = requests.get(users_url, timeout=10).json()
    ///     return config, users
    /// ```
    /// becomes
    /// ```python
    /// def load(cfg_url, users_url):
    ///     with ThreadPoolExecutor(max_workers=2) as executor:
    ///         config_future = executor.submit(lambda: requests.get(cfg_url, timeout=10).json())
    ///         users_future = executor.submit(lambda: requests.get(users_url, timeout=10).json())
    ///         config = config_future.result()
    ///         users = users_future.result()
    ///     return config, users
    /// ```
    /// A statement that is one call with plain arguments is submitted directly:
    /// `download(url)` becomes `executor.submit(download, url)`.
    ///
    /// ## When it is not applied
    /// Only `name = <expression>` and bare expression statements take part; any other statement
    /// ends the run, and so does a statement that reads or re-assigns a name an earlier one
    /// assigns (module state a callee reads included). Statements that contain a lambda or a
    /// comprehension are left to the other rules. Async functions (see PAR212) and class bodies
    /// are not analysed. The finding is `review` (reported, never rewritten) unless every
    /// statement only reads or waits: no file writes, POST/PUT/DELETE, subprocesses, database or
    /// shared `requests.Session` use, print or logging, random numbers, mutation of arguments,
    /// shared objects or module state, and no unknown calls. It is also `review` when a bare
    /// `time.sleep(...)` paces the statements, when a statement contains `yield`, `await`, `:=`
    /// or `super()`, when the function is a generator or is called while a module is imported,
    /// when the run is at module level outside `if __name__ == "__main__":` (threads started
    /// during an import can deadlock on the import lock), or when it sits inside a `with` block
    /// that may be a lock or thread-local context.
    pub struct Par202 {
        code: "PAR202",
        name: "io-statements-to-threads",
        summary: "consecutive independent blocking I/O statements"
    }
}

/// One statement of a run, with what the analysis found about it.
struct Stmt<'t> {
    node: Node<'t>,
    /// The right-hand side, or the bare expression.
    value: Node<'t>,
    /// The assigned name (`None` for a bare expression).
    target: Option<String>,
    /// `x = ` / `x: int = ` as it will be spelled in the rewrite.
    assign_prefix: String,
    /// Names the statement (and local functions it calls) reads, and module state callees read.
    deps: BTreeSet<String>,
    summary: Summary,
    mutated: Vec<String>,
    /// Reads or waits (the I/O kinds that may overlap).
    reads_io: bool,
    /// A bare `time.sleep(...)` statement.
    bare_sleep: bool,
}

/// What the analysis needs about a scope, computed once per scope (the expensive parts only
/// when a statement needs them).
struct ScopeData<'t> {
    scope: Scope<'t>,
    /// Names bound in the scope: inside a statement, treated as shared (mutating them is
    /// reported).
    outer: OnceCell<Vec<String>>,
    /// Resolves callees by the module's imports and definitions. Locals are not seeded: a local
    /// that shadows a module-level name can only make a statement look like a candidate, which
    /// the full analysis then decides.
    analyzer: BodyAnalyzer<'t>,
    locals: OnceCell<Locals<'t>>,
    /// [`callee_may_do_io`] by the callee's text, for the answers that depend on the scope (a
    /// plain name nothing else resolves: is it a nested function?).
    callee_io: std::cell::RefCell<std::collections::HashMap<String, bool>>,
    /// The other answers, by the callee's text, shared by every scope of the file: they depend
    /// on the module and the project only, and most calls repeat (`len`, `self.log`,
    /// `os.path.join`).
    file_io: Rc<std::cell::RefCell<std::collections::HashMap<String, bool>>>,
}

/// Nested functions, lambdas and classes of a function.
#[derive(Default)]
struct Locals<'t> {
    /// By the name they are bound to: their work is the work of the statement that calls them.
    bodies: BTreeMap<String, Vec<Node<'t>>>,
    /// Names read inside them: a closure sees the current value of the function's variable
    /// whenever it is called, by whatever statement calls it.
    captured: BTreeSet<String>,
}

impl<'t> ScopeData<'t> {
    fn new(
        ctx: &'t FileContext<'t>,
        scope: Scope<'t>,
        file_io: &Rc<std::cell::RefCell<std::collections::HashMap<String, bool>>>,
    ) -> Self {
        ScopeData {
            scope,
            outer: OnceCell::new(),
            analyzer: BodyAnalyzer::new(ctx.module, ctx.src(), &[]),
            locals: OnceCell::new(),
            callee_io: Default::default(),
            file_io: Rc::clone(file_io),
        }
    }

    fn outer(&self, ctx: &FileContext<'_>) -> &[String] {
        self.outer.get_or_init(|| {
            if self.scope.is_module() {
                ctx.module
                    .bindings
                    .iter()
                    .filter(|(_, b)| b.kind == BindingKind::Value)
                    .map(|(n, _)| n.clone())
                    .collect()
            } else {
                scope::bound_names(ctx.src(), self.scope, None)
                    .into_iter()
                    .collect()
            }
        })
    }

    fn locals(&self, src: &str) -> &Locals<'t> {
        self.locals.get_or_init(|| {
            let mut out = Locals::default();
            if self.scope.is_module() {
                return out;
            }
            py::walk(self.scope.body(), false, &mut |n| match n.kind() {
                "function_definition" => {
                    if let (Some(name), Some(body)) = (field(n, "name"), field(n, "body")) {
                        out.bodies
                            .entry(text(src, name).to_owned())
                            .or_default()
                            .push(body);
                    }
                    out.captured.extend(reads_of(src, n));
                }
                "lambda" | "class_definition" => out.captured.extend(reads_of(src, n)),
                "assignment" => {
                    let left = field(n, "left").filter(|l| l.kind() == "identifier");
                    let right = field(n, "right").filter(|r| r.kind() == "lambda");
                    if let (Some(name), Some(body)) = (left, right.and_then(|r| field(r, "body"))) {
                        out.bodies
                            .entry(text(src, name).to_owned())
                            .or_default()
                            .push(body);
                    }
                }
                _ => {}
            });
            out
        })
    }
}

/// Every run of every block of the file (module top level included).
pub fn check<'t>(ctx: &'t FileContext<'t>) -> Vec<Finding> {
    let root = ctx.parsed.root();
    let all = blocks(root);
    let file_io = Rc::default();
    let mut scopes: BTreeMap<usize, ScopeData<'t>> = BTreeMap::new();
    let mut suppressions: Option<Suppressions> = None;
    let mut out = Vec::new();
    for (block, scope) in all {
        let stmts = py::statements(block);
        // The shape test is cheap; the scope data and the effect analysis are only computed
        // where two candidate statements follow each other.
        let shapes: Vec<Option<Shape<'t>>> = stmts.iter().map(|s| shape(*s)).collect();
        if !shapes.windows(2).any(|w| w[0].is_some() && w[1].is_some()) {
            continue;
        }
        let data = scopes
            .entry(scope.node.id())
            .or_insert_with(|| ScopeData::new(ctx, scope, &file_io));
        for run in runs(ctx, data, &stmts, shapes) {
            // `# parallelize: ignore[PAR202]` on any line of the run keeps the whole run as it is.
            let suppressions = suppressions.get_or_insert_with(|| Suppressions::parse(ctx.parsed));
            let suppressed = run.iter().any(|s| {
                let first = s.node.start_position().row + 1;
                let last = s.node.end_position().row + 1;
                (first..=last).any(|line| suppressions.is_suppressed(line, Par202::INFO.code))
            });
            if suppressed {
                continue;
            }
            if let Some(f) = finding_for(ctx, data, &run) {
                out.push(f);
            }
        }
    }
    out
}

/// The blocks below `root` with the function (or module) they belong to; blocks of class bodies
/// and `async def`s (PAR212's business) are left out.
fn blocks<'t>(root: Node<'t>) -> Vec<(Node<'t>, Scope<'t>)> {
    let mut out = vec![(root, Scope { node: root })];
    // (depth of the node that opened it, scope, skipped)
    let mut stack: Vec<(usize, Scope<'t>, bool)> = vec![(0, Scope { node: root }, false)];
    let mut cursor = root.walk();
    let mut depth = 0usize;
    if !cursor.goto_first_child() {
        return out;
    }
    depth += 1;
    loop {
        let n = cursor.node();
        let (_, scope, skip) = stack
            .last()
            .copied()
            .unwrap_or((0, Scope { node: root }, false));
        match n.kind() {
            "function_definition" => stack.push((depth, Scope { node: n }, py::is_async(n))),
            "class_definition" => stack.push((depth, scope, true)),
            "block" if !skip => out.push((n, scope)),
            _ => {}
        }
        // Blocks only sit in compound statements: expressions are never entered.
        if !n.is_named() || !can_hold_blocks(n.kind()) {
            // no descent
        } else if cursor.goto_first_child() {
            depth += 1;
            continue;
        }
        loop {
            while stack.len() > 1 && stack.last().is_some_and(|(d, _, _)| *d >= depth) {
                stack.pop();
            }
            if depth == 0 {
                return out;
            }
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return out;
            }
            depth -= 1;
        }
    }
}

fn can_hold_blocks(kind: &str) -> bool {
    matches!(
        kind,
        "module"
            | "block"
            | "if_statement"
            | "elif_clause"
            | "else_clause"
            | "for_statement"
            | "while_statement"
            | "try_statement"
            | "except_clause"
            | "except_group_clause"
            | "finally_clause"
            | "with_statement"
            | "function_definition"
            | "class_definition"
            | "decorated_definition"
            | "match_statement"
            | "case_clause"
    )
}

/// Maximal runs of I/O statements without dependencies between them, trimmed of leading and
/// trailing statements that do no read or wait; only runs of two or more are kept.
fn runs<'t>(
    ctx: &FileContext<'_>,
    data: &ScopeData<'t>,
    stmts: &[Node<'t>],
    shapes: Vec<Option<Shape<'t>>>,
) -> Vec<Vec<Stmt<'t>>> {
    let src = ctx.src();
    let mut out = Vec::new();
    let mut cur: Vec<Stmt<'t>> = Vec::new();
    let mut assigned: BTreeSet<String> = BTreeSet::new();
    for (i, stmt) in stmts.iter().enumerate() {
        let neighbour =
            (i > 0 && shapes[i - 1].is_some()) || shapes.get(i + 1).is_some_and(|s| s.is_some());
        let s = match &shapes[i] {
            Some(sh) if neighbour => member(ctx, data, *stmt, *sh),
            _ => None,
        };
        let Some(s) = s else {
            flush(&mut cur, &mut out);
            assigned.clear();
            continue;
        };
        let depends = s.deps.iter().any(|d| assigned.contains(d))
            || s.target.as_ref().is_some_and(|t| assigned.contains(t));
        if depends {
            flush(&mut cur, &mut out);
            assigned.clear();
        }
        assigned.extend(s.target.iter().cloned());
        let seen_by_closure = s
            .target
            .as_ref()
            .is_some_and(|t| data.locals(src).captured.contains(t));
        cur.push(s);
        // A closure may read the new value from any later statement: the run ends here.
        if seen_by_closure {
            flush(&mut cur, &mut out);
            assigned.clear();
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn flush<'t>(cur: &mut Vec<Stmt<'t>>, out: &mut Vec<Vec<Stmt<'t>>>) {
    let mut run = std::mem::take(cur);
    while run.last().is_some_and(|s| !s.reads_io) {
        run.pop();
    }
    let lead = run.iter().take_while(|s| !s.reads_io).count();
    run.drain(..lead);
    if run.len() >= 2 {
        out.push(run);
    }
}

/// An accepted statement shape: the value, and the assigned name with its annotation (spelled
/// out only for the statements that become run members: most statements are not).
#[derive(Clone, Copy)]
struct Shape<'t> {
    value: Node<'t>,
    target: Option<(Node<'t>, Option<Node<'t>>)>,
}

impl Shape<'_> {
    /// The assigned name, and `x = ` (or `x: T = `) as it will be spelled.
    fn target(&self, src: &str) -> (Option<String>, String) {
        match self.target {
            Some((name, ty)) => (
                Some(text(src, name).to_owned()),
                py::assignment_prefix(src, name, ty),
            ),
            None => (None, String::new()),
        }
    }
}

/// `name = <expression>` (optionally annotated) or a bare expression that is not a
/// comprehension.
fn shape<'t>(stmt: Node<'t>) -> Option<Shape<'t>> {
    let expr = py::expression_of_statement(stmt)?;
    let (value, target) = match expr.kind() {
        "assignment" => {
            let left = field(expr, "left")?;
            let right = field(expr, "right")?;
            if left.kind() != "identifier" || right.kind() == "assignment" {
                return None;
            }
            (right, Some((left, field(expr, "type"))))
        }
        "augmented_assignment" => return None,
        _ => (expr, None),
    };
    // Comprehensions belong to PAR102.
    if matches!(
        py::unparen(value).kind(),
        "list_comprehension" | "set_comprehension" | "dictionary_comprehension"
    ) {
        return None;
    }
    Some(Shape { value, target })
}

/// The statement as a run member: an accepted shape whose effects include blocking I/O.
fn member<'t>(
    ctx: &FileContext<'_>,
    data: &ScopeData<'t>,
    stmt: Node<'t>,
    shape: Shape<'t>,
) -> Option<Stmt<'t>> {
    let src = ctx.src();
    if !may_do_io(ctx, data, stmt) {
        return None;
    }
    let value = shape.value;
    let (target, assign_prefix) = shape.target(src);
    // The statement's work, with every name bound outside it treated as shared (the same
    // analysis as `loops::analyze_region`, with the scope's data computed once).
    let mut nodes = vec![stmt];
    let mut called = Vec::new();
    py::walk(stmt, true, &mut |n| {
        if n.kind() == "call" {
            called.extend(field(n, "function").filter(|f| f.kind() == "identifier"));
        }
    });
    for f in called {
        if let Some(bodies) = data.locals(src).bodies.get(text(src, f)) {
            nodes.extend(bodies.iter().copied());
        }
    }
    let outer = data.outer(ctx);
    let facts = BodyAnalyzer::new(ctx.module, src, outer).analyze(&nodes);
    let mut summary = summarize_region(&facts, &ctx.project.summaries, &ctx.project.entries);
    summary.heavy |= nodes[1..].iter().any(|b| contains_kind(*b, LOOPS));
    let mutated: Vec<String> = summary
        .mutated_params
        .iter()
        .filter_map(|i| outer.get(*i).cloned())
        .collect();
    let io = summary.io_kinds();
    if io.is_empty() {
        return None;
    }
    // Only reads and waits: a statement that also writes (`urlretrieve` downloads into a file)
    // is trimmed from the ends of a run like one that does no I/O.
    let reads_io =
        io.iter().any(|k| k.is_concurrency_safe()) && io.iter().all(|k| k.is_concurrency_safe());
    let analyzer = &data.analyzer;
    // `open(...)`, `urlopen(...)`, `os.scandir(...)` alone hand back a resource, not data:
    // opening is cheap, and a handle opened in a thread after an earlier statement failed
    // would leak.
    let value_call = (py::unparen(value).kind() == "call")
        .then(|| field(py::unparen(value), "function"))
        .flatten()
        .and_then(|f| analyzer.qualified(f));
    if value_call.as_deref().is_some_and(|q| {
        matches!(
            q,
            "builtins.open" | "urllib.request.urlopen" | "os.scandir" | "os.popen"
        )
    }) {
        return None;
    }
    let bare_sleep = target.is_none() && value_call.as_deref() == Some("time.sleep");
    let mut deps = reads_of(src, stmt);
    for (module, name) in &summary.reads_globals {
        if *module == ctx.module.name {
            deps.insert(name.clone());
        }
    }
    Some(Stmt {
        node: stmt,
        value,
        target,
        assign_prefix,
        deps,
        summary,
        mutated,
        reads_io,
        bare_sleep,
    })
}

/// A cheap over-approximation of "the effect analysis finds blocking I/O here": some call in
/// the statement is known I/O, a project function whose summary has I/O, a higher-order
/// builtin, a nested function, or a method of a typed session or client. `false` too
/// for a statement holding a lambda or a definition: their bodies do not run here (and our own
/// rewrite submits lambdas: it must not be reported again).
fn may_do_io(ctx: &FileContext<'_>, data: &ScopeData<'_>, stmt: Node<'_>) -> bool {
    let src = ctx.src();
    let mut maybe = false;
    let mut nested = false;
    py::walk(stmt, true, &mut |n| match n.kind() {
        "lambda" | "function_definition" | "class_definition" => nested = true,
        "call" if !maybe && !nested => {
            maybe = field(n, "function").is_none_or(|f| {
                let key = text(src, f);
                if let Some(known) = data.file_io.borrow().get(key) {
                    return *known;
                }
                if let Some(known) = data.callee_io.borrow().get(key) {
                    return *known;
                }
                match callee_may_do_io(ctx, data, f) {
                    Some(answer) => {
                        data.file_io.borrow_mut().insert(key.to_owned(), answer);
                        answer
                    }
                    None => {
                        let answer = data.locals(src).bodies.contains_key(key);
                        data.callee_io.borrow_mut().insert(key.to_owned(), answer);
                        answer
                    }
                }
            });
        }
        _ => {}
    });
    maybe && !nested
}

/// Whether calling `f` may do I/O, as far as the module and the project tell; `None` for a
/// plain name they do not resolve, which does I/O only as a nested function of the scope.
fn callee_may_do_io(ctx: &FileContext<'_>, data: &ScopeData<'_>, f: Node<'_>) -> Option<bool> {
    let src = ctx.src();
    if let Some(q) = data.analyzer.qualified(f) {
        match kb::function(&q) {
            Some(entry)
                if entry.io().is_some()
                    || entry
                        .effects
                        .iter()
                        .any(|e| matches!(e, kb::Spec::Calls(_))) =>
            {
                return Some(true)
            }
            // Known and not I/O (a local that shadows it is not looked for).
            Some(_) => return Some(false),
            None => {
                if let Some(s) = ctx.project.summaries.by_name.get(&q) {
                    return Some(s.effects.iter().any(|e| matches!(e, Effect::Io { .. })));
                }
            }
        }
    }
    // A method only does I/O (for the effect analysis) on a typed receiver: a module-level
    // session or client, or one constructed in place.
    Some(match f.kind() {
        "identifier" => return None,
        "attribute" => match field(f, "object").map(py::unparen) {
            Some(obj) if obj.kind() == "identifier" => ctx
                .module
                .bindings
                .get(text(src, obj))
                .is_some_and(|b| b.ty.is_some()),
            Some(obj) if obj.kind() == "call" => field(obj, "function")
                .and_then(|g| data.analyzer.qualified(g))
                .is_some_and(|q| {
                    matches!(
                        q.as_str(),
                        "requests.Session" | "requests.session" | "httpx.Client"
                    )
                }),
            _ => false,
        },
        _ => false,
    })
}

const LOOPS: &[&str] = &[
    "for_statement",
    "while_statement",
    "list_comprehension",
    "set_comprehension",
    "dictionary_comprehension",
    "generator_expression",
];

fn contains_kind(node: Node<'_>, kinds: &[&str]) -> bool {
    let mut found = kinds.contains(&node.kind());
    py::walk(node, true, &mut |n| found |= kinds.contains(&n.kind()));
    found
}

/// Names a statement reads (nested scopes included).
fn reads_of(src: &str, stmt: Node<'_>) -> BTreeSet<String> {
    let mut loads = Vec::new();
    py::identifier_loads(stmt, &mut loads);
    loads
        .iter()
        .filter(|n| !scope::is_store(**n))
        .map(|n| text(src, *n).to_owned())
        .collect()
}

/// Everything that stands between a run and a `safe` rewrite, in a stable order.
fn reasons(ctx: &FileContext<'_>, data: &ScopeData<'_>, run: &[Stmt<'_>]) -> Vec<Reason> {
    let src = ctx.src();
    let scope = data.scope;
    let mut out = crate::loops::reflection_reasons(src, scope, None);
    out.extend(crate::boundary::pool_reasons(ctx));
    out.extend(crate::boundary::decimal_reasons(ctx));
    if let Some(f) = scope.function_name(src) {
        out.extend(crate::boundary::peer_reasons(
            ctx,
            &format!("{}.{f}", ctx.module.name),
        ));
    }
    for s in run {
        let label = short(text(src, s.node));
        for m in &s.mutated {
            out.push(Reason::StatementMutates {
                statement: label.clone(),
                name: m.clone(),
            });
        }
        out.extend(crate::boundary::effect_reasons(
            ctx,
            &s.summary,
            crate::vocab::Place::PoolThread,
        ));
        if s.bare_sleep {
            out.push(Reason::Paces {
                statement: label.clone(),
            });
        }
        let mut control = BTreeSet::new();
        py::walk(s.node, false, &mut |n| match n.kind() {
            "yield" => {
                control.insert("`yield`");
            }
            "await" => {
                control.insert("`await`");
            }
            _ => {}
        });
        for c in control {
            out.push(Reason::StatementControl {
                statement: label.clone(),
                keyword: c,
            });
        }
        if contains_kind(s.node, &["named_expression"]) {
            out.push(Reason::StatementWalrus {
                statement: label.clone(),
            });
        }
        let mut loads = Vec::new();
        py::identifier_loads(s.node, &mut loads);
        if loads
            .iter()
            .any(|n| matches!(text(src, *n), "super" | "__class__"))
        {
            out.push(Reason::StatementSuper {
                statement: label.clone(),
            });
        }
        if let Some(t) = &s.target {
            if scope::declares(src, scope, t) {
                out.push(Reason::TargetDeclared { name: t.clone() });
            }
        }
    }
    let Some(first) = run.first().map(|s| s.node) else {
        return out;
    };
    if scope.is_module() {
        if !scope::inside_main_guard(src, first) {
            out.push(Reason::ModuleLevelStatements);
        }
    } else {
        if let Some(fname) = scope.function_name(src) {
            let q = format!("{}.{}", ctx.module.name, fname);
            if ctx.project.summaries.import_time_reachable.contains(&q) {
                out.push(Reason::CalledAtImportThreads { function: fname });
            }
        }
        if scope.is_generator() {
            out.push(Reason::LazyGeneratorStatements);
        }
    }
    out.extend(with_reasons(ctx, data, first));
    crate::reason::dedup(&mut out);
    out
}

/// `with` blocks around the run whose context may not apply in worker threads: a lock held by
/// this thread (workers that take it would deadlock), or thread-local settings.
fn with_reasons(ctx: &FileContext<'_>, data: &ScopeData<'_>, node: Node<'_>) -> Vec<Reason> {
    let src = ctx.src();
    let scope = data.scope;
    let analyzer = &data.analyzer;
    let mut out = Vec::new();
    let mut cur = node.parent();
    while let Some(p) = cur {
        if p.id() == scope.node.id() {
            break;
        }
        if p.kind() == "with_statement" {
            let mut items = Vec::new();
            py::walk(p, false, &mut |n| {
                if n.kind() == "with_item" && n.parent().and_then(|c| c.parent()) == Some(p) {
                    items.extend(field(n, "value"));
                }
            });
            for item in items {
                let value = if item.kind() == "as_pattern" {
                    kids(item).into_iter().next().unwrap_or(item)
                } else {
                    item
                };
                let value = py::unparen(value);
                let callee = (value.kind() == "call")
                    .then(|| field(value, "function"))
                    .flatten();
                let risky = match callee {
                    None => true,
                    Some(f) => {
                        let spelled = text(src, f).to_ascii_lowercase();
                        let q = analyzer.qualified(f).unwrap_or_default();
                        spelled.contains("lock")
                            || spelled.contains("semaphore")
                            || spelled.contains("context")
                            || matches!(q.as_str(), "decimal.localcontext" | "numpy.errstate")
                    }
                };
                if risky {
                    out.push(Reason::InsideWith {
                        value: short(text(src, value)),
                    });
                }
            }
        }
        cur = p.parent();
    }
    out
}

/// First line of a statement, shortened for messages.
fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or("").trim();
    let mut out: String = line.chars().take(60).collect();
    if out.len() < line.len() || s.lines().nth(1).is_some() {
        out.push_str("...");
    }
    out
}

/// The I/O calls of a run, in order of first appearance, for messages.
fn io_calls(run: &[Stmt<'_>]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for s in run {
        for e in &s.summary.effects {
            if let Effect::Io { call, .. } = e {
                if seen.insert(call.clone()) {
                    out.push(format!("`{call}`"));
                }
            }
        }
    }
    out
}

fn finding_for(ctx: &FileContext<'_>, data: &ScopeData<'_>, run: &[Stmt<'_>]) -> Option<Finding> {
    let src = ctx.src();
    let scope = data.scope;
    let first = run.first()?.node;
    let last = run.last()?.node;
    let heavy = run.iter().any(|s| s.summary.heavy);
    let calls = io_calls(run);
    let what = if calls.is_empty() {
        "blocking I/O".to_owned()
    } else {
        format!("blocking I/O ({})", calls.join(", "))
    };
    let (line, column) = ctx.parsed.lines.line_col(src, first.start_byte());
    let (end_line, end_column) = ctx.parsed.lines.line_col(src, last.end_byte());
    let mut finding = Finding {
        rule: Par202::INFO.code,
        name: Par202::INFO.name,
        path: ctx.path.to_owned(),
        line,
        column,
        end_line,
        end_column,
        workload: if heavy { Workload::Mixed } else { Workload::Io },
        strategy: Strategy::ThreadPool,
        safety: Safety::Review,
        reasons: vec![],
        message: format!(
            "{} consecutive statements wait on {what} one after another",
            run.len()
        ),
        fix: None,
        cost: None,
        function: scope.function_name(src),
        rationale: String::new(),
        checklist: vec![],
        start_byte: first.start_byte(),
        end_byte: last.end_byte(),
    };
    let mut reasons = reasons(ctx, data, run);
    if reasons.is_empty() {
        match build(ctx, run) {
            Ok(built) => {
                finding.rationale = format!(
                    "The {} statements each wait on {what} and none reads what another assigns: threads overlap the waiting \
                     (the GIL is released during I/O), so together they take about as long as the slowest one. \
                     A thread pool is enough; processes would only add start-up and pickling costs. \
                     Results are assigned in the original order.",
                    run.len()
                );
                finding.checklist = checklist(ctx, run, &built);
                finding.fix = Some(built.fix);
                finding.safety = Safety::Safe;
            }
            Err(e) => reasons.push(e.reason()),
        }
    }
    finding.reasons = crate::reason::render(&reasons);
    Some(finding)
}

struct Built {
    fix: Fix,
    workers: u32,
    imports_added: Vec<String>,
}

/// Why the rewrite could not be built.
#[derive(Debug)]
enum BuildError {
    Fix(FixError),
    Reparse(crate::source::SkipReason),
}

impl BuildError {
    /// The `review` reason for a run whose rewrite could not be built.
    fn reason(self) -> Reason {
        match self {
            BuildError::Fix(FixError::SharedLine) => Reason::RunSharesLine,
            BuildError::Fix(e) => Reason::CannotRewrite(e),
            BuildError::Reparse(error) => Reason::RunDoesNotParse(error),
        }
    }
}

impl From<FixError> for BuildError {
    fn from(e: FixError) -> Self {
        BuildError::Fix(e)
    }
}

fn build(ctx: &FileContext<'_>, run: &[Stmt<'_>]) -> Result<Built, BuildError> {
    let src = ctx.src();
    let parsed = ctx.parsed;
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return Err(BuildError::Fix(FixError::Overlap));
    };
    let (start, end) = fix::whole_lines(parsed, first.node.start_byte(), last.node.end_byte())?;
    let indent = fix::indent_at(parsed, first.node.start_byte());
    let unit = parsed.style.indent.clone();
    let nl = parsed.style.newline;

    let (executor_class, add_import) = fix::spell(ctx.module, ctx.identifiers(), &THREAD_POOL)?;
    let workers = u32::try_from(run.len())
        .unwrap_or(u32::MAX)
        .min(ctx.settings.max_workers.unwrap_or(DEFAULT_THREADS))
        .max(1);
    let mut used = ctx.identifiers().clone();
    let ex = scope::fresh_name(&used, &["executor", "pool", "parallel_executor"]);
    used.insert(ex.clone());

    // Comments: one after a statement on its last line stays on that statement's `submit` line;
    // one inside a multi-line expression stays in it; any other goes above the block.
    let mut comments = Vec::new();
    py::walk(parsed.root(), true, &mut |n| {
        if n.kind() == "comment" && n.start_byte() >= start && n.end_byte() <= end {
            comments.push(n);
        }
    });
    let line_of = |offset: usize| parsed.lines.line_start(offset);
    let mut above = String::new();
    let mut trailing: Vec<Vec<String>> = vec![Vec::new(); run.len()];
    for c in comments {
        let inside = run
            .iter()
            .any(|s| c.start_byte() >= s.value.start_byte() && c.end_byte() <= s.value.end_byte());
        if inside {
            continue;
        }
        let owner = run.iter().position(|s| {
            c.start_byte() >= s.node.end_byte()
                && line_of(c.start_byte()) == line_of(s.node.end_byte().saturating_sub(1))
        });
        match owner {
            Some(i) => {
                let gap = &src[run[i].node.end_byte()..c.start_byte()];
                let gap = if gap.chars().all(|ch| ch == ' ' || ch == '\t') && !gap.is_empty() {
                    gap
                } else {
                    "  "
                };
                trailing[i].push(format!("{gap}{}", text(src, c)));
            }
            None => above.push_str(&format!("{indent}{}{nl}", text(src, c))),
        }
    }

    let mut submits = String::new();
    let mut results = String::new();
    for (s, trail) in run.iter().zip(&trailing) {
        let base = match &s.target {
            Some(t) => t.clone(),
            None => callee_name(src, s.value).unwrap_or_else(|| "io".to_owned()),
        };
        let fut = scope::fresh_name(&used, &[&format!("{base}_future")]);
        used.insert(fut.clone());
        submits.push_str(&format!(
            "{indent}{unit}{fut} = {ex}.submit({}){}{nl}",
            submit_args(src, s.value, &unit),
            trail.concat()
        ));
        results.push_str(&format!(
            "{indent}{unit}{}{fut}.result(){nl}",
            s.assign_prefix
        ));
    }

    let mut out = above;
    out.push_str(&format!(
        "{indent}with {executor_class}(max_workers={workers}) as {ex}:{nl}"
    ));
    out.push_str(&submits);
    out.push_str(&results);
    // Keep the file's final-newline state when the run ends the file without one.
    if end == src.len() && !src.ends_with('\n') {
        let trimmed = out.trim_end_matches(['\r', '\n']).len();
        out.truncate(trimmed);
    }
    let body_edit = Edit {
        start,
        end,
        content: out,
    };
    let needs: Vec<ImportNeed> = if add_import {
        vec![THREAD_POOL]
    } else {
        vec![]
    };
    let needs_set: BTreeSet<ImportNeed> = needs.iter().cloned().collect();
    let mut edits = fix::import_edits(parsed, &needs_set);
    edits.push(body_edit.clone());
    edits.sort();
    // The fix alone must give a file that parses without errors.
    let new_text = fix::apply_edits(src, &edits)?;
    if let Err(e) = crate::source::parse_str(new_text) {
        return Err(BuildError::Reparse(e));
    }
    let imports_added = needs
        .iter()
        .map(|n| format!("from {} import {}", n.module, n.name))
        .collect();
    Ok(Built {
        fix: Fix {
            applicability: "safe",
            edits,
            body_edits: vec![body_edit],
            imports: needs,
            helpers: vec![],
        },
        workers,
        imports_added,
    })
}

/// `download` for `download(url)`, `sleep` for `time.sleep(1)`: a readable base for a name.
fn callee_name(src: &str, value: Node<'_>) -> Option<String> {
    let value = py::unparen(value);
    if value.kind() != "call" {
        return None;
    }
    let f = field(value, "function")?;
    let name = match f.kind() {
        "identifier" => text(src, f),
        "attribute" => text(src, field(f, "attribute")?),
        _ => return None,
    };
    let name = name.trim_start_matches('_');
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .then(|| name.to_ascii_lowercase())
}

/// What goes inside `executor.submit(...)`: `fn, arg, kw=v` for a one-line call of a named
/// callable with plain arguments, `lambda: <expression>` otherwise.
fn submit_args(src: &str, value: Node<'_>, unit: &str) -> String {
    if let Some(direct) = direct_call(src, value) {
        return direct;
    }
    let body = reindented(src, value, unit);
    if matches!(
        value.kind(),
        "expression_list" | "named_expression" | "yield" | "lambda"
    ) {
        format!("lambda: ({body})")
    } else {
        format!("lambda: {body}")
    }
}

/// The expression's text with its continuation lines indented one more level, as the statement
/// moves into the `with` block. Left as it is when a string literal spans lines (its text would
/// change).
fn reindented(src: &str, value: Node<'_>, unit: &str) -> String {
    let body = text(src, value);
    if !body.contains('\n') {
        return body.to_owned();
    }
    let mut multiline_string = false;
    py::walk(value, true, &mut |n| {
        if n.kind() == "string" && n.start_position().row != n.end_position().row {
            multiline_string = true;
        }
    });
    if multiline_string {
        return body.to_owned();
    }
    body.split('\n')
        .enumerate()
        .map(|(i, line)| {
            if i == 0 || line.trim().is_empty() {
                line.to_owned()
            } else {
                format!("{unit}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn direct_call(src: &str, value: Node<'_>) -> Option<String> {
    let value = py::unparen(value);
    if value.kind() != "call" || text(src, value).contains('\n') {
        return None;
    }
    let callee = field(value, "function")?;
    if !matches!(callee.kind(), "identifier" | "attribute") || py::dotted(src, callee).is_none() {
        return None;
    }
    let args = field(value, "arguments")?;
    if args.kind() != "argument_list" {
        return None;
    }
    let mut parts = vec![text(src, callee).to_owned()];
    for a in kids(args) {
        match a.kind() {
            "keyword_argument" => {
                let name = text(src, field(a, "name")?);
                // `submit(fn, /, *args, **kwargs)`: these names are its own.
                if matches!(name, "fn" | "self") || !is_plain(src, field(a, "value")?) {
                    return None;
                }
            }
            _ if is_plain(src, a) => {}
            _ => return None,
        }
        parts.push(text(src, a).to_owned());
    }
    Some(parts.join(", "))
}

/// Names, literals and attribute chains of names: evaluating them earlier changes nothing.
fn is_plain(src: &str, node: Node<'_>) -> bool {
    match node.kind() {
        "identifier" => !matches!(text(src, node), "super" | "__class__"),
        "integer" | "float" | "true" | "false" | "none" => true,
        "string" => !kids(node).iter().any(|k| k.kind() == "interpolation"),
        "attribute" => field(node, "object").is_some_and(|o| is_plain(src, o)),
        "unary_operator" => field(node, "argument").is_some_and(|o| is_plain(src, o)),
        _ => false,
    }
}

fn checklist(ctx: &FileContext<'_>, run: &[Stmt<'_>], built: &Built) -> Vec<CheckItem> {
    let targets: Vec<String> = run
        .iter()
        .filter_map(|s| s.target.as_ref().map(|t| format!("`{t}`")))
        .collect();
    let mut items = vec![
        CheckItem {
            item: "No shared mutable state",
            evidence: "no statement mutates a variable, an argument, a shared object or module state, prints, logs or draws random numbers (checked across the project); every I/O is a read or a wait".to_owned(),
        },
        CheckItem {
            item: "Statements independent",
            evidence: if targets.is_empty() {
                "no statement assigns a name; none reads module state another one changes".to_owned()
            } else {
                format!(
                    "no statement reads or re-assigns a name an earlier one assigns ({}), nor module state a callee reads",
                    targets.join(", ")
                )
            },
        },
        CheckItem {
            item: "Order preserved",
            evidence: "results are assigned in the original order, after every statement has been submitted".to_owned(),
        },
        CheckItem {
            item: "Exceptions propagate",
            evidence: "`Future.result()` re-raises a statement's own exception, and the results are collected in order: the first failing statement raises first, and the names before it are assigned as before".to_owned(),
        },
    ];
    if let Some(item) = run
        .iter()
        .find_map(|s| crate::boundary::server_load(&s.summary, &format!("up to {}", run.len())))
    {
        items.push(item);
    }
    if let Some(ctx_kind) = run.first().and_then(|s| try_or_with(s.node)) {
        items.push(CheckItem {
            item: "Inside try/with",
            evidence: format!(
                "the statements sit inside a `{ctx_kind}` block: when one fails, the statements after it have already run, \
                 but they only read or wait, so the handler or exit code sees the same state as before"
            ),
        });
    }
    items.push(CheckItem {
        item: "Resources cleaned up",
        evidence: "the pool is a context manager; it is shut down when the block ends".to_owned(),
    });
    items.push(CheckItem {
        item: "Worker count bounded",
        evidence: match ctx.settings.max_workers {
            Some(w) => format!(
                "`max_workers={}`: one thread per statement, at most {w} from your config",
                built.workers
            ),
            None => format!(
                "`max_workers={}`: one thread per statement, at most {} (set `max-workers` in `[tool.parallelize]` to change it)",
                built.workers,
                rewrite::DEFAULT_THREADS
            ),
        },
    });
    items.push(CheckItem {
        item: "Imports",
        evidence: if built.imports_added.is_empty() {
            "existing imports reused".to_owned()
        } else {
            built
                .imports_added
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
                + " added once"
        },
    });
    items
}

/// The innermost `try` or `with` of the same scope around `node`.
fn try_or_with(node: Node<'_>) -> Option<&'static str> {
    let mut cur = node.parent();
    while let Some(p) = cur {
        match p.kind() {
            "try_statement" | "except_clause" | "finally_clause" => return Some("try"),
            "with_statement" => return Some("with"),
            "function_definition" | "module" => return None,
            _ => {}
        }
        cur = p.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::{apply_fixes, check_file, FileAnalysis, Finding, Project, Safety, Settings};

    const READ: &str = "def read(p):\n    with open(p) as fh:\n        return fh.read()\n\n\n";

    /// PAR202 findings of `src` and the text with every safe fix applied.
    fn run(src: &str, settings: &Settings) -> (Vec<Finding>, String) {
        let file = FileAnalysis::new("m.py", "m", false, src.as_bytes()).expect("parses");
        let project = Project::link(&[&file]);
        let findings: Vec<Finding> = check_file(&file, &project, settings, crate::RuleSet::all())
            .into_iter()
            .filter(|f| f.rule == "PAR202")
            .collect();
        let (text, _) = apply_fixes(&file, &findings).expect("fixes apply");
        (findings, text)
    }

    fn safe(src: &str) -> String {
        let (findings, text) = run(src, &Settings::default());
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(
            findings[0].safety,
            Safety::Safe,
            "{:?}",
            findings[0].reasons
        );
        text
    }

    #[test]
    fn keeps_a_missing_final_newline() {
        let src = format!("{READ}def f(a, b):\n    x = read(a)\n    y = read(b)");
        let text = safe(&src);
        assert!(text.ends_with("        y = y_future.result()"), "{text}");
    }

    #[test]
    fn keeps_crlf_and_reuses_import_concurrent_futures() {
        let src = format!("import concurrent.futures\n{READ}def f(a, b):\n    x = read(a)\n    y = read(b)\n    return x, y\n")
            .replace('\n', "\r\n");
        let text = safe(&src);
        assert!(
            text.contains(
                "    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:\r\n"
            ),
            "{text}"
        );
        assert!(!text.contains("from concurrent.futures"), "{text}");
        assert!(!text.replace("\r\n", "").contains('\n'), "{text}");
    }

    #[test]
    fn a_clashing_name_is_a_review_reason() {
        let src = format!("{READ}class ThreadPoolExecutor:\n    pass\n\n\ndef f(a, b):\n    x = read(a)\n    y = read(b)\n    return x, y\n");
        let (findings, text) = run(&src, &Settings::default());
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].safety, Safety::Review);
        assert!(
            findings[0].reasons[0].starts_with("cannot rewrite"),
            "{:?}",
            findings[0].reasons
        );
        assert_eq!(text, src);
    }

    #[test]
    fn workers_are_bounded_by_the_config() {
        let src = format!("{READ}def f(a, b, c):\n    x = read(a)\n    y = read(b)\n    z = read(c)\n    return x, y, z\n");
        let settings = Settings {
            max_workers: Some(2),
            ..Settings::default()
        };
        let (_, text) = run(&src, &settings);
        assert!(text.contains("ThreadPoolExecutor(max_workers=2)"), "{text}");
        let (_, text) = run(&src, &Settings::default());
        assert!(text.contains("ThreadPoolExecutor(max_workers=3)"), "{text}");
    }

    #[test]
    fn statements_sharing_a_line_with_other_code_are_not_rewritten() {
        let src = format!(
            "{READ}def f(a, b):\n    n = 1; x = read(a)\n    y = read(b)\n    return n, x, y\n"
        );
        let (findings, text) = run(&src, &Settings::default());
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].safety, Safety::Review);
        assert_eq!(text, src);
    }

    #[test]
    fn submit_forms() {
        let src = format!(
            "{READ}def f(a, b):\n    download(a)\n    read(b)\n    pair = read(a), read(b)\n    other = read(fn=a)\n\n\ndef download(url):\n    read(url)\n"
        );
        let text = safe(&src);
        assert!(
            text.contains("download_future = executor.submit(download, a)\n"),
            "{text}"
        );
        assert!(
            text.contains("read_future = executor.submit(read, b)\n"),
            "{text}"
        );
        assert!(
            text.contains("pair_future = executor.submit(lambda: (read(a), read(b)))\n"),
            "{text}"
        );
        assert!(
            text.contains("other_future = executor.submit(lambda: read(fn=a))\n"),
            "{text}"
        );
        assert!(text.contains("        download_future.result()\n        read_future.result()\n        pair = pair_future.result()\n"), "{text}");
    }

    #[test]
    fn with_open_is_fine_but_a_lock_is_not() {
        let src = format!("{READ}def f(a, b, c):\n    with open(c) as fh:\n        x = read(a)\n        y = read(b)\n    return x, y\n");
        safe(&src);
        let src = format!("{READ}def f(a, b, lock):\n    with lock:\n        x = read(a)\n        y = read(b)\n    return x, y\n");
        let (findings, _) = run(&src, &Settings::default());
        assert_eq!(findings[0].safety, Safety::Review);
    }

    #[test]
    fn a_suppression_on_any_line_keeps_the_whole_run() {
        let src = format!("{READ}def f(a, b, c):\n    x = read(a)\n    y = read(b)  # parallelize: ignore[PAR202]\n    z = read(c)\n    return x, y, z\n");
        let (findings, text) = run(&src, &Settings::default());
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(text, src);
    }

    #[test]
    fn downloads_into_files_are_writes() {
        let src = "import urllib.request\n\n\ndef f(a, b):\n    urllib.request.urlretrieve(a, 'page.html')\n    urllib.request.urlretrieve(b, 'page.html')\n    x = urllib.request.urlopen(a).read()\n    y = urllib.request.urlopen(b).read()\n    return x, y\n";
        let (findings, _) = run(src, &Settings::default());
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].line, 7, "the writes are left out of the run");
        assert_eq!(findings[0].safety, Safety::Safe);
    }

    #[test]
    fn checklist_mentions_the_try_block() {
        let src = format!("{READ}def f(a, b):\n    try:\n        x = read(a)\n        y = read(b)\n    except OSError:\n        return None\n    return x, y\n");
        let file = FileAnalysis::new("m.py", "m", false, src.as_bytes()).expect("parses");
        let project = Project::link(&[&file]);
        let f = check_file(&file, &project, &Settings::default(), crate::RuleSet::all())
            .into_iter()
            .find(|f| f.rule == "PAR202")
            .expect("finding");
        assert_eq!(f.safety, Safety::Safe);
        assert!(f.checklist.iter().any(|c| c.item == "Inside try/with"));
        assert!(!f.rationale.is_empty());
    }
}
