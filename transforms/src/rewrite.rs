//! Rewrite templates: an executor `with` block replacing a loop or comprehension statement.

use crate::ast::Node;

use crate::context::FileContext;
use crate::finding::{Edit, Fix, ImportNeed, Strategy};
use crate::fix::{self, FixError};
use crate::loops::CallPlan;
use crate::outline::Outlined;
use crate::py::{field, text};
use crate::scope;

pub const PROCESS_POOL: ImportNeed = ImportNeed {
    module: "concurrent.futures",
    name: "ProcessPoolExecutor",
};
pub const THREAD_POOL: ImportNeed = ImportNeed {
    module: "concurrent.futures",
    name: "ThreadPoolExecutor",
};
pub const REPEAT: ImportNeed = ImportNeed {
    module: "itertools",
    name: "repeat",
};
pub const PARTIAL: ImportNeed = ImportNeed {
    module: "functools",
    name: "partial",
};

/// Default thread count for I/O pools when the config sets none.
pub const DEFAULT_THREADS: u32 = 8;

/// What the per-item work looks like in the rewrite.
pub enum Mapper<'t> {
    /// A module-level call with the item as one positional argument.
    Call(CallPlan<'t>),
    /// Any expression of the item (threads only): `lambda item: <expr>`.
    Lambda { target: String, value: Node<'t> },
    /// The loop body moved into a new module-level function.
    Outlined(Outlined),
}

/// The statement(s) inside the `with` block; `{map}` is the `executor.map(...)` expression.
pub enum Body {
    /// One line, e.g. `results = list({map})`.
    Line(String),
    /// `for {var} in {map}:` then the original statement with the value replaced.
    ForEach { var: String, stmt: String },
}

pub struct Plan<'t> {
    pub strategy: Strategy,
    pub mapper: Mapper<'t>,
    pub iter: Node<'t>,
    /// The iterable to map when it is not `iter` itself: `d.values()` for a comprehension over
    /// `d.items()` whose element reads only the value (its keys are taken from `d`).
    pub values_of: Option<Node<'t>>,
    pub body: Body,
    /// Process pools: chunksize to pass.
    pub chunksize: Option<u64>,
    /// Read the iterable once into a list of this name before mapping (`{items}` in the body
    /// is that list, or the iterable itself when this is `None`): a dict rebuilt from its keys
    /// and results reads the items twice.
    pub materialize: Option<String>,
    /// The `if` clauses of a filtered comprehension, with its target (`("s", "if s % 4 == 1")`):
    /// the items are filtered into the materialized list first.
    pub filter: Option<(String, String)>,
    /// Byte range of the statements replaced (whole lines).
    pub replace: (usize, usize),
}

/// How the pool is spelled and sized, for the checklist.
pub struct Built {
    pub fix: Fix,
    pub executor_text: String,
    pub imports_added: Vec<String>,
}

