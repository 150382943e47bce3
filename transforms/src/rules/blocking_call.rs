//! The analysis behind PAR212 and PAR213: calls inside `async def` that hold the event loop
//! (blocking I/O, CPU-heavy work), whether letting other tasks run while they work is proven
//! harmless, and the rewrite.
//!
//! Moving a call off the event loop adds a suspension point: other tasks run while the call
//! works. Before, nothing else could run there, so the rewrite is `safe` only when no other
//! task can tell: the call itself only reads or waits, the coroutine changes no shared state,
//! nothing it reads after the call can be changed by another task meanwhile, and nothing in the
//! project cancels tasks or limits their time (a timeout could now fire during the call, where
//! the blocked loop used to let it finish late).

use std::collections::BTreeSet;

use crate::ast::Node;

use crate::context::FileContext;
use crate::effects::{summarize_region, BodyAnalyzer, Effect, IoKind, Origin, Summary};
use crate::finding::{CheckItem, Edit, Finding, Fix, ImportNeed, Safety, Strategy, Workload};
use crate::fix;
use crate::kb;
use crate::loops;
use crate::module::BindingKind;
use crate::py::{self, field, kids, text};
use crate::reason::{Reason, Shared};
use crate::scope::{self, Scope};

/// `import asyncio`.
pub(crate) const ASYNCIO: ImportNeed = ImportNeed {
    module: "asyncio",
    name: "",
};

/// `asyncio.to_thread` first appeared in Python 3.9.
const TO_THREAD_SINCE: (u32, u32) = (3, 9);

/// Library calls that are CPU-heavy enough to stall an event loop on ordinary inputs (most
/// "heavy" pure calls, such as `json.loads` or one `sha256`, are not: reporting them would bury
/// the findings that matter).
const HEAVY_LIBRARY_CALLS: [&str; 8] = [
    "hashlib.pbkdf2_hmac",
    "hashlib.scrypt",
    "zlib.compress",
    "zlib.decompress",
    "bz2.compress",
    "bz2.decompress",
    "lzma.compress",
    "lzma.decompress",
];

/// What a call found inside a coroutine does to the event loop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `time.sleep(...)`.
    Sleep,
    /// Blocking I/O (a library call or a project function that does I/O).
    Blocking,
    /// `open(...)`: the file object's reads and writes block too.
    Open,
    /// CPU-heavy work without I/O.
    Heavy,
}

struct Candidate<'t> {
    call: Node<'t>,
    func: Node<'t>,
    kind: Kind,
    /// A decorated project function: the decorator may change what calling it does.
    decorated: bool,
    /// What the call itself does (its own effects, folded through project functions).
    effects: Summary,
}

/// PAR212 and PAR213 findings of a file.
pub fn check(ctx: &FileContext<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    if !ctx.src().contains("async") {
        return out;
    }
    py::walk(ctx.parsed.root(), true, &mut |n| {
        if n.kind() == "function_definition" && py::is_async(n) {
            check_coroutine(ctx, n, &mut out);
        }
    });
    out
}

fn check_coroutine(ctx: &FileContext<'_>, def: Node<'_>, out: &mut Vec<Finding>) {
    let src = ctx.src();
    let Some(body) = field(def, "body") else {
        return;
    };
    let scope = Scope { node: def };
    let resolver = loops::scope_analyzer(ctx, scope);
    let mut candidates = Vec::new();
    py::walk(body, false, &mut |n| {
        if n.kind() == "call" {
            if let Some(c) = classify(ctx, &resolver, n) {
                candidates.push(c);
            }
        }
    });
    if candidates.is_empty() {
        return;
    }
    // The coroutine as a whole: its effects and the origins of its names.
    let params = scope.params(src);
    let mut analyzer = BodyAnalyzer::new(ctx.module, src, &params)
        .with_summaries(&ctx.project.summaries, &ctx.project.entries);
    let parameters = field(def, "parameters");
    if let (Some(p), Some(name)) = (parameters, field(def, "name")) {
        analyzer.note_parameter_defaults(text(src, name), p);
        analyzer.note_parameter_types(p);
    }
    analyzer.analyze_in_place(&[body]);
    let whole = summarize_region(
        &analyzer.facts,
        &ctx.project.summaries,
        &ctx.project.entries,
    );
    let immutable = parameters
        .map(|p| immutable_parameters(src, p))
        .unwrap_or_default();
    let coroutine = Coroutine {
        scope,
        params,
        immutable,
        analyzer,
        whole,
    };
    for c in candidates {
        out.push(finding(ctx, &coroutine, c));
    }
}

