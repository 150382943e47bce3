//! Loop facts and the race rule: what a loop does per iteration, whether iterations are
//! independent, and which conditions of the safety model are proven. Rules turn the result into
//! findings; nothing here decides a rule code.

use std::collections::BTreeSet;

use tree_sitter::Node;

use crate::effects::{summarize_region, BodyAnalyzer, Summary};
use crate::kb;
use crate::module::Resolved;
use crate::py::{self, field, kids, text};
use crate::scope::{self, Scope};
use crate::FileContext;

/// How one iteration contributes to the result.
#[derive(Debug, Clone, Copy)]
pub enum Accumulation<'t> {
    /// `acc.append(value)`
    Append { acc: Node<'t>, value: Node<'t> },
    /// `acc[key] = value`
    SetItem {
        acc: Node<'t>,
        key: Node<'t>,
        value: Node<'t>,
    },
    /// `acc.add(value)`
    Add { acc: Node<'t>, value: Node<'t> },
    /// `acc += value`, `acc = acc + value`, `acc = max(acc, value)`
    Reduce {
        acc: Node<'t>,
        value: Node<'t>,
        stmt: Node<'t>,
    },
    /// `value` evaluated for its effect only (`download(url)`).
    Discard { value: Node<'t> },
}

impl<'t> Accumulation<'t> {
    pub fn value(&self) -> Node<'t> {
        match *self {
            Accumulation::Append { value, .. }
            | Accumulation::SetItem { value, .. }
            | Accumulation::Add { value, .. }
            | Accumulation::Reduce { value, .. }
            | Accumulation::Discard { value } => value,
        }
    }
    pub fn acc(&self) -> Option<Node<'t>> {
        match *self {
            Accumulation::Append { acc, .. }
            | Accumulation::SetItem { acc, .. }
            | Accumulation::Add { acc, .. }
            | Accumulation::Reduce { acc, .. } => Some(acc),
            Accumulation::Discard { .. } => None,
        }
    }
}

/// Recognise the accumulation form of a single statement.
pub fn accumulation<'t>(src: &str, stmt: Node<'t>) -> Option<Accumulation<'t>> {
    let expr = py::expression_of_statement(stmt)?;
    match expr.kind() {
        "call" => {
            let func = field(expr, "function")?;
            let args = field(expr, "arguments")?;
            let a = kids(args);
            if func.kind() == "attribute" {
                let obj = field(func, "object")?;
                let method = text(src, field(func, "attribute")?);
                if obj.kind() == "identifier"
                    && a.len() == 1
                    && a[0].kind() != "keyword_argument"
                    && !a[0].kind().contains("splat")
                {
                    match method {
                        "append" => {
                            return Some(Accumulation::Append {
                                acc: obj,
                                value: a[0],
                            })
                        }
                        "add" => {
                            return Some(Accumulation::Add {
                                acc: obj,
                                value: a[0],
                            })
                        }
                        _ => {}
                    }
                }
            }
            Some(Accumulation::Discard { value: expr })
        }
        "assignment" => {
            let left = field(expr, "left")?;
            let right = field(expr, "right")?;
            if field(expr, "type").is_some() {
                return None;
            }
            if left.kind() == "subscript" {
                let acc = field(left, "value")?;
                let key = field(left, "subscript")?;
                if acc.kind() == "identifier" && right.kind() != "assignment" {
                    return Some(Accumulation::SetItem {
                        acc,
                        key,
                        value: right,
                    });
                }
                return None;
            }
            if left.kind() != "identifier" {
                return None;
            }
            let name = text(src, left);
            // acc = acc OP value
            if right.kind() == "binary_operator" {
                let l = field(right, "left")?;
                let r = field(right, "right")?;
                if l.kind() == "identifier" && text(src, l) == name {
                    return Some(Accumulation::Reduce {
                        acc: left,
                        value: r,
                        stmt,
                    });
                }
                return None;
            }
            // acc = max(acc, value) / min(acc, value)
            if right.kind() == "call" {
                let f = field(right, "function")?;
                let fname = text(src, f);
                let a = kids(field(right, "arguments")?);
                if matches!(fname, "max" | "min")
                    && a.len() == 2
                    && a[0].kind() == "identifier"
                    && text(src, a[0]) == name
                    && a[1].kind() != "keyword_argument"
                {
                    return Some(Accumulation::Reduce {
                        acc: left,
                        value: a[1],
                        stmt,
                    });
                }
            }
            None
        }
        "augmented_assignment" => {
            let left = field(expr, "left")?;
            let right = field(expr, "right")?;
            if left.kind() == "identifier" {
                return Some(Accumulation::Reduce {
                    acc: left,
                    value: right,
                    stmt,
                });
            }
            None
        }
        _ => None,
    }
}

