//! The effect vocabulary: the small set of typed facts that the knowledge base states about
//! library calls and that summaries state about project functions. A leaf module: everything
//! else in the engine depends on it, it depends on nothing.

use std::fmt;

/// Kinds of blocking I/O.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IoKind {
    NetworkRead,
    NetworkWrite,
    FileRead,
    FileWrite,
    Subprocess,
    Sleep,
    Socket,
    Database,
    Interactive,
}

impl IoKind {
    pub const ALL: [IoKind; 9] = [
        IoKind::NetworkRead,
        IoKind::NetworkWrite,
        IoKind::FileRead,
        IoKind::FileWrite,
        IoKind::Subprocess,
        IoKind::Sleep,
        IoKind::Socket,
        IoKind::Database,
        IoKind::Interactive,
    ];

    /// I/O whose concurrent execution cannot change results or visible order.
    pub fn is_concurrency_safe(self) -> bool {
        matches!(self, IoKind::NetworkRead | IoKind::FileRead | IoKind::Sleep)
    }

    pub fn describe(self) -> &'static str {
        match self {
            IoKind::NetworkRead => "network reads",
            IoKind::NetworkWrite => "requests that change server state",
            IoKind::FileRead => "file reads",
            IoKind::FileWrite => "file writes",
            IoKind::Subprocess => "external commands",
            IoKind::Sleep => "sleeps",
            IoKind::Socket => "raw sockets",
            IoKind::Database => "database access",
            IoKind::Interactive => "interactive input",
        }
    }

    /// The spelling in knowledge-base files.
    pub fn name(self) -> &'static str {
        match self {
            IoKind::NetworkRead => "network-read",
            IoKind::NetworkWrite => "network-write",
            IoKind::FileRead => "file-read",
            IoKind::FileWrite => "file-write",
            IoKind::Subprocess => "subprocess",
            IoKind::Sleep => "sleep",
            IoKind::Socket => "socket",
            IoKind::Database => "database",
            IoKind::Interactive => "interactive",
        }
    }

    pub fn from_name(s: &str) -> Option<IoKind> {
        IoKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

/// Process, interpreter or thread state that code can read implicitly: a setting made before a
/// loop that a worker may not see (or may see another value of).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Setting {
    /// `decimal.getcontext()`: precision, rounding, traps (per thread, and per context).
    DecimalContext,
    /// `sys.setrecursionlimit`: how deep recursion may go.
    RecursionLimit,
    /// `sys.set_int_max_str_digits`: the limit on int <-> str conversions.
    IntMaxStrDigits,
    /// `locale.setlocale`.
    Locale,
    /// `warnings.filterwarnings` / `simplefilter`.
    WarningsFilters,
    /// `logging.basicConfig`, handlers and levels.
    LoggingConfig,
    /// `os.environ`.
    Environment,
    /// `os.chdir`.
    Cwd,
    /// `os.umask`.
    Umask,
    /// `signal.signal`.
    SignalHandlers,
    /// `sys.stdout` / `sys.stderr` replaced (`contextlib.redirect_stdout`).
    StdStreams,
    /// The state of the module-level random generator (`random.seed`).
    RandomState,
    /// Attributes of a `threading.local()`.
    ThreadLocals,
    /// `contextvars.ContextVar` values.
    ContextVars,
    /// The per-process hash seed: `hash()` of str/bytes, and set iteration order.
    HashSeed,
    /// `socket.setdefaulttimeout`.
    SocketTimeout,
    /// `sys.path`.
    SysPath,
    /// `numpy.seterr` / `numpy.errstate`.
    NumpyErrors,
    /// `numpy.set_printoptions`.
    NumpyPrint,
    /// `codecs.register`: the encodings `str.encode` / `bytes.decode` can find.
    CodecRegistry,
    /// `csv.register_dialect`, `csv.field_size_limit`.
    CsvSettings,
}

