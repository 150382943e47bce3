//! Knowledge base: what calls into the standard library and popular packages do.
//!
//! Anything not listed here is an *unknown call*: it makes a finding `review`, never `safe`
//! (Numba's rule: unknown means impure).

use crate::effects::IoKind;

/// What a known callable does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// No observable effect; cheap.
    Pure,
    /// No observable effect; CPU-heavy (hashing, compression, regex, big-number maths...).
    PureHeavy,
    /// Blocking I/O of this kind.
    Io(IoKind),
    /// Writes to stdout/stderr or a logger: order-sensitive output.
    Output,
    /// Draws from the module-level random number generator (shared RNG state).
    Rng,
    /// Changes process-wide state (cwd, environment, signal handlers...).
    ProcessState,
    /// Calls its function arguments (map, filter, sorted(key=...)): effects are the callbacks'.
    Higher,
}

/// Look up a fully qualified callable name (`builtins.len`, `hashlib.sha256`, `requests.get`).
pub fn lookup(q: &str) -> Option<Known> {
    use IoKind::*;
    use Known::*;
    if let Some(name) = q.strip_prefix("builtins.") {
        return builtin(name);
    }
    let exact = match q {
        "time.sleep" | "asyncio.sleep" => Some(Io(Sleep)),
        // Schedule or wait on awaitables whose calls are analysed where they are written.
        "asyncio.run"
        | "asyncio.gather"
        | "asyncio.wait_for"
        | "asyncio.shield"
        | "asyncio.ensure_future"
        | "asyncio.create_task"
        | "asyncio.get_running_loop"
        | "asyncio.Semaphore"
        | "asyncio.Event"
        | "asyncio.Queue" => Some(Pure),
        // Calls the function it is given, in a worker thread.
        "asyncio.to_thread" => Some(Higher),
        // Async HTTP clients, documented as safe to share between the tasks of one event loop;
        // using them is judged per method.
        "aiohttp.ClientSession" | "httpx.AsyncClient" => Some(Pure),
        "time.time"
        | "time.monotonic"
        | "time.perf_counter"
        | "time.process_time"
        | "time.time_ns"
        | "time.monotonic_ns"
        | "time.perf_counter_ns" => Some(Pure),
        "json.dumps" | "json.loads" => Some(PureHeavy),
        "json.dump" => Some(Io(FileWrite)),
        "json.load" => Some(Io(FileRead)),
        "pickle.dumps" | "pickle.loads" | "marshal.dumps" | "marshal.loads" => Some(PureHeavy),
        "copy.deepcopy" | "copy.copy" => Some(Pure),
        "math.factorial" | "math.comb" | "math.perm" | "math.prod" | "math.fsum" => Some(PureHeavy),
        "sys.stdout.write"
        | "sys.stderr.write"
        | "sys.stdout.flush"
        | "sys.stderr.flush"
        | "sys.stdout.writelines"
        | "sys.stderr.writelines"
        | "warnings.warn"
        | "pprint.pprint" => Some(Output),
        "os.getenv" | "os.getpid" | "os.cpu_count" | "os.fspath" | "os.fsencode"
        | "os.fsdecode" | "os.getcwd" | "sys.getsizeof" | "sys.intern" | "os.stat" | "os.lstat"
        | "os.access" => Some(Pure),
        // Lazy: these return generators and touch the disk only when iterated.
        "os.walk" | "glob.iglob" => Some(Pure),
        "os.listdir"
        | "os.scandir"
        | "os.readlink"
        | "glob.glob"
        | "shutil.which"
        | "shutil.disk_usage"
        | "filecmp.cmp"
        | "mimetypes.guess_type" => Some(Io(FileRead)),
        "os.remove"
        | "os.unlink"
        | "os.rename"
        | "os.replace"
        | "os.makedirs"
        | "os.mkdir"
        | "os.rmdir"
        | "os.removedirs"
        | "os.symlink"
        | "os.link"
        | "os.chmod"
        | "os.chown"
        | "os.utime"
        | "os.truncate"
        | "shutil.copy"
        | "shutil.copy2"
        | "shutil.copyfile"
        | "shutil.copytree"
        | "shutil.move"
        | "shutil.rmtree"
        | "shutil.make_archive"
        | "shutil.unpack_archive"
        | "tempfile.mkdtemp"
        | "tempfile.mkstemp" => Some(Io(FileWrite)),
        "os.chdir"
        | "os.putenv"
        | "os.unsetenv"
        | "os.umask"
        | "os.kill"
        | "os._exit"
        | "sys.exit"
        | "signal.signal"
        | "random.seed"
        | "numpy.random.seed"
        | "locale.setlocale"
        | "socket.setdefaulttimeout"
        | "sys.setrecursionlimit" => Some(ProcessState),
        "os.system" | "os.popen" | "os.startfile" | "os.execv" | "os.spawnv" => {
            Some(Io(Subprocess))
        }
        "urllib.request.urlopen" => Some(Io(NetworkRead)),
        // Downloads into a file (a temporary one without a name): two at once may write the same.
        "urllib.request.urlretrieve" => Some(Io(FileWrite)),
        "socket.create_connection"
        | "socket.socket"
        | "socket.getaddrinfo"
        | "socket.gethostbyname" => Some(Io(Socket)),
        "sqlite3.connect" => Some(Io(Database)),
        "input" | "getpass.getpass" => Some(Io(Interactive)),
        "functools.reduce"
        | "itertools.starmap"
        | "itertools.filterfalse"
        | "itertools.takewhile"
        | "itertools.dropwhile"
        | "itertools.groupby"
        | "itertools.accumulate" => Some(Higher),
        "functools.partial"
        | "operator.itemgetter"
        | "operator.attrgetter"
        | "operator.methodcaller" => Some(Pure),
        _ => None,
    };
    if exact.is_some() {
        return exact;
    }
    let (module, func) = q.rsplit_once('.')?;
    match module {
        "hashlib" | "zlib" | "bz2" | "lzma" | "gzip" | "binascii" | "hmac" | "difflib" => {
            Some(PureHeavy)
        }
        "gzip.GzipFile" | "bz2.BZ2File" | "lzma.LZMAFile" | "zipfile.ZipFile" | "tarfile" => None,
        "re" if matches!(
            func,
            "compile"
                | "match"
                | "fullmatch"
                | "search"
                | "findall"
                | "finditer"
                | "sub"
                | "subn"
                | "split"
                | "escape"
        ) =>
        {
            Some(PureHeavy)
        }
        "math" | "cmath" | "operator" | "itertools" | "string" | "textwrap" | "unicodedata"
        | "base64" | "struct" | "statistics" | "fractions" | "decimal" | "bisect" | "heapq"
        | "keyword" | "html" | "shlex" | "colorsys" | "numbers" | "datetime"
        | "datetime.datetime" | "datetime.date" | "datetime.timedelta" | "collections"
        | "dataclasses" | "enum" | "uuid" | "ipaddress" | "urllib.parse" | "posixpath"
        | "ntpath" => match func {
            // uuid1/uuid4 draw from OS randomness; still no shared Python RNG state.
            "dataclass" | "field" => None,
            _ => Some(Pure),
        },
        "os.path" => match func {
            // Metadata lookups: harmless and too cheap to be worth a pool.
            "exists" | "isfile" | "isdir" | "islink" | "getsize" | "getmtime" | "getatime"
            | "getctime" | "samefile" | "lexists" | "ismount" | "realpath" => Some(Pure),
            _ => Some(Pure),
        },
        "random" => match func {
            "Random" | "SystemRandom" => Some(Pure),
            _ => Some(Rng),
        },
        "numpy.random" => match func {
            "default_rng" | "Generator" | "RandomState" | "SeedSequence" | "PCG64" => Some(Pure),
            _ => Some(Rng),
        },
        "secrets" => Some(Pure),
        "subprocess" => Some(Io(Subprocess)),
        "logging" => match func {
            "getLogger" | "Formatter" => Some(Pure),
            _ => Some(Output),
        },
        "requests" | "httpx" => match func {
            "get" | "head" | "options" => Some(Io(NetworkRead)),
            "post" | "put" | "patch" | "delete" | "request" | "stream" => Some(Io(NetworkWrite)),
            // Sessions and clients are constructors; using them is judged per method.
            "Session" | "session" | "Client" => Some(Pure),
            _ => None,
        },
        "boto3" => match func {
            "client" | "resource" | "Session" => Some(Pure),
            _ => None,
        },
        "numpy" | "np" => numpy(func),
        _ => None,
    }
}

