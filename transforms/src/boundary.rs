//! The boundary between the caller and the workers of a rewrite: what a worker sees of the
//! caller's state, what it runs again, and what crosses to it and back.
//!
//! - **Inherited state.** A spawned worker process starts from a fresh interpreter: it sees the
//!   environment, the working directory, `sys.path` and the module state as imported, and none
//!   of the settings made at run time (decimal context, recursion limit, locale, warnings
//!   filters, logging configuration, module variables assigned after import). A pool thread
//!   shares the process but has its own thread-locals, context variables and decimal context.
//!   `Setting::visible_in` is the table; [`effect_reasons`] applies it.
//! - **What crosses.** Items, extra arguments and results are pickled: a result must not hold
//!   anything that fails to pickle or comes back as another object ([`result_reasons`]).

use crate::context::FileContext;
use crate::effects::{Effect, Summary};
use crate::finding::Strategy;
use crate::kb::Ty;
use crate::reason::{Conflict, Reason, ResultSource};
use crate::vocab::{HazardKind, IoKind, Place, Setting};

/// Why the effects of the per-item work keep a rewrite that runs it in `place` from being
/// safe, as reasons: effects that change shared state or output, settings the worker would
/// not see, and methods called on values of unknown type that a class of this project also
/// defines (the duck entries they were judged by may not be what runs).
pub fn effect_reasons(ctx: &FileContext<'_>, summary: &Summary, place: Place) -> Vec<Reason> {
    // Drawing from the shared generator says it all: its state is not a second reason.
    let draws = summary
        .effects
        .iter()
        .any(|e| matches!(e, Effect::Rng { .. }));
    let mut out: Vec<Reason> = summary
        .effects
        .iter()
        .filter(|e| forbidden(ctx, e, place))
        .filter(|e| {
            !(draws
                && matches!(
                    e,
                    Effect::ReadsSetting {
                        setting: Setting::RandomState,
                        ..
                    }
                ))
        })
        .cloned()
        .map(Reason::Effect)
        .collect();
    // A string method called on a value the code was handed, whose type is not known here.
    let untyped: std::collections::BTreeSet<&str> = summary
        .duck_params
        .iter()
        .map(|(_, m)| m.as_str())
        .collect();
    for m in untyped {
        out.push(Reason::UntypedDuckCall {
            method: m.to_owned(),
        });
    }
    for m in &summary.duck_calls {
        if let Some(class) = ctx.project.class_methods.get(m) {
            out.push(Reason::ProjectDuckCall {
                method: m.clone(),
                class: class.clone(),
            });
        }
    }
    out
}

/// Whether an effect keeps work that runs in `place` from being safe, given what the project
/// changes: a setting programs rarely change counts as its default unless the project changes it.
fn forbidden(ctx: &FileContext<'_>, e: &Effect, place: Place) -> bool {
    let Effect::ReadsSetting { setting, .. } = e else {
        return e.forbids(place);
    };
    let written = ctx.project.settings_written.contains(setting);
    if setting.visible_in(place) {
        // `os.putenv` changes the real environment but not `os.environ`: a spawned worker
        // builds its `os.environ` from the real one, so it sees what the caller does not.
        *setting == Setting::Environment && place == Place::SpawnedProcess && written
    } else {
        !setting.assumed_default() || written
    }
}

/// Why the value a worker process hands back would not arrive as the same value: a part of
/// its type does not pickle, or comes back as another object (`re.Match`, a generator, a
/// lambda, an object compared by identity).
pub fn result_reasons(from: ResultSource, ty: Option<&Ty>) -> Vec<Reason> {
    match ty {
        Some(t) if t.has_unpicklable() => vec![Reason::ResultUnpicklable {
            from,
            ty: t.to_string(),
        }],
        Some(t) if t.reorders() => vec![Reason::ResultReorders {
            from,
            ty: t.to_string(),
        }],
        _ => vec![],
    }
}