impl Setting {
    pub const ALL: [Setting; 21] = [
        Setting::DecimalContext,
        Setting::RecursionLimit,
        Setting::IntMaxStrDigits,
        Setting::Locale,
        Setting::WarningsFilters,
        Setting::LoggingConfig,
        Setting::Environment,
        Setting::Cwd,
        Setting::Umask,
        Setting::SignalHandlers,
        Setting::StdStreams,
        Setting::RandomState,
        Setting::ThreadLocals,
        Setting::ContextVars,
        Setting::HashSeed,
        Setting::SocketTimeout,
        Setting::SysPath,
        Setting::NumpyErrors,
        Setting::NumpyPrint,
        Setting::CodecRegistry,
        Setting::CsvSettings,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Setting::DecimalContext => "decimal-context",
            Setting::RecursionLimit => "recursion-limit",
            Setting::IntMaxStrDigits => "int-max-str-digits",
            Setting::Locale => "locale",
            Setting::WarningsFilters => "warnings-filters",
            Setting::LoggingConfig => "logging-config",
            Setting::Environment => "environment",
            Setting::Cwd => "cwd",
            Setting::Umask => "umask",
            Setting::SignalHandlers => "signal-handlers",
            Setting::StdStreams => "std-streams",
            Setting::RandomState => "random-state",
            Setting::ThreadLocals => "thread-locals",
            Setting::ContextVars => "context-vars",
            Setting::HashSeed => "hash-seed",
            Setting::SocketTimeout => "socket-timeout",
            Setting::SysPath => "sys-path",
            Setting::NumpyErrors => "numpy-errors",
            Setting::NumpyPrint => "numpy-print",
            Setting::CodecRegistry => "codec-registry",
            Setting::CsvSettings => "csv-settings",
        }
    }

    pub fn from_name(s: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|k| k.name() == s)
    }

    /// What a person would call it, for reasons.
    pub fn describe(self) -> &'static str {
        match self {
            Setting::DecimalContext => "the `decimal` context (precision, rounding)",
            Setting::RecursionLimit => "the recursion limit",
            Setting::IntMaxStrDigits => "the int/str conversion digit limit",
            Setting::Locale => "the locale",
            Setting::WarningsFilters => "the warnings filters",
            Setting::LoggingConfig => "the logging configuration",
            Setting::Environment => "the environment variables",
            Setting::Cwd => "the working directory",
            Setting::Umask => "the umask",
            Setting::SignalHandlers => "the signal handlers",
            Setting::StdStreams => "`sys.stdout`/`sys.stderr`",
            Setting::RandomState => "the shared random generator's state",
            Setting::ThreadLocals => "thread-local attributes",
            Setting::ContextVars => "context variables",
            Setting::HashSeed => "the per-process hash seed (string hashes, set order)",
            Setting::SocketTimeout => "the default socket timeout",
            Setting::SysPath => "`sys.path`",
            Setting::NumpyErrors => "NumPy's floating-point error settings",
            Setting::NumpyPrint => "NumPy's print options",
            Setting::CodecRegistry => "the registered codecs",
            Setting::CsvSettings => "the `csv` module's dialects and field size limit",
        }
    }

    /// Settings programs rarely change, read implicitly by common operations (`str()` of an
    /// int reads the digit limit, recursion reads the recursion limit, `decode` the codecs): a
    /// read is judged as a read of the default unless the project changes the setting somewhere,
    /// and then by whether the worker sees the change. The others (the decimal context, the
    /// random state, thread-locals, the hash seed...) are judged by `visible_in` alone.
    pub fn assumed_default(self) -> bool {
        use Setting::*;
        matches!(
            self,
            RecursionLimit
                | IntMaxStrDigits
                | CodecRegistry
                | CsvSettings
                | Locale
                | StdStreams
                | SocketTimeout
                | SignalHandlers
                | Environment
                | Cwd
                | Umask
                | SysPath
                | NumpyPrint
        )
    }

    /// Whether a worker of `place` sees the value the caller set before the work started.
    pub fn visible_in(self, place: Place) -> bool {
        use Setting::*;
        match place {
            // A spawned interpreter gets the environment, working directory, umask and sys.path
            // (multiprocessing passes them); everything set at run time is back to its default.
            Place::SpawnedProcess => matches!(self, Environment | Cwd | Umask | SysPath),
            // Pool threads share the process; they start with an empty context (no context
            // variables, the default decimal context) and their own thread-locals.
            Place::PoolThread => !matches!(
                self,
                ThreadLocals | ContextVars | DecimalContext | NumpyErrors
            ),
            // `asyncio.to_thread` copies the caller's context into the thread.
            Place::ContextThread => !matches!(self, ThreadLocals),
            // Tasks run on the caller's thread with a copy of its context.
            Place::Task => true,
        }
    }
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where parallel work runs, for what it inherits from the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A `ProcessPoolExecutor` worker under `spawn` (or `forkserver`).
    SpawnedProcess,
    /// A `ThreadPoolExecutor` worker thread.
    PoolThread,
    /// `asyncio.to_thread` (a pool thread running in a copy of the caller's context).
    ContextThread,
    /// An asyncio task on the caller's event loop.
    Task,
}