fn numpy(func: &str) -> Option<Known> {
    use Known::*;
    match func {
        "save" | "savez" | "savetxt" | "savez_compressed" | "tofile" => Some(Io(IoKind::FileWrite)),
        "load" | "loadtxt" | "genfromtxt" | "fromfile" => Some(Io(IoKind::FileRead)),
        "dot" | "matmul" | "linalg" | "fft" | "convolve" | "correlate" | "outer" | "einsum"
        | "sort" | "argsort" | "unique" | "cumsum" | "cumprod" | "tensordot" | "kron" => {
            Some(PureHeavy)
        }
        _ => Some(Pure),
    }
}

fn builtin(name: &str) -> Option<Known> {
    use Known::*;
    match name {
        "print" => Some(Output),
        "open" => Some(Io(IoKind::FileRead)), // refined by the mode argument at the call site
        "input" => Some(Io(IoKind::Interactive)),
        "map" | "filter" | "sorted" | "min" | "max" => Some(Higher),
        "len"
        | "abs"
        | "sum"
        | "list"
        | "dict"
        | "set"
        | "frozenset"
        | "tuple"
        | "range"
        | "enumerate"
        | "zip"
        | "int"
        | "float"
        | "str"
        | "bool"
        | "bytes"
        | "bytearray"
        | "repr"
        | "round"
        | "divmod"
        | "pow"
        | "isinstance"
        | "issubclass"
        | "hash"
        | "ord"
        | "chr"
        | "any"
        | "all"
        | "reversed"
        | "format"
        | "hex"
        | "bin"
        | "oct"
        | "complex"
        | "type"
        | "hasattr"
        | "id"
        | "callable"
        | "iter"
        | "slice"
        | "ascii"
        | "object"
        | "memoryview"
        | "ValueError"
        | "TypeError"
        | "KeyError"
        | "IndexError"
        | "RuntimeError"
        | "Exception"
        | "AssertionError"
        | "NotImplementedError"
        | "ZeroDivisionError"
        | "AttributeError"
        | "OSError"
        | "StopIteration"
        | "ArithmeticError"
        | "LookupError"
        | "OverflowError"
        | "UnicodeDecodeError"
        | "UnicodeEncodeError"
        | "FileNotFoundError"
        | "PermissionError"
        | "TimeoutError"
        | "ConnectionError"
        | "super"
        | "getattr"
        | "property"
        | "staticmethod"
        | "classmethod"
        | "vars"
        | "dir"
        | "isascii" => Some(Pure),
        "next" => Some(Pure), // advances an iterator: judged as a method call on its argument
        _ => None,
    }
}