/// The callee of a per-item value expression and how the item flows into it.
#[derive(Debug, Clone)]
pub struct CallPlan<'t> {
    pub call: Node<'t>,
    pub callee: Node<'t>,
    /// Positional arguments: `None` is the loop variable, `Some(expr)` an invariant expression.
    pub positional: Vec<Option<Node<'t>>>,
    pub keywords: Vec<Node<'t>>,
    /// Fully qualified callee when it resolves to a module-level name.
    pub qualified: Option<String>,
}

/// `f(x)`, `f(x, size)`, `mod.f(size, x)`, `f(x, k=v)`: the item appears exactly once, as a bare
/// positional argument; other arguments are loop-invariant simple expressions.
pub fn call_plan<'t>(
    src: &str,
    value: Node<'t>,
    target: &str,
    analyzer: &BodyAnalyzer<'_>,
) -> Option<CallPlan<'t>> {
    let value = py::unparen(value);
    if value.kind() != "call" {
        return None;
    }
    let callee = field(value, "function")?;
    if !matches!(callee.kind(), "identifier" | "attribute") || py::dotted(src, callee).is_none() {
        return None;
    }
    if mentions(src, callee, target) {
        return None;
    }
    let args = field(value, "arguments")?;
    if args.kind() != "argument_list" {
        return None;
    }
    let mut positional = Vec::new();
    let mut keywords = Vec::new();
    let mut item_seen = 0;
    for a in kids(args) {
        match a.kind() {
            "keyword_argument" => {
                let v = field(a, "value")?;
                if mentions(src, v, target) || !is_simple_invariant(v) {
                    return None;
                }
                keywords.push(a);
            }
            "list_splat" | "dictionary_splat" => return None,
            "identifier" if text(src, a) == target => {
                item_seen += 1;
                positional.push(None);
            }
            _ => {
                if mentions(src, a, target) || !is_simple_invariant(a) {
                    return None;
                }
                positional.push(Some(a));
            }
        }
    }
    if item_seen != 1 {
        return None;
    }
    Some(CallPlan {
        call: value,
        callee,
        positional,
        keywords,
        qualified: analyzer.qualified(callee),
    })
}

/// Names, constants and attribute chains of names: evaluating them once or per item is the same.
fn is_simple_invariant(node: Node<'_>) -> bool {
    match node.kind() {
        "identifier" | "integer" | "float" | "true" | "false" | "none" | "string" => {
            node.kind() != "string" || !kids(node).iter().any(|k| k.kind() == "interpolation")
        }
        "attribute" => field(node, "object").is_some_and(is_simple_invariant),
        "unary_operator" => field(node, "argument").is_some_and(is_simple_invariant),
        "tuple" => kids(node).into_iter().all(is_simple_invariant),
        _ => false,
    }
}

/// Whether `name` occurs as an identifier read in `node` (nested scopes included).
pub fn mentions(src: &str, node: Node<'_>, name: &str) -> bool {
    let mut loads = Vec::new();
    py::identifier_loads(node, &mut loads);
    loads.iter().any(|n| text(src, *n) == name)
}

