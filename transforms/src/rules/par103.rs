//! PAR103: a reduction loop over an expensive call.

use super::declare_rule;
use super::loop_rule::{loop_finding, LoopFacts};
use crate::context::FileContext;
use crate::finding::Finding;

declare_rule! {
    /// ## What it does
    /// Finds loops whose only statement folds one expensive call per item into an accumulator
    /// (`total += f(x)`, `total = total * f(x)`, `best = max(best, f(x))`), computes the calls in
    /// a pool, and keeps the fold itself sequential in the original order.
    ///
    /// ## Why
    /// The calls are independent; only the fold is not. Keeping the fold in the main process, in
    /// input order, gives bit-for-bit the same result even for floats and non-commutative
    /// operators, while the expensive part runs on every core (process pool) or overlaps its
    /// waiting (thread pool, when the call does I/O).
    ///
    /// ## Example
    /// ```python
    /// total = 0
    /// for path in paths:
    ///     total += count_words(path)
    /// ```
    /// becomes
    /// ```python
    /// total = 0
    /// with ThreadPoolExecutor(max_workers=8) as executor:
    ///     for result in executor.map(count_words, paths):
    ///         total += result
    /// ```
    ///
    /// ## When it is not applied
    /// When the accumulator is read anywhere else in the loop (a value carried between
    /// iterations), when the call depends on the accumulator, and in every case listed for
    /// PAR101 (process pool) or PAR201 (thread pool).
    pub struct Par103 {
        code: "PAR103",
        name: "reduction-to-pool",
        summary: "reduction loop over an expensive call"
    }
}

/// The loop is PAR103's when it folds each item's result into one value, whatever the work.
pub fn check(ctx: &FileContext<'_>, facts: &LoopFacts<'_>) -> Option<Finding> {
    let applies = facts.reduces();
    applies
        .then(|| loop_finding(ctx, facts, Par103::INFO.code))
        .flatten()
}