/// What the analysis knows about the coroutine a call sits in.
struct Coroutine<'a, 't> {
    scope: Scope<'t>,
    params: Vec<String>,
    /// Parameters annotated with an immutable type (`url: str`).
    immutable: BTreeSet<String>,
    analyzer: BodyAnalyzer<'a>,
    whole: Summary,
}

fn classify<'t>(
    ctx: &FileContext<'_>,
    resolver: &BodyAnalyzer<'_>,
    call: Node<'t>,
) -> Option<Candidate<'t>> {
    if call.parent().is_some_and(|p| p.kind() == "await") {
        return None;
    }
    let func = field(call, "function")?;
    let q = resolver.qualified(func)?;
    let io = |kind: IoKind, call: &str| {
        let mut s = Summary::default();
        s.effects.insert(Effect::Io {
            kind,
            call: call.to_owned(),
        });
        s
    };
    let mut decorated = false;
    let (kind, effects) = if q == "builtins.open" {
        (Kind::Open, io(IoKind::FileRead, "open"))
    } else if q == "time.sleep" {
        (Kind::Sleep, io(IoKind::Sleep, "time.sleep"))
    } else if let Some(entry) = kb::function(&q) {
        match entry.io() {
            Some(kind) if !q.starts_with("asyncio.") => (Kind::Blocking, io(kind, &q)),
            None if HEAVY_LIBRARY_CALLS.contains(&q.as_str()) => (Kind::Heavy, Summary::default()),
            _ => return None,
        }
    } else {
        let def = ctx.project.functions.get(&q)?;
        // A generator does its work when iterated, not when called.
        if def.is_async || def.is_generator {
            return None;
        }
        decorated = def.decorated;
        let summary = ctx.project.summaries.by_name.get(&q)?;
        if !summary.io_kinds().is_empty() {
            (Kind::Blocking, summary.clone())
        } else if summary.heavy {
            (Kind::Heavy, summary.clone())
        } else {
            return None;
        }
    };
    Some(Candidate {
        call,
        func,
        kind,
        decorated,
        effects,
    })
}