/// Result of analysing one region (per-item work) of a loop.
pub struct Region {
    pub summary: Summary,
    /// Names (from outside the region) that the region may mutate.
    pub mutated: Vec<String>,
}

/// Summarise the per-item work: `nodes` analysed with every name from outside the loop treated as
/// shared (so mutating it is reported).
pub fn analyze_region(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    loop_range: (usize, usize),
    loop_targets: &[String],
    nodes: &[Node<'_>],
) -> Region {
    let src = ctx.src();
    let mut outer: Vec<String> = if scope.is_module() {
        ctx.module
            .bindings
            .iter()
            .filter(|(_, b)| b.kind == crate::module::BindingKind::Value)
            .map(|(n, _)| n.clone())
            .collect()
    } else {
        scope::bound_names(src, scope, Some(loop_range))
            .into_iter()
            .collect()
    };
    // The loop target is outer too: items are objects shared with the iterable.
    outer.extend(loop_targets.iter().cloned());
    outer.sort();
    outer.dedup();
    let analyzer = BodyAnalyzer::new(ctx.module, src, &outer);
    let mut all_nodes: Vec<Node<'_>> = nodes.to_vec();
    let local_bodies = if scope.is_module() {
        vec![]
    } else {
        local_callee_bodies(src, scope, nodes)
    };
    all_nodes.extend(local_bodies.iter().copied());
    let facts = analyzer.analyze(&all_nodes);
    let mut summary = summarize_region(&facts, &ctx.project.summaries, &ctx.project.entries);
    // A nested function's or lambda's own loops are work the loop calls.
    summary.heavy |= local_bodies.iter().any(|b| has_loop(*b));
    let mutated = summary
        .mutated_params
        .iter()
        .filter_map(|i| outer.get(*i).cloned())
        .collect();
    Region { summary, mutated }
}

/// A region analyser positioned in a scope (for resolving callees of the value expression).
pub fn scope_analyzer<'a>(ctx: &'a FileContext<'a>, scope: Scope<'_>) -> BodyAnalyzer<'a> {
    let src = ctx.src();
    let names: Vec<String> = if scope.is_module() {
        vec![]
    } else {
        scope::bound_names(src, scope, None).into_iter().collect()
    };
    // Locals are seeded so `qualified()` never resolves a shadowed name to a module-level one.
    BodyAnalyzer::new(ctx.module, src, &names)
}

/// Control-flow reasons: exits and constructs that tie iterations together.
pub fn control_flow_reasons(src: &str, for_node: Node<'_>, body: Node<'_>) -> Vec<String> {
    let mut reasons = BTreeSet::new();
    if field(for_node, "alternative").is_some() {
        reasons.insert(
            "the loop has an `else` clause, which depends on how the loop ended".to_owned(),
        );
    }
    walk_control(src, body, 0, &mut reasons);
    reasons.into_iter().collect()
}

fn walk_control(src: &str, node: Node<'_>, loop_depth: usize, reasons: &mut BTreeSet<String>) {
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        match child.kind() {
            "break_statement" if loop_depth == 0 => {
                reasons.insert(
                    "`break` ends the loop early: later items depend on earlier ones".to_owned(),
                );
            }
            "continue_statement" if loop_depth == 0 => {
                reasons.insert("`continue` skips part of the body for some items".to_owned());
            }
            "return_statement" => {
                reasons.insert("`return` inside the loop ends it on some item".to_owned());
            }
            "yield" => {
                reasons.insert("`yield` inside the loop hands items out one at a time".to_owned());
            }
            "await" => {
                reasons.insert("`await` inside the loop (see PAR211)".to_owned());
            }
            "global_statement" | "nonlocal_statement" => {
                reasons.insert(format!(
                    "`{}` declaration inside the loop",
                    text(src, child)
                        .split_whitespace()
                        .next()
                        .unwrap_or("global")
                ));
            }
            _ => {}
        }
        if py::is_scope(child.kind()) {
            continue;
        }
        let depth = if matches!(child.kind(), "for_statement" | "while_statement") {
            loop_depth + 1
        } else {
            loop_depth
        };
        walk_control(src, child, depth, reasons);
    }
}

