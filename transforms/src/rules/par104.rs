//! PAR104: a loop body of several statements doing independent expensive work per item.

use super::declare_rule;
use super::loop_rule::{loop_finding, LoopFacts};
use crate::context::FileContext;
use crate::finding::{Finding, Workload};

declare_rule! {
    /// ## What it does
    /// Finds `for` loops whose body computes a few intermediate values per item and ends by
    /// collecting one result (`acc.append(...)`, `acc[item] = ...`, `acc.add(...)`, or a
    /// reduction such as `total += ...`). The body moves, unchanged, into a new module-level
    /// function that returns that result, and the loop becomes an executor `map` over it (a
    /// process pool for CPU-bound work, a bounded thread pool for blocking I/O). Loops that
    /// unpack their items (`for name, blob in pairs:`) are outlined the same way.
    ///
    /// ## Why
    /// Most real loops compute a few intermediate values before storing a result; they are as
    /// parallel as the one-call loops of PAR101 once the body is a function, and a process pool
    /// can only run functions defined at module level.
    ///
    /// ## Example
    /// ```python
    /// def reports(blobs, weight):
    ///     out = []
    ///     for blob in blobs:
    ///         hexed = digest(blob)
    ///         out.append((hexed[:8], score(hexed, weight)))
    ///     return out
    /// ```
    /// becomes
    /// ```python
    /// def _reports_item(blob, weight):
    ///     hexed = digest(blob)
    ///     return (hexed[:8], score(hexed, weight))
    ///
    ///
    /// def reports(blobs, weight):
    ///     with ProcessPoolExecutor() as executor:
    ///         out = list(executor.map(partial(_reports_item, weight=weight), blobs, chunksize=8))
    ///     return out
    /// ```
    /// Names the body reads from the enclosing function (`weight`) are passed explicitly; the
    /// body's comments move with it.
    ///
    /// ## When it is not applied
    /// Everything listed for PAR101 and PAR201 applies (carried values, early exits, effects,
    /// names read after the loop, shared state). In addition the finding stays `review` when the
    /// body would behave differently inside a function of its own: it creates a lambda or defines
    /// a function or class (closures would capture other variables), uses `global`/`nonlocal`,
    /// `del`, `locals()` or `eval`, holds a multi-line string (re-indenting would change it),
    /// puts several statements on one line, or collects its result before the last statement;
    /// when the loop sits in a nested function; and, for process pools, when a name passed to the
    /// helper is a local function, class, import or `with` target, when the body reads module
    /// state changed at run time or set only under `__main__`, or when the result cannot be shown
    /// to be new plain data (returning the item, a value passed in or module state, or a part of
    /// one such as `max(TABLE, key=len)` or `TABLE[i]`, or an object of unknown type, would give
    /// the caller a copy instead of the original).
    pub struct Par104 {
        code: "PAR104",
        name: "outline-loop-body",
        summary: "multi-statement loop body with independent expensive work per item"
    }
}

/// The loop is PAR104's when its CPU-bound work collects nothing (a body of several statements,
/// or one whose result is discarded).
pub fn check(ctx: &FileContext<'_>, facts: &LoopFacts<'_>) -> Option<Finding> {
    let applies = !facts.collects() && !facts.reduces() && facts.workload() == Workload::Cpu;
    applies
        .then(|| loop_finding(ctx, facts, Par104::INFO.code))
        .flatten()
}
