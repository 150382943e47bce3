//! Outlining: move a loop body into a module-level helper function so it can be sent to a pool.
//!
//! `for x in xs: a = f(x, k); out.append(g(a))` becomes a helper
//! `def _work_item(x, k): a = f(x, k); return g(a)` placed before the top-level statement that
//! holds the loop, and the loop maps `partial(_work_item, k=k)` over `xs`. The helper sees the
//! same values as the loop body did: every name the body reads from the enclosing function (or
//! from a `__main__` block) becomes a parameter; module-level functions, classes and imports
//! resolve the same way from the helper. Whatever cannot be proven to behave the same inside the
//! helper is returned as reasons.

use crate::reason::{Reader, Reason, ResultSource, Returner};
use std::collections::BTreeSet;

use crate::ast::Node;

use crate::context::FileContext;
use crate::effects::{summarize_returning, BodyAnalyzer, Summary};
use crate::loops::{self, Accumulation};
use crate::module::BindingKind;
use crate::py::{self, field, kids, text};
use crate::scope::{self, Scope};

/// A body ready to be outlined.
#[derive(Debug, Clone)]
pub struct Outlined {
    /// Name of the new module-level function.
    pub name: String,
    /// Names passed from the enclosing scope, as keyword arguments through `functools.partial`.
    pub params: Vec<String>,
    /// Byte offset where the helper is inserted (start of a line at module level).
    pub insert_at: usize,
    /// The helper's text, with the blank lines that separate it from the next statement.
    pub text: String,
    /// Byte range of the loop whose comments moved into the helper.
    pub moved: (usize, usize),
}

/// Names whose use makes a body depend on the frame it runs in.
pub(crate) const FRAME_SENSITIVE: &[&str] =
    &["locals", "vars", "eval", "exec", "dir", "globals", "super"];

