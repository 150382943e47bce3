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
use crate::kb::Ty;
use crate::vocab::{Place, Setting};

/// Why the effects of the per-item work keep a rewrite that runs it in `place` from being
/// safe, as reasons: effects that change shared state or output, settings the worker would
/// not see, and methods called on values of unknown type that a class of this project also
/// defines (the duck entries they were judged by may not be what runs).
pub fn effect_reasons(ctx: &FileContext<'_>, summary: &Summary, place: Place) -> Vec<String> {
    // Drawing from the shared generator says it all: its state is not a second reason.
    let draws = summary
        .effects
        .iter()
        .any(|e| matches!(e, Effect::Rng { .. }));
    let mut out: Vec<String> = summary
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
        .map(Effect::describe)
        .collect();
    for m in &summary.duck_calls {
        if let Some(class) = ctx.project.class_methods.get(m) {
            out.push(format!(
                "calls `.{m}()` on a value of unknown type, and class `{class}` of this project defines `{m}`: what runs is not known"
            ));
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
pub fn result_reasons(subject: &str, ty: Option<&Ty>) -> Vec<String> {
    match ty {
        Some(t) if t.has_unpicklable() => vec![format!(
            "{subject} returns `{t}`, which cannot be sent back from a worker process (pickling fails or gives another object)"
        )],
        Some(t) if t.reorders() => vec![format!(
            "{subject} returns `{t}`: a set sent back from a worker process is rebuilt and may iterate in another order"
        )],
        _ => vec![],
    }
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

/// What a worker process runs again before it can run the callee: under `spawn` (macOS,
/// Windows, and Linux's default from Python 3.14), it imports the callee's module, its
/// packages and the project modules they import. Output, file writes, process settings and
/// unknown calls there happen once more per worker.
pub fn reimport_reasons(ctx: &FileContext<'_>, module: &str) -> Vec<String> {
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
                _ => false,
            };
            if repeats {
                out.push(format!(
                    "importing `{m}` {}: every worker process imports it again",
                    e.describe()
                ));
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
pub fn unknown_crossing_reasons(ctx: &FileContext<'_>, types: &[Option<Ty>]) -> Vec<String> {
    let unknown = types
        .iter()
        .any(|t| t.as_ref().is_none_or(|t| t.has_unknown()));
    match custom_pickling(ctx) {
        Some((class, hook)) if unknown => vec![format!(
            "`{class}` customises how its objects pickle or are finalised (`{hook}`), and what is sent to the workers is not known not to be such an object"
        )],
        _ => vec![],
    }
}