/// Names assigned in the body whose value can flow from one iteration to the next: read before
/// (or without) an unconditional assignment earlier in the same iteration.
pub fn carried_names(src: &str, body: Node<'_>, exclude: &BTreeSet<String>) -> Vec<String> {
    let stmts = py::statements(body);
    let mut assigned_anywhere = BTreeSet::new();
    py::walk(body, false, &mut |n| {
        if n.kind() == "identifier" && scope::is_store(n) {
            assigned_anywhere.insert(text(src, n).to_owned());
        }
        if n.kind() == "augmented_assignment" {
            if let Some(l) = field(n, "left") {
                if l.kind() == "identifier" {
                    assigned_anywhere.insert(text(src, l).to_owned());
                }
            }
        }
    });
    let mut state = Carried {
        src,
        body,
        exclude,
        assigned_anywhere,
        definitely_assigned: BTreeSet::new(),
        carried: BTreeSet::new(),
    };
    state.block(&stmts);
    let carried = state.carried;
    carried.into_iter().collect()
}

struct Carried<'a, 't> {
    src: &'a str,
    body: Node<'t>,
    exclude: &'a BTreeSet<String>,
    assigned_anywhere: BTreeSet<String>,
    definitely_assigned: BTreeSet<String>,
    carried: BTreeSet<String>,
}

impl<'t> Carried<'_, 't> {
    /// Statements of one iteration, in order.
    fn block(&mut self, stmts: &[Node<'t>]) {
        let src = self.src;
        for stmt in stmts {
            // `with ... as name:` binds before its body runs.
            if stmt.kind() == "with_statement" {
                py::walk(*stmt, false, &mut |n| {
                    if n.kind() == "as_pattern_target" {
                        let mut names = Vec::new();
                        for k in kids(n) {
                            py::target_names(src, k, &mut names);
                        }
                        self.definitely_assigned
                            .extend(names.into_iter().map(|(n, _)| n));
                    }
                });
                // `with open(...)` never swallows an exception: its body runs to the end
                // whenever the iteration continues, so its assignments are unconditional.
                if let (Some(clause), Some(inner)) = (
                    kids(*stmt).into_iter().find(|k| k.kind() == "with_clause"),
                    field(*stmt, "body"),
                ) {
                    if opens_only(src, clause) {
                        self.reads(clause);
                        self.block(&py::statements(inner));
                        continue;
                    }
                }
            }
            self.reads(*stmt);
            // unconditional top-level assignments of this statement; assignments inside other
            // compound statements are conservatively conditional
            let mut names = Vec::new();
            if let Some(e) = py::expression_of_statement(*stmt) {
                if e.kind() == "assignment" {
                    if let Some(l) = field(e, "left") {
                        py::target_names(src, l, &mut names);
                    }
                }
            }
            for (n, _) in names {
                self.definitely_assigned.insert(n);
            }
        }
    }

    /// Reads in `node` of names not yet definitely assigned in this iteration.
    fn reads(&mut self, node: Node<'t>) {
        let src = self.src;
        let mut loads = Vec::new();
        py::identifier_loads(node, &mut loads);
        for l in loads {
            let name = text(src, l);
            if scope::is_store(l) && !is_aug_target(l) {
                continue;
            }
            if bound_by_inner_for(src, l, name, self.body) {
                continue;
            }
            if self.assigned_anywhere.contains(name)
                && !self.definitely_assigned.contains(name)
                && !self.exclude.contains(name)
            {
                // a read inside the RHS of the statement that assigns it is still a carried read
                self.carried.insert(name.to_owned());
            }
        }
    }
}

