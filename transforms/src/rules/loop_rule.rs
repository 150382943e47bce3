//! The analysis the loop and comprehension rules share: per-item work, workload, safety
//! conditions, and the rewrite when every condition is proven. [`loop_facts`] computes a loop's
//! facts once; PAR101, PAR103, PAR104 and PAR201 each decide in their own `check` whether the
//! loop is theirs, and PAR102 owns the comprehensions.

use std::collections::BTreeSet;

use crate::ast::Node;

use crate::context::FileContext;
use crate::finding::{CheckItem, Finding, Safety, Strategy, Workload};
use crate::loops::{self, Accumulation, CallPlan};
use crate::py::{self, field, text};
use crate::reason::Reason;
use crate::rewrite::{self, Body, Mapper, Plan};
use crate::scope::{self, Scope};

/// Iterables with fewer items than this are not worth a pool.
pub(super) const MIN_ITEMS: u64 = 16;

/// What was found about the per-item work.
pub(super) struct Work {
    pub(super) workload: Workload,
    pub(super) strategy: Strategy,
    pub(super) summary: crate::effects::Summary,
}

/// Whether a node contains a call, an inner loop or a comprehension (what can make work heavy
/// or do I/O), nested scopes included.
pub(super) fn may_do_work(node: Node<'_>) -> bool {
    if matches!(node.kind(), "call" | "for_statement" | "while_statement") {
        return true;
    }
    let mut found = false;
    py::walk(node, true, &mut |n| {
        found |= matches!(
            n.kind(),
            "call"
                | "for_statement"
                | "while_statement"
                | "list_comprehension"
                | "set_comprehension"
                | "dictionary_comprehension"
                | "generator_expression"
                | "await"
        );
    });
    found
}

impl Work {
    /// What makes one item expensive: the I/O it waits on when that is the workload (what a
    /// thread pool overlaps), its CPU evidence otherwise.
    pub(super) fn cost(&self) -> Option<crate::vocab::CostEvidence> {
        let io = self.summary.effects.iter().find_map(|e| match e {
            crate::effects::Effect::Io { call, .. } => Some(call.clone()),
            _ => None,
        });
        match (self.workload, io) {
            (Workload::Cpu, _) | (_, None) => self.summary.cost.clone(),
            (_, Some(call)) => Some(crate::vocab::CostEvidence::call(
                crate::vocab::CostTier::Io,
                &call,
            )),
        }
    }
}

pub(super) fn classify(summary: &crate::effects::Summary) -> Option<Work> {
    let io = summary.io_kinds();
    let (workload, strategy) = match (io.is_empty(), summary.heavy) {
        (true, false) => return None,
        (true, true) => (Workload::Cpu, Strategy::ProcessPool),
        (false, false) => (Workload::Io, Strategy::ThreadPool),
        (false, true) => (Workload::Mixed, Strategy::ThreadPool),
    };
    Some(Work {
        workload,
        strategy,
        summary: summary.clone(),
    })
}

/// What one `for` loop is, computed once per loop: the facts PAR101, PAR103, PAR104 and
/// PAR201 each judge with their own `check` (which of them applies depends on the accumulation
/// and the workload; at most one does).
pub struct LoopFacts<'t> {
    pub node: Node<'t>,
    scope: Scope<'t>,
    body: Node<'t>,
    target: Node<'t>,
    iter: Node<'t>,
    stmts: py::Kids<'t>,
    /// Names the loop variable binds.
    targets: Vec<String>,
    /// How the body collects its result, when its one statement does.
    pub acc: Option<Accumulation<'t>>,
    region_nodes: Vec<Node<'t>>,
    region: loops::Region,
    work: Work,
}

impl LoopFacts<'_> {
    pub fn workload(&self) -> Workload {
        self.work.workload
    }

    /// The body collects one result per item into a list, dict or set.
    pub fn collects(&self) -> bool {
        matches!(
            self.acc,
            Some(
                Accumulation::Append { .. }
                    | Accumulation::SetItem { .. }
                    | Accumulation::Add { .. }
            )
        )
    }

    /// The body folds each result into one value (`total += f(x)`).
    pub fn reduces(&self) -> bool {
        matches!(self.acc, Some(Accumulation::Reduce { .. }))
    }
}

