//! Loop facts and the race rule: what a loop does per iteration, whether iterations are
//! independent, and which conditions of the safety model are proven. Rules turn the result into
//! findings; nothing here decides a rule code.

use crate::reason::{Crossing, Reader, Reason, ResultSource, Returner, SourceKind};
use std::collections::{BTreeMap, BTreeSet};

use crate::ast::Node;

use crate::context::FileContext;
use crate::effects::{summarize_region, BodyAnalyzer, Effect, Summary};
use crate::kb::{self, Ty};
use crate::module::Resolved;
use crate::py::{self, field, kids, text};
use crate::scope::{self, Scope};

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
    // `if pred(x): count += 1`: a count of the items the work says yes to; the condition is the
    // per-item value.
    if stmt.kind() == "if_statement" {
        let cond = field(stmt, "condition")?;
        let body = field(stmt, "consequence")?;
        if kids(stmt)
            .iter()
            .any(|k| matches!(k.kind(), "elif_clause" | "else_clause"))
        {
            return None;
        }
        let [inner] = py::statements(body)[..] else {
            return None;
        };
        let e = py::expression_of_statement(inner)?;
        let counted = e.kind() == "augmented_assignment"
            && field(e, "left").is_some_and(|l| l.kind() == "identifier")
            && field(e, "right").is_some_and(|r| matches!(r.kind(), "integer" | "float"))
            && field(e, "operator").is_some_and(|o| text(src, o) == "+=");
        if !counted {
            return None;
        }
        return Some(Accumulation::Reduce {
            acc: field(e, "left")?,
            value: cond,
            stmt,
        });
    }
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
        scope::names_bound_outside(
            scope.params(src),
            &ctx.scope_bindings(scope),
            Some(loop_range),
        )
        .into_iter()
        .collect()
    };
    // The loop target is outer too: items are objects shared with the iterable.
    outer.extend(loop_targets.iter().cloned());
    outer.sort();
    outer.dedup();
    let types = ctx.scope_types(scope);
    let analyzer = BodyAnalyzer::new(ctx.module, src, &outer).with_types(&types);
    let mut all_nodes: Vec<Node<'_>> = nodes.to_vec();
    let local_bodies = if scope.is_module() {
        vec![]
    } else {
        local_callee_bodies(ctx, scope, nodes)
    };
    all_nodes.extend(local_bodies.iter().copied());
    let facts = analyzer.analyze(&all_nodes);
    let mut summary = summarize_region(&facts, &ctx.project.summaries, &ctx.project.entries);
    // A nested function's or lambda's own loops are work the loop calls.
    if let Some(body) = local_bodies.iter().find(|b| has_loop(**b)) {
        summary.heavy = true;
        let line: String = text(src, *body)
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(60)
            .collect();
        let evidence = Some(crate::vocab::CostEvidence::loops(format!(
            "a loop in the nested `{}`",
            line.trim_end_matches(':')
        )));
        summary.cost = crate::vocab::CostEvidence::max(summary.cost.take(), evidence);
    }
    let mutated = summary
        .mutated_params
        .iter()
        .filter_map(|i| outer.get(*i).cloned())
        .collect();
    Region { summary, mutated }
}

/// Whether the work of a region may be heavy or wait, judged without typing the whole function
/// (which is what [`analyze_region`] costs): its calls resolved by name and the project's
/// summaries show I/O or heavy work, or it calls a method that is work on some receiver type
/// (`get`, `read`, `sort` with a key). `false` means [`analyze_region`] would find neither.
pub fn region_may_work(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    loop_range: (usize, usize),
    loop_targets: &[String],
    nodes: &[Node<'_>],
) -> bool {
    let src = ctx.src();
    let local_bodies = if scope.is_module() {
        vec![]
    } else {
        local_callee_bodies(ctx, scope, nodes)
    };
    let mut all_nodes: Vec<Node<'_>> = nodes.to_vec();
    all_nodes.extend(local_bodies.iter().copied());
    let work_method = |c: Node<'_>| {
        c.kind() == "call"
            && field(c, "function")
                .filter(|f| f.kind() == "attribute")
                .and_then(|f| field(f, "attribute"))
                .is_some_and(|a| crate::kb::method_may_work(text(src, a)))
    };
    let mut calls = false;
    for n in &all_nodes {
        // `walk` visits what is below a node, not the node itself.
        let mut method = work_method(*n);
        calls |= n.kind() == "call";
        py::walk(*n, true, &mut |c| {
            calls |= c.kind() == "call";
            method |= work_method(c)
        });
        if method {
            return true;
        }
    }
    if local_bodies.iter().any(|b| has_loop(*b)) {
        return true;
    }
    // CPU-heavy work and I/O are only ever found in calls (the region's own loops are not a
    // signal): code that calls nothing has neither.
    if !calls {
        return false;
    }
    let mut outer: Vec<String> = if scope.is_module() {
        vec![]
    } else {
        scope::names_bound_outside(
            scope.params(src),
            &ctx.scope_bindings(scope),
            Some(loop_range),
        )
        .into_iter()
        .collect()
    };
    outer.extend(loop_targets.iter().cloned());
    let facts = BodyAnalyzer::new(ctx.module, src, &outer).analyze(&all_nodes);
    let summary = summarize_region(&facts, &ctx.project.summaries, &ctx.project.entries);
    summary.heavy || !summary.io_kinds().is_empty()
}

/// A region analyser positioned in a scope (for resolving callees of the value expression).
pub fn scope_analyzer<'a>(ctx: &'a FileContext<'a>, scope: Scope<'_>) -> BodyAnalyzer<'a> {
    let src = ctx.src();
    let names: Vec<String> = if scope.is_module() {
        vec![]
    } else {
        scope::names_bound_outside(scope.params(src), &ctx.scope_bindings(scope), None)
            .into_iter()
            .collect()
    };
    // Locals are seeded so `qualified()` never resolves a shadowed name to a module-level one.
    BodyAnalyzer::new(ctx.module, src, &names)
}

/// Control-flow reasons: exits and constructs that tie iterations together.
pub fn control_flow_reasons(src: &str, for_node: Node<'_>, body: Node<'_>) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if field(for_node, "alternative").is_some() {
        reasons.push(Reason::LoopElse);
    }
    walk_control(src, body, 0, &mut reasons);
    crate::reason::sorted(reasons)
}