/// Why work run in a worker process would not see the program's state or could not receive
/// and send back its values, from what the whole program does at run time
/// ([`crate::runtime`]): class attributes changed after import, state changed by reflection or
/// outside the project (`json.dumps = f`), exception details inspected by a handler, implicit
/// methods with side effects, interpreter settings every call depends on (the recursion limit).
/// `crossing` holds the types of what crosses when they are known: hazards about one class
/// count only when a crossing value may be an object of it.
pub fn process_state_reasons(
    ctx: &FileContext<'_>,
    modules: &[&str],
    crossing: Option<&[Option<Ty>]>,
) -> Vec<Reason> {
    let project = ctx.project;
    // Up to three hazards are described, then how many more: one is enough to make it `review`,
    // and a program with many would bury the finding.
    const SHOWN: usize = 3;
    let mut out = Vec::new();
    let mut more = 0usize;
    let mut add = |out: &mut Vec<Reason>, line: &dyn Fn() -> Reason| {
        if out.len() < SHOWN {
            out.push(line());
        } else {
            more += 1;
        }
    };
    let crossing_texts: Option<Vec<Option<String>>> = crossing.map(|types| {
        types
            .iter()
            .map(|t| t.as_ref().filter(|t| !t.has_unknown()).map(Ty::to_string))
            .collect()
    });
    let may_be = |class: &str| {
        crossing_texts.as_ref().is_none_or(|texts| {
            texts
                .iter()
                .any(|t| t.as_ref().is_none_or(|t| t.contains(class)))
        })
    };
    for (module, h) in &project.hazards {
        if matches!(
            h.kind,
            HazardKind::ResourceLimits | HazardKind::Instrumentation | HazardKind::SharedOpener
        ) {
            continue; // every pool: [`pool_reasons`]
        }
        if h.class().is_some_and(|c| !may_be(c)) {
            continue;
        }
        add(&mut out, &|| Reason::Hazard {
            module: module.clone(),
            hazard: h.clone(),
        });
    }
    if !project.patched.is_empty() {
        // What the workers import: a patch of a module none of them imports cannot reach them.
        let mut imported = std::collections::BTreeSet::new();
        for m in modules {
            for c in import_closure(ctx, m) {
                if let Some(info) = project.modules.get(&c) {
                    imported.extend(info.imports.values().cloned());
                }
            }
        }
        let reaches = |path: &str| {
            path.starts_with("builtins.")
                || imported.iter().any(|q| {
                    path == q
                        || path
                            .strip_prefix(q.as_str())
                            .is_some_and(|r| r.starts_with('.'))
                        || q.strip_prefix(path).is_some_and(|r| r.starts_with('.'))
                })
        };
        for (path, module) in project.patched.iter().filter(|(p, _)| reaches(p)) {
            add(&mut out, &|| Reason::Patched {
                path: path.clone(),
                module: module.clone(),
            });
        }
    }
    for s in [Setting::RecursionLimit, Setting::IntMaxStrDigits] {
        if project.settings_written.contains(&s) {
            add(&mut out, &|| Reason::SettingEveryCall(s));
        }
    }
    crate::reason::sort_dedup(&mut out);
    if more > 0 {
        out.push(Reason::MoreHazards { count: more });
    }
    out
}

/// Why any pool (threads or processes, and work moved to a thread by a coroutine) could behave
/// differently from one item at a time, from what the whole program does: it lowers its
/// resource limits, measures or hooks its own thread or process, or installs a stateful URL
/// opener.
pub fn pool_reasons(ctx: &FileContext<'_>) -> Vec<Reason> {
    ctx.project
        .hazards
        .iter()
        .filter(|(_, h)| {
            matches!(
                h.kind,
                HazardKind::ResourceLimits | HazardKind::Instrumentation | HazardKind::SharedOpener
            )
        })
        .map(|(m, h)| Reason::Hazard {
            module: m.clone(),
            hazard: h.clone(),
        })
        .take(2)
        .collect()
}

