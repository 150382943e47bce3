//! PAR211: `await` inside a `for` loop (or a list comprehension) whose iterations are
//! independent: the awaits run one after another, and could run together.

use std::collections::BTreeSet;

use crate::ast::Node;

use super::blocking_call::ASYNCIO;
use super::declare_rule;
use crate::context::FileContext;
use crate::effects::IoKind;
use crate::finding::{CheckItem, Edit, Finding, Fix, Helper, Safety, Strategy, Workload};
use crate::fix;
use crate::loops::{self, Accumulation};
use crate::py::{self, field, kids, text};
use crate::reason::Reason;
use crate::rewrite;
use crate::scope::{self, Scope};

declare_rule! {
    /// ## What it does
    /// Finds `for` loops inside `async def` that await one independent call per item
    /// (`results.append(await fetch(session, url))`, `await notify(user)`, `total += await
    /// count(page)`) and list comprehensions that do the same (`[await fetch(u) for u in urls]`),
    /// and awaits the items at the same time. A small helper, `_gather_in_order`, is added to
    /// the module once: it starts every item as a task (at most `max-concurrency` at once when
    /// the config sets it), returns the results in input order, and, exactly like the loop,
    /// raises the exception of the first item *in input order* that fails (the items still
    /// running are then cancelled). Plain `asyncio.gather` would raise whichever failure comes
    /// first in time; `asyncio.TaskGroup` would wrap it in an `ExceptionGroup`, so callers'
    /// `except` clauses would stop matching.
    ///
    /// ## Why
    /// Each `await` in the loop waits for one item before the next one starts: N requests take
    /// the sum of their latencies. Awaited together they take about as long as the slowest.
    ///
    /// ## Example
    /// ```python
    /// async def fetch_all(session: aiohttp.ClientSession, urls):
    ///     pages = []
    ///     for url in urls:
    ///         pages.append(await fetch(session, url))
    ///     return pages
    /// ```
    /// becomes
    /// ```python
    /// async def fetch_all(session: aiohttp.ClientSession, urls):
    ///     pages = await _gather_in_order(lambda url: fetch(session, url), urls)
    ///     return pages
    /// ```
    ///
    /// ## When it is not applied
    /// The loop must be one statement that collects the awaited value (`append`, `add`,
    /// `acc[item] = ...`, a reduction) or discards it, into a collection created empty right
    /// before the loop, with the whole awaited call as the value. It is `review` when an
    /// iteration uses a value an earlier one produced (a token, a cursor, a page number), when
    /// the loop has `break`, `return`, `else`, or its variables are read after it, when the
    /// awaited work does anything but read or wait (writes, POST/PUT/DELETE, subprocesses,
    /// database or unknown objects such as one connection used by every item, print or
    /// logging, random numbers, mutation of shared objects or module state: with the items
    /// interleaved, their order would change), when an item reads module state changed at run
    /// time, when the loop sits in a `try` block or a `with` that may observe the results
    /// collected before a failure, and when the function is an async generator. Awaits of
    /// project coroutines are judged by what the coroutine does, across the project; a client
    /// parameter is known when it is annotated (`session: aiohttp.ClientSession`,
    /// `client: httpx.AsyncClient`).
    pub struct Par211 {
        code: "PAR211",
        name: "await-loop-to-gather",
        summary: "await inside a loop over independent items"
    }
}

/// Whether `node` (a loop body or a comprehension element) awaits in its own code.
fn awaits_in(node: Node<'_>) -> bool {
    if node.kind() == "await" {
        return true;
    }
    let mut found = false;
    py::walk(node, false, &mut |n| found |= n.kind() == "await");
    found
}