/// Builtins whose presence means the analysis cannot see which names are read or written.
pub fn is_dynamic_builtin(name: &str) -> bool {
    matches!(
        name,
        "eval"
            | "exec"
            | "globals"
            | "locals"
            | "vars"
            | "setattr"
            | "delattr"
            | "__import__"
            | "compile"
            | "breakpoint"
    )
}

/// Methods that never mutate their receiver on the builtin types that have them
/// (str, bytes, list, dict, set, tuple, int, float) and common read-only APIs.
pub fn is_non_mutating_method(name: &str) -> bool {
    matches!(
        name,
        "get"
            | "keys"
            | "values"
            | "items"
            | "copy"
            | "count"
            | "index"
            | "startswith"
            | "endswith"
            | "split"
            | "rsplit"
            | "splitlines"
            | "strip"
            | "lstrip"
            | "rstrip"
            | "lower"
            | "upper"
            | "casefold"
            | "title"
            | "capitalize"
            | "swapcase"
            | "format"
            | "format_map"
            | "join"
            | "encode"
            | "decode"
            | "replace"
            | "find"
            | "rfind"
            | "rindex"
            | "isdigit"
            | "isalpha"
            | "isalnum"
            | "isspace"
            | "isupper"
            | "islower"
            | "isnumeric"
            | "isdecimal"
            | "isidentifier"
            | "isprintable"
            | "istitle"
            | "partition"
            | "rpartition"
            | "zfill"
            | "center"
            | "ljust"
            | "rjust"
            | "expandtabs"
            | "translate"
            | "maketrans"
            | "removeprefix"
            | "removesuffix"
            | "hexdigest"
            | "digest"
            | "union"
            | "intersection"
            | "difference"
            | "symmetric_difference"
            | "issubset"
            | "issuperset"
            | "isdisjoint"
            | "bit_length"
            | "bit_count"
            | "to_bytes"
            | "from_bytes"
            | "is_integer"
            | "as_integer_ratio"
            | "conjugate"
            | "hex"
            | "fromhex"
            | "most_common"
            | "total"
            | "elements"
            | "group"
            | "groups"
            | "groupdict"
            | "span"
            | "start"
            | "end"
            | "tolist"
            | "astype"
            | "reshape"
            | "sum"
            | "mean"
            | "std"
            | "dot"
            | "isoformat"
            | "strftime"
            | "timestamp"
            | "date"
            | "time"
            | "weekday"
            | "total_seconds"
            | "match"
            | "fullmatch"
            | "search"
            | "findall"
            | "finditer"
            | "sub"
            | "subn"
            | "__len__"
            | "__contains__"
            | "__getitem__"
    )
}