/// Why work moved to other threads or processes could compute differently with `Decimal`s: the
/// decimal context (precision, rounding, traps) belongs to a thread, and a pool's threads and
/// spawned processes start from the default one. A program that uses the `decimal` module may
/// change it (`getcontext().prec = 50`, `setcontext`, `localcontext(prec=50)` around the loop),
/// and a `Decimal` may reach the work as an argument of a type the analysis does not see, whose
/// arithmetic a callee's summary cannot tell from an int's. Coroutines gathered on one thread
/// share the caller's context and are not concerned.
pub fn decimal_reasons(ctx: &FileContext<'_>) -> Vec<Reason> {
    let project = ctx.project;
    let uses_decimal =
        project.settings_written.contains(&Setting::DecimalContext) || project.imports_decimal();
    if uses_decimal {
        vec![Reason::DecimalContextPerThread]
    } else {
        vec![]
    }
}

/// Why letting other coroutines run in the middle of `function` (a new suspension point, or its
/// awaits gathered) could change what it or they do: `function`, or a coroutine that awaits it,
/// runs at the same time as others (`asyncio.gather(loader(), switch())`), and one of them
/// changes what the other reads, or both write output whose order would change. Several copies
/// of one coroutine (`gather(*(load(p) for p in paths))`) are judged against each other.
pub fn peer_reasons(ctx: &FileContext<'_>, function: &str) -> Vec<Reason> {
    let project = ctx.project;
    if !project.gathers_tasks() {
        return vec![];
    }
    // `function` and every project function that reaches it.
    let mut ancestors = std::collections::BTreeSet::new();
    let mut work = vec![function.to_owned()];
    while let Some(f) = work.pop() {
        if ancestors.insert(f.clone()) {
            work.extend(project.callers_of(&f).iter().cloned());
        }
    }
    let mut out = Vec::new();
    for (module, info) in &project.modules {
        for group in &info.task_groups {
            for (i, (m, many)) in group.members.iter().enumerate() {
                let Some(m) = m.as_ref().filter(|m| ancestors.contains(*m)) else {
                    continue;
                };
                let own = project.summaries.by_name.get(m);
                for (j, (p, _)) in group.members.iter().enumerate() {
                    if i == j && !many {
                        continue;
                    }
                    let peer = p.as_ref().and_then(|p| project.summaries.by_name.get(p));
                    let shown = p.as_deref().map(|p| short_name(p).to_owned());
                    let why = match (own, peer) {
                        (Some(a), Some(b)) => conflict(a, b),
                        _ => Some(Conflict::NotKnown),
                    };
                    if let Some(why) = why {
                        out.push(Reason::Peer {
                            function: short_name(m).to_owned(),
                            peer: shown,
                            site: group.site.clone(),
                            module: module.clone(),
                            why: Box::new(why),
                        });
                    }
                }
            }
        }
    }
    crate::reason::sort_dedup(&mut out);
    out
}

fn short_name(q: &str) -> &str {
    q.rsplit('.').next().unwrap_or(q)
}

/// How two pieces of work running at the same time could see each other: one changes module
/// state or files the other reads or changes, both write output, or one does what is not known.
fn conflict(a: &Summary, b: &Summary) -> Option<Conflict> {
    let unknown = |s: &Summary| {
        s.effects.iter().find_map(|e| match e {
            Effect::UnknownCall { .. } | Effect::MutatesUnknown { .. } | Effect::Dynamic { .. } => {
                Some(e.clone())
            }
            _ => None,
        })
    };
    if let Some(u) = unknown(a).or_else(|| unknown(b)) {
        return Some(Conflict::Unknown(u));
    }
    let output = |s: &Summary| s.effects.iter().any(|e| matches!(e, Effect::Output { .. }));
    if output(a) && output(b) {
        return Some(Conflict::BothOutput);
    }
    let writes = |s: &Summary| -> Vec<(String, String)> {
        s.effects
            .iter()
            .filter_map(|e| match e {
                Effect::WritesGlobal { module, name } => Some((module.clone(), name.clone())),
                _ => None,
            })
            .collect()
    };
    for (w, r) in [(a, b), (b, a)] {
        for g in writes(w) {
            if r.reads_globals.contains(&g) || writes(r).contains(&g) {
                return Some(Conflict::ChangesGlobal { name: g.1 });
            }
        }
        let files = |s: &Summary, k: &[IoKind]| s.io_kinds().iter().any(|x| k.contains(x));
        if files(w, &[IoKind::FileWrite]) && files(r, &[IoKind::FileRead, IoKind::FileWrite]) {
            return Some(Conflict::Files);
        }
        let settings = |s: &Summary| -> Vec<Setting> {
            s.effects
                .iter()
                .filter_map(|e| match e {
                    Effect::WritesSetting { setting, .. } => Some(*setting),
                    _ => None,
                })
                .collect()
        };
        for st in settings(w) {
            let reads = r.effects.iter().any(|e| {
                matches!(e, Effect::ReadsSetting { setting, .. } | Effect::WritesSetting { setting, .. } if *setting == st)
            });
            if reads {
                return Some(Conflict::ChangesSetting(st));
            }
        }
    }
    None
}