/// The facts of a `for` loop whose per-item work is heavy or waits; `None` for loops no loop
/// rule is about (async loops, loops in classes and coroutines, cheap work, a fold into one
/// object of the loop's own).
pub fn loop_facts<'t>(ctx: &FileContext<'_>, node: Node<'t>) -> Option<LoopFacts<'t>> {
    let src = ctx.src();
    if py::is_async(node) {
        return None;
    }
    let (scope, in_class) = scope::enclosing_scope(node);
    // Inside `async def` a pool would block the event loop while it works: the calls are
    // PAR212's and PAR213's, the awaits PAR211's.
    if in_class || in_coroutine(scope) {
        return None;
    }
    let body = field(node, "body")?;
    let target = field(node, "left")?;
    let iter = field(node, "right")?;
    let stmts = py::statements(body);
    let mut target_names = Vec::new();
    py::target_names(src, target, &mut target_names);
    let targets: Vec<String> = target_names.iter().map(|(n, _)| n.clone()).collect();
    let acc = if stmts.len() == 1 {
        loops::accumulation(src, stmts[0])
    } else {
        None
    };
    let region_nodes: Vec<Node<'t>> = match acc {
        Some(Accumulation::SetItem { key, value, .. }) => vec![key, value],
        Some(a) => vec![a.value()],
        None => stmts.to_vec(),
    };
    let range = (node.start_byte(), node.end_byte());
    // Work without a call or an inner loop is neither heavy nor I/O (`classify` would say
    // so after typing the whole function): most loops stop here.
    if !region_nodes.iter().any(|n| may_do_work(*n)) || ctx.known_no_work(scope, node) {
        return None;
    }
    if !loops::region_may_work(ctx, scope, range, &targets, &region_nodes) {
        for n in &region_nodes {
            ctx.note_no_work(scope, *n);
        }
        return None;
    }
    let region = loops::analyze_region(ctx, scope, range, &targets, &region_nodes);
    let work = classify(&region.summary)?;
    // A loop that only feeds one object of its own (`h.update(chunk)`) is a sequential fold.
    if matches!(acc, Some(Accumulation::Discard { .. }))
        && work.workload == Workload::Cpu
        && !region.mutated.is_empty()
        && region.mutated.iter().all(|m| !targets.contains(m))
    {
        return None;
    }
    Some(LoopFacts {
        node,
        scope,
        body,
        target,
        iter,
        stmts,
        targets,
        acc,
        region_nodes,
        region,
        work,
    })
}

