//! PAR104: a loop body of several statements doing independent expensive work per item.

use super::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports `for` loops whose body has several statements (or a per-item expression that is
    /// not a single call) doing expensive, independent work per item. Such a body has to be
    /// outlined into a module-level function before it can be sent to a pool.
    ///
    /// ## Why
    /// Most real loops compute a few intermediate values before storing a result; they are as
    /// parallel as the one-call loops of PAR101, once the body is a function.
    ///
    /// ## Example
    /// ```python
    /// for path in paths:
    ///     text = load(path)
    ///     report.append(score(text))
    /// ```
    ///
    /// ## When it is not applied
    /// This version reports these loops as `review` with what it found (carried values, shared
    /// state, effects); it does not outline bodies automatically yet.
    pub struct Par104 {
        code: "PAR104",
        name: "outline-loop-body",
        summary: "multi-statement loop body with independent expensive work per item"
    }
}