/// The checklist line for work that talks to a server: running it concurrently assumes the
/// server accepts that many requests at once, which the code cannot show.
pub fn server_load(summary: &Summary, at_once: &str) -> Option<crate::finding::CheckItem> {
    let network = summary.io_kinds().iter().any(|k| {
        matches!(
            k,
            IoKind::NetworkRead | IoKind::NetworkWrite | IoKind::Socket | IoKind::Database
        )
    });
    network.then(|| crate::finding::CheckItem {
        item: "Server load",
        evidence: format!(
            "{at_once} requests may be in flight at once: this assumes the server accepts them and answers each as it would one at a time (a rate limit, a one-request-per-client rule or a cache warmed by a first request is not visible in the code)"
        ),
    })
}

/// The place a strategy runs its work.
pub fn place_of(strategy: crate::finding::Strategy) -> Place {
    use crate::finding::Strategy;
    match strategy {
        Strategy::ProcessPool => Place::SpawnedProcess,
        Strategy::ThreadPool => Place::PoolThread,
        Strategy::ToThread | Strategy::AsyncioSleep => Place::ContextThread,
        Strategy::AsyncioGather | Strategy::TaskGroup => Place::Task,
        Strategy::Numpy | Strategy::Vectorize => Place::Task,
    }
}

/// The project modules a worker process imports to run code of `module`: the module, its
/// packages, and the project modules they import, transitively.
pub fn import_closure(ctx: &FileContext<'_>, module: &str) -> std::collections::BTreeSet<String> {
    let project = ctx.project;
    let mut seen = std::collections::BTreeSet::new();
    let mut work = vec![module.to_owned()];
    while let Some(m) = work.pop() {
        // The packages above it are imported first.
        let mut parts: Vec<&str> = m.split('.').collect();
        while parts.len() > 1 {
            parts.pop();
            let parent = parts.join(".");
            if project.modules.contains_key(&parent) && !seen.contains(&parent) {
                work.push(parent);
            }
        }
        if !seen.insert(m.clone()) {
            continue;
        }
        let Some(info) = project.modules.get(&m) else {
            continue;
        };
        for q in info.imports.values() {
            // `pkg.mod` or `pkg.mod.name`: the longest prefix that is a project module.
            let mut candidate = q.as_str();
            loop {
                if project.modules.contains_key(candidate) {
                    if !seen.contains(candidate) {
                        work.push(candidate.to_owned());
                    }
                    break;
                }
                match candidate.rsplit_once('.') {
                    Some((head, _)) => candidate = head,
                    None => break,
                }
            }
        }
    }
    seen
}

/// What a worker process runs again before it can run the callee: under `spawn` (macOS,
/// Windows, and Linux's default from Python 3.14), it imports the callee's module, its
/// packages and the project modules they import. Output, file writes, process settings and
/// unknown calls there happen once more per worker.
pub fn reimport_reasons(ctx: &FileContext<'_>, module: &str) -> Vec<Reason> {
    let project = ctx.project;
    let seen = import_closure(ctx, module);
    let mut out = Vec::new();
    for m in &seen {
        let Some(s) = project.import_effects.get(m) else {
            continue;
        };
        for e in &s.effects {
            let repeats = match e {
                Effect::Output { .. }
                | Effect::WritesSetting { .. }
                | Effect::UnknownCall { .. }
                | Effect::Dynamic { .. }
                | Effect::WritesGlobal { .. }
                | Effect::MutatesUnknown { .. } => true,
                Effect::Io { kind, .. } => !kind.is_concurrency_safe(),
                // `ROUNDS = int(os.environ["ROUNDS"])` at import, `os.environ["ROUNDS"] = ...`
                // later: a worker computes another value.
                Effect::ReadsSetting { setting, .. } => project.settings_written.contains(setting),
                _ => false,
            };
            if repeats {
                out.push(Reason::Reimport {
                    module: m.clone(),
                    effect: e.clone(),
                });
            }
        }
    }
    out
}