fn finding(ctx: &FileContext<'_>, co: &Coroutine<'_, '_>, c: Candidate<'_>) -> Finding {
    let src = ctx.src();
    let callee_text = text(src, c.func).to_owned();
    let (rule, workload, strategy) = match c.kind {
        Kind::Sleep => ("PAR212", Workload::Io, Strategy::AsyncioSleep),
        Kind::Blocking | Kind::Open => ("PAR212", Workload::Io, Strategy::ToThread),
        Kind::Heavy => ("PAR213", Workload::Cpu, Strategy::ProcessPool),
    };
    let mut reasons: Vec<Reason> = Vec::new();
    match c.kind {
        Kind::Open => reasons.push(Reason::OpenInCoroutine),
        Kind::Sleep => {
            if !is_non_negative_number(src, c.call) {
                reasons.push(Reason::SleepDelay {
                    call: short(text(src, c.call)),
                });
            }
        }
        Kind::Blocking => {
            reasons.extend(crate::boundary::effect_reasons(
                ctx,
                &c.effects,
                crate::vocab::Place::ContextThread,
            ));
            if !c.effects.mutated_params.is_empty() {
                reasons.push(Reason::ThreadMutatesArgument {
                    callee: callee_text.clone(),
                });
            }
        }
        Kind::Heavy => {
            reasons.push(Reason::OneCallPool);
            reasons.extend(crate::boundary::effect_reasons(
                ctx,
                &c.effects,
                crate::vocab::Place::SpawnedProcess,
            ));
        }
    }
    if c.decorated {
        reasons.push(Reason::DecoratedBlocking {
            callee: callee_text.clone(),
        });
    }
    if matches!(c.kind, Kind::Blocking | Kind::Open | Kind::Heavy) {
        reasons.extend(argument_reasons(ctx, co, c.call));
    }
    if strategy == Strategy::ToThread {
        match ctx.settings.min_python {
            Some(v) if v >= TO_THREAD_SINCE => {}
            Some((major, minor)) => reasons.push(Reason::ToThreadPython { major, minor }),
            None => reasons.push(Reason::NoRequiresPython),
        }
    }
    reasons.extend(interleaving_reasons(ctx, co, &c));
    reasons.extend(crate::boundary::pool_reasons(ctx));
    reasons.extend(crate::boundary::decimal_reasons(ctx));
    if c.kind != Kind::Heavy {
        if let Some(f) = co.scope.function_name(src) {
            reasons.extend(crate::boundary::peer_reasons(
                ctx,
                &format!("{}.{f}", ctx.module.name),
            ));
        }
    }
    crate::reason::dedup(&mut reasons);

    let (line, column) = ctx.parsed.lines.line_col(src, c.call.start_byte());
    let (end_line, end_column) = ctx.parsed.lines.line_col(src, c.call.end_byte());
    let function = co.scope.function_name(src);
    let fname = function.clone().unwrap_or_default();
    let proposed = proposal(ctx, &c, strategy);
    let what = match c.kind {
        Kind::Sleep => "sleeps".to_owned(),
        Kind::Heavy => "does CPU-heavy work".to_owned(),
        _ => {
            let kinds: Vec<&str> = c.effects.io_kinds().iter().map(|k| k.describe()).collect();
            if kinds.is_empty() {
                "blocks".to_owned()
            } else {
                format!("blocks on {}", kinds.join(", "))
            }
        }
    };
    let message = match &proposed {
        Ok((p, _)) if c.kind != Kind::Open => format!(
            "`{callee_text}` {what} inside `async def {fname}`, holding up every other task; proposed: `{}`",
            short(p)
        ),
        _ => format!(
            "`{callee_text}` {what} inside `async def {fname}`, holding up every other task"
        ),
    };
    let name = super::info(rule).map(|i| i.name).unwrap_or("");
    let mut finding = Finding {
        rule,
        name,
        path: ctx.path.to_owned(),
        line,
        column,
        end_line,
        end_column,
        workload,
        strategy,
        safety: Safety::Review,
        reasons: vec![],
        message,
        fix: None,
        cost: None,
        function,
        rationale: String::new(),
        checklist: vec![],
        start_byte: c.call.start_byte(),
        end_byte: c.call.end_byte(),
    };
    match proposed {
        Err(e) => reasons.push(Reason::CannotRewrite(e)),
        Ok((content, import)) if reasons.is_empty() => {
            let mut imports = Vec::new();
            let mut edits = Vec::new();
            if let Some(need) = import.clone() {
                let needs: BTreeSet<ImportNeed> = [need.clone()].into_iter().collect();
                edits = fix::import_edits(ctx.parsed, &needs);
                imports.push(need);
            }
            let body = Edit {
                start: c.call.start_byte(),
                end: c.call.end_byte(),
                content,
            };
            edits.push(body.clone());
            edits.sort_by_key(|e| (e.start, e.end));
            finding.fix = Some(Fix {
                applicability: "safe",
                edits,
                body_edits: vec![body],
                imports,
                helpers: vec![],
            });
            finding.safety = Safety::Safe;
            finding.rationale = rationale(&c, &callee_text);
            finding.checklist = checklist(ctx, &c, &callee_text, import.is_some());
        }
        Ok(_) => {}
    }
    finding.reasons = crate::reason::render(&reasons);
    finding
}

