//! PAR201: a loop of blocking I/O.

use super::declare_rule;
use super::loop_rule::{loop_finding, LoopFacts};
use crate::context::FileContext;
use crate::finding::{Finding, Workload};

declare_rule! {
    /// ## What it does
    /// Finds `for` loops that wait on blocking I/O once per item (`requests.get`, `httpx.get`,
    /// `urllib.request.urlopen`, reading files, `time.sleep`) and runs the items in a
    /// `concurrent.futures.ThreadPoolExecutor` with a bounded number of threads.
    ///
    /// ## Why
    /// While a thread waits for the network or the disk it releases the GIL, so several waits
    /// overlap: N downloads take about as long as the slowest few instead of their sum.
    /// `Executor.map` keeps the results in input order and re-raises the first failing item's
    /// exception.
    ///
    /// ## Example
    /// ```python
    /// pages = []
    /// for url in urls:
    ///     pages.append(requests.get(url, timeout=10).text)
    /// ```
    /// becomes
    /// ```python
    /// with ThreadPoolExecutor(max_workers=8) as executor:
    ///     pages = list(executor.map(lambda url: requests.get(url, timeout=10).text, urls))
    /// ```
    ///
    /// ## When it is not applied
    /// Only reads and waits are run concurrently. Loops that write files, send requests that
    /// change server state (POST/PUT/DELETE), run subprocesses, use a database connection or a
    /// shared `requests.Session`, print or log, or do anything listed for PAR101 (carried values,
    /// early exits, unknown calls, reads after the loop) are reported as `review`.
    pub struct Par201 {
        code: "PAR201",
        name: "io-loop-to-thread-pool",
        summary: "loop of blocking I/O calls"
    }
}

/// The loop is PAR201's when its work waits on I/O (alone or with CPU work) and does not fold
/// into one value.
pub fn check(ctx: &FileContext<'_>, facts: &LoopFacts<'_>) -> Option<Finding> {
    let applies = !facts.reduces() && facts.workload() != Workload::Cpu;
    applies
        .then(|| loop_finding(ctx, facts, Par201::INFO.code))
        .flatten()
}