/// The first place the project cancels tasks or limits their time (`asyncio.wait_for` at line
/// 12 in `pkg.mod`): concurrent work finishes at other moments, so a limit that fired may not.
pub fn cancellation(ctx: &FileContext<'_>) -> Option<String> {
    let found = ctx.project.modules.values().find_map(|m| {
        m.cancellation
            .as_ref()
            .map(|w| format!("{w} in `{}`", m.name))
    });
    found.or_else(|| {
        ctx.module
            .cancellation
            .as_ref()
            .map(|w| format!("{w} in `{}`", ctx.module.name))
    })
}

/// A class of the project that changes how its objects pickle or go away (`__reduce__`,
/// `__getstate__`, `__setstate__`, `__del__`...): a value of unknown type sent to a worker may
/// be one of its objects, whose round trip is then not a plain copy.
pub fn custom_pickling(ctx: &FileContext<'_>) -> Option<(String, &'static str)> {
    const HOOKS: [&str; 7] = [
        "__reduce__",
        "__reduce_ex__",
        "__getstate__",
        "__setstate__",
        "__getnewargs__",
        "__getnewargs_ex__",
        "__del__",
    ];
    HOOKS.iter().find_map(|h| {
        ctx.project
            .class_methods
            .get(*h)
            .map(|class| (class.clone(), *h))
    })
}

/// Why values crossing to a worker process may not arrive as plain copies: a class of the
/// project customises pickling (or finalisation) and some crossing value's type is not known.
///
/// An object of a record class is unpickled with the class the worker imports: its module is
/// imported again in every worker (what that runs is checked as for the callee's module), and a
/// class re-bound at run time would not be the one the caller's objects were made with.
pub fn unknown_crossing_reasons(ctx: &FileContext<'_>, types: &[Option<Ty>]) -> Vec<Reason> {
    let unknown = types
        .iter()
        .any(|t| t.as_ref().is_none_or(|t| t.has_unknown()));
    let mut out = match custom_pickling(ctx) {
        Some((class, hook)) if unknown => vec![Reason::CustomPickling { class, hook }],
        _ => vec![],
    };
    let mut classes = std::collections::BTreeSet::new();
    for t in types.iter().flatten() {
        t.record_classes(&mut classes);
    }
    for class in classes {
        let Some((module, name)) = class.rsplit_once('.') else {
            continue;
        };
        if ctx.project.changed_at_run_time(module, name) {
            out.push(Reason::RecordClassChanged {
                class: name.to_owned(),
            });
        }
        out.extend(reimport_reasons(ctx, module));
    }
    crate::reason::sort_dedup(&mut out);
    out
}

/// Why a process pool is not proven to pay for itself: without a measurement it is started only
/// on strong evidence that one item's work is expensive (a Python-level loop per call, or a call
/// that is expensive by design). Work whose only cost is a call that grows with its data
/// (`json.loads`, `re.fullmatch`, `hashlib.sha256` of a value) takes microseconds on the short
/// values most code passes, while a pool costs tens of milliseconds to start and pickles every
/// item.
pub fn cost_reasons(strategy: Strategy, summary: &crate::effects::Summary) -> Vec<Reason> {
    if strategy != Strategy::ProcessPool {
        return vec![];
    }
    match &summary.cost {
        Some(c) if c.tier.is_strong() => vec![],
        Some(c) => vec![Reason::WeakCost(c.clone())],
        None => vec![Reason::NoCost],
    }
}