pub fn build(ctx: &FileContext<'_>, plan: &Plan<'_>) -> Result<Built, FixError> {
    let src = ctx.src();
    let parsed = ctx.parsed;
    let (start, end) = fix::whole_lines(parsed, plan.replace.0, plan.replace.1)?;
    let indent = fix::indent_at(parsed, plan.replace.0);
    let unit = parsed.style.indent.clone();
    let nl = parsed.style.newline;

    let mut needs = Vec::new();
    let mut spell = |need: ImportNeed| -> Result<String, FixError> {
        let (spelled, add) = fix::spell(ctx.module, ctx.identifiers(), &need)?;
        if add {
            needs.push(need);
        }
        Ok(spelled)
    };
    let executor_class = match plan.strategy {
        Strategy::ProcessPool => spell(PROCESS_POOL)?,
        _ => spell(THREAD_POOL)?,
    };
    let workers = match plan.strategy {
        Strategy::ProcessPool => ctx.settings.max_workers.map(|w| format!("max_workers={w}")),
        _ => Some(format!(
            "max_workers={}",
            ctx.settings.max_workers.unwrap_or(DEFAULT_THREADS)
        )),
    };
    let executor_text = format!("{executor_class}({})", workers.unwrap_or_default());
    let ex = scope::fresh_name(
        ctx.identifiers(),
        &["executor", "pool", "parallel_executor"],
    );

    let mut iter_text = match plan.values_of {
        Some(d) => format!("{}.values()", text(src, d)),
        None => text(src, plan.iter).to_owned(),
    };
    if plan.values_of.is_none()
        && matches!(
            plan.iter.kind(),
            "expression_list" | "lambda" | "named_expression"
        )
    {
        iter_text = format!("({iter_text})");
    }
    let materialized = plan.materialize.as_ref().map(|name| match &plan.filter {
        Some((t, ifs)) => format!("{name} = [{t} for {t} in {iter_text} {ifs}]"),
        None => format!("{name} = list({iter_text})"),
    });
    if let Some(name) = &plan.materialize {
        iter_text = name.clone();
    }
    let map_expr = match &plan.mapper {
        Mapper::Call(call) => {
            let mut callee = text(src, call.callee).to_owned();
            if !call.keywords.is_empty() {
                let partial = spell(PARTIAL)?;
                let kws: Vec<&str> = call.keywords.iter().map(|k| text(src, *k)).collect();
                callee = format!("{partial}({callee}, {})", kws.join(", "));
            }
            let mut args = vec![callee];
            for p in &call.positional {
                match p {
                    None => args.push(iter_text.clone()),
                    Some(e) => {
                        let repeat = spell(REPEAT)?;
                        args.push(format!("{repeat}({})", text(src, *e)));
                    }
                }
            }
            if let Some(c) = plan.chunksize {
                args.push(format!("chunksize={c}"));
            }
            format!("{ex}.map({})", args.join(", "))
        }
        Mapper::Lambda { target, value } => {
            format!(
                "{ex}.map(lambda {target}: {}, {iter_text})",
                text(src, *value)
            )
        }
        Mapper::Outlined(o) => {
            let mut callee = o.name.clone();
            if !o.params.is_empty() {
                let partial = spell(PARTIAL)?;
                let kws: Vec<String> = o.params.iter().map(|p| format!("{p}={p}")).collect();
                callee = format!("{partial}({callee}, {})", kws.join(", "));
            }
            let mut args = vec![callee, iter_text.clone()];
            if let Some(c) = plan.chunksize {
                args.push(format!("chunksize={c}"));
            }
            format!("{ex}.map({})", args.join(", "))
        }
    };
    // Comments of an outlined body moved into the helper with it.
    let moved = match &plan.mapper {
        Mapper::Outlined(o) => Some(o.moved),
        _ => None,
    };

    let mut out = String::new();
    for c in fix::comments_in(parsed, start, end) {
        if moved.is_some_and(|(s, e)| (s..e).contains(&c.0)) {
            continue;
        }
        out.push_str(&format!("{indent}{}{nl}", c.1));
    }
    out.push_str(&format!("{indent}with {executor_text} as {ex}:{nl}"));
    if let Some(line) = &materialized {
        out.push_str(&format!("{indent}{unit}{line}{nl}"));
    }
    match &plan.body {
        Body::Line(line) => {
            out.push_str(&format!(
                "{indent}{unit}{}{nl}",
                line.replace("{map}", &map_expr)
                    .replace("{items}", &iter_text)
            ));
        }
        Body::ForEach { var, stmt } => {
            out.push_str(&format!("{indent}{unit}for {var} in {map_expr}:{nl}"));
            for line in stmt.lines() {
                out.push_str(&format!("{indent}{unit}{unit}{line}{nl}"));
            }
        }
    }
    // Keep the file's final-newline state when the loop was the last line without one.
    if end == src.len() && !src.ends_with('\n') {
        let trimmed = out.trim_end_matches(['\r', '\n']).len();
        out.truncate(trimmed);
    }
    let mut body_edits = vec![Edit {
        start,
        end,
        content: out,
    }];
    if let Mapper::Outlined(o) = &plan.mapper {
        body_edits.insert(
            0,
            Edit {
                start: o.insert_at,
                end: o.insert_at,
                content: o.text.clone(),
            },
        );
    }
    let needs_set: std::collections::BTreeSet<ImportNeed> = needs.iter().cloned().collect();
    let import_edits = fix::import_edits(parsed, &needs_set);
    let imports_added = needs
        .iter()
        .map(|n| format!("from {} import {}", n.module, n.name))
        .collect();
    // Imports first: an inserted helper may start where the imports go.
    let mut edits = import_edits;
    edits.extend(body_edits.iter().cloned());
    edits.sort_by_key(|e| (e.start, e.end));
    Ok(Built {
        fix: Fix {
            applicability: "safe",
            edits,
            body_edits,
            imports: needs,
            helpers: vec![],
        },
        executor_text,
        imports_added,
    })
}

/// Chunk size for a process pool: about four chunks per worker when the size is known.
pub fn chunksize(known_len: Option<u64>, max_workers: Option<u32>) -> u64 {
    match known_len {
        Some(n) => {
            let workers = u64::from(max_workers.unwrap_or(4)).max(1);
            (n / (4 * workers)).clamp(1, 256)
        }
        None => 8,
    }
}

/// The statement that precedes `stmt` in its block (comments skipped).
pub fn previous_statement(stmt: Node<'_>) -> Option<Node<'_>> {
    let mut prev = stmt.prev_named_sibling();
    while let Some(p) = prev {
        if p.kind() != "comment" {
            return Some(p);
        }
        prev = p.prev_named_sibling();
    }
    None
}

/// `acc = []` / `acc = list()` (and `{}`/`dict()`, `set()`) with an optional annotation.
pub fn is_empty_init(src: &str, stmt: Node<'_>, acc: &str, kind: &str) -> bool {
    let Some(e) = crate::py::expression_of_statement(stmt) else {
        return false;
    };
    if e.kind() != "assignment" {
        return false;
    }
    let (Some(l), Some(r)) = (field(e, "left"), field(e, "right")) else {
        return false;
    };
    if l.kind() != "identifier" || text(src, l) != acc {
        return false;
    }
    let r_text: String = text(src, r)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    match kind {
        "list" => r_text == "[]" || r_text == "list()",
        "dict" => r_text == "{}" || r_text == "dict()",
        "set" => r_text == "set()",
        _ => false,
    }
}
