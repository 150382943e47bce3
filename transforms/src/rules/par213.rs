//! PAR213: CPU-heavy work inside `async def` (the analysis is in `blocking_call`).

use super::declare_rule;

declare_rule! {
    /// ## What it does
    /// Finds calls inside `async def` of project functions that do CPU-heavy work (nested or
    /// counted loops, recursion, heavy library calls) and of known heavy library calls
    /// (`hashlib.pbkdf2_hmac`, `hashlib.scrypt`, zlib/bz2/lzma compression), and proposes
    /// running them in a process pool through the event loop:
    /// `await asyncio.get_running_loop().run_in_executor(pool, f, args...)`.
    ///
    /// ## Why
    /// While a coroutine computes, the event loop runs nothing else, and a thread would not
    /// help: the GIL serialises Python code. A separate process computes while the loop keeps
    /// serving other tasks.
    ///
    /// ## Example
    /// ```python
    /// async def handle(request):
    ///     digest = stretch(request.password)   # 200 ms of hashing
    ///     return digest
    /// ```
    /// is reported with the proposal
    /// ```python
    ///     digest = await asyncio.get_running_loop().run_in_executor(pool, stretch, request.password)
    /// ```
    /// where `pool` is a `concurrent.futures.ProcessPoolExecutor` the application creates once.
    ///
    /// ## When it is not applied
    /// Always `review`: a process pool must be created and shut down with the application (one
    /// pool per call costs a process start each time), which is a decision for the project. The
    /// reasons also list what would have to hold for the proposal to be correct: the function
    /// and its arguments must pickle, it must not touch module state or output, and the
    /// conditions of PAR212 on the coroutine (no shared state changed or read after the call,
    /// no cancellation or timeouts in the project).
    pub struct Par213 {
        code: "PAR213",
        name: "cpu-work-in-async",
        summary: "CPU-heavy call inside async def"
    }
}
