//! PAR212: a blocking call inside `async def` (the analysis is in `blocking_call`).

use super::declare_rule;

declare_rule! {
    /// ## What it does
    /// Finds calls inside `async def` that block the event loop (`requests.get`, `httpx.get`,
    /// `urllib.request.urlopen`, `subprocess.run`, `open`, `time.sleep`, socket calls, and
    /// project functions that do such I/O) and rewrites them so that only the coroutine waits:
    /// `time.sleep(d)` becomes `await asyncio.sleep(d)`, any other call
    /// `await asyncio.to_thread(f, args...)`.
    ///
    /// ## Why
    /// An event loop runs one task at a time and switches only at `await`. A blocking call
    /// inside a coroutine stops every other task until it returns: one slow request stalls the
    /// whole server. ruff (ASYNC210/230/251) reports these calls; this rule also rewrites them
    /// when that is proven harmless.
    ///
    /// ## Example
    /// ```python
    /// async def status(url: str) -> int:
    ///     response = requests.get(url, timeout=10)
    ///     return response.status_code
    /// ```
    /// becomes
    /// ```python
    /// async def status(url: str) -> int:
    ///     response = await asyncio.to_thread(requests.get, url, timeout=10)
    ///     return response.status_code
    /// ```
    ///
    /// ## When it is not applied
    /// The rewrite lets other tasks run while the call works, where nothing else could run
    /// before; it is `review` (reported with the proposed code, never applied) unless no task
    /// can tell the difference. So it is `review` when the call writes (files, POST/PUT/DELETE,
    /// subprocesses, databases, sockets), prints or logs, or mutates an argument; when an
    /// argument handed to the thread may be shared with other tasks (a parameter not annotated
    /// with an immutable type such as `str`, an attribute of `self`, module state changed at
    /// run time); when the coroutine itself changes shared state or output, or reads such a
    /// value after the call; when the call sits inside a `with` block (a lock or a redirect
    /// would stay held); when anything in the project cancels tasks or limits their time
    /// (`asyncio.wait_for`, `asyncio.timeout`, `task.cancel()`: a timeout could now fire during
    /// the call); when `requires-python` is missing or below 3.9 (`asyncio.to_thread`); for
    /// `open()` (the file's reads block too: move the whole `with` block into a function); and
    /// for `time.sleep` with anything but a number literal (`asyncio.sleep` accepts a negative
    /// delay that `time.sleep` rejects).
    pub struct Par212 {
        code: "PAR212",
        name: "blocking-call-in-async",
        summary: "blocking call inside async def"
    }
}
