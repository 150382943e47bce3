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

use crate::effects::{Effect, Summary};
use crate::kb::Ty;
use crate::vocab::Place;
use crate::FileContext;

/// Why the effects of the per-item work keep a rewrite that runs it in `place` from being
/// safe, as reasons: effects that change shared state or output, settings the worker would
/// not see, and methods called on values of unknown type that a class of this project also
/// defines (the duck entries they were judged by may not be what runs).
pub fn effect_reasons(ctx: &FileContext<'_>, summary: &Summary, place: Place) -> Vec<String> {
    let mut out: Vec<String> = summary
        .effects
        .iter()
        .filter(|e| e.forbids(place))
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

/// Why the value a worker process hands back would not arrive as the same value: a part of
/// its type does not pickle, or comes back as another object (`re.Match`, a generator, a
/// lambda, an object compared by identity).
pub fn result_reasons(subject: &str, ty: Option<&Ty>) -> Vec<String> {
    match ty {
        Some(t) if t.has_unpicklable() => vec![format!(
            "{subject} returns `{t}`, which cannot be sent back from a worker process (pickling fails or gives another object)"
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