/// The coroutine a node sits in, when it is directly in an `async def` (not a class body).
fn coroutine_of(node: Node<'_>) -> Option<Scope<'_>> {
    let (scope, in_class) = scope::enclosing_scope(node);
    (!in_class && !scope.is_module() && py::is_async(scope.node)).then_some(scope)
}

/// Whether this rule owns the loop (it awaits inside a coroutine); the loop rules then skip it.
pub fn owns_loop(node: Node<'_>) -> bool {
    !py::is_async(node)
        && field(node, "body").is_some_and(awaits_in)
        && coroutine_of(node).is_some()
}

/// How the collected results are written back.
enum Shape {
    /// `acc = await H(...)` (list), `acc = set(...)`, `acc = dict(zip(iter, ...))`.
    Assign { ctor: &'static str, zip: bool },
    /// `for r in await H(...):` + the reduction statement with its value replaced.
    Reduce,
    /// `await H(...)`.
    Discard,
}

pub fn check_for(ctx: &FileContext<'_>, node: Node<'_>) -> Option<Finding> {
    let src = ctx.src();
    let scope = coroutine_of(node)?;
    let body = field(node, "body")?;
    let target = field(node, "left")?;
    let iter = field(node, "right")?;
    let stmts = py::statements(body);
    let mut targets = Vec::new();
    py::target_names(src, target, &mut targets);
    let targets: Vec<String> = targets.into_iter().map(|(n, _)| n).collect();
    let acc = match stmts.as_slice() {
        [one] => loops::accumulation(src, *one).or_else(|| {
            // `await notify(user)` on its own: awaited for its effect.
            py::expression_of_statement(*one)
                .filter(|e| e.kind() == "await")
                .map(|value| Accumulation::Discard { value })
        }),
        _ => None,
    };
    let awaited = acc.map(|a| py::unparen(a.value())).filter(|v| {
        v.kind() == "await"
            && kids(*v)
                .first()
                .is_some_and(|c| py::unparen(*c).kind() == "call")
    });
    let mut reasons = Vec::new();
    let mut shape_reasons = Vec::new();
    match (acc, awaited) {
        (Some(_), Some(_)) => {}
        (Some(_), None) => shape_reasons.push(Reason::AwaitInExpression),
        (None, _) if stmts.len() > 1 => shape_reasons.push(Reason::AwaitBodyStatements {
            statements: stmts.len(),
        }),
        (None, _) => shape_reasons.push(Reason::AwaitBodyNotOneStatement),
    }
    reasons.extend(
        loops::control_flow_reasons(src, node, body)
            .into_iter()
            .filter(|r| *r != Reason::AwaitInLoop),
    );
    let acc_name = acc.and_then(|a| a.acc()).map(|n| text(src, n).to_owned());
    let mut exclude = BTreeSet::new();
    exclude.extend(acc_name.clone());
    for name in loops::carried_names(src, body, &exclude) {
        reasons.push(Reason::Carried { name });
    }
    if let (Some(a), Some(acc)) = (&acc_name, acc) {
        let mut inside = loops::mentions(src, acc.value(), a);
        if let Accumulation::SetItem { key, .. } = acc {
            inside |= loops::mentions(src, key, a);
        }
        if inside {
            reasons.push(Reason::AccumulatorRead { acc: a.clone() });
        }
        if loops::mentions(src, iter, a) {
            reasons.push(Reason::FillsIterable { acc: a.clone() });
        }
        if scope::declares(src, scope, a) {
            reasons.push(Reason::AccumulatorDeclared { acc: a.clone() });
        }
    }
    let mut assigned = loops::assigned_in(src, node);
    if let Some(a) = &acc_name {
        assigned.remove(a);
    }
    for name in loops::live_after(src, scope, node, &assigned) {
        reasons.push(Reason::LiveAfter { name });
    }
    if scope.is_generator() {
        reasons.push(Reason::LazyAsyncGenerator);
    }
    let region_nodes: Vec<Node<'_>> = match (awaited, acc) {
        (Some(a), _) => vec![a],
        (None, Some(acc)) => vec![acc.value()],
        (None, None) => stmts.to_vec(),
    };
    let range = (node.start_byte(), node.end_byte());
    let work = item_reasons(ctx, scope, range, &targets, &region_nodes, &mut reasons)?;

    let shape = match acc {
        Some(Accumulation::Append { .. }) => Shape::Assign {
            ctor: "list",
            zip: false,
        },
        Some(Accumulation::Add { .. }) => Shape::Assign {
            ctor: "set",
            zip: false,
        },
        Some(Accumulation::SetItem { key, .. }) => {
            if key.kind() != "identifier"
                || Some(text(src, key)) != targets.first().map(String::as_str)
                || targets.len() != 1
            {
                shape_reasons.push(Reason::KeyNotLoopVariable {
                    acc: acc_name.clone().unwrap_or_default(),
                });
            } else if !loops::is_reiterable_name(src, scope, iter) {
                shape_reasons.push(Reason::OneShotIterable {
                    iterable: text(src, iter).to_owned(),
                });
            }
            Shape::Assign {
                ctor: "dict",
                zip: true,
            }
        }
        Some(Accumulation::Reduce { .. }) => Shape::Reduce,
        Some(Accumulation::Discard { .. }) | None => Shape::Discard,
    };
    // Results collected before a failing item are kept by the loop; the rewrite assigns all or
    // nothing, so nothing may look at them after an exception.
    if exceptions_observed(src, node) && !matches!(shape, Shape::Discard) {
        reasons.push(Reason::ExceptionsObserved);
    }
    let mut init = None;
    if let (Shape::Assign { ctor, .. }, Some(a)) = (&shape, &acc_name) {
        init =
            rewrite::previous_statement(node).filter(|p| rewrite::is_empty_init(src, *p, a, ctor));
        if init.is_none() {
            reasons.push(Reason::NotNewEmpty {
                name: a.clone(),
                kind: ctor,
            });
        }
    }
    let fname = scope.function_name(src).unwrap_or_default();
    let mut finding = base_finding(ctx, node, scope, &work);
    finding.message = format!(
        "loop awaits one item at a time{} inside `async def {fname}`",
        describe(&work)
    );
    reasons.extend(shape_reasons);
    if reasons.is_empty() {
        let awaited = awaited?;
        let call = py::unparen(kids(awaited).first().copied()?);
        let iter_text = iter_source(src, iter);
        match (mapper(ctx, scope, call, target), helper(ctx)) {
            (None, _) => reasons.push(Reason::Unpacking),
            (_, Err(e)) => reasons.push(Reason::CannotRewrite(e)),
            (Some(mapper), Ok(h)) => {
                let gathered = gather_call(ctx, &h.0.name, &mapper, &iter_text);
                let indent = fix::indent_at(ctx.parsed, node.start_byte());
                let nl = ctx.parsed.style.newline;
                let unit = &ctx.parsed.style.indent;
                let (start, content) = match (&shape, &acc_name, acc) {
                    (Shape::Assign { ctor, zip }, Some(a), _) => {
                        let value = match (*ctor, *zip) {
                            ("list", _) => gathered.clone(),
                            (_, true) => format!("dict(zip({iter_text}, {gathered}))"),
                            (c, _) => format!("{c}({gathered})"),
                        };
                        let start = init.map(|i| i.start_byte()).unwrap_or(node.start_byte());
                        (start, format!("{a} = {value}"))
                    }
                    (Shape::Reduce, _, Some(Accumulation::Reduce { stmt, value, .. })) => {
                        let var = scope::fresh_name(
                            ctx.identifiers(),
                            &["result", "value", "item_result"],
                        );
                        let stmt_text = text(src, stmt);
                        let rel = (
                            value.start_byte() - stmt.start_byte(),
                            value.end_byte() - stmt.start_byte(),
                        );
                        let new_stmt =
                            format!("{}{}{}", &stmt_text[..rel.0], var, &stmt_text[rel.1..]);
                        (
                            node.start_byte(),
                            format!("for {var} in {gathered}:{nl}{indent}{unit}{new_stmt}"),
                        )
                    }
                    _ => (node.start_byte(), gathered.clone()),
                };
                match fix::whole_lines(ctx.parsed, start, node.end_byte()) {
                    Err(e) => reasons.push(Reason::CannotRewrite(e)),
                    Ok((s, e)) => {
                        let mut text_out = String::new();
                        for (_, c) in fix::comments_in(ctx.parsed, start, node.end_byte()) {
                            text_out.push_str(&format!("{indent}{c}{nl}"));
                        }
                        text_out.push_str(&format!("{indent}{content}"));
                        let original = &src[s..e];
                        if original.ends_with('\n') {
                            text_out.push_str(nl);
                        }
                        let body_edit = Edit {
                            start: s,
                            end: e,
                            content: text_out,
                        };
                        finish(ctx, &mut finding, body_edit, h, &work);
                    }
                }
            }
        }
    }
    crate::reason::dedup(&mut reasons);
    finding.reasons = crate::reason::render(&reasons);
    Some(finding)
}

/// `x = [await f(i) for i in xs]` / `return [...]`: PAR211 for a list comprehension.
pub fn check_comprehension(ctx: &FileContext<'_>, stmt: Node<'_>) -> Option<Finding> {
    let src = ctx.src();
    let (comp, target) = match stmt.kind() {
        "return_statement" => (kids(stmt).into_iter().next()?, None),
        _ => {
            let e = py::expression_of_statement(stmt)?;
            if e.kind() != "assignment" {
                return None;
            }
            let (left, right) = (field(e, "left")?, field(e, "right")?);
            if left.kind() != "identifier" {
                return None;
            }
            (right, Some((left, field(e, "type"))))
        }
    };
    if comp.kind() != "list_comprehension" {
        return None;
    }
    let element = field(comp, "body")?;
    let awaited = py::unparen(element);
    if awaited.kind() != "await" {
        return None;
    }
    let prefix = match target {
        None => "return ".to_owned(),
        Some((left, ty)) => py::assignment_prefix(src, left, ty),
    };
    let scope = coroutine_of(stmt)?;
    let clauses: Vec<Node<'_>> = kids(comp)
        .into_iter()
        .filter(|k| matches!(k.kind(), "for_in_clause" | "if_clause"))
        .collect();
    let [clause] = clauses.as_slice() else {
        return None;
    };
    if clause.kind() != "for_in_clause" || py::is_async(*clause) {
        return None;
    }
    let target = field(*clause, "left")?;
    let iter = field(*clause, "right")?;
    let call = py::unparen(kids(awaited).first().copied()?);
    if call.kind() != "call" {
        return None;
    }
    let mut targets = Vec::new();
    py::target_names(src, target, &mut targets);
    let targets: Vec<String> = targets.into_iter().map(|(n, _)| n).collect();
    let mut reasons = Vec::new();
    let range = (comp.start_byte(), comp.end_byte());
    let work = item_reasons(ctx, scope, range, &targets, &[awaited], &mut reasons)?;
    let fname = scope.function_name(src).unwrap_or_default();
    let mut finding = base_finding(ctx, comp, scope, &work);
    finding.message = format!(
        "comprehension awaits one item at a time{} inside `async def {fname}`",
        describe(&work)
    );
    if reasons.is_empty() {
        match (mapper(ctx, scope, call, target), helper(ctx)) {
            (None, _) => reasons.push(Reason::Unpacking),
            (_, Err(e)) => reasons.push(Reason::CannotRewrite(e)),
            (Some(mapper), Ok(h)) => {
                let gathered = gather_call(ctx, &h.0.name, &mapper, &iter_source(src, iter));
                let body_edit = Edit {
                    start: stmt.start_byte(),
                    end: stmt.end_byte(),
                    content: format!("{prefix}{gathered}"),
                };
                finish(ctx, &mut finding, body_edit, h, &work);
            }
        }
    }
    crate::reason::dedup(&mut reasons);
    finding.reasons = crate::reason::render(&reasons);
    Some(finding)
}

/// What the awaited per-item work does, with the conditions it breaks added to `reasons`.
/// `None` when it never waits (gathering it would gain nothing).
fn item_reasons(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    range: (usize, usize),
    targets: &[String],
    nodes: &[Node<'_>],
    reasons: &mut Vec<Reason>,
) -> Option<crate::effects::Summary> {
    let region = loops::analyze_region(ctx, scope, range, targets, nodes);
    let summary = region.summary;
    let effect_reasons = crate::boundary::effect_reasons(ctx, &summary, crate::vocab::Place::Task);
    if summary.io_kinds().is_empty() && effect_reasons.is_empty() && region.mutated.is_empty() {
        return None;
    }
    for m in &region.mutated {
        if targets.contains(m) {
            reasons.push(Reason::MutatesItemInterleaved { name: m.clone() });
        } else {
            reasons.push(Reason::MutatesSharedInterleaved { name: m.clone() });
        }
    }
    reasons.extend(effect_reasons);
    reasons.extend(crate::boundary::pool_reasons(ctx));
    if let Some(f) = scope.function_name(ctx.src()) {
        reasons.extend(crate::boundary::peer_reasons(
            ctx,
            &format!("{}.{f}", ctx.module.name),
        ));
    }
    if let Some(w) = crate::boundary::cancellation(ctx) {
        reasons.push(Reason::CancelsGathered { site: w });
    }
    for (module, name) in &summary.reads_globals {
        if ctx.project.changed_at_run_time(module, name) {
            reasons.push(Reason::ReadsChangedInterleaved { name: name.clone() });
        }
    }
    Some(summary)
}

/// `fetch` when the item is the call's only argument, otherwise `lambda url: fetch(session, url)`;
/// `None` for a loop that unpacks its items.
fn mapper(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    call: Node<'_>,
    target: Node<'_>,
) -> Option<String> {
    let src = ctx.src();
    if target.kind() != "identifier" {
        return None;
    }
    let t = text(src, target);
    let analyzer = loops::scope_analyzer(ctx, scope);
    if let Some(plan) = loops::call_plan(src, call, t, &analyzer) {
        if plan.positional.len() == 1 && plan.keywords.is_empty() {
            return Some(text(src, plan.callee).to_owned());
        }
    }
    Some(format!("lambda {t}: {}", text(src, call)))
}

fn iter_source(src: &str, iter: Node<'_>) -> String {
    let t = text(src, iter).to_owned();
    if matches!(
        iter.kind(),
        "expression_list" | "lambda" | "named_expression" | "conditional_expression"
    ) {
        format!("({t})")
    } else {
        t
    }
}

fn gather_call(ctx: &FileContext<'_>, helper: &str, mapper: &str, iter: &str) -> String {
    match ctx.settings.max_concurrency {
        Some(n) => format!("await {helper}({mapper}, {iter}, limit={n})"),
        None => format!("await {helper}({mapper}, {iter})"),
    }
}

/// The helper, named and spelled for this module (reused when the module already has it).
fn helper(
    ctx: &FileContext<'_>,
) -> Result<(Helper, Option<crate::finding::ImportNeed>), fix::FixError> {
    let (asyncio, add) = fix::spell_module(ctx.module, ctx.parsed, &ASYNCIO)?;
    let import = add.then_some(ASYNCIO);
    let build = |name: &str| helper_text(ctx, name, &asyncio);
    // Already added by an earlier run (or an earlier round): reuse it as it is.
    for stmt in py::statements(ctx.parsed.root()) {
        if stmt.kind() == "function_definition" {
            if let Some(n) = field(stmt, "name") {
                let name = text(ctx.src(), n);
                if name.starts_with("_gather_in_order") && text(ctx.src(), stmt) == build(name) {
                    return Ok((
                        Helper {
                            name: name.to_owned(),
                            text: String::new(),
                        },
                        import,
                    ));
                }
            }
        }
    }
    let name = scope::fresh_name(
        ctx.identifiers(),
        &[
            "_gather_in_order",
            "_gather_in_order_",
            "_parallelize_gather_in_order",
        ],
    );
    let text = build(&name);
    Ok((Helper { name, text }, import))
}

fn helper_text(ctx: &FileContext<'_>, name: &str, asyncio: &str) -> String {
    let u = ctx.parsed.style.indent.as_str();
    let nl = ctx.parsed.style.newline;
    let lines = [
        format!("async def {name}(make, items, limit=None):"),
        format!("{u}\"\"\"Await `make(item)` for every item at the same time (at most `limit` at once) and"),
        format!("{u}return the results in input order. As when awaiting them one by one, the first item"),
        format!("{u}(in input order) that fails raises its exception; the items still running are then"),
        format!("{u}cancelled. Added by parallelize (PAR211).\"\"\""),
        format!("{u}semaphore = {asyncio}.Semaphore(limit) if limit else None"),
        String::new(),
        format!("{u}async def run(item):"),
        format!("{u}{u}if semaphore is None:"),
        format!("{u}{u}{u}return await make(item)"),
        format!("{u}{u}async with semaphore:"),
        format!("{u}{u}{u}return await make(item)"),
        String::new(),
        format!("{u}tasks = [{asyncio}.ensure_future(run(item)) for item in items]"),
        format!("{u}try:"),
        format!("{u}{u}return [await task for task in tasks]"),
        format!("{u}finally:"),
        format!("{u}{u}for task in tasks:"),
        format!("{u}{u}{u}if not task.done():"),
        format!("{u}{u}{u}{u}task.cancel()"),
        format!("{u}{u}{u}elif not task.cancelled():"),
        format!("{u}{u}{u}{u}task.exception()  # retrieved: no \"never retrieved\" warning"),
    ];
    lines.join(nl)
}

/// Whether an exception leaving the loop could be observed with the partial results: a `try`
/// around it, or a `with` other than files and the async clients (which do not swallow it).
fn exceptions_observed(src: &str, node: Node<'_>) -> bool {
    let mut cur = node.parent();
    while let Some(p) = cur {
        match p.kind() {
            "try_statement" | "except_clause" => return true,
            "with_statement" => {
                let clause = kids(p).into_iter().find(|k| k.kind() == "with_clause");
                let harmless = clause.is_some_and(|cl| {
                    loops::opens_only(src, cl) || {
                        let items: Vec<Node<'_>> = kids(cl).to_vec();
                        !items.is_empty()
                            && items.iter().all(|item| {
                                let value = field(*item, "value").map(|v| {
                                    if v.kind() == "as_pattern" {
                                        kids(v).into_iter().next().unwrap_or(v)
                                    } else {
                                        v
                                    }
                                });
                                value.and_then(|v| field(v, "function")).is_some_and(|f| {
                                    let t = text(src, f);
                                    t.ends_with("ClientSession") || t.ends_with("AsyncClient")
                                })
                            })
                    }
                });
                if !harmless {
                    return true;
                }
            }
            "function_definition" | "module" => return false,
            _ => {}
        }
        cur = p.parent();
    }
    false
}

fn base_finding(
    ctx: &FileContext<'_>,
    node: Node<'_>,
    scope: Scope<'_>,
    work: &crate::effects::Summary,
) -> Finding {
    let src = ctx.src();
    let (line, column) = ctx.parsed.lines.line_col(src, node.start_byte());
    let (end_line, end_column) = ctx.parsed.lines.line_col(src, node.end_byte());
    let workload = if work.heavy {
        Workload::Mixed
    } else {
        Workload::Io
    };
    Finding {
        rule: "PAR211",
        name: Par211::INFO.name,
        path: ctx.path.to_owned(),
        line,
        column,
        end_line,
        end_column,
        workload,
        strategy: Strategy::AsyncioGather,
        safety: Safety::Review,
        reasons: vec![],
        message: String::new(),
        fix: None,
        cost: None,
        function: scope.function_name(src),
        rationale: String::new(),
        checklist: vec![],
        start_byte: node.start_byte(),
        end_byte: node.end_byte(),
    }
}

/// ` (network reads and sleeps)`, or nothing when the awaited work's I/O is unknown.
fn describe(work: &crate::effects::Summary) -> String {
    let kinds: Vec<&str> = work
        .io_kinds()
        .iter()
        .map(|k: &IoKind| k.describe())
        .collect();
    if kinds.is_empty() {
        String::new()
    } else {
        format!(" ({})", kinds.join(" and "))
    }
}

fn finish(
    ctx: &FileContext<'_>,
    finding: &mut Finding,
    body_edit: Edit,
    (helper, import): (Helper, Option<crate::finding::ImportNeed>),
    work: &crate::effects::Summary,
) {
    let mut edits = Vec::new();
    let mut imports = Vec::new();
    if let Some(need) = import.clone() {
        edits.extend(fix::import_edits(
            ctx.parsed,
            &[need.clone()].into_iter().collect(),
        ));
        imports.push(need);
    }
    let helpers: Vec<Helper> = if helper.text.is_empty() {
        vec![]
    } else {
        vec![helper.clone()]
    };
    edits.extend(fix::helper_edit(ctx.parsed, &helpers));
    edits.push(body_edit.clone());
    edits.sort_by_key(|e| (e.start, e.end));
    finding.fix = Some(Fix {
        applicability: "safe",
        edits,
        body_edits: vec![body_edit],
        imports,
        helpers,
    });
    finding.safety = Safety::Safe;
    finding.rationale = format!(
        "Each iteration waits{} before the next one starts. The items do not depend on each other and only read or wait, \
         so awaiting them together takes about as long as the slowest one. `{}` keeps the results in input order and raises \
         the first failing item's exception, as the loop did.",
        describe(work),
        helper.name
    );
    let limit = match ctx.settings.max_concurrency {
        Some(n) => format!("at most {n} items at once (`max-concurrency` from your config)"),
        None => "every item at once (set `max-concurrency` in `[tool.parallelize]` to bound it)"
            .to_owned(),
    };
    finding.checklist = vec![
        CheckItem { item: "No shared mutable state", evidence: "each item only reads or waits; no item writes module state, mutates a shared object or prints (checked across the project)".to_owned() },
        CheckItem { item: "Iterations independent", evidence: "no value is carried between iterations; no `break`, `return`, `yield` or `else`; the loop variable is not read afterwards".to_owned() },
        CheckItem { item: "Order preserved", evidence: format!("`{}` returns the results in input order", helper.name) },
        CheckItem { item: "Exceptions propagate", evidence: "the first item in input order that fails raises its own exception, as in the loop; items still running are cancelled, and failures of later items are not reported twice".to_owned() },
        CheckItem { item: "Concurrency bounded", evidence: limit },
        CheckItem { item: "Imports", evidence: if import.is_some() { "`import asyncio` added".to_owned() } else { "existing `import asyncio` reused".to_owned() } },
    ];
    let at_once = match ctx.settings.max_concurrency {
        Some(n) => format!("up to {n}"),
        None => "as many as there are items".to_owned(),
    };
    finding
        .checklist
        .extend(crate::boundary::server_load(work, &at_once));
}
