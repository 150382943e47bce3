//! PAR102: a comprehension over an expensive pure call.

use super::declare_rule;

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
