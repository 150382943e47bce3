//! PAR102: a comprehension over an expensive pure call.

use crate::ast::Node;
use crate::context::FileContext;
use crate::finding::{Finding, Safety, Strategy};
use crate::loops;
use crate::py::{self, field, kids, text};
use crate::reason::Reason;
use crate::rewrite::{self, Body, Mapper, Plan};
use crate::scope;

use super::declare_rule;
use super::loop_rule::{
    base_finding, checklist, classify, in_coroutine, may_do_work, message, rationale, MIN_ITEMS,
};

declare_rule! {
    /// ## What it does
    /// Finds list, set and dict comprehensions assigned or returned whole, whose element is one
    /// call of an expensive pure function of the item, and evaluates the calls in a
    /// `ProcessPoolExecutor` (or a `ThreadPoolExecutor` when the call waits on I/O).
    ///
    /// ## Why
    /// A comprehension is a loop: each element is computed one after the other on one core.
    /// `Executor.map` spreads the calls over workers and keeps the input order.
    ///
    /// ## Example
    /// ```python
    /// digests = [checksum(blob) for blob in blobs]
    /// ```
    /// becomes
    /// ```python
    /// with ProcessPoolExecutor() as executor:
    ///     digests = list(executor.map(checksum, blobs, chunksize=8))
    /// ```
    ///
    /// `sum(f(x) for x in xs)` (and `min`/`max` of a generator) is rewritten the same way:
    /// `sum(executor.map(f, xs))` folds the results in the caller, in the original order.
    ///
    /// A dict comprehension keeps its keys in the caller: `{o.sku: price(o) for o in orders}`
    /// becomes `dict(zip((o.sku for o in orders), executor.map(price, orders)))`, and
    /// `{k: harden(k, v) for k, v in d.items()}` maps a helper that unpacks each item over
    /// `list(d.items())`. The key may read the item's names (attributes and constant subscripts
    /// of them), or compute from items of plain builtin types with nothing but operators,
    /// f-strings and `str` methods (`name.upper()`, `f"{pkg}@{ver}"`): `zip` reads each key
    /// just before its result, in the order the comprehension did.
    ///
    /// A filtered comprehension (`[f(s) for s in xs if s % 4 == 1]`) is rewritten when its
    /// filters only compare (numbers with numbers, strings with strings, the item of a known
    /// builtin type, literals): the items are filtered first, then mapped.
    ///
    /// ## When it is not applied
    /// Comprehensions whose `if` filter could raise or call something (evaluated for every item
    /// before the calls, it could raise before a call that failed first), several `for` clauses, other generator
    /// expressions (they are lazy), comprehensions nested inside larger expressions, tiny literal
    /// iterables, and every case where the callee is not provably pure and picklable (see
    /// PAR101) are left alone or reported as `review`.
    pub struct Par102 {
        code: "PAR102",
        name: "comprehension-to-pool",
        summary: "comprehension over an expensive pure call"
    }
}