/// The replacement for the call, and the import it needs (when `asyncio` is not imported yet).
fn proposal(
    ctx: &FileContext<'_>,
    c: &Candidate<'_>,
    strategy: Strategy,
) -> Result<(String, Option<ImportNeed>), fix::FixError> {
    let src = ctx.src();
    let (asyncio, add) = fix::spell_module(ctx.module, ctx.parsed, &ASYNCIO)?;
    let import = add.then_some(ASYNCIO);
    let func = text(src, c.func);
    let args = field(c.call, "arguments");
    let inner = match args {
        Some(a) if a.kind() == "argument_list" => {
            let t = text(src, a);
            t.strip_prefix('(')
                .and_then(|t| t.strip_suffix(')'))
                .unwrap_or(t)
                .trim()
                .to_owned()
        }
        // `f(x for x in xs)`: a generator argument.
        Some(a) => text(src, a).to_owned(),
        None => String::new(),
    };
    let with_func = |prefix: &str| {
        if inner.is_empty() {
            format!("{prefix}({func})")
        } else {
            format!("{prefix}({func}, {inner})")
        }
    };
    let mut expr = match strategy {
        Strategy::AsyncioSleep => format!("await {asyncio}.sleep({inner})"),
        Strategy::ToThread => format!("await {}", with_func(&format!("{asyncio}.to_thread"))),
        _ => {
            // run_in_executor takes positional arguments only.
            let has_keywords = args.is_some_and(|a| {
                kids(a)
                    .iter()
                    .any(|k| matches!(k.kind(), "keyword_argument" | "dictionary_splat"))
            });
            let call = if has_keywords {
                format!("functools.partial({func}, {inner})")
            } else {
                func.to_owned()
            };
            let rest = if has_keywords || inner.is_empty() {
                String::new()
            } else {
                format!(", {inner}")
            };
            format!("await {asyncio}.get_running_loop().run_in_executor(pool, {call}{rest})")
        }
    };
    let needs_parens = c.call.parent().is_some_and(|p| {
        matches!(p.kind(), "attribute" | "subscript" | "call")
            || (p.kind() == "binary_operator"
                && field(p, "operator").is_some_and(|o| text(src, o) == "**"))
    });
    if needs_parens {
        expr = format!("({expr})");
    }
    Ok((expr, import))
}

/// Arguments handed to another thread or process while other tasks run: each must be a value
/// no other task can change meanwhile.
fn argument_reasons(ctx: &FileContext<'_>, co: &Coroutine<'_, '_>, call: Node<'_>) -> Vec<Reason> {
    let src = ctx.src();
    let Some(args) = field(call, "arguments") else {
        return vec![];
    };
    let mut out = Vec::new();
    for a in kids(args) {
        let value = match a.kind() {
            "keyword_argument" => field(a, "value"),
            _ => Some(a),
        };
        let Some(value) = value else { continue };
        if let Some(why) = shared_value(ctx, co, value) {
            out.push(Reason::HandedToThread {
                value: short(text(src, value)),
                why,
            });
        }
    }
    out
}

/// Why a value may be changed by another task (`None`: it cannot): every name it reads is a
/// local holding a new object, a parameter annotated with an immutable type, or module state
/// nothing changes at run time; anything else may be shared.
fn shared_value(ctx: &FileContext<'_>, co: &Coroutine<'_, '_>, value: Node<'_>) -> Option<Shared> {
    let src = ctx.src();
    let mut idents = Vec::new();
    py::identifier_loads(value, &mut idents);
    for ident in idents {
        let name = text(src, ident);
        if let Some(why) = shared_name(ctx, co, name, ident) {
            return Some(why);
        }
    }
    None
}

fn shared_name(
    ctx: &FileContext<'_>,
    co: &Coroutine<'_, '_>,
    name: &str,
    ident: Node<'_>,
) -> Option<Shared> {
    let name_owned = || name.to_owned();
    if co.params.iter().any(|p| p == name) {
        if co.immutable.contains(name) {
            return None;
        }
        if co.params.first().is_some_and(|p| p == name) && matches!(name, "self" | "cls") {
            return Some(Shared::Receiver { name: name_owned() });
        }
        return Some(Shared::FromCaller { name: name_owned() });
    }
    let origin: Origin = co.analyzer.origin(ident);
    if origin.unknown {
        return Some(Shared::UnknownOrigin { name: name_owned() });
    }
    for p in &origin.params {
        let param = co.params.get(*p).map(String::as_str).unwrap_or("?");
        if !co.immutable.contains(param) {
            return Some(Shared::HoldsParameter {
                name: name_owned(),
                param: param.to_owned(),
            });
        }
    }
    for (module, global) in &origin.globals {
        if global.contains('.') || global.contains('(') {
            // A function, class or module reached by name, or a parameter default: judged by
            // whether something changes it at run time.
            let (m, n) = match global.rsplit_once('.') {
                Some((m, n)) if !global.contains('(') => (m.to_owned(), n.to_owned()),
                _ => (module.clone(), global.clone()),
            };
            if ctx.project.changed_at_run_time(&m, &n) {
                return Some(Shared::ChangedGlobal {
                    global: global.clone(),
                });
            }
            continue;
        }
        let binding = ctx.module.bindings.get(global);
        let static_kind = binding.is_some_and(|b| {
            matches!(
                b.kind,
                BindingKind::Function | BindingKind::Class | BindingKind::Import
            )
        });
        if !static_kind && ctx.project.changed_at_run_time(module, global) {
            return Some(Shared::ChangedModuleState {
                global: global.clone(),
            });
        }
    }
    None
}