/// Methods of a compiled regex / hashing object that are CPU-heavy but pure.
pub fn is_heavy_method(name: &str) -> bool {
    matches!(
        name,
        "match"
            | "fullmatch"
            | "search"
            | "findall"
            | "finditer"
            | "sub"
            | "subn"
            | "hexdigest"
            | "digest"
            | "dot"
            | "compress"
            | "decompress"
    )
}

/// Methods that return a new string or bytes object (or a list of them).
pub fn is_plain_result_method(name: &str) -> bool {
    matches!(
        name,
        "hexdigest"
            | "digest"
            | "decode"
            | "encode"
            | "strip"
            | "lstrip"
            | "rstrip"
            | "lower"
            | "upper"
            | "split"
            | "splitlines"
            | "join"
            | "format"
            | "replace"
            | "casefold"
            | "title"
            | "count"
    )
}

/// Known callables (qualified, as [`lookup`] takes them) whose result is an immutable value:
/// a number, string, bytes, bool, or a tuple of numbers. A module variable bound to one is as
/// harmless to hand back from a worker process as a literal.
pub fn result_is_immutable(q: &str) -> bool {
    if let Some(name) = q.strip_prefix("builtins.") {
        return matches!(
            name,
            "len"
                | "str"
                | "int"
                | "float"
                | "bool"
                | "abs"
                | "complex"
                | "bytes"
                | "repr"
                | "ascii"
                | "format"
                | "hash"
                | "id"
                | "ord"
                | "chr"
                | "hex"
                | "oct"
                | "bin"
                | "round"
                | "divmod"
                | "pow"
                | "isinstance"
                | "issubclass"
                | "hasattr"
                | "callable"
                | "any"
                | "all"
        );
    }
    matches!(q.rsplit_once('.'), Some(("math" | "cmath", _)))
}

/// Known callables whose result is always a new object that holds none of their arguments:
/// immutable values, digests and other results of heavy pure code, deep copies, new strings.
/// The result of any other known call may be, or hold, an argument (`list(xs)`, `next(it)`,
/// `getattr(obj, name)`).
pub fn result_is_new_value(q: &str) -> bool {
    result_is_immutable(q)
        || q == "copy.deepcopy"
        || lookup(q) == Some(Known::PureHeavy)
        || matches!(
            q.rsplit_once('.'),
            Some((
                "statistics" | "base64" | "unicodedata" | "textwrap" | "html",
                _
            ))
        )
}

/// Methods on file objects, sockets and the like that write (receiver is changed).
pub fn is_write_method(name: &str) -> bool {
    matches!(name, "write" | "writelines" | "send" | "sendall" | "flush")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_common_calls() {
        assert_eq!(lookup("hashlib.sha256"), Some(Known::PureHeavy));
        assert_eq!(lookup("requests.get"), Some(Known::Io(IoKind::NetworkRead)));
        assert_eq!(
            lookup("requests.post"),
            Some(Known::Io(IoKind::NetworkWrite))
        );
        assert_eq!(lookup("random.random"), Some(Known::Rng));
        assert_eq!(lookup("random.Random"), Some(Known::Pure));
        assert_eq!(lookup("builtins.print"), Some(Known::Output));
        assert_eq!(lookup("logging.info"), Some(Known::Output));
        assert_eq!(lookup("os.path.join"), Some(Known::Pure));
        assert_eq!(lookup("os.path.exists"), Some(Known::Pure));
        assert_eq!(lookup("os.listdir"), Some(Known::Io(IoKind::FileRead)));
        assert_eq!(lookup("somelib.do_it"), None);
        assert_eq!(lookup("builtins.frobnicate"), None);
    }
}