/// The finding of `rule` for a loop: its safety conditions proven or listed as reasons, and the
/// rewrite when every one holds.
pub fn loop_finding<'t>(
    ctx: &FileContext<'_>,
    facts: &LoopFacts<'t>,
    rule: &'static str,
) -> Option<Finding> {
    let src = ctx.src();
    let LoopFacts {
        node,
        scope,
        body,
        target,
        iter,
        ref stmts,
        ref targets,
        acc,
        ref region_nodes,
        ref region,
        ref work,
    } = *facts;
    let range = (node.start_byte(), node.end_byte());
    let acc_name = acc.and_then(|a| a.acc()).map(|n| text(src, n).to_owned());
    // In a longer body, one `acc.append(...)`-style statement (or reduction) still gives one
    // result per item; when it is the last statement, the ones before it can be outlined into a
    // helper that returns the value.
    let body_accs: Vec<Accumulation<'t>> = if acc.is_none() {
        stmts
            .iter()
            .filter_map(|s| loops::accumulation(src, *s))
            .filter(|a| !matches!(a, Accumulation::Discard { .. }))
            .collect()
    } else {
        vec![]
    };
    let tail_acc = match body_accs.as_slice() {
        [one] => one.acc().map(|n| text(src, n).to_owned()),
        _ => None,
    };
    let tail = match (body_accs.as_slice(), stmts.last()) {
        ([one], Some(last))
            if one.value().end_byte() <= last.end_byte()
                && one.value().start_byte() >= last.start_byte() =>
        {
            Some(*one)
        }
        _ => None,
    };
    let mut reasons: Vec<Reason> = Vec::new();
    let control = loops::control_flow_reasons(src, node, body);
    // Searching loops (`break`/`return` on a match) and generators are sequential by design:
    // reporting every one of them would bury the actionable findings.
    if acc.is_none() && !control.is_empty() {
        return None;
    }
    reasons.extend(control);

    // Values carried between iterations (the accumulator excluded when used only to accumulate).
    let mut exclude: BTreeSet<String> = BTreeSet::new();
    if let Some(a) = acc_name.as_ref().or(tail_acc.as_ref()) {
        exclude.insert(a.clone());
    }
    for name in loops::carried_names(src, body, &exclude) {
        reasons.push(Reason::Carried { name });
    }
    if let (Some(a), Some(acc)) = (&acc_name, acc) {
        let mut inside = region_nodes.iter().any(|n| loops::mentions(src, *n, a));
        if let Accumulation::SetItem { key, .. } = acc {
            inside |= loops::mentions(src, key, a);
        }
        if inside {
            reasons.push(Reason::AccumulatorRead { acc: a.clone() });
        }
        if loops::mentions(src, iter, a) {
            reasons.push(Reason::FillsIterable { acc: a.clone() });
        }
    }
    if let Some(a) = &tail_acc {
        if loops::mentions(src, iter, a) {
            reasons.push(Reason::FillsIterable { acc: a.clone() });
        }
    }
    // Variables read after the loop would lose their last value.
    let mut assigned = loops::assigned_in(src, node);
    for a in acc_name.iter().chain(tail_acc.iter()) {
        assigned.remove(a);
    }
    for name in loops::live_after(src, scope, node, &assigned) {
        reasons.push(Reason::LiveAfter { name });
    }
    // Shared state mutated per item.
    for m in &region.mutated {
        if Some(m) == acc_name.as_ref() || Some(m) == tail_acc.as_ref() {
            continue;
        }
        if targets.contains(m) {
            reasons.push(Reason::MutatesItem { name: m.clone() });
        } else {
            reasons.push(Reason::MutatesShared { name: m.clone() });
        }
    }
    reasons.extend(crate::boundary::effect_reasons(
        ctx,
        &work.summary,
        crate::boundary::place_of(work.strategy),
    ));
    reasons.extend(loops::iterable_reasons(ctx, scope, iter));
    reasons.extend(loops::reflection_reasons(src, scope, Some(range)));
    reasons.extend(crate::boundary::pool_reasons(ctx));
    reasons.extend(crate::boundary::decimal_reasons(ctx));
    reasons.extend(crate::boundary::cost_reasons(work.strategy, &work.summary));
    if work.strategy == Strategy::ThreadPool {
        if let Some(f) = scope.function_name(src) {
            reasons.extend(crate::boundary::peer_reasons(
                ctx,
                &format!("{}.{f}", ctx.module.name),
            ));
        }
    }
    let process = work.strategy == Strategy::ProcessPool;
    reasons.extend(loops::handler_reasons(src, node, process));
    if process {
        reasons.extend(loops::cpu_time_reasons(ctx, scope));
    }
    if let Some(n) = loops::literal_size(src, iter) {
        if n < MIN_ITEMS {
            reasons.push(Reason::FewItems { count: n });
        }
    }
    // Where the loop runs.
    let module_level = scope.is_module();
    let in_main_guard = scope::inside_main_guard(src, node);
    if module_level && !in_main_guard {
        reasons.push(Reason::ModuleLevelLoop);
    }
    if !module_level {
        if let Some(fname) = scope.function_name(src) {
            let q = format!("{}.{}", ctx.module.name, fname);
            if work.strategy == Strategy::ProcessPool
                && ctx.project.summaries.import_time_reachable.contains(&q)
            {
                reasons.push(Reason::CalledAtImport { function: fname });
            }
        }
        if scope.is_generator() {
            reasons.push(Reason::LazyGenerator);
        }
    }
    // `for CURRENT in tenants` with `global CURRENT` (or a loop at module level): each item is
    // stored in module state, which the work may read; a worker never sees those stores.
    for t in targets {
        let module_variable = if module_level {
            work.summary
                .reads_globals
                .iter()
                .any(|(m, n)| *m == ctx.module.name && n == t)
        } else {
            scope::declares(src, scope, t)
        };
        if module_variable {
            reasons.push(Reason::ModuleLoopVariable { name: t.clone() });
        }
    }
    if let Some(a) = acc_name.as_ref().or(tail_acc.as_ref()) {
        if scope::declares(src, scope, a) {
            reasons.push(Reason::AccumulatorDeclared { acc: a.clone() });
        }
    }

    // The shape the rewrite needs.
    let target_name = (target.kind() == "identifier").then(|| text(src, target).to_owned());
    let analyzer = loops::scope_analyzer(ctx, scope);
    let plan = match (&target_name, acc) {
        (Some(t), Some(a)) => loops::call_plan(src, a.value(), t, &analyzer),
        _ => None,
    };
    let fix_acc = acc.or(tail);
    let process = work.strategy == Strategy::ProcessPool;
    let needs_outline = fix_acc.is_some()
        && (stmts.len() > 1 || target_name.is_none() || (process && plan.is_none()));
    let mut shape_reasons = Vec::new();
    if fix_acc.is_none() {
        if tail_acc.is_some() {
            shape_reasons.push(Reason::ResultCollectedEarly);
        } else if stmts.len() > 1 {
            shape_reasons.push(Reason::NoResultPerItem {
                statements: stmts.len(),
            });
        } else {
            shape_reasons.push(Reason::NotCallOrAccumulation);
        }
    }
    let enclosing_q = scope
        .function_name(src)
        .map(|f| format!("{}.{}", ctx.module.name, f));
    let mut process_summary_reasons = Vec::new();
    let mut outlined = None;
    if let (true, Some(fa)) = (needs_outline, fix_acc) {
        match crate::outline::outline(ctx, scope, node, stmts, fa, process, &work.summary) {
            Ok(o) => outlined = Some(o),
            Err(r) => shape_reasons.extend(r),
        }
    } else if process && shape_reasons.is_empty() {
        if let Some(p) = &plan {
            let (r, _) = loops::process_pool_reasons(ctx, p, enclosing_q.as_deref(), scope, iter);
            process_summary_reasons = r;
        }
    }
    reasons.extend(process_summary_reasons);

    // Accumulator proofs and the statement inside the `with` block.
    let mut body_line: Option<Body> = None;
    let mut replace_start = node.start_byte();
    let partial_observable = scope::inside_try_or_with(node) || module_level;
    let mut chunk_one = partial_observable;
    let mut materialize = None;
    if reasons.is_empty() && shape_reasons.is_empty() {
        if let Some(acc) = fix_acc {
            match accumulator_body(ctx, scope, node, acc, iter, partial_observable) {
                Ok((b, start, force_chunk_one, items)) => {
                    body_line = Some(b);
                    materialize = items;
                    if let Some(s) = start {
                        replace_start = s;
                    }
                    chunk_one |= force_chunk_one;
                }
                Err(r) => reasons.push(r),
            }
        }
    }
    // A longer body is only worth a review finding when one condition stands between it and a
    // rewrite; with more, it is noise.
    if acc.is_none() && reasons.len() > 1 {
        return None;
    }
    reasons.extend(shape_reasons);

    let mut finding = base_finding(ctx, node, rule, work, scope);
    let value_nodes: Vec<Node<'t>> = acc.map(|a| vec![a.value()]).unwrap_or_default();
    finding.message = message(rule, work, &value_nodes, src);
    if reasons.is_empty() {
        if let Some(body) = body_line {
            let mapper = match (outlined, work.strategy, plan, &target_name) {
                (Some(o), _, _, _) => Mapper::Outlined(o),
                (None, Strategy::ProcessPool, Some(p), _) => Mapper::Call(p),
                (None, _, Some(p), _) if p.positional.len() == 1 && p.keywords.is_empty() => {
                    Mapper::Call(p)
                }
                (None, _, _, Some(t)) => Mapper::Lambda {
                    target: t.clone(),
                    value: acc.map(|a| a.value()).unwrap_or(node),
                },
                // Unpacking loops are always outlined (or have shape reasons).
                (None, _, _, None) => return None,
            };
            let chunksize = (work.strategy == Strategy::ProcessPool).then(|| {
                if chunk_one {
                    1
                } else {
                    rewrite::chunksize(loops::literal_size(src, iter), ctx.settings.max_workers)
                }
            });
            let plan = Plan {
                strategy: work.strategy,
                mapper,
                iter,
                values_of: None,
                body,
                chunksize,
                materialize,
                filter: None,
                replace: (replace_start, node.end_byte()),
            };
            match rewrite::build(ctx, &plan) {
                Ok(built) => {
                    finding.checklist = checklist(
                        ctx,
                        work,
                        &plan,
                        &built,
                        acc_name.as_deref().or(tail_acc.as_deref()),
                        chunk_one,
                    );
                    finding.rationale = rationale(ctx, work, &plan);
                    finding.fix = Some(built.fix);
                    finding.safety = Safety::Safe;
                }
                Err(e) => reasons.push(Reason::CannotRewrite(e)),
            }
        }
    }
    crate::reason::dedup(&mut reasons);
    finding.reasons = crate::reason::render(&reasons);
    Some(finding)
}