/// What other tasks running in the middle of the coroutine could observe or change.
fn interleaving_reasons(
    ctx: &FileContext<'_>,
    co: &Coroutine<'_, '_>,
    c: &Candidate<'_>,
) -> Vec<Reason> {
    let src = ctx.src();
    let mut out = Vec::new();
    // Inside a `with` block (not `async with`): a lock, a redirect or a transaction would be
    // held across the new suspension point, and would not apply to a worker thread.
    let mut cur = c.call.parent();
    while let Some(p) = cur {
        if p.id() == co.scope.node.id() {
            break;
        }
        if p.kind() == "with_statement" && !py::is_async(p) {
            let clause = kids(p).into_iter().find(|k| k.kind() == "with_clause");
            if !clause.is_some_and(|cl| loops::opens_only(src, cl)) {
                out.push(Reason::InsideWithBlock);
            }
        }
        cur = p.parent();
    }
    // The coroutine's own effects, other than the call's.
    for e in &co.whole.effects {
        if c.effects.effects.contains(e) {
            continue;
        }
        if matches!(e, Effect::Io { kind, .. } if kind.is_concurrency_safe()) {
            continue;
        }
        // A setting nothing in the project changes cannot change while other tasks run.
        if let Effect::ReadsSetting { setting, .. } = e {
            if !ctx.project.settings_written.contains(setting) {
                continue;
            }
        }
        out.push(Reason::CoroutineAlso(e.clone()));
    }
    for p in &co.whole.mutated_params {
        if let Some(name) = co.params.get(*p) {
            out.push(Reason::CoroutineMutates { name: name.clone() });
        }
    }
    // Reads after the call of values another task could change while it waits. In a loop,
    // the statements before the call run after it in the next iteration.
    let mut after = c.call.end_byte();
    let mut cur = c.call.parent();
    while let Some(p) = cur {
        if p.id() == co.scope.node.id() {
            break;
        }
        if matches!(p.kind(), "for_statement" | "while_statement") {
            after = after.min(p.start_byte());
        }
        cur = p.parent();
    }
    let body = co.scope.body();
    let mut idents = Vec::new();
    py::identifier_loads(body, &mut idents);
    let mut shared: Vec<Reason> = Vec::new();
    for ident in idents {
        if ident.start_byte() < after
            || (ident.start_byte() >= c.call.start_byte() && ident.end_byte() <= c.call.end_byte())
            || scope::is_store(ident)
        {
            continue;
        }
        let name = text(src, ident);
        if shared
            .iter()
            .any(|s| matches!(s, Reason::ReadsShared { name: n, .. } if n == name))
        {
            continue;
        }
        if let Some(why) = shared_name(ctx, co, name, ident) {
            let line = ctx.parsed.lines.line_col(src, ident.start_byte()).0;
            shared.push(Reason::ReadsShared {
                name: name.to_owned(),
                line,
                why,
            });
        }
    }
    out.extend(shared.into_iter().take(3));
    // Cancellation and timeouts could now interrupt the call.
    if let Some(first) = crate::boundary::cancellation(ctx) {
        out.push(Reason::CancelsCall { site: first });
    }
    out
}

/// Parameters annotated with an immutable type: `str`, `int`, `float`, `bool`, `bytes`,
/// `complex`, `Path`, `None`, and `Optional`/`|` unions of them.
fn immutable_parameters(src: &str, parameters: Node<'_>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for p in kids(parameters) {
        let name = match p.kind() {
            "typed_parameter" => kids(p).into_iter().find(|k| k.kind() == "identifier"),
            "typed_default_parameter" => field(p, "name"),
            _ => None,
        };
        let (Some(name), Some(ty)) = (name, field(p, "type")) else {
            continue;
        };
        if is_immutable_annotation(text(src, ty)) {
            out.insert(text(src, name).to_owned());
        }
    }
    out
}