/// Outline `stmts` (the loop body; `tail` is its last statement's accumulation) of `for_node`.
/// `process` is set when the helper will run in worker processes.
pub fn outline(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    for_node: Node<'_>,
    stmts: &[Node<'_>],
    tail: Accumulation<'_>,
    process: bool,
    summary: &Summary,
) -> Result<Outlined, Vec<Reason>> {
    let src = ctx.src();
    let parsed = ctx.parsed;
    let mut reasons = Vec::new();
    let (Some(target), Some(last)) = (field(for_node, "left"), stmts.last().copied()) else {
        return Err(vec![Reason::NoBody]);
    };
    let head = &stmts[..stmts.len() - 1];

    // Where the helper goes: before the module-level statement holding the loop.
    let Some(top) = top_level_statement(for_node) else {
        return Err(vec![Reason::NoTopStatement]);
    };
    if !scope.is_module() && nested_function(scope.node) {
        reasons.push(Reason::NestedLoop);
    }

    // The loop target becomes the helper's first parameter.
    let mut target_names = Vec::new();
    py::target_names(src, target, &mut target_names);
    let mut bases = Vec::new();
    py::target_bases(target, &mut bases);
    if target_names.is_empty() || bases.iter().any(|b| b.kind() != "identifier") {
        reasons.push(Reason::LoopTargetNotNames {
            target: text(src, target).to_owned(),
        });
    }
    let item_param = if target.kind() == "identifier" {
        text(src, target).to_owned()
    } else {
        scope::fresh_name(ctx.identifiers(), &["item", "element", "entry"])
    };

    // Body constructs that would behave differently inside a function of their own.
    let acc_name = tail.acc().map(|a| text(src, a).to_owned());
    for s in head {
        if let Some(a) = &acc_name {
            if loops::mentions(src, *s, a) {
                reasons.push(Reason::AccumulatorUsed { acc: a.clone() });
            }
        }
    }
    let mut tail_parts = vec![tail.value()];
    if let Accumulation::SetItem { key, .. } = tail {
        tail_parts.push(key);
    }
    if let Some(a) = &acc_name {
        if tail_parts.iter().any(|n| loops::mentions(src, *n, a)) {
            reasons.push(Reason::AccumulatorUsed { acc: a.clone() });
        }
    }
    let mut multiline_string = false;
    for s in stmts {
        let mut visit = |n: Node<'_>| {
            match n.kind() {
                "global_statement" | "nonlocal_statement" => reasons.push(Reason::BodyDeclares),
                "delete_statement" => reasons.push(Reason::BodyDeletes),
                // `(last := w)`, in a comprehension too, binds in the enclosing function: in a
                // helper it would bind the helper's name, and the function's would never change.
                "named_expression" => reasons.push(Reason::BodyWalrus {
                    name: field(n, "name").map_or("?", |v| text(src, v)).to_owned(),
                }),
                "function_definition" | "class_definition" => reasons.push(Reason::BodyDefines),
                "lambda" if !is_key_argument(src, n) => reasons.push(Reason::BodyLambda),
                "string" if n.start_position().row != n.end_position().row => {
                    multiline_string = true
                }
                "identifier" if FRAME_SENSITIVE.contains(&text(src, n)) => {
                    let called = n.parent().is_some_and(|p| {
                        p.kind() == "call" && field(p, "function").map(|f| f.id()) == Some(n.id())
                    });
                    if called {
                        reasons.push(Reason::BodyFrameCall {
                            call: text(src, n).to_owned(),
                        });
                    }
                }
                _ => {}
            }
        };
        visit(*s);
        py::walk(*s, true, &mut visit);
    }
    let mut prev_row =
        field(for_node, "right").map_or(for_node.start_position().row, |r| r.end_position().row);
    for s in stmts {
        if s.start_position().row <= prev_row {
            reasons.push(Reason::BodySharesLine);
            break;
        }
        prev_row = s.end_position().row;
    }
    if multiline_string {
        reasons.push(Reason::BodyMultilineString);
    }

    // Names the body reads from the enclosing scope become parameters.
    let assigned = loops::assigned_in(src, for_node);
    let outer: BTreeSet<String> = if scope.is_module() {
        ctx.module
            .bindings
            .iter()
            .filter(|(_, b)| b.kind == BindingKind::Value)
            .map(|(n, _)| n.clone())
            .collect()
    } else {
        scope::bound_names(
            src,
            scope,
            Some((for_node.start_byte(), for_node.end_byte())),
        )
    };
    let mut params: Vec<String> = Vec::new();
    let mut loads = Vec::new();
    for s in stmts {
        py::identifier_loads(*s, &mut loads);
    }
    for l in &loads {
        let name = text(src, *l);
        if assigned.contains(name)
            || acc_name.as_deref() == Some(name)
            || !outer.contains(name)
            || params.iter().any(|p| p == name)
        {
            continue;
        }
        params.push(name.to_owned());
    }
    if scope.is_module() {
        // Functions and classes defined only under `if __name__ == "__main__":` do not exist in
        // worker processes.
        for l in &loads {
            let name = text(src, *l);
            if let Some(b) = ctx.module.bindings.get(name) {
                if process && b.kind != BindingKind::Value && b.only_in_main_guard {
                    reasons.push(Reason::DefinedMainOnly {
                        name: name.to_owned(),
                    });
                }
            }
        }
    }
    if params.iter().any(|p| p == &item_param) {
        reasons.push(Reason::ItemAlsoOuter {
            name: item_param.clone(),
        });
    }

    if process {
        crossing_reasons(ctx, scope, for_node, &params, &loads, &mut reasons);
        let item_names: Vec<String> = target_names.iter().map(|(n, _)| n.clone()).collect();
        let kept = !matches!(tail, Accumulation::Discard { .. });
        process_reasons(
            ctx,
            scope,
            stmts,
            (tail.value(), kept),
            (&item_names, &params),
            summary,
            &mut reasons,
        );
    }
    if !reasons.is_empty() {
        crate::reason::sort_dedup(&mut reasons);
        return Err(reasons);
    }

    // The helper's text.
    let nl = parsed.style.newline;
    let unit = parsed.style.indent.clone();
    let body_indent = crate::fix::indent_at(parsed, stmts[0].start_byte());
    // The `for ... :` line ends where the line holding the iterable ends.
    let header_end = field(for_node, "right").map_or(for_node.start_byte(), |r| r.end_byte());
    let header_line_end = parsed.lines.line_end(header_end, src.len());
    let first_line = parsed.lines.line_start(stmts[0].start_byte());
    // Comments between the `for` line and the first statement belong to the body.
    let copy_start = crate::fix::comments_in(parsed, header_line_end, first_line)
        .first()
        .map_or(first_line, |(at, _)| parsed.lines.line_start(*at));
    let tail_line = parsed.lines.line_start(last.start_byte());
    let mut lines = String::new();
    let name = helper_name(ctx, scope);
    let mut signature = vec![item_param.clone()];
    signature.extend(params.iter().cloned());
    lines.push_str(&format!("def {name}({}):{nl}", signature.join(", ")));
    if target.kind() != "identifier" {
        lines.push_str(&format!("{unit}{} = {item_param}{nl}", text(src, target)));
    }
    for line in src[copy_start.min(tail_line)..tail_line].split_inclusive('\n') {
        let content = line.trim_end_matches(['\r', '\n']);
        if content.trim().is_empty() {
            lines.push_str(nl);
        } else if let Some(rest) = content.strip_prefix(body_indent.as_str()) {
            lines.push_str(&format!("{unit}{rest}{nl}"));
        } else {
            // A continuation line inside brackets: its indentation is free.
            lines.push_str(&format!("{content}{nl}"));
        }
    }
    let value = text(src, tail.value());
    let value = if value.contains('\n') {
        format!("({value})")
    } else {
        value.to_owned()
    };
    let trailing = crate::fix::comments_in(
        parsed,
        last.start_byte(),
        parsed
            .lines
            .line_end(last.end_byte().saturating_sub(1), src.len()),
    );
    let trailing = if trailing.is_empty() {
        String::new()
    } else {
        let texts: Vec<&str> = trailing.iter().map(|(_, t)| t.as_str()).collect();
        format!("  {}", texts.join(" "))
    };
    lines.push_str(&format!("{unit}return {value}{trailing}{nl}{nl}{nl}"));

    Ok(Outlined {
        name,
        params,
        insert_at: insertion_point(parsed, top),
        text: lines,
        moved: (copy_start.min(tail_line), for_node.end_byte()),
    })
}