/// Whether every item of a `with` clause is a call to `open` (builtin, `io.open`, or an
/// `.open(...)` method such as `Path.open`): file objects do not suppress exceptions.
pub(crate) fn opens_only(src: &str, clause: Node<'_>) -> bool {
    let items: Vec<Node<'_>> = kids(clause)
        .into_iter()
        .filter(|k| k.kind() == "with_item")
        .collect();
    !items.is_empty()
        && items.iter().all(|item| {
            let mut value = field(*item, "value");
            if let Some(v) = value.filter(|v| v.kind() == "as_pattern") {
                value = kids(v).into_iter().next();
            }
            value.map(py::unparen).is_some_and(|v| {
                v.kind() == "call"
                    && field(v, "function").is_some_and(|f| match f.kind() {
                        "identifier" => text(src, f) == "open",
                        "attribute" => {
                            field(f, "attribute").is_some_and(|a| text(src, a) == "open")
                        }
                        _ => false,
                    })
            })
        })
}

fn is_aug_target(ident: Node<'_>) -> bool {
    ident.parent().is_some_and(|p| {
        p.kind() == "augmented_assignment" && field(p, "left").map(|l| l.id()) == Some(ident.id())
    })
}

/// Names assigned in the loop (including its target) that are read after it.
pub fn live_after(
    src: &str,
    scope: Scope<'_>,
    for_node: Node<'_>,
    names: &BTreeSet<String>,
) -> Vec<String> {
    let range = (for_node.start_byte(), for_node.end_byte());
    names
        .iter()
        .filter(|n| !scope::reads_outside(src, scope, n, range).is_empty())
        .cloned()
        .collect()
}

/// Names a loop (statement) assigns, target included, not counting nested scopes.
pub fn assigned_in(src: &str, node: Node<'_>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(l) = field(node, "left") {
        let mut names = Vec::new();
        py::target_names(src, l, &mut names);
        out.extend(names.into_iter().map(|(n, _)| n));
    }
    if let Some(body) = field(node, "body") {
        py::walk(body, false, &mut |n| {
            if n.kind() == "identifier" && scope::is_store(n) {
                out.insert(text(src, n).to_owned());
            }
            if n.kind() == "augmented_assignment" {
                if let Some(l) = field(n, "left").filter(|l| l.kind() == "identifier") {
                    out.insert(text(src, l).to_owned());
                }
            }
            if matches!(n.kind(), "function_definition" | "class_definition") {
                if let Some(nm) = field(n, "name") {
                    out.insert(text(src, nm).to_owned());
                }
            }
        });
    }
    out
}

/// Size of an iterable when it is a literal or `range(<literal>)`.
pub fn literal_size(src: &str, iter: Node<'_>) -> Option<u64> {
    let iter = py::unparen(iter);
    match iter.kind() {
        "list" | "tuple" | "set" | "dictionary" => {
            if kids(iter).iter().any(|k| k.kind().contains("splat")) {
                None
            } else {
                Some(kids(iter).len() as u64)
            }
        }
        "string" => None,
        "call" => {
            let f = field(iter, "function")?;
            if text(src, f) != "range" {
                return None;
            }
            let args = kids(field(iter, "arguments")?);
            let lit = |n: Node<'_>| text(src, n).replace('_', "").parse::<i64>().ok();
            let (start, stop) = match args.as_slice() {
                [stop] => (0, lit(*stop)?),
                [start, stop] => (lit(*start)?, lit(*stop)?),
                [start, stop, step] => {
                    let step = lit(*step)?;
                    if step <= 0 {
                        return None;
                    }
                    let (a, b) = (lit(*start)?, lit(*stop)?);
                    return Some(if b > a {
                        ((b - a + step - 1) / step) as u64
                    } else {
                        0
                    });
                }
                _ => return None,
            };
            Some((stop - start).max(0) as u64)
        }
        _ => None,
    }
}