/// The statement inside the `with` block, where the replaced range starts (when the `acc = []`
/// line is folded in), and whether chunks must be single items to keep partial results exact.
fn accumulator_body(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    node: Node<'_>,
    acc: Accumulation<'_>,
    iter: Node<'_>,
    partial_observable: bool,
) -> Result<(Body, Option<usize>, bool, Option<String>), Reason> {
    let src = ctx.src();
    let acc_node = acc.acc();
    let name = acc_node
        .map(|n| text(src, n).to_owned())
        .unwrap_or_default();
    let kind = match acc {
        Accumulation::Append { .. } => "list",
        Accumulation::Add { .. } => "set",
        Accumulation::SetItem { .. } => "dict",
        Accumulation::Reduce { stmt, value, .. } => {
            let var = scope::fresh_name(ctx.identifiers(), &["result", "value", "item_result"]);
            let stmt_text = text(src, stmt);
            let rel = (
                value.start_byte() - stmt.start_byte(),
                value.end_byte() - stmt.start_byte(),
            );
            let new_stmt = format!("{}{}{}", &stmt_text[..rel.0], var, &stmt_text[rel.1..]);
            // A compound statement (`if r:` + its body): later lines relative to the first.
            let column = stmt.start_position().column;
            let new_stmt = new_stmt
                .lines()
                .enumerate()
                .map(|(i, l)| {
                    if i == 0 {
                        l
                    } else {
                        l.get(column..).unwrap_or(l.trim_start())
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            let param_acc = scope.params(src).contains(&name);
            return Ok((
                Body::ForEach {
                    var,
                    stmt: new_stmt,
                },
                None,
                partial_observable || param_acc,
                None,
            ));
        }
        Accumulation::Discard { .. } => {
            return Ok((
                Body::Line("list({map})".to_owned()),
                None,
                partial_observable,
                None,
            ))
        }
    };
    let init =
        rewrite::previous_statement(node).filter(|p| rewrite::is_empty_init(src, *p, &name, kind));
    let Some(init) = init else {
        return Err(Reason::NotNewEmpty { name, kind });
    };
    // A dict is rebuilt from its keys and the results: the keys are the items (or read from
    // them), so the items are read twice; an iterable that may not be re-readable is read into
    // a list first (the pool reads all of it up front anyway).
    let mut keys = "{items}".to_owned();
    if let Accumulation::SetItem { key, .. } = acc {
        let target = field(node, "left");
        let target_text = target.map(|t| text(src, t)).unwrap_or("");
        let key_is_target = key.kind() == "identifier" && text(src, key) == target_text;
        if !key_is_target {
            if !target.is_some_and(|t| loops::reads_only_loop_variables(src, key, t)) {
                return Err(Reason::KeyComputed { acc: name });
            }
            keys = format!("({} for {target_text} in {{items}})", text(src, key));
        }
    }
    let materialize = (kind == "dict" && !loops::is_reiterable_name(src, scope, iter))
        .then(|| scope::fresh_name(ctx.identifiers(), &["items", "work_items", "all_items"]));
    let (ctor, method, wrap_iter) = match kind {
        "list" => ("list", "extend", false),
        "set" => ("set", "update", false),
        _ => ("dict", "update", true),
    };
    let inner = if wrap_iter {
        format!("zip({keys}, {{map}})")
    } else {
        "{map}".to_owned()
    };
    if partial_observable {
        Ok((
            Body::Line(format!("{name}.{method}({inner})")),
            None,
            true,
            materialize,
        ))
    } else {
        Ok((
            Body::Line(format!("{name} = {ctor}({inner})")),
            Some(init.start_byte()),
            false,
            materialize,
        ))
    }
}

pub(super) fn in_coroutine(scope: Scope<'_>) -> bool {
    !scope.is_module() && py::is_async(scope.node)
}

pub(super) fn base_finding(
    ctx: &FileContext<'_>,
    node: Node<'_>,
    rule: &'static str,
    work: &Work,
    scope: Scope<'_>,
) -> Finding {
    let src = ctx.src();
    let (line, column) = ctx.parsed.lines.line_col(src, node.start_byte());
    let (end_line, end_column) = ctx.parsed.lines.line_col(src, node.end_byte());
    let name = super::info(rule).map(|i| i.name).unwrap_or("");
    Finding {
        rule,
        name,
        path: ctx.path.to_owned(),
        line,
        column,
        end_line,
        end_column,
        workload: work.workload,
        strategy: work.strategy,
        safety: Safety::Review,
        reasons: vec![],
        message: String::new(),
        fix: None,
        cost: work.cost(),
        function: scope.function_name(src),
        rationale: String::new(),
        checklist: vec![],
        start_byte: node.start_byte(),
        end_byte: node.end_byte(),
    }
}

fn work_description(work: &Work) -> String {
    let io: Vec<String> = work
        .summary
        .effects
        .iter()
        .filter_map(|e| match e {
            crate::effects::Effect::Io { call, .. } => Some(format!("`{call}`")),
            _ => None,
        })
        .collect();
    match work.workload {
        Workload::Cpu => "CPU-bound work".to_owned(),
        _ if !io.is_empty() => format!("blocking I/O ({})", io.join(", ")),
        _ => "blocking I/O".to_owned(),
    }
}

pub(super) fn message(rule: &str, work: &Work, region: &[Node<'_>], src: &str) -> String {
    let what = work_description(work);
    let callee = region.first().and_then(|n| {
        let n = py::unparen(*n);
        (n.kind() == "call")
            .then(|| field(n, "function").map(|f| text(src, f).to_owned()))
            .flatten()
    });
    let per_item = callee
        .map(|c| format!(" (`{c}` per item)"))
        .unwrap_or_default();
    match rule {
        "PAR101" => format!("loop builds a collection from independent {what}{per_item}"),
        "PAR103" => format!("reduction loop over independent {what}{per_item}"),
        "PAR201" => format!("loop waits on {what}{per_item} one item at a time"),
        "PAR102" => format!("comprehension over independent {what}{per_item}"),
        _ => format!("loop body does independent {what} per item"),
    }
}

pub(super) fn rationale(ctx: &FileContext<'_>, work: &Work, plan: &Plan<'_>) -> String {
    let src = ctx.src();
    let callee = match &plan.mapper {
        Mapper::Call(c) => format!("`{}`", text(src, c.callee)),
        Mapper::Lambda { value, .. } => format!(
            "`{}`",
            text(src, *value).chars().take(60).collect::<String>()
        ),
        Mapper::Outlined(o) => format!("`{}`", o.name),
    };
    if let Mapper::Outlined(o) = &plan.mapper {
        let passed = if o.params.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = o.params.iter().map(|p| format!("`{p}`")).collect();
            format!(" ({} passed explicitly)", names.join(", "))
        };
        return match work.strategy {
            Strategy::ProcessPool => format!(
                "The loop body does CPU-bound Python work per item and has no side effects: threads would be serialised by the GIL, \
                 so separate processes are the strategy that helps. A pool can only run a module-level function, so the body \
                 moved unchanged into `{}`{passed}, which returns the value the loop collected; results come back in input order.",
                o.name
            ),
            _ => format!(
                "Each iteration waits on {}: threads overlap the waiting (the GIL is released during I/O), so a bounded thread \
                 pool helps without the cost of processes. The body moved unchanged into `{}`{passed}; results come back in input order.",
                work_description(work),
                o.name
            ),
        };
    }
    match work.strategy {
        Strategy::ProcessPool => format!(
            "Each iteration calls {callee}, a module-level function that does CPU-bound Python work and has no side effects: \
             threads would be serialised by the GIL, so separate processes are the strategy that helps. \
             Extra arguments are passed explicitly; results come back in input order."
        ),
        _ => format!(
            "Each iteration waits on {} through {callee}: threads overlap the waiting (the GIL is released during I/O), \
             so a bounded thread pool helps without the cost of processes. Results come back in input order.",
            work_description(work)
        ),
    }
}

pub(super) fn checklist(
    ctx: &FileContext<'_>,
    work: &Work,
    plan: &Plan<'_>,
    built: &rewrite::Built,
    acc: Option<&str>,
    chunk_one: bool,
) -> Vec<CheckItem> {
    let src = ctx.src();
    let mut items = Vec::new();
    let shared = match acc {
        Some(a) => format!("the loop only adds each result to `{a}`; the per-item work writes no module state and mutates no argument (checked across the project)"),
        None => "the per-item work writes no module state and mutates no argument (checked across the project)".to_owned(),
    };
    items.push(CheckItem {
        item: "No shared mutable state",
        evidence: shared,
    });
    items.push(CheckItem { item: "Iterations independent", evidence: "no value is carried between iterations; no `break`, `return`, `yield` or `else`; the loop variable is not read afterwards".to_owned() });
    items.push(CheckItem {
        item: "Order preserved",
        evidence: "`Executor.map` returns results in input order".to_owned(),
    });
    let exc = if chunk_one && work.strategy == Strategy::ProcessPool {
        "the first failing item raises the same exception at the same place; `chunksize=1` keeps the results collected before it exactly as the loop left them"
    } else {
        "the first failing item raises the same exception at the same place"
    };
    items.push(CheckItem {
        item: "Exceptions propagate",
        evidence: exc.to_owned(),
    });
    items.push(CheckItem {
        item: "Resources cleaned up",
        evidence: "the pool is a context manager; it is shut down when the block ends".to_owned(),
    });
    let workers = match (work.strategy, ctx.settings.max_workers) {
        (Strategy::ProcessPool, Some(w)) => format!("`max_workers={w}` from your config"),
        (Strategy::ProcessPool, None) => {
            "default: the CPU count (set `max-workers` in `[tool.parallelize]` to change it)"
                .to_owned()
        }
        (_, Some(w)) => format!("`max_workers={w}` from your config"),
        (_, None) => format!(
            "`max_workers={}` (set `max-workers` in `[tool.parallelize]` to change it)",
            rewrite::DEFAULT_THREADS
        ),
    };
    items.push(CheckItem {
        item: "Worker count bounded",
        evidence: workers,
    });
    if work.strategy == Strategy::ThreadPool {
        let n = ctx.settings.max_workers.unwrap_or(rewrite::DEFAULT_THREADS);
        items.extend(crate::boundary::server_load(
            &work.summary,
            &format!("up to {n}"),
        ));
    }
    if work.strategy == Strategy::ProcessPool {
        match &plan.mapper {
            Mapper::Call(c) => {
                let callee = text(src, c.callee);
                let static_method = c
                    .qualified
                    .as_deref()
                    .and_then(|q| ctx.project.functions.get(q))
                    .and_then(|d| d.name.split_once('.'));
                let evidence = match static_method {
                    Some((class, _)) => format!(
                        "`{callee}` is a static method of `{class}`, a module-level class: it pickles by name; no lambda or closure is sent"
                    ),
                    None => format!("`{callee}` is defined at module level; no lambda or closure is sent"),
                };
                items.push(CheckItem {
                    item: "Picklable",
                    evidence,
                })
            }
            Mapper::Outlined(o) => items.push(CheckItem {
                item: "Picklable",
                evidence: format!(
                    "the body moved into `{}` at module level; the values it reads are passed as arguments and its result is plain data",
                    o.name
                ),
            }),
            Mapper::Lambda { .. } => {}
        }
        if let Some(c) = plan.chunksize {
            items.push(CheckItem {
                item: "Chunked",
                evidence: format!("`chunksize={c}` batches items per task"),
            });
        }
    }
    let imports = if built.imports_added.is_empty() {
        "existing imports reused".to_owned()
    } else {
        built
            .imports_added
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
            + " added once"
    };
    items.push(CheckItem {
        item: "Imports",
        evidence: imports,
    });
    let _ = CallPlan::clone;
    items
}