/// Where output goes: its order is visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stream {
    Stdout,
    Stderr,
    Log,
    Warnings,
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
            Stream::Log => "log",
            Stream::Warnings => "warnings",
        }
    }

    pub fn from_name(s: &str) -> Option<Stream> {
        [
            Stream::Stdout,
            Stream::Stderr,
            Stream::Log,
            Stream::Warnings,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

/// How strong the evidence is that one item's work pays for a pool, weakest first.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum CostTier {
    /// A call whose cost grows with its data (`json.loads`, `re.fullmatch`, `hashlib.sha256`):
    /// microseconds on the short values most code gives it, which the analysis cannot size.
    Data,
    /// Python-level loops or recursion in a project function: work that repeats per call.
    Loops,
    /// A call that is expensive by design (key derivation, big-number arithmetic).
    Heavy,
    /// Waiting on I/O (network, disk, a subprocess, a sleep): what a thread pool overlaps. Only
    /// findings carry it; summaries collect CPU evidence.
    Io,
}

impl CostTier {
    pub fn name(self) -> &'static str {
        match self {
            CostTier::Data => "data",
            CostTier::Loops => "loops",
            CostTier::Heavy => "heavy",
            CostTier::Io => "io",
        }
    }

    /// Strong enough to start a process pool without a measurement.
    pub fn is_strong(self) -> bool {
        self >= CostTier::Loops
    }
}

/// What makes one item's CPU work expensive: the strongest evidence found in it and in what it
/// calls. The derived order (tier first) picks the evidence a finding reports.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct CostEvidence {
    pub tier: CostTier,
    /// The costly call (`hashlib.pbkdf2_hmac`), or the loop (`while ...`, `recursion`).
    pub what: String,
    /// The project function it happens in, when it is not the analysed code itself.
    pub function: Option<String>,
}

impl CostEvidence {
    pub fn call(tier: CostTier, call: &str) -> CostEvidence {
        CostEvidence {
            tier,
            what: format!("`{call}`"),
            function: None,
        }
    }

    /// A Python-level loop (or recursion) of the analysed code itself, described by `what`.
    pub fn loops(what: String) -> CostEvidence {
        CostEvidence {
            tier: CostTier::Loops,
            what,
            function: None,
        }
    }

    /// The same evidence seen from a caller of `function`.
    pub fn in_function(&self, function: &str) -> CostEvidence {
        CostEvidence {
            function: Some(self.function.clone().unwrap_or_else(|| function.to_owned())),
            ..self.clone()
        }
    }

    /// The larger of two pieces of evidence (either may be absent).
    pub fn max(a: Option<CostEvidence>, b: Option<CostEvidence>) -> Option<CostEvidence> {
        match (a, b) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }

    /// One line for reports: `` `hashlib.pbkdf2_hmac` (expensive by design) in `derive` ``.
    pub fn describe(&self) -> String {
        let why = match self.tier {
            CostTier::Data => "cost grows with its data",
            CostTier::Loops => "Python-level loop per call",
            CostTier::Heavy => "expensive by design",
            CostTier::Io => "waits on I/O",
        };
        match &self.function {
            Some(f) => format!("{} ({why}) in `{f}`", self.what),
            None => format!("{} ({why})", self.what),
        }
    }
}

/// What one call costs, as evidence that parallel work pays for a pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Cost {
    /// Microseconds whatever the data (scalar arithmetic, a lookup, a short string method).
    #[default]
    Cheap,
    /// Grows with the size of its data (hashing, compressing, sorting, parsing a document).
    Data,
    /// Expensive by design (key derivation with iteration counts, big-number arithmetic).
    Heavy,
}

impl Cost {
    pub fn name(self) -> &'static str {
        match self {
            Cost::Cheap => "cheap",
            Cost::Data => "data",
            Cost::Heavy => "heavy",
        }
    }

    pub fn from_name(s: &str) -> Option<Cost> {
        [Cost::Cheap, Cost::Data, Cost::Heavy]
            .into_iter()
            .find(|k| k.name() == s)
    }
}