/// Whether a name is provably re-iterable (a list/tuple/set/dict/range built in this scope and
/// only bound once), so a rewrite may read it twice.
pub fn is_reiterable_name(src: &str, scope: Scope<'_>, name: Node<'_>) -> bool {
    if name.kind() != "identifier" {
        return false;
    }
    let wanted = text(src, name);
    let mut bindings = 0;
    let mut ok = true;
    py::walk(scope.body(), false, &mut |n| {
        if n.kind() == "identifier" && text(src, n) == wanted && scope::is_store(n) {
            bindings += 1;
            let assignment = n.parent().filter(|p| p.kind() == "assignment");
            let value = assignment.and_then(|a| field(a, "right"));
            ok &= value.is_some_and(|v| match v.kind() {
                "list"
                | "tuple"
                | "set"
                | "dictionary"
                | "list_comprehension"
                | "set_comprehension"
                | "dictionary_comprehension" => true,
                "call" => field(v, "function").is_some_and(|f| {
                    matches!(
                        text(src, f),
                        "list" | "tuple" | "set" | "dict" | "sorted" | "range" | "frozenset"
                    )
                }),
                _ => false,
            });
        }
    });
    if scope.params(src).iter().any(|p| p == wanted) {
        return false;
    }
    bindings == 1 && ok
}

/// Process-pool conditions on the callee: it must be sendable to a worker process, see the same
/// module state there, and hand back new objects, not ones the caller shares.
pub fn process_pool_reasons(
    ctx: &FileContext<'_>,
    plan: &CallPlan<'_>,
    enclosing: Option<&str>,
) -> (Vec<String>, Option<Summary>) {
    let (mut reasons, summary) = callee_process_reasons(ctx, plan, enclosing);
    if let Some(s) = &summary {
        let callee = text(ctx.src(), plan.callee);
        let subject = format!("`{callee}` may return");
        reasons.extend(returned_object_reasons(ctx, &subject, s, None));
        reasons.extend(crate::boundary::result_reasons(
            &format!("`{callee}`"),
            s.returns_ty.as_ref(),
        ));
    }
    (reasons, summary)
}

/// [`process_pool_reasons`] without the conditions on what the callee returns: for a call inside
/// a loop body to be outlined, only the helper's own result matters (checked by
/// [`returned_object_reasons`] on the helper's summary, which folds in what its callees return).
pub fn callee_process_reasons(
    ctx: &FileContext<'_>,
    plan: &CallPlan<'_>,
    enclosing: Option<&str>,
) -> (Vec<String>, Option<Summary>) {
    let src = ctx.src();
    let callee_text = text(src, plan.callee).to_owned();
    let mut reasons = Vec::new();
    let Some(q) = plan.qualified.clone() else {
        reasons.push(format!("`{callee_text}` is a local value (a nested function, lambda or argument): it cannot be sent to a worker process"));
        return (reasons, None);
    };
    if let Some(def) = ctx.project.functions.get(&q) {
        let summary = ctx.project.summaries.by_name.get(&q).cloned();
        if let Some(enclosing) = enclosing {
            if calls_reach(ctx, &q, enclosing) {
                reasons.push(format!("`{callee_text}` calls back into `{}`: every worker process would start a pool of its own", enclosing.rsplit('.').next().unwrap_or(enclosing)));
            }
        }
        if def.decorated {
            reasons.push(format!("`{callee_text}` is decorated: cannot prove the decorator keeps it picklable and pure"));
        }
        if def.is_async {
            reasons.push(format!(
                "`{callee_text}` is `async def`: calling it returns a coroutine (see PAR211)"
            ));
        }
        if def.is_generator {
            reasons.push(format!("`{callee_text}` is a generator function: its results cannot be sent back from a worker process"));
        }
        let module_name = q.rsplit_once('.').map(|(m, _)| m).unwrap_or("");
        if let Some(m) = ctx.project.modules.get(module_name) {
            if let Some(b) = m.bindings.get(&def.name) {
                if b.count != 1 || b.conditional {
                    reasons.push(format!("`{callee_text}` is defined conditionally or more than once: worker processes may see another definition"));
                }
            }
        }
        if let Some(s) = &summary {
            for (module, name) in &s.reads_globals {
                if ctx.project.changed_at_run_time(module, name) {
                    reasons.push(format!("`{callee_text}` reads module state `{name}` that is changed at run time; worker processes would see its value at import"));
                }
                if let Some(b) = ctx
                    .project
                    .modules
                    .get(module)
                    .and_then(|m| m.bindings.get(name))
                {
                    if b.only_in_main_guard {
                        reasons.push(format!("`{callee_text}` reads `{name}`, which is only set under `if __name__ == \"__main__\":` and is missing in worker processes"));
                    }
                }
            }
        }
        return (reasons, summary);
    }
    match kb::function(&q) {
        Some(entry) => {
            // Its effects are the region's (analysed with the call); what it returns crosses.
            reasons.extend(crate::boundary::result_reasons(
                &format!("`{callee_text}`"),
                Some(&entry.returns.ty()),
            ));
            (reasons, None)
        }
        None => {
            if let Resolved::Qualified(_) = ctx.module.resolve_dotted(&callee_text) {
                reasons.push(format!(
                    "`{callee_text}` is not a module-level function of this project"
                ));
            }
            (reasons, None)
        }
    }
}