/// PAR102: `x = [f(i) for i in xs]` / `return [...]` with one `for` and no `if`.
pub fn check(ctx: &FileContext<'_>, stmt: Node<'_>) -> Option<Finding> {
    let src = ctx.src();
    // The comprehension, and the assignment's target and annotation (spelled out below, once
    // the statement is known to hold a comprehension: most statements do not).
    let (comp, target) = match stmt.kind() {
        "return_statement" => (kids(stmt).into_iter().next()?, None),
        _ => {
            let e = py::expression_of_statement(stmt)?;
            if e.kind() != "assignment" {
                return None;
            }
            let left = field(e, "left")?;
            let right = field(e, "right")?;
            if left.kind() != "identifier" {
                return None;
            }
            (right, Some((left, field(e, "type"))))
        }
    };
    // `sum(f(x) for x in xs)` (also `min`, `max`, and `sum`'s start value): the fold stays in the
    // caller, in the same order; only the calls move.
    let (comp, ctor, fold_extra) = match comp.kind() {
        "call" => {
            let f = field(comp, "function").filter(|f| f.kind() == "identifier")?;
            let name = text(src, f);
            if !matches!(name, "sum" | "min" | "max")
                || ctx.module.resolve(name)
                    != crate::module::Resolved::Qualified(format!("builtins.{name}"))
                || scope::enclosing_scope(comp)
                    .0
                    .params(src)
                    .iter()
                    .any(|p| p == name)
            {
                return None;
            }
            // `sum(f(x) for x in xs)`: the generator is the arguments node itself.
            let arguments = field(comp, "arguments")?;
            let args: Vec<Node<'_>> = if arguments.kind() == "generator_expression" {
                vec![arguments]
            } else {
                kids(arguments).into_iter().collect()
            };
            let gen = *args
                .first()
                .filter(|g| g.kind() == "generator_expression")?;
            let extra: Vec<&str> = args[1..].iter().map(|a| text(src, *a)).collect();
            let allowed = match name {
                "sum" => args.len() <= 2,
                _ => args.len() == 1,
            };
            let constant = |a: &Node<'_>| match a.kind() {
                "keyword_argument" => {
                    field(*a, "name").is_some_and(|n| text(src, n) == "start")
                        && field(*a, "value").is_some_and(crate::module::is_constant)
                }
                _ => crate::module::is_constant(*a),
            };
            if !allowed || !args[1..].iter().all(constant) {
                return None;
            }
            (
                gen,
                name,
                extra.iter().map(|e| format!(", {e}")).collect::<String>(),
            )
        }
        "list_comprehension" => (comp, "list", String::new()),
        "set_comprehension" => (comp, "set", String::new()),
        "dictionary_comprehension" => (comp, "dict", String::new()),
        _ => return None,
    };
    let assign_prefix = match target {
        None => "return ".to_owned(),
        Some((left, ty)) => py::assignment_prefix(src, left, ty),
    };
    // Cheap shape checks first: most statements are not comprehensions.
    let (scope, in_class) = scope::enclosing_scope(stmt);
    if in_class || in_coroutine(scope) {
        return None;
    }
    let parts = kids(comp);
    let clauses: Vec<Node<'_>> = parts
        .iter()
        .copied()
        .filter(|k| matches!(k.kind(), "for_in_clause" | "if_clause"))
        .collect();
    // One `for`, then any number of `if` filters.
    if clauses.is_empty()
        || clauses[0].kind() != "for_in_clause"
        || py::is_async(clauses[0])
        || clauses[1..].iter().any(|c| c.kind() != "if_clause")
    {
        return None;
    }
    let clause = clauses[0];
    let conditions: Vec<Node<'_>> = clauses[1..]
        .iter()
        .filter_map(|c| kids(*c).into_iter().next())
        .collect();
    let target = field(clause, "left")?;
    let iter = field(clause, "right")?;
    let body = field(comp, "body")?;
    // A dict's key and the element computed from each item.
    let (key, value) = if ctor == "dict" {
        if body.kind() != "pair" {
            return None;
        }
        (Some(field(body, "key")?), field(body, "value")?)
    } else {
        (None, body)
    };
    // `{k: f(v) for k, v in d.items()}` (a list, set or fold of `f(v)` too), `d` a dict and the
    // element reading only the value: the calls map over `d.values()`, in `d`'s order, and a
    // dict takes its keys from `d` itself, so no key crosses to a worker.
    // Any other tuple target (`[f(a, b) for a, b in pairs]`, `{k: f(k, v) for k, v in
    // d.items()}`) is outlined: a helper unpacks each item and returns the element.
    let items = match target.kind() {
        "identifier" => None,
        _ if !conditions.is_empty() => return None,
        _ => match dict_items(ctx, scope, target, iter) {
            Some(i) if loops::mentions(src, value, text(src, i.dict)) => return None,
            Some(i)
                if loops::mentions(src, value, &i.key)
                    || key.is_some_and(|k| k.kind() != "identifier" || text(src, k) != i.key) =>
            {
                None
            }
            other => other,
        },
    };
    let unpacked = items.is_none() && target.kind() != "identifier";
    // The names each item binds.
    let targets: Vec<String> = if unpacked {
        let mut names = Vec::new();
        py::target_names(src, target, &mut names);
        names.into_iter().map(|(n, _)| n).collect()
    } else {
        vec![match &items {
            Some(i) => i.value.clone(),
            None => text(src, target).to_owned(),
        }]
    };
    let t = targets.first()?.clone();
    // A dict's keys: `d` itself over `d.items()`, the items when the key is the item, or the key
    // computed from each item in the caller (`{o.sku: f(o) for o in orders}`) when it only reads
    // the item's names or computes from plain items: `zip` takes each key just before its
    // result, as the comprehension evaluated each key before its value, and the key runs nothing
    // a worker's call could see.
    let keys = match key {
        None => None,
        Some(_) if items.is_some() => None,
        Some(k) if !unpacked && k.kind() == "identifier" && text(src, k) == t => {
            Some("{items}".to_owned())
        }
        Some(k)
            if loops::reads_only_loop_variables(src, k, target)
                || loops::pure_key_of_items(
                    src,
                    k,
                    target,
                    loops::item_type(ctx, scope, iter).as_ref(),
                ) =>
        {
            Some(format!(
                "({} for {} in {{items}})",
                text(src, k),
                text(src, target)
            ))
        }
        Some(_) => return None,
    };
    let range = (comp.start_byte(), comp.end_byte());
    if !may_do_work(value) || !loops::region_may_work(ctx, scope, range, &targets, &[value]) {
        return None;
    }
    let region = loops::analyze_region(ctx, scope, range, &targets, &[value]);
    let work = classify(&region.summary)?;
    let mut reasons = Vec::new();
    for m in &region.mutated {
        if targets.contains(m) {
            reasons.push(Reason::MutatesItem { name: m.clone() });
        } else {
            reasons.push(Reason::MutatesSharedItems { name: m.clone() });
        }
    }
    reasons.extend(crate::boundary::effect_reasons(
        ctx,
        &work.summary,
        crate::boundary::place_of(work.strategy),
    ));
    if let Some(n) = loops::literal_size(src, iter) {
        if n < MIN_ITEMS {
            reasons.push(Reason::FewItems { count: n });
        }
    }
    let module_level = scope.is_module();
    if module_level && !scope::inside_main_guard(src, stmt) {
        reasons.push(Reason::ModuleLevelComprehension);
    }
    if let Some(fname) = scope.function_name(src) {
        let q = format!("{}.{}", ctx.module.name, fname);
        if work.strategy == Strategy::ProcessPool
            && ctx.project.summaries.import_time_reachable.contains(&q)
        {
            reasons.push(Reason::CalledAtImport { function: fname });
        }
    }
    reasons.extend(loops::iterable_reasons(ctx, scope, iter));
    reasons.extend(loops::reflection_reasons(src, scope, Some(range)));
    reasons.extend(crate::boundary::pool_reasons(ctx));
    reasons.extend(crate::boundary::decimal_reasons(ctx));
    reasons.extend(crate::boundary::cost_reasons(work.strategy, &work.summary));
    let process = work.strategy == Strategy::ProcessPool;
    reasons.extend(loops::handler_reasons(src, stmt, process));
    if process {
        reasons.extend(loops::cpu_time_reasons(ctx, scope));
    }
    // Filters run before the calls, all of them first: that changes nothing only when they
    // cannot raise (a failing call could otherwise be overtaken by a failing filter) and do
    // nothing but compare.
    if !conditions.is_empty() {
        let item_ty = loops::item_type(ctx, scope, iter);
        for c in &conditions {
            if !loops::cannot_raise(src, *c, &t, item_ty.as_ref()) {
                reasons.push(Reason::FilterMayRaise {
                    filter: text(src, *c).chars().take(60).collect::<String>(),
                });
            }
        }
    }
    let filter = (!conditions.is_empty()).then(|| {
        let ifs: Vec<&str> = clauses[1..].iter().map(|c| text(src, *c)).collect();
        (t.clone(), ifs.join(" "))
    });
    // A dict is built from the items and the results: an iterable that may not be re-readable
    // is read into a list first; filtered items are collected first.
    let materialize = (items.is_none()
        && (filter.is_some() || (ctor == "dict" && !loops::is_reiterable_name(src, scope, iter))))
    .then(|| scope::fresh_name(ctx.identifiers(), &["items", "work_items", "all_items"]));
    let analyzer = loops::scope_analyzer(ctx, scope);
    let plan = (!unpacked)
        .then(|| loops::call_plan(src, value, &t, &analyzer))
        .flatten();
    let enclosing_q = scope
        .function_name(src)
        .map(|f| format!("{}.{}", ctx.module.name, f));
    let outlined = if unpacked {
        match crate::outline::outline_element(ctx, scope, clause, value, process, &work.summary) {
            Ok(o) => Some(o),
            Err(r) => {
                reasons.extend(r);
                None
            }
        }
    } else {
        None
    };
    if work.strategy == Strategy::ProcessPool && !unpacked {
        match &plan {
            Some(p) => reasons.extend(match &items {
                Some(i) => {
                    let value_ty = Some(i.value_ty.clone());
                    let q = enclosing_q.as_deref();
                    loops::process_pool_reasons_of(ctx, p, q, scope, iter, value_ty).0
                }
                None => loops::process_pool_reasons(ctx, p, enclosing_q.as_deref(), scope, iter).0,
            }),
            None => reasons.push(Reason::ElementNotOneCall),
        }
    }
    let mut finding = base_finding(ctx, comp, "PAR102", &work, scope);
    finding.message = message("PAR102", &work, &[value], src);
    if reasons.is_empty() {
        let inner = if let (Some(i), "dict") = (&items, ctor) {
            format!("dict(zip({}, {{map}}))", text(src, i.dict))
        } else if let Some(keys) = &keys {
            format!("dict(zip({keys}, {{map}}))")
        } else {
            format!("{ctor}({{map}}{fold_extra})")
        };
        let mapper = match (outlined, plan) {
            (Some(o), _) => Mapper::Outlined(o),
            (None, Some(p))
                if work.strategy == Strategy::ProcessPool
                    || (p.positional.len() == 1 && p.keywords.is_empty()) =>
            {
                Mapper::Call(p)
            }
            (None, _) if unpacked => return None,
            (None, _) => Mapper::Lambda {
                target: t.clone(),
                value,
            },
        };
        let chunksize = (work.strategy == Strategy::ProcessPool)
            .then(|| rewrite::chunksize(loops::literal_size(src, iter), ctx.settings.max_workers));
        let plan = Plan {
            strategy: work.strategy,
            mapper,
            iter,
            values_of: items.as_ref().map(|i| i.dict),
            body: Body::Line(format!("{assign_prefix}{inner}")),
            chunksize,
            materialize,
            filter,
            replace: (stmt.start_byte(), stmt.end_byte()),
        };
        match rewrite::build(ctx, &plan) {
            Ok(built) => {
                finding.checklist = checklist(ctx, &work, &plan, &built, None, false);
                finding.rationale = rationale(ctx, &work, &plan);
                finding.fix = Some(built.fix);
                finding.safety = Safety::Safe;
            }
            Err(e) => reasons.push(Reason::CannotRewrite(e)),
        }
    }
    crate::reason::dedup(&mut reasons);
    finding.reasons = crate::reason::render(&reasons);
    Some(finding)
}