/// Process-pool conditions: the helper and everything it calls must work the same in a worker
/// process, and its result must be plain data that can be sent back, not an object the caller
/// shares. `names` are the helper's parameters: the loop variables, then the values passed.
fn process_reasons(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    stmts: &[Node<'_>],
    tail: (Node<'_>, bool),
    names: (&[String], &[String]),
    summary: &Summary,
    reasons: &mut Vec<Reason>,
) {
    // The value computed per item, and whether the rewrite keeps it (a value evaluated for its
    // effect only is discarded: its identity is never seen).
    let (tail_value, kept) = tail;
    let (item_names, params) = names;
    let src = ctx.src();
    let enclosing = scope
        .function_name(src)
        .map(|f| format!("{}.{}", ctx.module.name, f));
    let analyzer = loops::scope_analyzer(ctx, scope);
    for s in stmts {
        // The node itself too: an outlined comprehension element is often the call.
        let mut check = |n: Node<'_>| {
            if n.kind() != "call" {
                return;
            }
            let Some(callee) = field(n, "function") else {
                return;
            };
            let Some(q) = analyzer.qualified(callee) else {
                return;
            };
            if !ctx.project.functions.contains_key(&q) {
                return;
            }
            let plan = loops::CallPlan {
                call: n,
                callee,
                positional: vec![],
                keywords: vec![],
                qualified: Some(q),
            };
            // What the callee returns matters only for the helper's own result (checked below).
            let (r, _) = loops::callee_process_reasons(ctx, &plan, enclosing.as_deref());
            reasons.extend(r);
        };
        check(*s);
        py::walk(*s, true, &mut check);
    }
    // Values passed from the enclosing scope are pickled: functions, classes, modules and
    // context-managed resources defined in the function cannot be.
    if !scope.is_module() {
        for p in params {
            if let Some(kind) = unpicklable_binding(src, scope, p) {
                reasons.push(Reason::UnpicklableParameter {
                    name: p.clone(),
                    kind,
                });
            }
        }
    }
    // The helper lives in this module: workers import it (and what it imports) again.
    reasons.extend(crate::boundary::reimport_reasons(ctx, &ctx.module.name));
    reasons.extend(crate::boundary::process_state_reasons(
        ctx,
        &[ctx.module.name.as_str()],
        None,
    ));
    for (module, name) in &summary.reads_globals {
        if ctx.project.changed_at_run_time(module, name) {
            reasons.push(Reason::ReadsChangedState {
                reader: Reader::LoopBody,
                name: name.clone(),
            });
        }
        if let Some(why) = ctx
            .project
            .volatile
            .get(&ctx.project.defining(module, name))
        {
            reasons.push(Reason::ReadsImportTimeValue {
                reader: Reader::LoopBody,
                name: name.clone(),
                why: why.clone(),
            });
        }
        let main_only = ctx
            .project
            .modules
            .get(module)
            .and_then(|m| m.bindings.get(name))
            .is_some_and(|b| b.only_in_main_guard);
        if main_only && !(scope.is_module() && params.contains(name)) {
            reasons.push(Reason::ReadsMainOnly {
                reader: Reader::LoopBody,
                name: name.clone(),
            });
        }
    }
    let head = &stmts[..stmts.len().saturating_sub(1)];
    let value = text(src, tail_value).chars().take(60).collect::<String>();
    // The helper's result, judged like a callee's: what it may hand back of its parameters or
    // of module state (`max(TABLE, key=len)`, `sorted(rows)[0]`, `TABLE[i]`), through the
    // functions it calls too. A value evaluated for its effect only is discarded by the rewrite:
    // its identity is never seen.
    if kept {
        let mut helper_params = item_names.to_vec();
        helper_params.extend(params.iter().cloned());
        let mut nodes = head.to_vec();
        nodes.push(tail_value);
        let facts = BodyAnalyzer::new(ctx.module, src, &helper_params)
            .with_summaries(&ctx.project.summaries, &ctx.project.entries)
            .analyze_returning(&nodes, tail_value);
        let helper = summarize_returning(&facts, &ctx.project.summaries, &ctx.project.entries);
        let subject = Returner::PerItem {
            result: value.clone(),
        };
        let types = ctx.scope_types(scope);
        let identity = loops::compares_identity(src, scope);
        let immutable: BTreeSet<usize> = helper_params
            .iter()
            .enumerate()
            .filter(|(_, n)| !identity && types.get(*n).is_some_and(crate::kb::Ty::is_value))
            .map(|(i, _)| i)
            .collect();
        reasons.extend(loops::returned_object_reasons(
            ctx,
            &subject,
            &helper,
            Some(&helper_params),
            &immutable,
            identity,
        ));
        reasons.extend(crate::boundary::result_reasons(
            ResultSource::LoopBody { result: value },
            helper.returns_ty.as_ref(),
        ));
    }
}

/// What crosses to every worker: the item of `for_node` (a `for` statement or a comprehension's
/// `for` clause), and each value passed from the enclosing scope (`params`, read at `loads`), as
/// for a call mapped without outlining (`loops::process_pool_reasons`).
fn crossing_reasons(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    for_node: Node<'_>,
    params: &[String],
    loads: &[Node<'_>],
    reasons: &mut Vec<Reason>,
) {
    let src = ctx.src();
    let types = ctx.scope_types(scope);
    let analyzer = loops::scope_analyzer(ctx, scope).with_types(&types);
    let mut crossing = Vec::new();
    if let Some(iter) = field(for_node, "right") {
        let ty = loops::item_type(ctx, scope, iter);
        reasons.extend(loops::crossing_reason(
            ctx,
            scope,
            &analyzer,
            None,
            iter,
            ty.as_ref(),
        ));
        crossing.push(ty);
    }
    for p in params {
        if let Some(load) = loads.iter().find(|l| text(src, **l) == p) {
            let ty = analyzer.origin(*load).ty;
            reasons.extend(loops::crossing_reason(
                ctx,
                scope,
                &analyzer,
                Some(p),
                *load,
                ty.as_ref(),
            ));
            crossing.push(ty);
        }
    }
    reasons.extend(crate::boundary::unknown_crossing_reasons(ctx, &crossing));
}

/// Outline the element of a comprehension over a tuple target (`[f(a, b) for a, b in pairs]`):
/// `def _work_item(item): a, b = item; return f(a, b)`, mapped over the items. Only an element
/// that reads nothing of the enclosing function but the comprehension's own names is outlined
/// (no value is passed), in a function (not at module level), without lambdas, assignment
/// expressions, awaits, frame-sensitive calls or multi-line strings. `process` is set when the
/// helper will run in worker processes; `summary` is the element's.
pub fn outline_element(
    ctx: &FileContext<'_>,
    scope: Scope<'_>,
    clause: Node<'_>,
    value: Node<'_>,
    process: bool,
    summary: &Summary,
) -> Result<Outlined, Vec<Reason>> {
    let src = ctx.src();
    let parsed = ctx.parsed;
    let mut reasons = Vec::new();
    let (Some(target), Some(top)) = (field(clause, "left"), top_level_statement(clause)) else {
        return Err(vec![Reason::NoComprehensionTarget]);
    };
    if scope.is_module() {
        return Err(vec![Reason::ModuleLevelTupleComprehension]);
    }
    if nested_function(scope.node) {
        reasons.push(Reason::NestedComprehension);
    }
    let mut target_names = Vec::new();
    py::target_names(src, target, &mut target_names);
    let mut bases = Vec::new();
    py::target_bases(target, &mut bases);
    if target_names.is_empty() || bases.iter().any(|b| b.kind() != "identifier") {
        reasons.push(Reason::ComprehensionTargetNotNames {
            target: text(src, target).to_owned(),
        });
    }
    let names: Vec<String> = target_names.iter().map(|(n, _)| n.clone()).collect();
    let mut visit = |n: Node<'_>| match n.kind() {
        "lambda" if !is_key_argument(src, n) => reasons.push(Reason::ElementLambda),
        "named_expression" | "await" | "yield" => reasons.push(Reason::ElementSuspends {
            code: text(src, n).chars().take(40).collect::<String>(),
        }),
        "string" if n.start_position().row != n.end_position().row => {
            reasons.push(Reason::ElementMultilineString)
        }
        "identifier" if FRAME_SENSITIVE.contains(&text(src, n)) => {
            reasons.push(Reason::ElementFrame {
                name: text(src, n).to_owned(),
            })
        }
        _ => {}
    };
    visit(value);
    py::walk(value, true, &mut visit);
    // Every other name it reads must mean the same in a module-level function: not a local or
    // parameter of the enclosing function.
    let outer = scope::bound_names(src, scope, None);
    let params = scope.params(src);
    let mut loads = Vec::new();
    py::identifier_loads(value, &mut loads);
    for l in &loads {
        let name = text(src, *l);
        if !names.iter().any(|n| n == name)
            && (outer.contains(name) || params.iter().any(|p| p == name))
        {
            reasons.push(Reason::ElementReadsLocal {
                name: name.to_owned(),
            });
        }
    }
    let item_param = scope::fresh_name(ctx.identifiers(), &["item", "element", "entry"]);
    if process {
        crossing_reasons(ctx, scope, clause, &[], &loads, &mut reasons);
        process_reasons(
            ctx,
            scope,
            &[value],
            (value, true),
            (&names, &[]),
            summary,
            &mut reasons,
        );
    }
    if !reasons.is_empty() {
        crate::reason::sort_dedup(&mut reasons);
        return Err(reasons);
    }
    let nl = parsed.style.newline;
    let unit = parsed.style.indent.clone();
    let name = helper_name(ctx, scope);
    let value_text = text(src, value);
    let value_text = if value_text.contains('\n') {
        format!("({value_text})")
    } else {
        value_text.to_owned()
    };
    let text = format!(
        "def {name}({item_param}):{nl}{unit}{} = {item_param}{nl}{unit}return {value_text}{nl}{nl}{nl}",
        py::text(src, target)
    );
    Ok(Outlined {
        name,
        params: Vec::new(),
        insert_at: insertion_point(parsed, top),
        text,
        moved: (value.start_byte(), value.start_byte()),
    })
}

/// What makes a name unpicklable when the enclosing function binds it that way.
fn unpicklable_binding(src: &str, scope: Scope<'_>, name: &str) -> Option<&'static str> {
    let mut kind = None;
    py::walk(scope.body(), false, &mut |n| {
        let binds = |k: Node<'_>| text(src, k) == name;
        match n.kind() {
            "function_definition" | "class_definition" if field(n, "name").is_some_and(binds) => {
                kind = Some("a function or class defined");
            }
            "import_statement" | "import_from_statement" | "aliased_import"
                if kids(n).into_iter().any(|k| {
                    binds(k)
                        || field(k, "alias").is_some_and(binds)
                        || text(src, k).split('.').next() == Some(name)
                }) =>
            {
                kind = Some("imported");
            }
            "as_pattern_target" if kids(n).into_iter().any(binds) || binds(n) => {
                kind = Some("a `with`/`except` target");
            }
            "assignment" => {
                let lhs = field(n, "left").is_some_and(|l| l.kind() == "identifier" && binds(l));
                if lhs && field(n, "right").is_some_and(|r| r.kind() == "lambda") {
                    kind = Some("a lambda");
                }
            }
            _ => {}
        }
    });
    kind
}

/// The statement directly under `module` that holds `node`.
fn top_level_statement(node: Node<'_>) -> Option<Node<'_>> {
    let mut cur = node;
    while let Some(p) = cur.parent() {
        if p.kind() == "module" {
            return Some(cur);
        }
        cur = p;
    }
    None
}

/// Whether the function `node` sits inside another function or a class.
fn nested_function(node: Node<'_>) -> bool {
    let mut cur = node.parent();
    while let Some(p) = cur {
        if matches!(
            p.kind(),
            "function_definition" | "class_definition" | "lambda"
        ) {
            return true;
        }
        cur = p.parent();
    }
    false
}

/// `key=lambda ...` as an argument (sorted, min, max): it does not outlive the call.
fn is_key_argument(src: &str, lambda: Node<'_>) -> bool {
    lambda.parent().is_some_and(|p| {
        p.kind() == "keyword_argument" && field(p, "name").is_some_and(|n| text(src, n) == "key")
    })
}

/// Before `top` and the comment lines directly above it (they describe it).
fn insertion_point(parsed: &crate::source::Parsed, top: Node<'_>) -> usize {
    let mut start = top;
    while let Some(prev) = start.prev_sibling() {
        if prev.kind() == "comment" && prev.end_position().row + 1 == start.start_position().row {
            start = prev;
        } else {
            break;
        }
    }
    parsed.lines.line_start(start.start_byte())
}

/// `_<function>_item`, or `_main_item` for a `__main__` block; never clashes with a name of the
/// file.
fn helper_name(ctx: &FileContext<'_>, scope: Scope<'_>) -> String {
    let base = scope
        .function_name(ctx.src())
        .unwrap_or_else(|| "main".to_owned());
    let base = base.trim_start_matches('_');
    let candidates = [
        format!("_{base}_item"),
        format!("_{base}_one"),
        format!("_{base}_per_item"),
    ];
    let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    scope::fresh_name(ctx.identifiers(), &refs)
}