/// Why handing back what `summary` says a function returns from a worker process would behave
/// differently: the caller would get a copy of an argument or of a module-level object (or of a
/// part of one), not the object itself. `subject` starts each reason (`` `f` may return``, `the
/// per-item result `...` may be`). `params` names the parameters (of a helper about to be
/// outlined: the loop variables and the values passed to it); without it they are the callee's
/// arguments.
pub fn returned_object_reasons(
    ctx: &FileContext<'_>,
    subject: &str,
    summary: &Summary,
    params: Option<&[String]>,
) -> Vec<String> {
    let mut reasons = Vec::new();
    match params {
        _ if summary.returns_params.is_empty() => {}
        None => reasons.push(format!(
            "{subject} its argument itself (or a part of it); a worker process would return a copy, breaking aliasing"
        )),
        Some(names) => {
            let names: Vec<String> = summary
                .returns_params
                .iter()
                .map(|i| format!("`{}`", names.get(*i).map_or("?", String::as_str)))
                .collect();
            let (itself, part, objects) = if names.len() == 1 {
                ("itself", "a part of it", "an object")
            } else {
                ("themselves", "parts of them", "objects")
            };
            reasons.push(format!(
                "{subject} {} {itself} (or {part}), {objects} the caller holds; a worker process would return a copy, breaking aliasing",
                names.join(", ")
            ));
        }
    }
    let objects = returned_module_objects(ctx, summary);
    if !objects.is_empty() {
        let (noun, part, that) = if objects.len() == 1 {
            ("object", "a part of it", "that object")
        } else {
            ("objects", "parts of them", "those objects")
        };
        let names: Vec<String> = objects.iter().map(|o| format!("`{o}`")).collect();
        reasons.push(format!(
            "{subject} the module-level {noun} {} (or {part}); a worker process would return a copy, not {that}",
            names.join(", ")
        ));
    }
    reasons
}