fn walk_control(src: &str, node: Node<'_>, loop_depth: usize, reasons: &mut Vec<Reason>) {
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        match child.kind() {
            "break_statement" if loop_depth == 0 => {
                reasons.push(Reason::Break);
            }
            "continue_statement" if loop_depth == 0 => {
                reasons.push(Reason::Continue);
            }
            "return_statement" => {
                reasons.push(Reason::Return);
            }
            "yield" => {
                reasons.push(Reason::Yield);
            }
            "await" => {
                reasons.push(Reason::AwaitInLoop);
            }
            "global_statement" | "nonlocal_statement" => {
                reasons.push(Reason::Declaration {
                    keyword: text(src, child)
                        .split_whitespace()
                        .next()
                        .unwrap_or("global")
                        .to_owned(),
                });
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

/// A function that hands its own variables to someone (`locals()`, `vars()`, `dir()` without
/// arguments) sees the names a rewrite adds (the executor, futures, results).
/// Calls inside `exclude` (the loop itself, whose effects report them) are not counted.
pub fn reflection_reasons(
    src: &str,
    scope: Scope<'_>,
    exclude: Option<(usize, usize)>,
) -> Vec<Reason> {
    if scope.is_module() {
        return vec![];
    }
    let mut out = Vec::new();
    py::walk(scope.body(), false, &mut |n| {
        if n.kind() != "call"
            || !out.is_empty()
            || exclude.is_some_and(|(s, e)| n.start_byte() >= s && n.end_byte() <= e)
        {
            return;
        }
        let f = field(n, "function").map(|f| text(src, f)).unwrap_or("");
        let no_args = field(n, "arguments").is_none_or(|a| kids(a).is_empty());
        if matches!(f, "locals" | "vars" | "dir") && no_args {
            out.push(Reason::Reflection { call: f.to_owned() });
        }
    });
    out
}

/// Whether evaluating `expr` (a comprehension's filter over the item `item` of type `item_ty`)
/// can neither raise nor do anything but compute a value: literals, the item when its type is a
/// known builtin value, comparisons of numbers with numbers and strings with strings (any pair
/// for `==`, `!=`, `is`), `not`/`and`/`or`, `+ - *` of numbers and `%`/`//` by a non-zero integer
/// literal.
pub fn cannot_raise(src: &str, expr: Node<'_>, item: &str, item_ty: Option<&Ty>) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum K {
        Num,
        Str,
        Other,
    }
    fn kind(src: &str, e: Node<'_>, item: &str, item_ty: Option<&Ty>) -> Option<K> {
        let e = py::unparen(e);
        match e.kind() {
            "integer" | "float" | "true" | "false" => Some(K::Num),
            "none" => Some(K::Other),
            "string" if !kids(e).iter().any(|k| k.kind() == "interpolation") => Some(K::Str),
            "identifier" if text(src, e) == item => match item_ty.and_then(Ty::name) {
                Some("int" | "float" | "bool") => Some(K::Num),
                Some("str") => Some(K::Str),
                _ => None,
            },
            "not_operator" => field(e, "argument")
                .and_then(|a| kind(src, a, item, item_ty))
                .map(|_| K::Num),
            "boolean_operator" => {
                let l = kind(src, field(e, "left")?, item, item_ty)?;
                let r = kind(src, field(e, "right")?, item, item_ty)?;
                Some(if l == r { l } else { K::Other })
            }
            "binary_operator" => {
                let (l, r) = (field(e, "left")?, field(e, "right")?);
                let op = py::all_kids(e)
                    .into_iter()
                    .find(|k| !k.is_named())
                    .map(|k| text(src, k))?;
                let (lk, rk) = (kind(src, l, item, item_ty)?, kind(src, r, item, item_ty)?);
                match op {
                    "+" | "-" | "*" if lk == K::Num && rk == K::Num => Some(K::Num),
                    "%" | "//"
                        if lk == K::Num
                            && r.kind() == "integer"
                            && text(src, r)
                                .trim_start_matches('0')
                                .chars()
                                .any(|c| c.is_ascii_digit()) =>
                    {
                        Some(K::Num)
                    }
                    _ => None,
                }
            }
            "comparison_operator" => {
                let operands: Vec<K> = kids(e)
                    .into_iter()
                    .map(|k| kind(src, k, item, item_ty))
                    .collect::<Option<_>>()?;
                let ops: Vec<&str> = py::all_kids(e)
                    .into_iter()
                    .filter(|k| !k.is_named())
                    .map(|k| text(src, k))
                    .collect();
                let ordering = ops.iter().any(|o| matches!(*o, "<" | "<=" | ">" | ">="));
                let unknown_op = ops
                    .iter()
                    .any(|o| !matches!(*o, "<" | "<=" | ">" | ">=" | "==" | "!=" | "is" | "not"));
                if unknown_op {
                    return None;
                }
                if ordering
                    && !(operands.iter().all(|k| *k == K::Num)
                        || operands.iter().all(|k| *k == K::Str))
                {
                    return None;
                }
                Some(K::Num)
            }
            _ => None,
        }
    }
    kind(src, expr, item, item_ty).is_some()
}

/// Process-pool conditions on the callee: it must be sendable to a worker process, see the same
/// module state there, and hand back new objects, not ones the caller shares.
pub fn process_pool_reasons(
    ctx: &FileContext<'_>,
    plan: &CallPlan<'_>,
    enclosing: Option<&str>,
    scope: Scope<'_>,
    iter: Node<'_>,
) -> (Vec<Reason>, Option<Summary>) {
    let item_ty = item_type(ctx, scope, iter);
    process_pool_reasons_of(ctx, plan, enclosing, scope, iter, item_ty)
}

/// [`process_pool_reasons`] for items of a type found otherwise (the values of a dict whose
/// items are iterated): `item_ty` is what crosses as the item.
pub fn process_pool_reasons_of(
    ctx: &FileContext<'_>,
    plan: &CallPlan<'_>,
    enclosing: Option<&str>,
    scope: Scope<'_>,
    iter: Node<'_>,
    item_ty: Option<Ty>,
) -> (Vec<Reason>, Option<Summary>) {
    let (mut reasons, summary) = callee_process_reasons(ctx, plan, enclosing);
    let src = ctx.src();
    // What crosses to every worker: the item and the extra arguments.
    let types = ctx.scope_types(scope);
    let module_types = ctx.module_var_types();
    let mut analyzer = scope_analyzer(ctx, scope).with_types(&types);
    if !scope.is_module() {
        analyzer = analyzer.with_module_types(&module_types);
    }
    let mut arg_types: Vec<Option<Ty>> = Vec::new();
    for p in &plan.positional {
        let (shown, ty, value) = match p {
            None => (None, item_ty.clone(), iter),
            Some(e) => (Some(text(src, *e)), analyzer.origin(*e).ty, *e),
        };
        reasons.extend(crossing_reason(
            ctx,
            scope,
            &analyzer,
            shown,
            value,
            ty.as_ref(),
        ));
        arg_types.push(ty);
    }
    let mut keyword_types: Vec<(String, Option<Ty>)> = Vec::new();
    for k in &plan.keywords {
        if let (Some(n), Some(v)) = (field(*k, "name"), field(*k, "value")) {
            let ty = analyzer.origin(v).ty;
            reasons.extend(crossing_reason(
                ctx,
                scope,
                &analyzer,
                Some(text(src, v)),
                v,
                ty.as_ref(),
            ));
            keyword_types.push((text(src, n).to_owned(), ty));
        }
    }
    // What the callee returns, with its parameters' types replaced by this call's arguments'.
    let summary = summary.map(|mut s| {
        let names = plan
            .qualified
            .as_ref()
            .and_then(|q| ctx.project.entries.get(q))
            .map(|e| e.params.clone())
            .unwrap_or_default();
        let param_ty = |i: usize| -> Option<Ty> {
            if let Some(t) = arg_types.get(i) {
                return t.clone();
            }
            let name = names.get(i)?;
            keyword_types
                .iter()
                .find(|(k, _)| k == name)
                .and_then(|(_, t)| t.clone())
        };
        s.returns_ty = s.returns_ty.map(|t| t.substitute(&param_ty));
        s
    });
    if let Some(s) = &summary {
        let callee = text(src, plan.callee);
        if std::env::var_os("PARALLELIZE_DEBUG").is_some() {
            eprintln!(
                "debug: {callee}: returns_ty {:?} params {:?}",
                s.returns_ty, s.returns_params
            );
        }
        let subject = Returner::Callee(callee.to_owned());
        // An immutable argument handed back is the same value as a copy, unless the code
        // compares identities.
        let identity = compares_identity(src, scope);
        let immutable: BTreeSet<usize> = arg_types
            .iter()
            .enumerate()
            .filter(|(_, t)| !identity && t.as_ref().is_some_and(Ty::is_value))
            .map(|(i, _)| i)
            .collect();
        let mut crossing = arg_types.clone();
        crossing.push(s.returns_ty.clone());
        reasons.extend(crate::boundary::unknown_crossing_reasons(ctx, &crossing));
        let callee_module = plan
            .qualified
            .as_deref()
            .and_then(|q| q.rsplit_once('.'))
            .map(|(m, _)| m)
            .unwrap_or(ctx.module.name.as_str());
        reasons.extend(crate::boundary::process_state_reasons(
            ctx,
            &[callee_module, ctx.module.name.as_str()],
            Some(&crossing),
        ));
        reasons.extend(returned_object_reasons(
            ctx, &subject, s, None, &immutable, identity,
        ));
        reasons.extend(crate::boundary::result_reasons(
            ResultSource::Callee(callee.to_owned()),
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
) -> (Vec<Reason>, Option<Summary>) {
    let src = ctx.src();
    let callee_text = text(src, plan.callee).to_owned();
    let mut reasons = Vec::new();
    let Some(q) = plan.qualified.clone() else {
        reasons.push(Reason::LocalCallee {
            callee: callee_text,
        });
        return (reasons, None);
    };
    if let Some(def) = ctx.project.functions.get(&q) {
        let summary = ctx.project.summaries.by_name.get(&q).cloned();
        if let Some(enclosing) = enclosing {
            if calls_reach(ctx, &q, enclosing) {
                reasons.push(Reason::CallsBack {
                    callee: callee_text.clone(),
                    enclosing: enclosing.rsplit('.').next().unwrap_or(enclosing).to_owned(),
                });
            }
        }
        if def.decorated {
            reasons.push(Reason::DecoratedCallee {
                callee: callee_text.clone(),
            });
        }
        if def.is_async {
            reasons.push(Reason::AsyncCallee {
                callee: callee_text.clone(),
            });
        }
        if def.is_generator {
            reasons.push(Reason::GeneratorCallee {
                callee: callee_text.clone(),
            });
        }
        let module_name = q.rsplit_once('.').map(|(m, _)| m).unwrap_or("");
        reasons.extend(crate::boundary::reimport_reasons(ctx, module_name));
        if let Some(m) = ctx.project.modules.get(module_name) {
            // A static method (`Class.name`) is defined by its class's definition.
            let bound = def.name.split('.').next().unwrap_or(&def.name);
            if let Some(b) = m.bindings.get(bound) {
                if b.count != 1 || b.conditional {
                    reasons.push(Reason::RedefinedCallee {
                        callee: callee_text.clone(),
                    });
                }
            }
        }
        if let Some(s) = &summary {
            for (module, name) in &s.reads_globals {
                if ctx.project.changed_at_run_time(module, name) {
                    reasons.push(Reason::ReadsChangedState {
                        reader: Reader::Callee(callee_text.clone()),
                        name: name.clone(),
                    });
                }
                if let Some(why) = ctx
                    .project
                    .volatile
                    .get(&ctx.project.defining(module, name))
                {
                    reasons.push(Reason::ReadsImportTimeValue {
                        reader: Reader::Callee(callee_text.clone()),
                        name: name.clone(),
                        why: why.clone(),
                    });
                }
                if let Some(b) = ctx
                    .project
                    .modules
                    .get(module)
                    .and_then(|m| m.bindings.get(name))
                {
                    if b.only_in_main_guard {
                        reasons.push(Reason::ReadsMainOnly {
                            reader: Reader::Callee(callee_text.clone()),
                            name: name.clone(),
                        });
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
                ResultSource::Callee(callee_text),
                Some(&entry.returns.ty()),
            ));
            (reasons, None)
        }
        None => {
            if let Resolved::Qualified(_) = ctx.module.resolve_dotted(&callee_text) {
                reasons.push(Reason::NotProjectFunction {
                    callee: callee_text,
                });
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
    subject: &Returner,
    summary: &Summary,
    params: Option<&[String]>,
    immutable: &BTreeSet<usize>,
    identity: bool,
) -> Vec<Reason> {
    let mut reasons = Vec::new();
    // What comes back is an immutable value (a count, a digest string): which argument it was
    // taken from does not matter, unless the code compares identities.
    let value_result = !identity && summary.returns_ty.as_ref().is_some_and(Ty::is_value);
    let returned: Vec<usize> = summary
        .returns_params
        .iter()
        .filter(|i| !immutable.contains(i) && !value_result)
        .copied()
        .collect();
    match params {
        _ if returned.is_empty() => {}
        None => reasons.push(Reason::ReturnsArgument {
            subject: subject.clone(),
        }),
        Some(names) => {
            let names: Vec<String> = returned
                .iter()
                .map(|i| names.get(*i).map_or("?", String::as_str).to_owned())
                .collect();
            reasons.push(Reason::ReturnsParameters {
                subject: subject.clone(),
                names,
            });
        }
    }
    let objects = returned_module_objects(ctx, summary, identity);
    if !objects.is_empty() {
        reasons.push(Reason::ReturnsModuleObjects {
            subject: subject.clone(),
            names: objects.iter().map(|o| o.to_string()).collect(),
        });
    }
    reasons
}

/// Module-level objects a project function may return (itself or inside its result), by name:
/// through a process pool the caller would get a copy, so `is` checks, sentinels and later
/// mutation of the shared object would behave differently. Functions and classes (pickled by
/// reference), builtins and variables bound once to an immutable value (a literal, `int(...)`,
/// `math.sqrt(...)`) are harmless: if such a variable is re-bound at run time, reading it is a
/// reason of its own.
pub fn returned_module_objects(
    ctx: &FileContext<'_>,
    summary: &Summary,
    identity: bool,
) -> Vec<String> {
    let harmless_binding = |module: &str, name: &str| {
        let (module, name) = ctx.project.defining(module, name);
        ctx.project
            .modules
            .get(&module)
            .and_then(|m| m.bindings.get(&name))
            .is_some_and(|b| {
                b.count == 1
                    && !b.conditional
                    // Constants are copies all the same; equal unless the code compares
                    // identities.
                    && ((b.constant && !identity)
                        // A float may be NaN, which is not equal to its copy.
                        || b.ty.as_ref().is_some_and(|t| {
                            !identity
                                && t.is_immutable()
                                && !t.alternatives().iter().any(|a| {
                                    matches!(a.name(), Some("float" | "complex" | "number"))
                                })
                        })
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
fn local_callee_bodies<'t>(
    ctx: &FileContext<'_>,
    scope: Scope<'t>,
    nodes: &[Node<'_>],
) -> Vec<Node<'t>> {
    let src = ctx.src();
    let mut called: BTreeSet<&str> = BTreeSet::new();
    let mut note = |c: Node<'_>| {
        if c.kind() == "call" {
            if let Some(f) = field(c, "function").filter(|f| f.kind() == "identifier") {
                called.insert(text(src, f));
            }
        }
    };
    for n in nodes {
        note(*n);
        py::walk(*n, true, &mut note);
    }
    // A local `def` or `name = lambda` binds its name in the scope: when no called name is
    // bound there, the scope need not be searched.
    let bound = ctx.scope_bindings(scope);
    if !bound.iter().any(|b| called.contains(b.name.as_str())) {
        return Vec::new();
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

/// Why `value` (shown as `shown`, its source text, or `None` for the item; of type `ty`; for the
/// item, `value` is the iterable) may not
/// reach a worker process intact: its type is known not to pickle, or its type is not known to
/// pickle and the value is built in this code rather than handed in by the enclosing
/// function's caller (what the project's callers pass is typed at each call site; a value of a
/// function no project code calls with it is the caller's, and taken to pickle).
pub fn crossing_reason(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    analyzer: &BodyAnalyzer<'_>,
    shown: Option<&str>,
    value: Node<'_>,
    ty: Option<&Ty>,
) -> Option<Reason> {
    let crossing = || match shown {
        None => Crossing::Item {
            of: short_text(ctx.src(), value),
        },
        Some(v) => Crossing::Value(v.to_owned()),
    };
    if let Some(t) = ty.filter(|t| t.has_unpicklable()) {
        return Some(Reason::UnpicklableCrossing {
            value: crossing(),
            ty: t.to_string(),
        });
    }
    if ty.is_some_and(Ty::pickles)
        || from_caller(ctx, scope, analyzer, value)
        || module_constant(ctx, scope, value)
    {
        return None;
    }
    Some(Reason::CrossingNotKnownToPickle {
        value: crossing(),
        // A parameter's type, or an attribute of it, says nothing to the reader.
        ty: ty
            .filter(|t| !matches!(t, Ty::Param(_) | Ty::Field(..)))
            .map(Ty::to_string),
    })
}

fn short_text(src: &str, n: Node<'_>) -> String {
    let t = text(src, n);
    let first = t.lines().next().unwrap_or("");
    if first.chars().count() > 40 || first.len() < t.len() {
        format!("{}…", first.chars().take(40).collect::<String>())
    } else {
        first.to_owned()
    }
}

/// A module-level name bound once to a number, string or bytes literal (or arithmetic on them)
/// that nothing changes at run time: an immutable value that pickles.
fn module_constant(ctx: &FileContext<'_>, scope: Scope<'_>, expr: Node<'_>) -> bool {
    let expr = py::unparen(expr);
    if expr.kind() != "identifier" {
        return false;
    }
    let name = text(ctx.src(), expr);
    let local = !scope.is_module()
        && (scope.params(ctx.src()).iter().any(|p| p == name)
            || ctx.scope_bindings(scope).iter().any(|b| b.name == name));
    !local
        && matches!(
            ctx.module.resolve(name),
            crate::module::Resolved::ModuleVar(_)
        )
        && ctx
            .module
            .bindings
            .get(name)
            .is_some_and(|b| b.constant && b.count == 1 && !b.conditional)
        && !ctx.project.changed_at_run_time(&ctx.module.name, name)
}

/// Whether `expr` is (a part of, or a plain copy of) what the enclosing function's caller
/// passed: a parameter the function never rebinds, an attribute or element of one, its
/// `items()`/`values()`/`keys()`, or `sorted`/`list`/`tuple`/`reversed`/`enumerate`/`zip` of
/// such values.
pub fn from_caller(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    analyzer: &BodyAnalyzer<'_>,
    expr: Node<'_>,
) -> bool {
    from_caller_within(ctx, scope, analyzer, expr, LOCALS_FOLLOWED)
}

/// How many locals [`from_caller`] follows to their value (`ids = list(job_ids)`): locals bound
/// to each other (`a = b` and `b = a` in two branches) would otherwise be followed forever.
const LOCALS_FOLLOWED: usize = 4;

fn from_caller_within(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    analyzer: &BodyAnalyzer<'_>,
    expr: Node<'_>,
    locals: usize,
) -> bool {
    let src = ctx.src();
    let expr = py::unparen(expr);
    let from_caller = |e: Node<'_>| from_caller_within(ctx, scope, analyzer, e, locals);
    match expr.kind() {
        "identifier" => {
            let name = text(src, expr);
            let bindings = ctx.scope_bindings(scope);
            let bound = bindings.iter().filter(|b| b.name == name).count();
            if scope.params(src).iter().any(|p| p == name) {
                return bound == 0;
            }
            // `ids = list(job_ids)`: a local bound once to such a value and only read after.
            bound == 1
                && locals > 0
                && single_value(src, scope, name).is_some_and(|v| {
                    v.id() != expr.id() && from_caller_within(ctx, scope, analyzer, v, locals - 1)
                })
                && only_read(src, scope, analyzer, name)
        }
        "attribute" => field(expr, "object").is_some_and(&from_caller),
        "subscript" => field(expr, "value").is_some_and(&from_caller),
        "call" => {
            let Some(f) = field(expr, "function") else {
                return false;
            };
            let args = crate::effects::call_arguments_of(expr);
            if f.kind() == "attribute" {
                let method = field(f, "attribute").map(|a| text(src, a));
                return matches!(method, Some("items" | "values" | "keys"))
                    && args.is_empty()
                    && field(f, "object").is_some_and(&from_caller);
            }
            let copies = analyzer.qualified(f).is_some_and(|q| {
                matches!(
                    q.as_str(),
                    "builtins.sorted"
                        | "builtins.list"
                        | "builtins.tuple"
                        | "builtins.reversed"
                        | "builtins.enumerate"
                        | "builtins.zip"
                )
            });
            copies
                && !args.is_empty()
                && args
                    .iter()
                    .filter(|a| a.kind() != "keyword_argument")
                    .all(|a| from_caller(*a))
        }
        _ => false,
    }
}

/// The value of `name = value`, the one plain assignment of `name` in the scope's own code.
fn single_value<'t>(src: &str, scope: Scope<'t>, name: &str) -> Option<Node<'t>> {
    let mut found = None;
    py::walk(scope.body(), false, &mut |n| {
        if n.kind() == "assignment" {
            let left = field(n, "left").filter(|l| l.kind() == "identifier");
            if left.is_some_and(|l| text(src, l) == name) {
                found = field(n, "right");
            }
        }
    });
    found
}

/// Whether every use of the local `name` (besides its assignment) only reads it: iterated,
/// measured or compared, indexed, or given to a builtin that only reads (nested functions and
/// lambdas count as uses that may change it).
fn only_read(src: &str, scope: Scope<'_>, analyzer: &BodyAnalyzer<'_>, name: &str) -> bool {
    let mut ok = true;
    py::walk(scope.body(), true, &mut |n| {
        if !ok || n.kind() != "identifier" || text(src, n) != name {
            return;
        }
        let Some(p) = n.parent() else {
            return;
        };
        let is = |f: &str| field(p, f).is_some_and(|x| x.id() == n.id());
        ok = match p.kind() {
            "assignment" => is("left"),
            "for_statement" | "for_in_clause" => is("right"),
            "subscript" => {
                is("value")
                    && p.parent().is_none_or(|g| {
                        !(matches!(g.kind(), "assignment" | "augmented_assignment")
                            && field(g, "left").is_some_and(|l| l.id() == p.id()))
                            && g.kind() != "delete_statement"
                    })
            }
            "comparison_operator" | "not_operator" | "if_statement" | "while_statement" => true,
            "argument_list" => p
                .parent()
                .and_then(|c| field(c, "function"))
                .and_then(|f| analyzer.qualified(f))
                .is_some_and(|q| crate::effects::reads_only_builtin(&q)),
            _ => false,
        };
    });
    ok && !nested_use(src, scope, name)
}

/// Whether a nested function, lambda or class of the scope mentions `name`.
fn nested_use(src: &str, scope: Scope<'_>, name: &str) -> bool {
    let mut found = false;
    py::walk(scope.body(), true, &mut |n| {
        if matches!(
            n.kind(),
            "function_definition" | "lambda" | "class_definition"
        ) {
            py::walk(n, true, &mut |m| {
                found |= m.kind() == "identifier" && text(src, m) == name;
            });
        }
    });
    found
}

/// The type of one item of `iter`, as the enclosing scope's types say.
pub fn item_type(ctx: &FileContext<'_>, scope: Scope<'_>, iter: Node<'_>) -> Option<Ty> {
    let types = ctx.scope_types(scope);
    let module_types = ctx.module_var_types();
    // Linked, so that a project function called in place (`for doc in corpus():`) is typed by
    // its summary, as it is when its result is first bound to a local.
    let mut analyzer = scope_analyzer(ctx, scope)
        .with_summaries(&ctx.project.summaries, &ctx.project.entries)
        .with_types(&types);
    if !scope.is_module() {
        analyzer = analyzer.with_module_types(&module_types);
    }
    let mut ty = analyzer.origin(iter).ty;
    // A module-level loop over a module variable bound once: the module code's own types (what
    // it puts in in place included) when no function of the project writes the variable.
    if scope.is_module() && iter.kind() == "identifier" {
        let name = text(ctx.src(), iter);
        let bound_once = ctx.module.bindings.get(name).is_some_and(|b| b.count == 1);
        if bound_once
            && matches!(
                ctx.module.resolve(name),
                crate::module::Resolved::ModuleVar(_)
            )
            && !ctx.project.written_by_functions(&ctx.module.name, name)
        {
            if let Some(t) = types.get(name) {
                ty = Some(t.clone());
            }
        }
    }
    ty.map(|t| t.iterated()).filter(|t| *t != Ty::Unknown)
}

/// Why reading every item of `iter` before the work starts (what `Executor.map` and the
/// in-order gather helper do) could change what the program does. Sequentially, producing item
/// n+1 happens after the work on item n; up front, a generator's output, the files it writes,
/// the exception it raises part-way, or the one buffer it hands out again all move before the
/// work. Accepted: collections, `range`, and lazy views of them that cannot fail or do anything
/// (`enumerate`, `zip`, `reversed`, `iter`, `dict.items()`, generator expressions that only
/// unpack); names whose type is not known (a caller's argument) are not visible here.
pub fn iterable_reasons(ctx: &FileContext<'_>, scope: Scope<'_>, iter: Node<'_>) -> Vec<Reason> {
    let types = ctx.scope_types(scope);
    let analyzer = scope_analyzer(ctx, scope).with_types(&types);
    let mut out = Vec::new();
    lazy_source_reasons(ctx, scope, &analyzer, iter, 0, &mut out);
    out
}

fn lazy_source_reasons(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    analyzer: &BodyAnalyzer<'_>,
    iter: Node<'_>,
    depth: u32,
    out: &mut Vec<Reason>,
) {
    let src = ctx.src();
    let iter = py::unparen(iter);
    let shown: String = text(src, iter).chars().take(60).collect();
    let source = |kind: SourceKind| Reason::Source {
        shown: shown.clone(),
        kind,
    };
    if depth > 4 {
        out.push(source(SourceKind::Deep));
        return;
    }
    match iter.kind() {
        "generator_expression" => {
            let trivial = field(iter, "body").is_some_and(|b| {
                matches!(b.kind(), "identifier")
                    || (b.kind() == "tuple" && kids(b).iter().all(|k| k.kind() == "identifier"))
            });
            let filtered = kids(iter).iter().any(|k| k.kind() == "if_clause");
            if !trivial || filtered {
                out.push(source(SourceKind::GeneratorExpression));
            }
            for clause in kids(iter)
                .into_iter()
                .filter(|k| k.kind() == "for_in_clause")
            {
                if let Some(r) = field(clause, "right") {
                    lazy_source_reasons(ctx, scope, analyzer, r, depth + 1, out);
                }
            }
        }
        "call" => {
            let Some(func) = field(iter, "function") else {
                return;
            };
            let q = analyzer.qualified(func);
            if let Some(entry) = q.as_deref().and_then(kb::function) {
                let lazy = entry.effects.contains(&kb::Spec::Lazy);
                if !lazy {
                    // A collection built before the loop (list, sorted, range, os.listdir...).
                    if entry.returns.ty().name() == Some("iterator") {
                        out.push(source(SourceKind::Iterator));
                    }
                    return;
                }
                let harmless = matches!(
                    q.as_deref(),
                    Some(
                        "builtins.enumerate"
                            | "builtins.reversed"
                            | "builtins.iter"
                            | "builtins.zip"
                    )
                );
                let strict = kids(field(iter, "arguments").unwrap_or(iter))
                    .iter()
                    .any(|a| {
                        a.kind() == "keyword_argument"
                            && field(*a, "name").is_some_and(|n| text(src, n) == "strict")
                    });
                if !harmless || strict {
                    out.push(source(SourceKind::Lazy));
                }
                for a in crate::effects::call_arguments_of(iter) {
                    if a.kind() != "keyword_argument" {
                        lazy_source_reasons(ctx, scope, analyzer, a, depth + 1, out);
                    }
                }
                return;
            }
            if let Some(def) = q.as_deref().and_then(|q| ctx.project.functions.get(q)) {
                if def.is_generator {
                    out.push(source(SourceKind::Generator));
                }
                return;
            }
            // A method: a view or a collection of a known type is fine; an iterator is not.
            if let Some(t) = analyzer.origin(iter).ty {
                if t.alternatives()
                    .iter()
                    .any(|a| a.name() == Some("iterator"))
                {
                    out.push(source(SourceKind::Iterator));
                }
            }
        }
        "identifier" => {
            let Some(t) = analyzer.origin(iter).ty else {
                return;
            };
            if t.alternatives()
                .iter()
                .any(|a| a.name() == Some("iterator"))
            {
                // Judge what it was bound to, when that is one expression.
                match single_assignment(src, scope, text(src, iter)) {
                    Some(value) => lazy_source_reasons(ctx, scope, analyzer, value, depth + 1, out),
                    None => out.push(source(SourceKind::IteratorName)),
                }
            }
        }
        _ => {}
    }
}

/// The value of `name = value` when that is the scope's only binding of `name`.
fn single_assignment<'t>(src: &str, scope: Scope<'t>, name: &str) -> Option<Node<'t>> {
    let mut values = Vec::new();
    let mut other = false;
    py::walk(scope.body(), false, &mut |n| {
        if n.kind() == "identifier" && text(src, n) == name && scope::is_store(n) {
            match n.parent().filter(|p| {
                p.kind() == "assignment" && field(*p, "left").map(|l| l.id()) == Some(n.id())
            }) {
                Some(a) => values.extend(field(a, "right")),
                None => other = true,
            }
        }
    });
    match (values.as_slice(), other) {
        ([v], false) => Some(*v),
        _ => None,
    }
}

/// Whether the code of `scope` compares objects by identity (`a is b` with neither side
/// `None`, `True`, `False` or `...`, or `id(x)`): then a copy handed back by a worker process
/// is observable even for immutable values, which a pickle round trip gives back as new objects.
pub fn compares_identity(src: &str, scope: Scope<'_>) -> bool {
    let mut found = false;
    py::walk(scope.body(), true, &mut |n| {
        if found {
            return;
        }
        match n.kind() {
            "comparison_operator" => {
                let mut cursor = n.walk();
                let is = n
                    .children(&mut cursor)
                    .any(|c| !c.is_named() && text(src, c).starts_with("is"));
                let singleton = kids(n).iter().any(|k| {
                    matches!(
                        py::unparen(*k).kind(),
                        "none" | "true" | "false" | "ellipsis"
                    )
                });
                found = is && !singleton;
            }
            "call" => {
                found = field(n, "function").is_some_and(|f| text(src, f) == "id");
            }
            _ => {}
        }
    });
    found
}

/// Why the `except` blocks around a loop would see another exception: raised through a pool it
/// carries the pool's traceback frames (and, from a process, it is a copy rebuilt from its
/// arguments: other attributes and its `__cause__` are lost).
pub fn handler_reasons(src: &str, node: Node<'_>, process: bool) -> Vec<Reason> {
    let mut out = Vec::new();
    let mut child = node;
    let mut cur = node.parent();
    while let Some(p) = cur {
        if matches!(
            p.kind(),
            "function_definition" | "lambda" | "class_definition"
        ) {
            break;
        }
        let in_body = field(p, "body").is_some_and(|b| b.id() == child.id());
        if p.kind() == "try_statement" && in_body {
            for clause in kids(p)
                .into_iter()
                .filter(|k| matches!(k.kind(), "except_clause" | "except_group_clause"))
            {
                let alias = field(clause, "alias")
                    .or_else(|| {
                        kids(clause)
                            .into_iter()
                            .find(|k| k.kind() == "as_pattern")
                            .and_then(|a| field(a, "alias"))
                    })
                    .map(|a| text(src, a).trim().to_owned());
                py::walk(clause, true, &mut |n| match n.kind() {
                    "attribute" => {
                        let (Some(obj), Some(attr)) = (field(n, "object"), field(n, "attribute"))
                        else {
                            return;
                        };
                        let attr = text(src, attr);
                        let on_exception = alias.as_deref() == Some(text(src, obj));
                        if matches!(attr, "__traceback__" | "tb_frame" | "tb_next" | "tb_lineno") {
                            out.push(Reason::HandlerTraceback);
                        } else if on_exception && process && !matches!(attr, "args" | "__class__") {
                            out.push(Reason::HandlerAttribute {
                                object: text(src, obj).to_owned(),
                                attr: attr.to_owned(),
                            });
                        }
                    }
                    "call" => {
                        let f = field(n, "function").map(|f| text(src, f)).unwrap_or("");
                        if f.starts_with("traceback.")
                            || f == "sys.exc_info"
                            || f.ends_with(".exception")
                            || f == "exception"
                        {
                            out.push(Reason::HandlerReports { call: f.to_owned() });
                        }
                    }
                    _ => {}
                });
            }
        }
        child = p;
        cur = p.parent();
    }
    crate::reason::sorted(out)
}

/// Why measuring this process's CPU time around the work (`time.process_time`,
/// `resource.getrusage`) would change: work done in worker processes is not counted.
pub fn cpu_time_reasons(ctx: &FileContext<'_>, scope: Scope<'_>) -> Vec<Reason> {
    let analyzer = scope_analyzer(ctx, scope);
    let mut out = Vec::new();
    py::walk(scope.body(), false, &mut |n| {
        if n.kind() != "call" {
            return;
        }
        if let Some(q) = field(n, "function").and_then(|f| analyzer.qualified(f)) {
            if matches!(
                q.as_str(),
                "time.process_time" | "time.process_time_ns" | "resource.getrusage" | "os.times"
            ) {
                out.push(Reason::CpuTime { call: q });
            }
        }
    });
    // Or a function that calls this one, directly or not: its measurement spans this work too.
    if let Some(f) = scope.function_name(ctx.src()) {
        let mut seen = BTreeSet::new();
        let mut work = vec![format!("{}.{f}", ctx.module.name)];
        while let Some(callee) = work.pop() {
            for caller in ctx.project.callers_of(&callee) {
                if seen.len() > 256 || !seen.insert(caller.clone()) {
                    continue;
                }
                let measures = ctx.project.entries.get(caller).is_some_and(|e| {
                    e.facts.effects.iter().any(|effect| {
                        matches!(effect, Effect::Clock { call }
                            if call.starts_with("time.process_time"))
                    })
                });
                if measures {
                    out.push(Reason::CallerCpuTime {
                        caller: caller.clone(),
                    });
                }
                work.push(caller.clone());
            }
        }
    }
    crate::reason::sorted(out)
}

/// Whether `key` only reads the loop's variables (bound by `target`), constants and attributes
/// or constant subscripts of them (`user`, `row.name`, `pair[0]`): evaluating it again in the
/// caller, after the work, gives the same key without running anything.
pub fn reads_only_loop_variables(src: &str, key: Node<'_>, target: Node<'_>) -> bool {
    let mut names = Vec::new();
    py::target_names(src, target, &mut names);
    let bound: BTreeSet<String> = names.into_iter().map(|(n, _)| n).collect();
    fn plain(src: &str, n: Node<'_>, bound: &BTreeSet<String>) -> bool {
        match n.kind() {
            "identifier" => bound.contains(text(src, n)),
            "integer" | "true" | "false" | "none" => true,
            "string" => !kids(n).iter().any(|k| k.kind() == "interpolation"),
            "tuple" | "parenthesized_expression" => {
                kids(n).into_iter().all(|k| plain(src, k, bound))
            }
            "attribute" => field(n, "object").is_some_and(|o| plain(src, o, bound)),
            "subscript" => {
                field(n, "value").is_some_and(|v| plain(src, v, bound))
                    && field(n, "subscript").is_some_and(|s| {
                        matches!(s.kind(), "integer" | "string" | "unary_operator")
                    })
            }
            _ => false,
        }
    }
    plain(src, key, &bound)
}

/// Whether a dict comprehension's `key` computes a value of plain builtin types from the
/// loop's names and runs nothing else: its names are the loop's (`target` over items of type
/// `item_ty`), each a `str`, `int`, `float`, `bool` or `bytes` (not a subclass), combined by
/// literals, f-strings, tuples, arithmetic, comparisons, constant subscripts and the pure
/// methods of `str` and `bytes` (`name.upper()`, `f"{pkg}@{ver}"`, `name.split("-")[0]`). It
/// may raise (`zip` evaluates the keys in the comprehension's order, each before its result),
/// but it cannot change or read any state a worker's call could see.
pub fn pure_key_of_items(src: &str, key: Node<'_>, target: Node<'_>, item_ty: Option<&Ty>) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum K {
        Num,
        Str,
        Bytes,
        /// A list or tuple of plain values (`split`'s result, a tuple key).
        Seq,
    }
    let plain = |t: &Ty| match t.name() {
        Some("int" | "float" | "bool") => Some(K::Num),
        Some("str") => Some(K::Str),
        Some("bytes") => Some(K::Bytes),
        _ => None,
    };
    // The loop's names and their kinds: `x` over items of a plain type, or `a, b` over tuples
    // of plain types.
    let mut names: BTreeMap<String, K> = BTreeMap::new();
    match (target.kind(), item_ty) {
        ("identifier", Some(t)) => {
            if let Some(k) = plain(t) {
                names.insert(text(src, target).to_owned(), k);
            }
        }
        ("pattern_list" | "tuple_pattern", Some(Ty::Named(n, parts))) if n == "tuple" => {
            let elems = kids(target);
            if elems.len() == parts.len() {
                for (e, t) in elems.iter().zip(parts) {
                    if let (true, Some(k)) = (e.kind() == "identifier", plain(t)) {
                        names.insert(text(src, *e).to_owned(), k);
                    }
                }
            }
        }
        _ => {}
    }
    fn kind(src: &str, e: Node<'_>, names: &BTreeMap<String, K>) -> Option<K> {
        let e = py::unparen(e);
        match e.kind() {
            "integer" | "float" | "true" | "false" => Some(K::Num),
            "identifier" => names.get(text(src, e)).copied(),
            "string" => {
                let bytes = text(src, e)
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .any(|c| c.eq_ignore_ascii_case(&'b'));
                for part in kids(e) {
                    match part.kind() {
                        "string_start" | "string_content" | "string_end" | "escape_sequence" => {}
                        // `{x}`, `{x!r}`, `{x:>8}`: a plain value formatted by its own type.
                        "interpolation" => {
                            let value = field(part, "expression")?;
                            kind(src, value, names)?;
                            let nested = py::all_kids(part).into_iter().any(|k| {
                                k.kind() == "format_specifier"
                                    && kids(k).iter().any(|s| s.kind() == "interpolation")
                            });
                            if nested {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
                Some(if bytes { K::Bytes } else { K::Str })
            }
            "concatenated_string" => {
                let parts: Vec<K> = kids(e)
                    .into_iter()
                    .map(|p| kind(src, p, names))
                    .collect::<Option<_>>()?;
                parts
                    .first()
                    .copied()
                    .filter(|f| parts.iter().all(|p| p == f))
            }
            "tuple" => {
                for k in kids(e) {
                    kind(src, k, names)?;
                }
                Some(K::Seq)
            }
            "unary_operator" => {
                (kind(src, field(e, "argument")?, names)? == K::Num).then_some(K::Num)
            }
            "not_operator" => kind(src, field(e, "argument")?, names).map(|_| K::Num),
            "comparison_operator" => {
                let plain_ops = py::all_kids(e)
                    .into_iter()
                    .filter(|k| !k.is_named())
                    .all(|k| matches!(text(src, k), "==" | "!=" | "<" | "<=" | ">" | ">="));
                if !plain_ops {
                    return None;
                }
                for k in kids(e) {
                    kind(src, k, names)?;
                }
                Some(K::Num)
            }
            "binary_operator" => {
                let (l, r) = (field(e, "left")?, field(e, "right")?);
                let op = py::all_kids(e)
                    .into_iter()
                    .find(|k| !k.is_named())
                    .map(|k| text(src, k))?;
                let (lk, rk) = (kind(src, l, names)?, kind(src, r, names)?);
                match (lk, op, rk) {
                    (K::Num, "+" | "-" | "*" | "/" | "//" | "%" | "**", K::Num) => Some(K::Num),
                    (K::Str, "+", K::Str) => Some(K::Str),
                    (K::Bytes, "+", K::Bytes) => Some(K::Bytes),
                    (K::Str | K::Bytes, "*", K::Num) => Some(lk),
                    (K::Num, "*", K::Str | K::Bytes) => Some(rk),
                    _ => None,
                }
            }
            "subscript" => {
                let value = kind(src, field(e, "value")?, names)?;
                let index = field(e, "subscript")?;
                let constant = match index.kind() {
                    "integer" => true,
                    "unary_operator" => {
                        field(index, "argument").is_some_and(|a| a.kind() == "integer")
                    }
                    "slice" => kids(index).into_iter().all(|k| {
                        k.kind() == "integer"
                            || (k.kind() == "unary_operator"
                                && field(k, "argument").is_some_and(|a| a.kind() == "integer"))
                    }),
                    _ => false,
                };
                match value {
                    // An element of a sequence of plain values is one of them, of some kind:
                    // only strings are made into sequences here (`split`), and tuple keys are
                    // not subscripted further.
                    K::Seq if constant && index.kind() != "slice" => Some(K::Str),
                    K::Str | K::Bytes if constant => {
                        Some(if index.kind() == "slice" || value == K::Str {
                            value
                        } else {
                            K::Num
                        })
                    }
                    _ => None,
                }
            }
            "call" => {
                let function = field(e, "function").filter(|f| f.kind() == "attribute")?;
                let receiver = kind(src, field(function, "object")?, names)?;
                let method = text(src, field(function, "attribute")?);
                let args = field(e, "arguments")?;
                for a in kids(args) {
                    if a.kind() == "keyword_argument" || kind(src, a, names).is_none() {
                        return None;
                    }
                }
                match (receiver, method) {
                    (
                        K::Str | K::Bytes,
                        "upper" | "lower" | "casefold" | "title" | "capitalize" | "swapcase"
                        | "strip" | "lstrip" | "rstrip" | "replace" | "removeprefix"
                        | "removesuffix" | "zfill" | "ljust" | "rjust" | "center" | "expandtabs",
                    ) => Some(receiver),
                    (K::Str | K::Bytes, "split" | "rsplit" | "partition" | "rpartition") => {
                        Some(K::Seq)
                    }
                    (
                        K::Str | K::Bytes,
                        "count" | "find" | "rfind" | "startswith" | "endswith" | "isdigit"
                        | "isalpha" | "isalnum" | "isupper" | "islower",
                    ) => Some(K::Num),
                    (K::Str, "encode") => Some(K::Bytes),
                    (K::Bytes, "decode" | "hex") => Some(K::Str),
                    _ => None,
                }
            }
            _ => None,
        }
    }
    !names.is_empty() && kind(src, key, &names).is_some()
}
