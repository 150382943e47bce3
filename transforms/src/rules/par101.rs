//! PAR101: a loop that builds a list, dict or set from an independent CPU-bound call per item.

use super::declare_rule;
use super::loop_rule::{loop_finding, LoopFacts};
use crate::context::FileContext;
use crate::finding::{Finding, Workload};

declare_rule! {
    /// ## What it does
    /// Finds `for` loops whose only statement adds the result of one CPU-heavy call per item to a
    /// list (`append`), dict (`d[item] = ...`) or set (`add`) created empty right before the loop,
    /// and runs the calls in a `concurrent.futures.ProcessPoolExecutor` instead.
    ///
    /// ## Why
    /// CPU-bound Python code holds the GIL: threads would run it one at a time. Separate
    /// processes use every core. `Executor.map` returns results in input order, so the list,
    /// dict or set comes out exactly as the loop built it.
    ///
    /// ## Example
    /// ```python
    /// thumbnails = []
    /// for path in paths:
    ///     thumbnails.append(render(path, size))
    /// ```
    /// becomes
    /// ```python
    /// with ProcessPoolExecutor() as executor:
    ///     thumbnails = list(executor.map(render, paths, repeat(size), chunksize=8))
    /// ```
    ///
    /// ## When it is not applied
    /// The finding is `review` (reported, never rewritten) unless all of these are proven:
    /// the callee is a module-level function (no lambda, closure, nested function, decorated or
    /// conditional definition) so it can be pickled; it and everything it calls writes no module
    /// state, mutates no argument, prints or logs nothing, uses no shared random generator and
    /// calls nothing unknown; module state it reads is never changed at run time; the loop has no
    /// `break`/`return`/`yield`/`continue`/`else`, carries no value between iterations and its
    /// variable is not read afterwards; the loop does not run at import time of a module (a
    /// module-level loop needs an `if __name__ == "__main__":` guard); the iterable is not a tiny
    /// literal. A dict is only rebuilt from an iterable that can be read twice.
    pub struct Par101 {
        code: "PAR101",
        name: "loop-to-process-pool",
        summary: "loop builds a collection from an independent CPU-bound call per item"
    }
}

/// The loop is PAR101's when it collects one result per item into a list, dict or set and the
/// work is CPU-bound.
pub fn check(ctx: &FileContext<'_>, facts: &LoopFacts<'_>) -> Option<Finding> {
    let applies = facts.collects() && facts.workload() == Workload::Cpu;
    applies
        .then(|| loop_finding(ctx, facts, Par101::INFO.code))
        .flatten()
}