fn is_immutable_annotation(ty: &str) -> bool {
    let ty: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    let ty = ty.trim_matches(|c| c == '"' || c == '\'');
    if ty.contains('|') {
        return ty.split('|').all(is_immutable_annotation);
    }
    for wrapper in ["Optional[", "typing.Optional["] {
        if let Some(inner) = ty.strip_prefix(wrapper).and_then(|t| t.strip_suffix(']')) {
            return is_immutable_annotation(inner);
        }
    }
    matches!(
        ty,
        "str"
            | "int"
            | "float"
            | "bool"
            | "bytes"
            | "complex"
            | "None"
            | "Path"
            | "pathlib.Path"
            | "PurePath"
            | "pathlib.PurePath"
    )
}

/// `time.sleep(0.5)`: one positional argument that is a non-negative int or float literal.
fn is_non_negative_number(src: &str, call: Node<'_>) -> bool {
    let args: Vec<Node<'_>> = field(call, "arguments")
        .map(kids)
        .unwrap_or_default()
        .to_vec();
    matches!(args.as_slice(), [a] if matches!(a.kind(), "integer" | "float") && !text(src, *a).contains(['j', 'J']))
}

fn rationale(c: &Candidate<'_>, callee: &str) -> String {
    match c.kind {
        Kind::Sleep => format!(
            "`{callee}` stops the whole event loop: no other task runs until it returns. `asyncio.sleep` waits the same time \
             but suspends only this coroutine."
        ),
        _ => format!(
            "`{callee}` blocks: while it waits, the event loop cannot run any other task. `asyncio.to_thread` runs the same call \
             with the same arguments in the loop's default thread pool and suspends only this coroutine; the GIL is released \
             while the thread waits."
        ),
    }
}

fn checklist(
    ctx: &FileContext<'_>,
    c: &Candidate<'_>,
    callee: &str,
    import_added: bool,
) -> Vec<CheckItem> {
    let mut items = Vec::new();
    let kinds: Vec<&str> = c.effects.io_kinds().iter().map(|k| k.describe()).collect();
    items.push(CheckItem {
        item: "No shared mutable state",
        evidence: format!(
            "the call only does {}; the coroutine changes no shared state, and what it reads after the call no other task can change (checked across the project)",
            kinds.join(", ")
        ),
    });
    items.push(CheckItem {
        item: "Same call, same result",
        evidence: match c.kind {
            Kind::Sleep => "the same delay, a number literal (so no `ValueError` is lost)".to_owned(),
            _ => format!("`{callee}` gets the same arguments, evaluated where they were; its result or exception comes back to the coroutine"),
        },
    });
    items.push(CheckItem {
        item: "Exceptions propagate",
        evidence: match c.kind {
            Kind::Sleep => "`asyncio.sleep` raises nothing `time.sleep` would not".to_owned(),
            _ => "`asyncio.to_thread` re-raises the call's exception in the coroutine".to_owned(),
        },
    });
    items.push(CheckItem {
        item: "Cancellation",
        evidence: "nothing in the project cancels tasks or limits their time, so no caller can interrupt the call where it used to finish".to_owned(),
    });
    if c.kind != Kind::Sleep {
        let version = ctx
            .settings
            .min_python
            .map(|(a, b)| format!("{a}.{b}"))
            .unwrap_or_default();
        items.push(CheckItem {
            item: "Python version",
            evidence: format!(
                "`asyncio.to_thread` needs 3.9; the project requires {version} or later"
            ),
        });
        items.push(CheckItem {
            item: "Worker count bounded",
            evidence: "the event loop's default thread pool (at most 32 threads)".to_owned(),
        });
    }
    items.push(CheckItem {
        item: "Imports",
        evidence: if import_added {
            "`import asyncio` added".to_owned()
        } else {
            "existing `import asyncio` reused".to_owned()
        },
    });
    items
}

fn short(s: &str) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 100 {
        let cut: String = one_line.chars().take(97).collect();
        format!("{cut}...")
    } else {
        one_line
    }
}