/// One finding of the scan, with the 1-based line it was found on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hazard {
    pub kind: HazardKind,
    pub line: usize,
    /// The code, as written (shortened).
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HazardKind {
    /// A class attribute assigned or mutated after import (`Settings.rounds = 3`, `cls.x = v` in
    /// a classmethod): a worker process imports the class again with its class-body value.
    ClassState { class: String },
    /// Module state changed through reflection while the program runs (`globals()[...] = f`,
    /// `setattr(sys.modules[__name__], ...)`, a class created with `type(name, bases, ns)`,
    /// `importlib.reload`).
    Reflective,
    /// A handler reads an exception's cause, context or traceback: an exception raised in a
    /// worker process arrives rebuilt, with a remote traceback as its cause.
    InspectsExceptions,
    /// A property or special method (`__str__`, `__eq__`, ...) with side effects: it runs
    /// implicitly (`str(x)`, `x.body`) in whatever process or thread touches the object.
    ImplicitEffects { member: String },
    /// A class bound under another name than its own (`Point = namedtuple("Pt", ...)`): pickle
    /// looks classes up by name and fails.
    NameMismatch { class: String },
    /// Objects of a class linked into chains (`node = Node(v, node)`): pickling a long chain
    /// exceeds the recursion limit.
    Linked { class: String },
    /// Objects of a class hold something that does not pickle (a lock, a weak reference, an open
    /// file, a lambda).
    HoldsUnpicklable { class: String, what: String },
    /// The process lowers its resource limits (`resource.setrlimit`): a pool needs file
    /// descriptors and processes of its own, and threads that each hold a file need more.
    ResourceLimits,
    /// The program measures or hooks its own thread or process (`sys.setprofile`,
    /// `sys.settrace`, `cProfile`, `tracemalloc`, `time.thread_time`, `RUSAGE_THREAD`): work run
    /// on another thread or process escapes it.
    Instrumentation,
    /// The program installs a global URL opener (`urllib.request.install_opener`, a cookie
    /// processor): requests share its state (cookies set by one response are sent by the next),
    /// so their order matters.
    SharedOpener,
    /// The program makes a NaN object (`GAP = float("nan")`, `math.nan`): NaN is not equal to
    /// itself, so containers find it by identity (`{GAP: 4}.get(x)`, `x in seen`, `x is GAP`),
    /// and a NaN sent to a worker process comes back as another object. `class` is the type of
    /// the NaN (`float`, `Decimal`): only crossing values that may hold one are concerned.
    SharedNan { class: String },
}

impl Hazard {
    /// One line for a `review` reason.
    pub fn describe(&self, module: &str) -> String {
        let at = format!("(`{}`, line {} of `{module}`)", self.code, self.line);
        match &self.kind {
            HazardKind::ClassState { class } => format!(
                "the program changes class `{class}` while it runs {at}: a worker process imports the class again with its class-body values"
            ),
            HazardKind::Reflective => format!(
                "the program changes module state by reflection while it runs {at}: a worker process imports its modules again and does not see the change"
            ),
            HazardKind::InspectsExceptions => format!(
                "the program inspects exceptions' cause or traceback {at}: an exception raised in a worker process arrives rebuilt, with a remote traceback as its cause"
            ),
            HazardKind::ImplicitEffects { member } => format!(
                "`{member}` runs implicitly and has side effects {at}: in a worker they happen on a copy of the object"
            ),
            HazardKind::NameMismatch { class } => format!(
                "class `{class}` is bound under another name than its own {at}: its objects cannot be pickled to a worker process"
            ),
            HazardKind::Linked { class } => format!(
                "objects of `{class}` are linked into chains {at}: pickling a long chain for a worker process exceeds the recursion limit"
            ),
            HazardKind::HoldsUnpicklable { class, what } => format!(
                "objects of `{class}` hold {what} {at}, which cannot be pickled to a worker process"
            ),
            HazardKind::Instrumentation => format!(
                "the program measures or hooks its own thread or process {at}: work moved to another thread or process escapes it"
            ),
            HazardKind::SharedOpener => format!(
                "the program installs a global URL opener {at}: requests share its state (cookies), so sending them at once changes what each one carries"
            ),
            HazardKind::SharedNan { .. } => format!(
                "the program makes a NaN object {at}: NaN is not equal to itself, so lookups and `is` checks find it by identity, and a NaN sent to a worker process comes back as another object"
            ),
            HazardKind::ResourceLimits => format!(
                "the program changes its resource limits {at}: a pool needs more open files and processes than one item at a time"
            ),
        }
    }

    /// The project class (or, for a NaN, the builtin type) this hazard is about, when it is
    /// about one: a rewrite none of whose crossing values can be an object of it is not
    /// concerned.
    pub fn class(&self) -> Option<&str> {
        match &self.kind {
            HazardKind::NameMismatch { class }
            | HazardKind::Linked { class }
            | HazardKind::HoldsUnpicklable { class, .. }
            | HazardKind::SharedNan { class } => Some(class),
            _ => None,
        }
    }
}

/// Coroutines a program runs at the same time: the awaitables of one `asyncio.gather(...)`, or a
/// task created with `create_task(...)` and the function that goes on while it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskGroup {
    /// `asyncio.gather` at line 12.
    pub site: String,
    /// Each member: the coroutine function it runs (qualified; `None` when not known), and
    /// whether several of them run (`*(f(x) for x in xs)`).
    pub members: Vec<(Option<String>, bool)>,
}