/// A comprehension over a dict's items, `for k, v in d.items()`.
struct DictItems<'t> {
    /// `d`, a name.
    dict: Node<'t>,
    key: String,
    value: String,
    /// The type of the dict's values: what crosses to a worker as the item.
    value_ty: crate::kb::Ty,
}

/// `k, v` (or `(k, v)`) over `d.items()`, `d` a name whose type is `dict[K, V]` (a literal, a
/// comprehension, `dict(...)`): not a subclass or a mapping of the project, whose `values()`
/// could differ from the values `items()` pairs with the keys.
fn dict_items<'t>(
    ctx: &FileContext<'_>,
    scope: scope::Scope<'_>,
    target: Node<'t>,
    iter: Node<'t>,
) -> Option<DictItems<'t>> {
    let src = ctx.src();
    if !matches!(target.kind(), "pattern_list" | "tuple_pattern") {
        return None;
    }
    let names = kids(target);
    let [k, v] = names.as_slice() else {
        return None;
    };
    if k.kind() != "identifier" || v.kind() != "identifier" || text(src, *k) == text(src, *v) {
        return None;
    }
    if iter.kind() != "call" || field(iter, "arguments").is_some_and(|a| !kids(a).is_empty()) {
        return None;
    }
    let method = field(iter, "function").filter(|f| f.kind() == "attribute")?;
    let dict = field(method, "object").filter(|o| o.kind() == "identifier")?;
    if field(method, "attribute").map(|a| text(src, a)) != Some("items") {
        return None;
    }
    let types = ctx.scope_types(scope);
    let analyzer = loops::scope_analyzer(ctx, scope)
        .with_summaries(&ctx.project.summaries, &ctx.project.entries)
        .with_types(&types);
    let value_ty = match analyzer.origin(dict).ty {
        Some(crate::kb::Ty::Named(name, kv)) if name == "dict" && kv.len() == 2 => kv[1].clone(),
        _ => return None,
    };
    Some(DictItems {
        dict,
        key: text(src, *k).to_owned(),
        value: text(src, *v).to_owned(),
        value_ty,
    })
}