/// Module-level objects a project function may return (itself or inside its result), by name:
/// through a process pool the caller would get a copy, so `is` checks, sentinels and later
/// mutation of the shared object would behave differently. Functions and classes (pickled by
/// reference), builtins and variables bound once to an immutable value (a literal, `int(...)`,
/// `math.sqrt(...)`) are harmless: if such a variable is re-bound at run time, reading it is a
/// reason of its own.
pub fn returned_module_objects(ctx: &FileContext<'_>, summary: &Summary) -> Vec<String> {
    let harmless_binding = |module: &str, name: &str| {
        let (module, name) = ctx.project.defining(module, name);
        ctx.project
            .modules
            .get(&module)
            .and_then(|m| m.bindings.get(&name))
            .is_some_and(|b| {
                b.count == 1
                    && !b.conditional
                    && (b.constant
                        || b.ty.as_ref().is_some_and(kb::Ty::is_immutable)
                        || matches!(
                            b.kind,
                            crate::module::BindingKind::Function
                                | crate::module::BindingKind::Class
                        ))
            })
    };
    let mut out = BTreeSet::new();
    for (module, name) in &summary.returns_globals {
        let harmless = match name.rsplit_once('.') {
            None => harmless_binding(module, name),
            Some((defining, short)) => {
                name.starts_with("builtins.")
                    || ctx.project.functions.contains_key(name)
                    || harmless_binding(defining, short)
            }
        };
        if !harmless {
            // Spelled as the checked file would: qualified when it lives in another module.
            let qualified = if name.contains('.') {
                name.clone()
            } else {
                format!("{module}.{name}")
            };
            let here = qualified
                .strip_prefix(ctx.module.name.as_str())
                .and_then(|rest| rest.strip_prefix('.'));
            out.insert(here.unwrap_or(&qualified).to_owned());
        }
    }
    out.into_iter().collect()
}

/// Bodies of nested functions and lambdas of `scope` called by name in `nodes`: their work is
/// the loop's work (and they cannot be sent to a process pool).
fn local_callee_bodies<'t>(src: &str, scope: Scope<'t>, nodes: &[Node<'_>]) -> Vec<Node<'t>> {
    let mut called = BTreeSet::new();
    let mut note = |c: Node<'_>| {
        if c.kind() == "call" {
            if let Some(f) = field(c, "function").filter(|f| f.kind() == "identifier") {
                called.insert(text(src, f).to_owned());
            }
        }
    };
    for n in nodes {
        note(*n);
        py::walk(*n, true, &mut note);
    }
    let mut bodies = Vec::new();
    py::walk(scope.body(), false, &mut |n| match n.kind() {
        "function_definition"
            if field(n, "name").is_some_and(|nm| called.contains(text(src, nm))) =>
        {
            bodies.extend(field(n, "body"));
        }
        "assignment" => {
            let (Some(l), Some(r)) = (field(n, "left"), field(n, "right")) else {
                return;
            };
            if l.kind() == "identifier" && r.kind() == "lambda" && called.contains(text(src, l)) {
                bodies.extend(field(r, "body"));
            }
        }
        _ => {}
    });
    bodies
}

/// Whether `ident` sits in the body of a `for` loop (inside `outer_body`) whose target binds
/// `name`: it reads that inner loop's own value.
fn bound_by_inner_for(src: &str, ident: Node<'_>, name: &str, outer_body: Node<'_>) -> bool {
    let mut cur = ident.parent();
    while let Some(p) = cur {
        if p.id() == outer_body.id() {
            return false;
        }
        if p.kind() == "for_statement"
            && field(p, "body").is_some_and(|b| b.start_byte() <= ident.start_byte())
        {
            let mut names = Vec::new();
            if let Some(l) = field(p, "left") {
                py::target_names(src, l, &mut names);
            }
            if names.iter().any(|(t, _)| t == name) {
                return true;
            }
        }
        cur = p.parent();
    }
    false
}

/// Whether `from` (a project function) calls `to`, directly or transitively.
pub fn calls_reach(ctx: &FileContext<'_>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut work = vec![from.to_owned()];
    while let Some(f) = work.pop() {
        if f == to {
            return true;
        }
        if !seen.insert(f.clone()) {
            continue;
        }
        if let Some(entry) = ctx.project.entries.get(&f) {
            work.extend(entry.facts.calls.iter().map(|c| c.callee.clone()));
        }
    }
    false
}

fn has_loop(node: Node<'_>) -> bool {
    let mut found = matches!(
        node.kind(),
        "for_statement"
            | "while_statement"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression"
    );
    py::walk(node, true, &mut |n| {
        found |= matches!(
            n.kind(),
            "for_statement"
                | "while_statement"
                | "list_comprehension"
                | "set_comprehension"
                | "dictionary_comprehension"
                | "generator_expression"
        );
    });
    found
}
