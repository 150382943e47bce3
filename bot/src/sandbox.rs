//! Runs the analysed repository's own setup and test commands, which are untrusted code.
//!
//! # Threat model
//!
//! The commands come from the repository being analysed (its `setup.py`, `conftest.py`, test
//! suite, build backend, ...), so they must be treated as hostile: they may try to read the
//! user's credentials, tamper with files outside the scratch area, phone home, fork-bomb, or leave
//! daemons behind. Every command gets, in **both** modes:
//!
//! * a scrubbed environment: only `PATH`, `LANG`, `HOME`/`TMPDIR`/`TMP`/`TEMP` (pointing into the
//!   caller's scratch directory) and the variables the caller passes in [`Job::env`]; nothing else
//!   from the parent (no tokens, no API keys, no `SSH_AUTH_SOCK`);
//! * resource limits (`RLIMIT_AS`, `RLIMIT_CPU`, `RLIMIT_NPROC`, `RLIMIT_FSIZE`,
//!   `RLIMIT_NOFILE`), a wall-clock timeout, and its own session / process group, which is
//!   killed with `SIGKILL` when the command times out *and* when it exits (no leftovers);
//! * no stdin, and stdout/stderr appended to a log file (no pipes, so no deadlock).
//!
//! **Bubblewrap mode** ([`Isolation::Bubblewrap`]) additionally runs the command under `bwrap` with
//! new user, mount, pid, ipc, uts, cgroup and (unless [`Job::network`]) network namespaces, and
//! with **all capabilities dropped** (when the tool runs as root, bwrap keeps them by default, and
//! with `CAP_SYS_ADMIN` the command could simply remount `/usr` read-write on the host). The
//! command sees only: the system directories `/usr`, `/bin`, `/sbin`, `/lib*`, `/etc`
//! (read-only), the caller's `readable` directories (read-only), the caller's `writable`
//! directories plus the scratch `HOME` and `TMPDIR` (read-write), a minimal `/dev`, its own
//! `/proc`, and an empty private `/tmp`. Everything else (`/root`, `/home`, the parent's home,
//! other checkouts) does not exist inside. When the command ends, its pid namespace is torn down,
//! so even processes that left its process group (`setsid`, double fork) die.
//!
//! What is **not** isolated in bubblewrap mode: everything in `/etc` is readable (as root that
//! includes `/etc/shadow`); the kernel is fully exposed (no seccomp filter); memory and CPU are
//! bounded only per process by rlimits (no cgroups, so N processes may use N times the limit);
//! disk usage in the writable directories is bounded only per file; the writable directories
//! themselves (the clone, the venv) can be modified at will; with `network` the command has full
//! network access and can send anything it can read.
//!
//! **Fallback mode** ([`Isolation::EnvironmentOnly`], when bwrap is missing, broken, or disabled):
//! the command runs as the same user with the same filesystem and network access as this tool. It
//! can read the user's credentials from disk and write anywhere the user can; only the
//! environment, the limits and the timeout apply; a process that calls `setsid` itself escapes
//! the final group kill, and if this tool dies, only the direct child gets the parent-death
//! `SIGKILL` (in bubblewrap mode the whole pid namespace goes with it). [`Sandbox::describe`] says
//! so, with the reason bwrap is not used.

use std::env;
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Number of log lines kept in [`Outcome::tail`].
const TAIL_LINES: usize = 40;
/// At most this many bytes at the end of a run's output are read to build [`Outcome::tail`].
const TAIL_BYTES: u64 = 64 * 1024;
/// `PATH` when neither the job nor the parent provides one.
const DEFAULT_PATH: &str = "/usr/local/bin:/usr/bin:/bin";
/// `LANG` when the parent has none.
const DEFAULT_LANG: &str = "C.UTF-8";
/// System directories exposed read-only in bubblewrap mode (those that exist).
const SYSTEM_DIRS: [&str; 8] = [
    "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc",
];
/// Shortest and longest pause between two polls of a running command.
const POLL_MIN: Duration = Duration::from_millis(5);
const POLL_MAX: Duration = Duration::from_millis(40);
/// How long the bwrap trial run in [`Sandbox::new`] may take.
const TRIAL_TIMEOUT: Duration = Duration::from_secs(10);
/// Highest signal number on Linux (`SIGRTMAX`); sh and bwrap report "killed by N" as 128 + N.
const MAX_SIGNAL: i32 = 64;
/// What the fallback mode guarantees (and does not), as worded in [`Isolation::describe`].
const ENV_ONLY_GUARANTEES: &str = "scrubbed environment, scratch HOME/TMPDIR, resource limits; \
                                   filesystem and network NOT isolated";

/// Everything that can go wrong while preparing or running a sandboxed command.
///
/// A command that fails, crashes or times out is *not* an error: it is an [`Outcome`].
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// `scratch/home` or `scratch/tmp` could not be created.
    #[error("cannot create sandbox directory {}: {source}", .path.display())]
    CreateDir { path: PathBuf, source: io::Error },
    /// A `writable` or `readable` directory does not exist or cannot be resolved.
    #[error("cannot use {} as a sandbox {role} directory: {source}", .path.display())]
    ResolveDir {
        path: PathBuf,
        role: &'static str,
        source: io::Error,
    },
    /// With `use_bwrap`, a `writable` or `readable` directory is (or contains) the user's home.
    #[error(
        "refusing to expose {} to sandboxed commands: it is or contains the home directory {}, \
         which holds the user's credentials",
        .path.display(),
        .home.display()
    )]
    ExposesHome { path: PathBuf, home: PathBuf },
    /// The job's working directory does not exist or cannot be resolved.
    #[error("cannot use {} as the working directory: {source}", .path.display())]
    ResolveCwd { path: PathBuf, source: io::Error },
    /// In bubblewrap mode, the working directory is outside every directory the sandbox exposes.
    #[error(
        "working directory {} is not visible inside the sandbox: it is in none of the writable \
         or readable directories",
        .path.display()
    )]
    CwdNotVisible { path: PathBuf },
    /// The log file's parent directory could not be created.
    #[error("cannot create directory {} for log file {}: {source}", .dir.display(), .log.display())]
    LogDir {
        dir: PathBuf,
        log: PathBuf,
        source: io::Error,
    },
    /// The log file could not be opened (or its descriptor duplicated).
    #[error("cannot open log file {}: {source}", .path.display())]
    OpenLog { path: PathBuf, source: io::Error },
    /// The log file could not be read back to build [`Outcome::tail`].
    #[error("cannot read the output of the run back from log file {}: {source}", .path.display())]
    ReadLog { path: PathBuf, source: io::Error },
    /// The command (or bwrap) could not be started.
    #[error("cannot start {} in {}: {source}", .program.display(), .cwd.display())]
    Spawn {
        program: PathBuf,
        cwd: PathBuf,
        source: io::Error,
    },
    /// Waiting for the command failed; its process group has been killed.
    #[error(
        "cannot wait for {} (pid {pid}) running in {}: {source}",
        .program.display(),
        .cwd.display()
    )]
    Wait {
        program: PathBuf,
        pid: u32,
        cwd: PathBuf,
        source: io::Error,
    },
}

/// Resource limits applied to every command (and inherited by all its children).
///
/// The rlimits are per process: they bound a single runaway process, not the sum of all of them.
/// `processes` (`RLIMIT_NPROC`) counts *all* processes of the real user, and is not enforced for
/// root. A limit above the current hard limit is lowered to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Wall clock for one command; the whole process group is killed after it.
    pub timeout: Duration,
    /// `RLIMIT_AS`: address space of each process, in bytes.
    pub memory_bytes: u64,
    /// `RLIMIT_CPU`: CPU time of each process, in seconds.
    pub cpu_seconds: u64,
    /// `RLIMIT_NPROC`: processes of the real user id.
    pub processes: u64,
    /// `RLIMIT_FSIZE`: largest file a process may write, in bytes.
    pub file_size_bytes: u64,
    /// `RLIMIT_NOFILE`: open file descriptors per process.
    pub open_files: u64,
}

impl Limits {
    /// Defaults around `timeout`: 8 GiB address space, CPU time four times the timeout (rounded
    /// up to whole seconds, at least 1), 1024 processes, 2 GiB files, 4096 open files.
    pub fn with_timeout(timeout: Duration) -> Self {
        let whole_seconds = timeout.as_secs() + u64::from(timeout.subsec_nanos() > 0);
        Limits {
            timeout,
            memory_bytes: 8 << 30,
            cpu_seconds: whole_seconds.saturating_mul(4).max(1),
            processes: 1024,
            file_size_bytes: 2 << 30,
            open_files: 4096,
        }
    }

    /// The rlimits to install in the child, converted before forking.
    fn rlimits(&self) -> [(Resource, libc::rlim_t); 5] {
        [
            (libc::RLIMIT_AS, to_rlim(self.memory_bytes)),
            (libc::RLIMIT_CPU, to_rlim(self.cpu_seconds)),
            (libc::RLIMIT_NPROC, to_rlim(self.processes)),
            (libc::RLIMIT_FSIZE, to_rlim(self.file_size_bytes)),
            (libc::RLIMIT_NOFILE, to_rlim(self.open_files)),
        ]
    }
}

impl Default for Limits {
    /// [`Limits::with_timeout`] with a 15 minute timeout.
    fn default() -> Self {
        Limits::with_timeout(Duration::from_secs(15 * 60))
    }
}

/// The type of the `resource` argument of `setrlimit`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
type Resource = libc::__rlimit_resource_t;
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
type Resource = libc::c_int;

/// A `u64` limit as an `rlim_t`; a value that does not fit means "unlimited".
fn to_rlim(value: u64) -> libc::rlim_t {
    libc::rlim_t::try_from(value).unwrap_or(libc::RLIM_INFINITY)
}

/// How strongly commands are isolated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Isolation {
    /// Under bubblewrap: private filesystem view, namespaces, no capabilities.
    Bubblewrap,
    /// Only the environment, limits and timeout: filesystem and network are the host's.
    EnvironmentOnly,
}

impl Isolation {
    /// One line for reports, e.g. "bubblewrap: read-only system, only the scratch directories
    /// writable, no network, scrubbed environment, resource limits". `network` is whether the
    /// command is allowed the network. [`Sandbox::describe`] also says why bwrap is not used.
    pub fn describe(&self, network: bool) -> String {
        match self {
            Isolation::Bubblewrap => format!(
                "bubblewrap: read-only system, only the scratch directories writable, {}, \
                 scrubbed environment, resource limits",
                if network {
                    "network allowed"
                } else {
                    "no network"
                }
            ),
            Isolation::EnvironmentOnly => format!("no bubblewrap: {ENV_ONLY_GUARANTEES}"),
        }
    }
}

/// One command to run in the sandbox.
#[derive(Debug, Clone, Copy)]
pub struct Job<'a> {
    /// Run with `/bin/sh -c`.
    pub shell: &'a str,
    /// Working directory. In bubblewrap mode it must lie in a writable or readable directory.
    pub cwd: &'a Path,
    /// Extra variables (VIRTUAL_ENV, PYTEST_ADDOPTS, ...). `PATH` here, if given, is used as the
    /// PATH. They override the sandbox's own variables of the same name.
    pub env: &'a [(String, String)],
    /// Whether the command may use the network (bubblewrap mode only; the fallback cannot stop it).
    pub network: bool,
    /// stdout and stderr are appended here (created, with its parent directories, if missing).
    pub log: &'a Path,
}

/// How a command ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Exited with this code (never 129..=192: see `Signaled`).
    Exited(i32),
    /// Killed by this signal. Exit codes 128 + N (N = 1..=64) also count as killed by signal N,
    /// in both modes: that is how `/bin/sh` reports a command killed by a signal, and how bwrap
    /// reports the death of the command it runs, so without this mapping the same crash would be
    /// `Exited(137)` in one mode and `Signaled(9)` in the other. An explicit `exit 130` thus
    /// reads as `Signaled(2)`.
    Signaled(i32),
    /// Still running at the timeout; its whole process group was killed.
    TimedOut,
}

/// The result of one [`Sandbox::run`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// How the command ended.
    pub status: Status,
    /// Wall-clock time from start to end (or to the kill).
    pub duration: Duration,
    /// The last 40 lines this run appended to the log (at most its last 64 KiB), lossy UTF-8,
    /// without a trailing newline.
    pub tail: String,
}

impl Outcome {
    /// Whether the command exited with code 0.
    pub fn success(&self) -> bool {
        self.status == Status::Exited(0)
    }
}

/// How commands are actually started.
#[derive(Debug, Clone)]
enum Backend {
    /// Through this bwrap executable, which passed the trial run.
    Bubblewrap(PathBuf),
    /// Directly with `/bin/sh`, and why bwrap is not used.
    EnvironmentOnly { reason: String },
}

/// Runs untrusted shell commands with a scrubbed environment, limits and a timeout, under
/// bubblewrap when it works. See the module documentation for the threat model.
#[derive(Debug)]
pub struct Sandbox {
    home: PathBuf,
    tmp: PathBuf,
    writable: Vec<PathBuf>,
    readable: Vec<PathBuf>,
    limits: Limits,
    backend: Backend,
}

impl Sandbox {
    /// `scratch`: a directory owned by the caller; the sandbox creates `scratch/home` and
    /// `scratch/tmp` in it (HOME and TMPDIR of every command). `writable`: directories the
    /// commands may write (the scratch clone, the venv); `readable`: extra read-only directories
    /// (the interpreter's prefix, uv's directory). All of them must exist; they are canonicalized
    /// (so HOME is `canonical(scratch)/home`). A directory listed in both is writable.
    /// `use_bwrap`: false forces the fallback; true uses bwrap when it is installed AND a trial
    /// run (`bwrap ... /bin/sh -c true`) succeeds, otherwise falls back and remembers why. With
    /// `use_bwrap`, a directory that is or contains the user's `$HOME` is refused
    /// ([`SandboxError::ExposesHome`]): binding it would defeat the isolation.
    pub fn new(
        scratch: &Path,
        writable: Vec<PathBuf>,
        readable: Vec<PathBuf>,
        limits: Limits,
        use_bwrap: bool,
    ) -> Result<Self, SandboxError> {
        let mut sandbox = Sandbox {
            home: create_dir(&scratch.join("home"))?,
            tmp: create_dir(&scratch.join("tmp"))?,
            writable: resolve_dirs(writable, "writable")?,
            readable: resolve_dirs(readable, "readable")?,
            limits,
            backend: Backend::EnvironmentOnly {
                reason: "disabled by the caller".to_string(),
            },
        };
        if use_bwrap {
            if let Some(home) = user_home() {
                refuse_home(sandbox.writable.iter().chain(&sandbox.readable), &home)?;
            }
            sandbox.backend = sandbox.probe_bwrap(find_on_path("bwrap"));
        }
        Ok(sandbox)
    }

    /// Which isolation commands actually get.
    pub fn isolation(&self) -> Isolation {
        match self.backend {
            Backend::Bubblewrap(_) => Isolation::Bubblewrap,
            Backend::EnvironmentOnly { .. } => Isolation::EnvironmentOnly,
        }
    }

    /// Like [`Isolation::describe`], with the reason bwrap is not used, e.g. "no bubblewrap (not
    /// installed: no `bwrap` executable on PATH): scrubbed environment, ...".
    pub fn describe(&self, network: bool) -> String {
        match &self.backend {
            Backend::Bubblewrap(_) => Isolation::Bubblewrap.describe(network),
            Backend::EnvironmentOnly { reason } => {
                format!("no bubblewrap ({reason}): {ENV_ONLY_GUARANTEES}")
            }
        }
    }

    /// The limits every command runs under.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Runs `shell` with /bin/sh -c in `cwd`. stdout and stderr go (interleaved, appended) to
    /// `log` (created if missing; parent dirs created). Never inherits the parent's environment.
    /// Blocks the calling thread until the command has ended or timed out; its whole process
    /// group (in bubblewrap mode: its pid namespace) is killed before this returns.
    pub fn run(&self, job: &Job<'_>) -> Result<Outcome, SandboxError> {
        let (mut command, program) = match &self.backend {
            Backend::Bubblewrap(bwrap) => {
                let cwd = self.visible_cwd(job.cwd)?;
                let command = self.bwrap_command(bwrap, job.shell, &cwd, job.network, job.env);
                (command, bwrap.clone())
            }
            Backend::EnvironmentOnly { .. } => {
                let mut command = self.base_command(Path::new("/bin/sh"), job.env);
                command.arg("-c").arg(job.shell).current_dir(job.cwd);
                (command, PathBuf::from("/bin/sh"))
            }
        };
        let (log, start_len) = open_log(job.log)?;
        let stdout = log.try_clone().map_err(|source| SandboxError::OpenLog {
            path: job.log.to_path_buf(),
            source,
        })?;
        command.stdout(stdout).stderr(log);

        let started = Instant::now();
        let mut child = command.spawn().map_err(|source| SandboxError::Spawn {
            program: program.clone(),
            cwd: job.cwd.to_path_buf(),
            source,
        })?;
        drop(command); // Closes our copies of the log descriptor.
        let pid = child.id();
        let ended =
            supervise(&mut child, self.limits().timeout).map_err(|source| SandboxError::Wait {
                program,
                pid,
                cwd: job.cwd.to_path_buf(),
                source,
            })?;
        let duration = started.elapsed();
        let status = match ended {
            Some(status) => status_of(status),
            None => Status::TimedOut,
        };
        let tail = read_tail(job.log, start_len)?;
        Ok(Outcome {
            status,
            duration,
            tail,
        })
    }

    /// Tries bwrap with the real mount table; the backend to use and, if not bwrap, why.
    fn probe_bwrap(&self, program: Option<PathBuf>) -> Backend {
        let Some(program) = program else {
            return Backend::EnvironmentOnly {
                reason: "not installed: no `bwrap` executable on PATH".to_string(),
            };
        };
        match self.trial_run(&program) {
            Ok(()) => Backend::Bubblewrap(program),
            Err(why) => Backend::EnvironmentOnly {
                reason: format!("installed at {} but fails: {why}", program.display()),
            },
        }
    }

    /// Runs `/bin/sh -c true` under `bwrap`; on failure, the first line of its stderr.
    fn trial_run(&self, bwrap: &Path) -> Result<(), String> {
        let mut command = self.bwrap_command(bwrap, "true", &self.home, false, &[]);
        command.stdout(Stdio::null()).stderr(Stdio::piped());
        let mut child = command
            .spawn()
            .map_err(|e| format!("cannot start it: {e}"))?;
        let ended = supervise(&mut child, TRIAL_TIMEOUT);
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            // Best effort: the message is only used to explain a failure.
            let _ = pipe.read_to_string(&mut stderr);
        }
        let explain = |fallback: String| match stderr.lines().find(|l| !l.trim().is_empty()) {
            Some(line) => line.trim().to_string(),
            None => fallback,
        };
        match ended {
            Ok(Some(status)) if status.success() => Ok(()),
            Ok(Some(status)) => Err(explain(format!("trial run ended with {status}"))),
            Ok(None) => Err(explain(format!(
                "trial run timed out after {} s",
                TRIAL_TIMEOUT.as_secs()
            ))),
            Err(e) => Err(format!("cannot wait for the trial run: {e}")),
        }
    }

    /// A command for `program` with the scrubbed environment, no stdin, limits and `setsid`.
    fn base_command(&self, program: &Path, extra_env: &[(String, String)]) -> Command {
        let mut command = Command::new(program);
        command
            .env_clear()
            .envs(self.environment(extra_env))
            .stdin(Stdio::null());
        install_child_setup(&mut command, self.limits());
        command
    }

    /// The complete environment of a command (and of bwrap, which passes it through unchanged).
    fn environment(&self, extra: &[(String, String)]) -> Vec<(OsString, OsString)> {
        let inherited = |name: &str, default: &str| {
            env::var_os(name)
                .filter(|value| !value.is_empty())
                .unwrap_or_else(|| OsString::from(default))
        };
        let mut vars: Vec<(OsString, OsString)> = vec![
            ("PATH".into(), inherited("PATH", DEFAULT_PATH)),
            ("LANG".into(), inherited("LANG", DEFAULT_LANG)),
            ("HOME".into(), self.home.clone().into_os_string()),
            ("TMPDIR".into(), self.tmp.clone().into_os_string()),
            ("TMP".into(), self.tmp.clone().into_os_string()),
            ("TEMP".into(), self.tmp.clone().into_os_string()),
        ];
        for (name, value) in extra {
            let name = OsString::from(name);
            let value = OsString::from(value);
            match vars.iter_mut().find(|(existing, _)| *existing == name) {
                Some(slot) => slot.1 = value,
                None => vars.push((name, value)),
            }
        }
        vars
    }

    /// `bwrap <isolation> <mounts> --chdir cwd /bin/sh -c shell`.
    fn bwrap_command(
        &self,
        bwrap: &Path,
        shell: &str,
        cwd: &Path,
        network: bool,
        extra_env: &[(String, String)],
    ) -> Command {
        let mut command = self.base_command(bwrap, extra_env);
        command
            .args(self.bwrap_args(cwd, network))
            .args(["/bin/sh", "-c", shell]);
        command
    }

    /// bwrap's options (everything before the command).
    fn bwrap_args(&self, cwd: &Path, network: bool) -> Vec<OsString> {
        let mut args: Vec<OsString> = [
            "--unshare-all",
            "--die-with-parent",
            "--new-session",
            "--cap-drop",
            "ALL",
        ]
        .iter()
        .map(OsString::from)
        .collect();
        if network {
            args.push("--share-net".into());
        }
        for mount in self.mounts(network) {
            mount.push_args(&mut args);
        }
        args.push("--chdir".into());
        args.push(cwd.as_os_str().to_owned());
        args
    }

    /// The sandbox's filesystem, parents before children (so nested directories stack right).
    fn mounts(&self, network: bool) -> Vec<Mount> {
        let mut mounts = system_mounts();
        mounts.push(Mount::Dev("/dev".into()));
        mounts.push(Mount::Proc("/proc".into()));
        mounts.push(Mount::Tmpfs("/tmp".into()));
        if network {
            mounts.extend(resolv_conf_outside_etc().map(Mount::ReadOnly));
        }
        mounts.extend(self.readable.iter().cloned().map(Mount::ReadOnly));
        mounts.extend(self.writable.iter().cloned().map(Mount::ReadWrite));
        mounts.push(Mount::ReadWrite(self.home.clone()));
        mounts.push(Mount::ReadWrite(self.tmp.clone()));
        // Stable: at equal depth, later (writable) mounts go on top of earlier (read-only) ones.
        mounts.sort_by_key(|mount| mount.destination().components().count());
        mounts
    }

    /// The canonical `cwd`, if the sandbox exposes it.
    fn visible_cwd(&self, cwd: &Path) -> Result<PathBuf, SandboxError> {
        let resolved = fs::canonicalize(cwd).map_err(|source| SandboxError::ResolveCwd {
            path: cwd.to_path_buf(),
            source,
        })?;
        let exposed = self
            .writable
            .iter()
            .chain(&self.readable)
            .chain([&self.home, &self.tmp])
            .any(|dir| resolved.starts_with(dir))
            || SYSTEM_DIRS.iter().any(|dir| resolved.starts_with(dir));
        if exposed {
            Ok(resolved)
        } else {
            Err(SandboxError::CwdNotVisible { path: resolved })
        }
    }
}

/// Maps a wait status to a [`Status`], reading exit code 128 + N as signal N.
fn status_of(status: ExitStatus) -> Status {
    match status.code() {
        Some(code) if (129..=128 + MAX_SIGNAL).contains(&code) => Status::Signaled(code - 128),
        Some(code) => Status::Exited(code),
        None => Status::Signaled(status.signal().unwrap_or(0)),
    }
}

/// One entry of bwrap's mount table.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mount {
    /// `--ro-bind path path`
    ReadOnly(PathBuf),
    /// `--bind path path`
    ReadWrite(PathBuf),
    /// `--symlink target link`
    Symlink { target: PathBuf, link: PathBuf },
    /// `--dev path`
    Dev(PathBuf),
    /// `--proc path`
    Proc(PathBuf),
    /// `--tmpfs path`
    Tmpfs(PathBuf),
}

impl Mount {
    /// Where it appears inside the sandbox.
    fn destination(&self) -> &Path {
        match self {
            Mount::ReadOnly(path)
            | Mount::ReadWrite(path)
            | Mount::Dev(path)
            | Mount::Proc(path)
            | Mount::Tmpfs(path) => path,
            Mount::Symlink { link, .. } => link,
        }
    }

    /// Appends the bwrap options for this entry.
    fn push_args(&self, args: &mut Vec<OsString>) {
        let (option, operands): (&str, Vec<&OsStr>) = match self {
            Mount::ReadOnly(path) => ("--ro-bind", vec![path.as_os_str(), path.as_os_str()]),
            Mount::ReadWrite(path) => ("--bind", vec![path.as_os_str(), path.as_os_str()]),
            Mount::Symlink { target, link } => {
                ("--symlink", vec![target.as_os_str(), link.as_os_str()])
            }
            Mount::Dev(path) => ("--dev", vec![path.as_os_str()]),
            Mount::Proc(path) => ("--proc", vec![path.as_os_str()]),
            Mount::Tmpfs(path) => ("--tmpfs", vec![path.as_os_str()]),
        };
        args.push(option.into());
        args.extend(operands.into_iter().map(OsStr::to_owned));
    }
}

/// The existing system directories: read-only binds, except symlinks into another exposed
/// system directory (merged /usr: `/bin -> usr/bin`), which are recreated as the same symlink.
fn system_mounts() -> Vec<Mount> {
    let mut mounts = Vec::new();
    for dir in SYSTEM_DIRS {
        let path = Path::new(dir);
        let Ok(metadata) = fs::symlink_metadata(path) else {
            continue;
        };
        if metadata.file_type().is_symlink() {
            if let Some(target) = symlink_into_system_dir(path) {
                mounts.push(Mount::Symlink {
                    target,
                    link: path.to_path_buf(),
                });
            } else if path.is_dir() {
                mounts.push(Mount::ReadOnly(path.to_path_buf()));
            }
        } else if metadata.is_dir() {
            mounts.push(Mount::ReadOnly(path.to_path_buf()));
        }
    }
    mounts
}

/// The link text of `link` if it resolves into another system directory that is a real directory
/// (and so is bound itself), so the same symlink works inside the sandbox.
fn symlink_into_system_dir(link: &Path) -> Option<PathBuf> {
    let target = fs::read_link(link).ok()?;
    let resolved = fs::canonicalize(link).ok()?;
    let bound = SYSTEM_DIRS.iter().map(Path::new).any(|dir| {
        dir != link
            && resolved.starts_with(dir)
            && fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir())
    });
    bound.then_some(target)
}

/// `/etc/resolv.conf`'s real file when it is a symlink out of the system directories (e.g. into
/// `/run/systemd/resolve`), so name resolution works for jobs with network access.
fn resolv_conf_outside_etc() -> Option<PathBuf> {
    let resolved = fs::canonicalize("/etc/resolv.conf").ok()?;
    let visible = SYSTEM_DIRS.iter().any(|dir| resolved.starts_with(dir));
    (!visible).then_some(resolved)
}

/// Creates `path` (and parents) and returns its canonical form.
fn create_dir(path: &Path) -> Result<PathBuf, SandboxError> {
    let failed = |source| SandboxError::CreateDir {
        path: path.to_path_buf(),
        source,
    };
    fs::create_dir_all(path).map_err(failed)?;
    fs::canonicalize(path).map_err(failed)
}

/// Canonicalizes each directory, which must exist.
fn resolve_dirs(dirs: Vec<PathBuf>, role: &'static str) -> Result<Vec<PathBuf>, SandboxError> {
    dirs.into_iter()
        .map(|dir| {
            fs::canonicalize(&dir).map_err(|source| SandboxError::ResolveDir {
                path: dir,
                role,
                source,
            })
        })
        .collect()
}

/// The canonical `$HOME` of this process, if it has one.
fn user_home() -> Option<PathBuf> {
    let home = env::var_os("HOME").filter(|home| !home.is_empty())?;
    fs::canonicalize(home).ok()
}

/// Fails if one of `dirs` (canonical) is `home` or one of its ancestors.
fn refuse_home<'a>(
    dirs: impl IntoIterator<Item = &'a PathBuf>,
    home: &Path,
) -> Result<(), SandboxError> {
    match dirs.into_iter().find(|dir| home.starts_with(dir)) {
        Some(dir) => Err(SandboxError::ExposesHome {
            path: dir.clone(),
            home: home.to_path_buf(),
        }),
        None => Ok(()),
    }
}

/// The first executable `name` in the parent's PATH, then in the default PATH.
fn find_on_path(name: &str) -> Option<PathBuf> {
    let parent_path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&parent_path)
        .chain(env::split_paths(DEFAULT_PATH))
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Opens `path` for appending (creating it and its parents); returns it and its current length.
fn open_log(path: &Path) -> Result<(File, u64), SandboxError> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|source| SandboxError::LogDir {
            dir: dir.to_path_buf(),
            log: path.to_path_buf(),
            source,
        })?;
    }
    let failed = |source| SandboxError::OpenLog {
        path: path.to_path_buf(),
        source,
    };
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(failed)?;
    let len = file.metadata().map_err(failed)?.len();
    Ok((file, len))
}

/// The last [`TAIL_LINES`] lines of what was appended to `path` after offset `start`.
fn read_tail(path: &Path, start: u64) -> Result<String, SandboxError> {
    let failed = |source| SandboxError::ReadLog {
        path: path.to_path_buf(),
        source,
    };
    let mut file = File::open(path).map_err(failed)?;
    let end = file.metadata().map_err(failed)?.len();
    let from = start.max(end.saturating_sub(TAIL_BYTES)).min(end);
    file.seek(SeekFrom::Start(from)).map_err(failed)?;
    let mut bytes = Vec::new();
    file.take(end - from)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    Ok(last_lines(&String::from_utf8_lossy(&bytes), TAIL_LINES))
}

/// The last `count` lines of `text`, joined with `\n`, without a trailing newline.
fn last_lines(text: &str, count: usize) -> String {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let start = match count.checked_sub(1) {
        None => text.len(),
        Some(skip) => text
            .rmatch_indices('\n')
            .nth(skip)
            .map_or(0, |(index, _)| index + 1),
    };
    text[start..].to_string()
}

/// Waits for `child` (a session leader) up to `timeout`, then kills its whole process group.
/// `None` when it timed out. Leftover members of the group are killed in every case.
fn supervise(child: &mut Child, timeout: Duration) -> io::Result<Option<ExitStatus>> {
    let group = libc::pid_t::try_from(child.id()).ok();
    let started = Instant::now();
    let mut pause = POLL_MIN;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                kill_group(group);
                return Ok(Some(status));
            }
            Ok(None) => {}
            Err(error) => {
                kill_group(group);
                let _ = child.kill();
                let _ = child.wait();
                return Err(error);
            }
        }
        let elapsed = started.elapsed();
        if elapsed >= timeout {
            // The leader is not reaped yet, so the group id still refers to this group.
            kill_group(group);
            child.wait()?;
            return Ok(None);
        }
        thread::sleep(pause.min(timeout - elapsed));
        pause = (pause * 2).min(POLL_MAX);
    }
}

/// `SIGKILL`s process group `group` (a no-op if it has no members left).
fn kill_group(group: Option<libc::pid_t>) {
    // Never 0 (our own group) or 1 / negative (`init`, or every process we may signal).
    let Some(group) = group.filter(|&group| group > 1) else {
        return;
    };
    // SAFETY: killpg takes no pointers and has no memory-safety preconditions. `group` is the id
    // of the session our child created with setsid(). If the leader was already reaped, the id
    // stays reserved while any member is alive; with no member left the call fails with ESRCH.
    unsafe {
        libc::killpg(group, libc::SIGKILL);
    }
}

/// Makes the child a session leader with the parent-death signal and the rlimits set.
fn install_child_setup(command: &mut Command, limits: &Limits) {
    let rlimits = limits.rlimits();
    // SAFETY: the closure runs in the forked child between fork and exec. It only calls the
    // async-signal-safe syscalls setsid, prctl, getrlimit and setrlimit, does not allocate, takes
    // no locks, and only reads `rlimits`, an array of plain integers moved into it.
    unsafe {
        command.pre_exec(move || child_setup(&rlimits));
    }
}

/// Runs in the child before exec (see [`install_child_setup`]): async-signal-safe calls only.
fn child_setup(rlimits: &[(Resource, libc::rlim_t)]) -> io::Result<()> {
    // SAFETY: setsid takes no arguments; the child is not a group leader, so it cannot fail
    // except with EPERM, which is reported.
    if unsafe { libc::setsid() } == -1 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: PR_SET_PDEATHSIG takes one integer argument (a valid signal number, passed as the
    // unsigned long the kernel reads); no pointers are involved. The signal comes when the thread
    // that spawned us exits, and `Sandbox::run` blocks that thread until the command has ended.
    let signal = libc::SIGKILL as libc::c_ulong;
    if unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, signal) } == -1 {
        return Err(io::Error::last_os_error());
    }
    for &(resource, value) in rlimits {
        set_rlimit(resource, value)?;
    }
    Ok(())
}

/// Sets soft and hard limit of `resource` to `value`, capped at the current hard limit.
fn set_rlimit(resource: Resource, value: libc::rlim_t) -> io::Result<()> {
    let mut current = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes one `rlimit` through the pointer, which is valid and exclusive.
    if unsafe { libc::getrlimit(resource, &mut current) } == -1 {
        return Err(io::Error::last_os_error());
    }
    let value = value.min(current.rlim_max);
    let wanted = libc::rlimit {
        rlim_cur: value,
        rlim_max: value,
    };
    // SAFETY: setrlimit only reads the `rlimit` behind the pointer, which is valid.
    if unsafe { libc::setrlimit(resource, &wanted) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::net::TcpListener;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Once;

    const SECRET_NAME: &str = "PARALLELIZE_SANDBOX_SECRET";
    const SECRET_VALUE: &str = "hunter2";

    /// Puts a secret into this test process's environment (once, for all tests).
    fn plant_secret() {
        static PLANT: Once = Once::new();
        // Every environment access in these tests goes through std, which serializes them.
        PLANT.call_once(|| env::set_var(SECRET_NAME, SECRET_VALUE));
    }

    /// A sandbox; `None` (with a message) when bwrap was asked for but is unusable here.
    fn sandbox(
        scratch: &Path,
        writable: Vec<PathBuf>,
        readable: Vec<PathBuf>,
        limits: Limits,
        bwrap: bool,
    ) -> Option<Sandbox> {
        let sandbox = Sandbox::new(scratch, writable, readable, limits, bwrap).unwrap();
        if bwrap && sandbox.isolation() != Isolation::Bubblewrap {
            println!("skipping bubblewrap test: {}", sandbox.describe(false));
            return None;
        }
        Some(sandbox)
    }

    /// Runs `shell` in `cwd`; the outcome and the whole log.
    fn run_in(
        sandbox: &Sandbox,
        cwd: &Path,
        shell: &str,
        env: &[(String, String)],
        network: bool,
    ) -> (Outcome, String) {
        let log = cwd.join("logs").join("run.log");
        let job = Job {
            shell,
            cwd,
            env,
            network,
            log: &log,
        };
        let outcome = sandbox.run(&job).unwrap();
        (outcome, fs::read_to_string(&log).unwrap())
    }

    /// A scratch dir with a writable work dir inside, and a sandbox over them.
    struct Setup {
        _scratch: tempfile::TempDir,
        work: PathBuf,
        sandbox: Sandbox,
    }

    fn setup(limits: Limits, bwrap: bool, readable: Vec<PathBuf>) -> Option<Setup> {
        let scratch = tempfile::tempdir().unwrap();
        let work = scratch.path().join("work");
        fs::create_dir(&work).unwrap();
        let sandbox = sandbox(scratch.path(), vec![work.clone()], readable, limits, bwrap)?;
        let work = fs::canonicalize(work).unwrap();
        Some(Setup {
            _scratch: scratch,
            work,
            sandbox,
        })
    }

    fn quick_limits() -> Limits {
        Limits::with_timeout(Duration::from_secs(4))
    }

    /// The real interpreter directory and prefix of `python3`, if there is one.
    struct Python {
        bin: PathBuf,
        prefix: PathBuf,
    }

    fn python() -> Option<Python> {
        let output = Command::new("python3")
            .args([
                "-c",
                "import os, sys; print(os.path.realpath(sys.executable)); \
                 print(os.path.realpath(sys.base_prefix))",
            ])
            .output()
            .ok()?;
        let text = String::from_utf8(output.stdout).ok()?;
        let mut lines = text.lines();
        let executable = PathBuf::from(lines.next()?);
        let prefix = PathBuf::from(lines.next()?);
        Some(Python {
            bin: executable.parent()?.to_path_buf(),
            prefix,
        })
    }

    impl Python {
        fn readable(&self) -> Vec<PathBuf> {
            vec![self.prefix.clone(), self.bin.clone()]
        }

        fn env(&self) -> Vec<(String, String)> {
            vec![(
                "PATH".to_string(),
                format!("{}:/usr/bin:/bin", self.bin.display()),
            )]
        }
    }

    /// A `sleep` duration no other process on the machine uses, to find our processes in /proc.
    fn unique_marker() -> String {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        format!("{}.{:07}", 9000 + n, std::process::id() % 10_000_000)
    }

    /// Live (non-zombie) processes whose command line mentions `marker`.
    fn live_with_marker(marker: &str) -> Vec<String> {
        let mut found = Vec::new();
        for entry in fs::read_dir("/proc").unwrap().flatten() {
            // Zombies have an empty command line, so they are not counted.
            let Ok(cmdline) = fs::read(entry.path().join("cmdline")) else {
                continue;
            };
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            if cmdline.contains(marker) {
                found.push(format!(
                    "{}: {cmdline}",
                    entry.file_name().to_string_lossy()
                ));
            }
        }
        found
    }

    /// Waits up to 2 s for every process mentioning `marker` to die; what is left.
    fn survivors(marker: &str) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            let live = live_with_marker(marker);
            if live.is_empty() || Instant::now() >= deadline {
                return live;
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn pid_alive(pid: i32) -> bool {
        match fs::read_to_string(format!("/proc/{pid}/stat")) {
            // The state follows the parenthesized command name.
            Ok(stat) => !stat
                .rsplit(')')
                .next()
                .unwrap()
                .trim_start()
                .starts_with('Z'),
            Err(_) => false,
        }
    }

    fn pid_gone_soon(pid: i32) -> bool {
        let deadline = Instant::now() + Duration::from_secs(2);
        while pid_alive(pid) {
            if Instant::now() >= deadline {
                return false;
            }
            thread::sleep(Duration::from_millis(20));
        }
        true
    }

    // ---- environment ----

    fn check_env_is_scrubbed(bwrap: bool) {
        plant_secret();
        let Some(s) = setup(quick_limits(), bwrap, vec![]) else {
            return;
        };
        let extra = vec![("EXTRA_FOR_JOB".to_string(), "yes".to_string())];
        let (outcome, log) = run_in(&s.sandbox, &s.work, "env", &extra, false);
        assert!(outcome.success(), "{outcome:?}\n{log}");
        assert!(!log.contains(SECRET_NAME), "secret name leaked:\n{log}");
        assert!(!log.contains(SECRET_VALUE), "secret value leaked:\n{log}");
        let home = format!("HOME={}", s.sandbox.home.display());
        let tmp = format!("TMPDIR={}", s.sandbox.tmp.display());
        assert!(log.lines().any(|l| l == home), "no {home} in:\n{log}");
        assert!(log.lines().any(|l| l == tmp), "no {tmp} in:\n{log}");
        assert!(log.lines().any(|l| l == "EXTRA_FOR_JOB=yes"), "{log}");
        let names: BTreeSet<&str> = log.lines().filter_map(|l| l.split('=').next()).collect();
        let allowed = [
            "PATH",
            "LANG",
            "HOME",
            "TMPDIR",
            "TMP",
            "TEMP",
            "EXTRA_FOR_JOB",
            // Set by the shell itself.
            "PWD",
            "OLDPWD",
            "SHLVL",
            "_",
        ];
        let unexpected: Vec<_> = names.iter().filter(|n| !allowed.contains(n)).collect();
        assert!(unexpected.is_empty(), "unexpected variables {unexpected:?}");
    }

    #[test]
    fn env_is_scrubbed_without_bwrap() {
        check_env_is_scrubbed(false);
    }

    #[test]
    fn env_is_scrubbed_with_bwrap() {
        check_env_is_scrubbed(true);
    }

    #[test]
    fn job_path_and_variables_override_defaults() {
        let Some(s) = setup(quick_limits(), false, vec![]) else {
            return;
        };
        let extra = vec![
            ("PATH".to_string(), "/usr/bin:/bin:/nonexistent".to_string()),
            ("LANG".to_string(), "C".to_string()),
        ];
        let (_, log) = run_in(&s.sandbox, &s.work, "env", &extra, false);
        assert!(
            log.lines().any(|l| l == "PATH=/usr/bin:/bin:/nonexistent"),
            "{log}"
        );
        assert!(log.lines().any(|l| l == "LANG=C"), "{log}");
        assert_eq!(log.lines().filter(|l| l.starts_with("PATH=")).count(), 1);
    }

    // ---- timeout and process cleanup ----

    fn check_timeout_kills_group(bwrap: bool) {
        let limits = Limits::with_timeout(Duration::from_secs(1));
        let Some(s) = setup(limits, bwrap, vec![]) else {
            return;
        };
        let marker = unique_marker();
        let pid_file = s.work.join("child.pid");
        let shell = format!(
            "sleep {marker} & echo $! > {}; sleep {marker}",
            pid_file.display()
        );
        let (outcome, log) = run_in(&s.sandbox, &s.work, &shell, &[], false);
        assert_eq!(outcome.status, Status::TimedOut, "{log}");
        assert!(!outcome.success());
        assert!(outcome.duration >= Duration::from_secs(1), "{outcome:?}");
        assert!(outcome.duration < Duration::from_secs(3), "{outcome:?}");
        if !bwrap {
            // Outside a pid namespace the recorded pid is the real one.
            let pid: i32 = fs::read_to_string(&pid_file)
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            assert!(pid_gone_soon(pid), "background child {pid} survived");
        }
        assert_eq!(survivors(&marker), Vec::<String>::new());
    }

    #[test]
    fn timeout_kills_whole_group_without_bwrap() {
        check_timeout_kills_group(false);
    }

    #[test]
    fn timeout_kills_whole_group_with_bwrap() {
        check_timeout_kills_group(true);
    }

    fn check_background_child_killed_after_exit(bwrap: bool) {
        let Some(s) = setup(quick_limits(), bwrap, vec![]) else {
            return;
        };
        let marker = unique_marker();
        let pid_file = s.work.join("child.pid");
        let shell = format!("sleep {marker} & echo $! > {}; exit 0", pid_file.display());
        let (outcome, log) = run_in(&s.sandbox, &s.work, &shell, &[], false);
        assert_eq!(outcome.status, Status::Exited(0), "{log}");
        assert!(outcome.duration < Duration::from_secs(2), "{outcome:?}");
        if !bwrap {
            let pid: i32 = fs::read_to_string(&pid_file)
                .unwrap()
                .trim()
                .parse()
                .unwrap();
            assert!(pid_gone_soon(pid), "background child {pid} survived");
        }
        assert_eq!(survivors(&marker), Vec::<String>::new());
    }

    #[test]
    fn background_child_is_killed_after_exit_without_bwrap() {
        check_background_child_killed_after_exit(false);
    }

    #[test]
    fn background_child_is_killed_after_exit_with_bwrap() {
        check_background_child_killed_after_exit(true);
    }

    #[test]
    fn processes_that_leave_the_group_die_with_bwrap_pid_namespace() {
        let Some(s) = setup(quick_limits(), true, vec![]) else {
            return;
        };
        let marker = unique_marker();
        // `setsid` escapes the process group; only the pid namespace catches it.
        let shell = format!("setsid sleep {marker} & sleep 0.2; exit 0");
        let (outcome, log) = run_in(&s.sandbox, &s.work, &shell, &[], false);
        assert_eq!(outcome.status, Status::Exited(0), "{log}");
        assert_eq!(survivors(&marker), Vec::<String>::new());
    }

    // ---- exit status ----

    fn check_exit_codes_and_signals(bwrap: bool) {
        let Some(s) = setup(quick_limits(), bwrap, vec![]) else {
            return;
        };
        let (ok, _) = run_in(&s.sandbox, &s.work, "true", &[], false);
        assert_eq!(ok.status, Status::Exited(0));
        assert!(ok.success());
        let (three, _) = run_in(&s.sandbox, &s.work, "exit 3", &[], false);
        assert_eq!(three.status, Status::Exited(3));
        assert!(!three.success());
        let (killed, _) = run_in(&s.sandbox, &s.work, "kill -9 $$", &[], false);
        assert_eq!(killed.status, Status::Signaled(9));
        assert!(!killed.success());
    }

    #[test]
    fn exit_codes_and_signals_without_bwrap() {
        check_exit_codes_and_signals(false);
    }

    #[test]
    fn exit_codes_and_signals_with_bwrap() {
        check_exit_codes_and_signals(true);
    }

    // ---- limits ----

    fn check_memory_limit(bwrap: bool) {
        let Some(py) = python() else {
            println!("skipping: no python3");
            return;
        };
        let mut limits = quick_limits();
        limits.memory_bytes = 512 << 20;
        let Some(s) = setup(limits, bwrap, py.readable()) else {
            return;
        };
        let small = "python3 -c 'b = bytearray(32 << 20); print(\"allocated\")'";
        let (outcome, log) = run_in(&s.sandbox, &s.work, small, &py.env(), false);
        assert!(outcome.success(), "{outcome:?}\n{log}");
        let big = "python3 -c 'b = bytearray(2 << 30); print(\"allocated\")'";
        let (outcome, log) = run_in(&s.sandbox, &s.work, big, &py.env(), false);
        assert!(!outcome.success(), "{outcome:?}");
        assert!(outcome.tail.contains("MemoryError"), "{outcome:?}\n{log}");
    }

    #[test]
    fn memory_limit_applies_without_bwrap() {
        check_memory_limit(false);
    }

    #[test]
    fn memory_limit_applies_with_bwrap() {
        check_memory_limit(true);
    }

    #[test]
    fn file_size_and_open_file_limits_apply() {
        let mut limits = quick_limits();
        limits.file_size_bytes = 1 << 20;
        limits.open_files = 64;
        let Some(s) = setup(limits, false, vec![]) else {
            return;
        };
        let (outcome, log) = run_in(
            &s.sandbox,
            &s.work,
            "ulimit -n; head -c 2000000 /dev/zero > big",
            &[],
            false,
        );
        // SIGXFSZ kills `head`; the shell reports 128 + 25.
        assert_eq!(outcome.status, Status::Signaled(libc::SIGXFSZ), "{log}");
        assert_eq!(fs::metadata(s.work.join("big")).unwrap().len(), 1 << 20);
        assert!(log.lines().next() == Some("64"), "{log}");
    }

    #[test]
    fn default_limits() {
        let limits = Limits::default();
        assert_eq!(limits.timeout, Duration::from_secs(900));
        assert_eq!(limits.cpu_seconds, 3600);
        assert_eq!(limits.memory_bytes, 8 << 30);
        assert_eq!(limits.processes, 1024);
        assert_eq!(limits.file_size_bytes, 2 << 30);
        assert_eq!(limits.open_files, 4096);
        assert_eq!(
            Limits::with_timeout(Duration::from_millis(1500)).cpu_seconds,
            8
        );
        assert_eq!(Limits::with_timeout(Duration::ZERO).cpu_seconds, 1);
    }

    // ---- log and tail ----

    #[test]
    fn log_is_appended_and_tail_covers_only_this_run() {
        let Some(s) = setup(quick_limits(), false, vec![]) else {
            return;
        };
        let log = s.work.join("deep").join("er").join("run.log");
        let run = |shell: &str| {
            let job = Job {
                shell,
                cwd: &s.work,
                env: &[],
                network: false,
                log: &log,
            };
            s.sandbox.run(&job).unwrap()
        };
        // Far more than a pipe buffer: would deadlock with pipes.
        let first = run("seq 1 300000; echo to-stderr >&2");
        assert!(first.success(), "{first:?}");
        let expected: Vec<String> = (299962..=300000)
            .map(|n| n.to_string())
            .chain(["to-stderr".to_string()])
            .collect();
        assert_eq!(first.tail, expected.join("\n"));
        let second = run("echo second; echo also >&2");
        assert_eq!(second.tail, "second\nalso");
        let empty = run("true");
        assert_eq!(empty.tail, "");
        let text = fs::read_to_string(&log).unwrap();
        assert!(text.starts_with("1\n2\n3\n"));
        assert!(text.ends_with("300000\nto-stderr\nsecond\nalso\n"));
    }

    #[test]
    fn wait_statuses_map_to_status() {
        assert_eq!(status_of(ExitStatus::from_raw(0)), Status::Exited(0));
        assert_eq!(status_of(ExitStatus::from_raw(3 << 8)), Status::Exited(3));
        assert_eq!(
            status_of(ExitStatus::from_raw(128 << 8)),
            Status::Exited(128)
        );
        assert_eq!(
            status_of(ExitStatus::from_raw(137 << 8)),
            Status::Signaled(9)
        );
        assert_eq!(
            status_of(ExitStatus::from_raw(193 << 8)),
            Status::Exited(193)
        );
        assert_eq!(
            status_of(ExitStatus::from_raw(libc::SIGTERM)),
            Status::Signaled(15)
        );
    }

    #[test]
    fn last_lines_edge_cases() {
        assert_eq!(last_lines("", 40), "");
        assert_eq!(last_lines("a", 40), "a");
        assert_eq!(last_lines("a\nb\nc\n", 2), "b\nc");
        assert_eq!(last_lines("a\nb\nc", 2), "b\nc");
        assert_eq!(last_lines("a\nb\nc\n", 3), "a\nb\nc");
        assert_eq!(last_lines("a\nb\n", 0), "");
        assert_eq!(last_lines("\n\n", 1), "");
    }

    #[test]
    fn errors_name_the_paths() {
        let scratch = tempfile::tempdir().unwrap();
        let missing = scratch.path().join("missing");
        let err = Sandbox::new(
            scratch.path(),
            vec![missing.clone()],
            vec![],
            quick_limits(),
            false,
        )
        .unwrap_err();
        assert!(matches!(err, SandboxError::ResolveDir { .. }));
        assert!(
            err.to_string().contains(&missing.display().to_string()),
            "{err}"
        );
        assert!(err.to_string().contains("writable"), "{err}");

        let sandbox = Sandbox::new(scratch.path(), vec![], vec![], quick_limits(), false).unwrap();
        let log = scratch.path().join("run.log");
        let job = Job {
            shell: "true",
            cwd: &missing,
            env: &[],
            network: false,
            log: &log,
        };
        let err = sandbox.run(&job).unwrap_err();
        assert!(matches!(err, SandboxError::Spawn { .. }), "{err}");
        assert!(
            err.to_string().contains(&missing.display().to_string()),
            "{err}"
        );
    }

    #[test]
    fn exposing_the_home_directory_is_refused() {
        let home = Path::new("/home/someone");
        let below = PathBuf::from("/home/someone/.local/bin");
        let sibling = PathBuf::from("/home/someone-else");
        assert!(refuse_home([&below, &sibling], home).is_ok());
        for bad in ["/home/someone", "/home", "/"] {
            let bad = PathBuf::from(bad);
            let err = refuse_home([&below, &bad], home).unwrap_err();
            assert!(matches!(err, SandboxError::ExposesHome { .. }), "{err}");
            assert!(err.to_string().contains("/home/someone"), "{err}");
        }
        // And for real, with this process's home, only when bwrap is asked for.
        let Some(real_home) = user_home() else {
            return;
        };
        let scratch = tempfile::tempdir().unwrap();
        let readable = vec![real_home.clone()];
        let refused = Sandbox::new(
            scratch.path(),
            vec![],
            readable.clone(),
            quick_limits(),
            true,
        );
        assert!(matches!(refused, Err(SandboxError::ExposesHome { .. })));
        assert!(Sandbox::new(scratch.path(), vec![], readable, quick_limits(), false).is_ok());
    }

    // ---- bwrap detection ----

    #[test]
    fn describe_is_honest() {
        let scratch = tempfile::tempdir().unwrap();
        let sandbox = Sandbox::new(scratch.path(), vec![], vec![], quick_limits(), false).unwrap();
        assert_eq!(sandbox.isolation(), Isolation::EnvironmentOnly);
        let text = sandbox.describe(false);
        assert!(
            text.starts_with("no bubblewrap (disabled by the caller): "),
            "{text}"
        );
        assert!(
            text.contains("filesystem and network NOT isolated"),
            "{text}"
        );
        assert!(Isolation::Bubblewrap.describe(false).contains("no network"));
        assert!(Isolation::Bubblewrap
            .describe(true)
            .contains("network allowed"));
        assert!(Isolation::EnvironmentOnly
            .describe(true)
            .contains("NOT isolated"));
    }

    #[test]
    fn unusable_bwrap_falls_back_with_the_reason() {
        let scratch = tempfile::tempdir().unwrap();
        let sandbox = Sandbox::new(scratch.path(), vec![], vec![], quick_limits(), false).unwrap();
        let Backend::EnvironmentOnly { reason } = sandbox.probe_bwrap(None) else {
            panic!("no bwrap must mean the fallback");
        };
        assert_eq!(reason, "not installed: no `bwrap` executable on PATH");
        // `ls` rejects bwrap's options on stderr: a stand-in for a bwrap that fails.
        let ls = find_on_path("ls").unwrap();
        let Backend::EnvironmentOnly { reason } = sandbox.probe_bwrap(Some(ls.clone())) else {
            panic!("a failing trial run must mean the fallback");
        };
        let prefix = format!("installed at {} but fails: ", ls.display());
        assert!(reason.starts_with(&prefix), "{reason}");
        assert!(reason.contains("--unshare-all"), "{reason}");
        assert_eq!(reason.lines().count(), 1, "{reason}");
    }

    #[test]
    fn bwrap_is_used_when_it_works() {
        let Some(s) = setup(quick_limits(), true, vec![]) else {
            return;
        };
        assert!(matches!(s.sandbox.backend, Backend::Bubblewrap(_)));
        assert!(s.sandbox.describe(false).starts_with("bubblewrap: "));
    }

    // ---- bwrap filesystem isolation ----

    #[test]
    fn bwrap_hides_everything_not_exposed() {
        let Some(s) = setup(quick_limits(), true, vec![]) else {
            return;
        };
        let hidden = tempfile::tempdir().unwrap();
        let secret = hidden.path().join("secret.txt");
        fs::write(&secret, "top-secret-contents").unwrap();
        let parent_home = env::var("HOME").unwrap_or_else(|_| "/root".to_string());
        let shell = format!(
            "cat {secret}; ls {hidden}; \
             for d in /root {parent_home}; do [ -e $d ] && echo VISIBLE:$d; done; \
             ls /; exit 0",
            secret = secret.display(),
            hidden = hidden.path().display(),
        );
        let (outcome, log) = run_in(&s.sandbox, &s.work, &shell, &[], false);
        assert!(outcome.success(), "{log}");
        assert!(!log.contains("top-secret-contents"), "{log}");
        assert!(log.contains("No such file or directory"), "{log}");
        assert!(!log.contains("VISIBLE:"), "{log}");
        for entry in ["home", "root", "work", "mnt", "opt", "var"] {
            assert!(!log.lines().any(|l| l == entry), "/{entry} visible:\n{log}");
        }
    }

    #[test]
    fn bwrap_root_shows_only_the_readable_dirs_below_it() {
        let Some(py) = python() else {
            println!("skipping: no python3");
            return;
        };
        let Some(s) = setup(quick_limits(), true, py.readable()) else {
            return;
        };
        let (outcome, log) = run_in(&s.sandbox, &s.work, "ls -A /root; exit 0", &[], false);
        assert!(outcome.success(), "{log}");
        // Only first components of exposed paths below /root may appear.
        let exposed: BTreeSet<String> = py
            .readable()
            .iter()
            .filter_map(|dir| {
                dir.strip_prefix("/root")
                    .ok()?
                    .iter()
                    .next()
                    .map(|c| c.to_string_lossy().into_owned())
            })
            .collect();
        for line in log.lines() {
            assert!(exposed.contains(line), "/root/{line} is visible:\n{log}");
        }
    }

    #[test]
    fn bwrap_writes_only_reach_writable_dirs() {
        let readable = tempfile::tempdir().unwrap();
        let Some(s) = setup(quick_limits(), true, vec![readable.path().to_path_buf()]) else {
            return;
        };
        let hidden = tempfile::tempdir().unwrap();
        let shell = format!(
            "touch {work}/ok {home}/ok {tmp}/ok; \
             touch {readable}/no; touch /usr/parallelize-sandbox-no; touch /etc/parallelize-no; \
             mkdir -p {hidden} && touch {hidden}/no; \
             mount -o remount,rw,bind /usr 2>&1; grep CapEff /proc/self/status; exit 0",
            work = s.work.display(),
            home = s.sandbox.home.display(),
            tmp = s.sandbox.tmp.display(),
            readable = readable.path().display(),
            hidden = hidden.path().display(),
        );
        let (outcome, log) = run_in(&s.sandbox, &s.work, &shell, &[], false);
        assert!(outcome.success(), "{log}");
        assert!(s.work.join("ok").exists(), "{log}");
        assert!(s.sandbox.home.join("ok").exists(), "{log}");
        assert!(s.sandbox.tmp.join("ok").exists(), "{log}");
        assert!(!readable.path().join("no").exists(), "{log}");
        assert!(!Path::new("/usr/parallelize-sandbox-no").exists(), "{log}");
        assert!(!Path::new("/etc/parallelize-no").exists(), "{log}");
        assert!(!hidden.path().join("no").exists(), "{log}");
        assert!(log.contains("Read-only file system"), "{log}");
        assert!(
            log.contains("CapEff:\t0000000000000000"),
            "capabilities kept:\n{log}"
        );
    }

    #[test]
    fn bwrap_rejects_a_cwd_it_would_hide() {
        let Some(s) = setup(quick_limits(), true, vec![]) else {
            return;
        };
        let hidden = tempfile::tempdir().unwrap();
        let log = s.work.join("run.log");
        let job = Job {
            shell: "true",
            cwd: hidden.path(),
            env: &[],
            network: false,
            log: &log,
        };
        let err = s.sandbox.run(&job).unwrap_err();
        assert!(matches!(err, SandboxError::CwdNotVisible { .. }), "{err}");
    }

    #[test]
    fn bwrap_runs_shell_and_python() {
        let Some(py) = python() else {
            println!("skipping: no python3");
            return;
        };
        let Some(s) = setup(quick_limits(), true, py.readable()) else {
            return;
        };
        let shell = "echo shell-ok; pwd; \
                     python3 -c 'import sys, ssl; print(\"python-ok\", sys.version_info[:2])'";
        let (outcome, log) = run_in(&s.sandbox, &s.work, shell, &py.env(), false);
        assert!(outcome.success(), "{outcome:?}\n{log}");
        assert!(log.contains("shell-ok"), "{log}");
        assert!(log.lines().any(|l| Path::new(l) == s.work), "{log}");
        assert!(log.contains("python-ok"), "{log}");
    }

    // ---- bwrap network ----

    fn connect_job(port: u16) -> String {
        format!(
            "python3 -c 'import socket; socket.create_connection((\"127.0.0.1\", {port}), \
             timeout=2); print(\"CONNECTED\")'"
        )
    }

    #[test]
    fn bwrap_network_only_when_allowed() {
        let Some(py) = python() else {
            println!("skipping: no python3");
            return;
        };
        let Some(s) = setup(quick_limits(), true, py.readable()) else {
            return;
        };
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let port = listener.local_addr().unwrap().port();

        let (outcome, log) = run_in(&s.sandbox, &s.work, &connect_job(port), &py.env(), false);
        assert!(!outcome.success(), "connected without network:\n{log}");
        assert!(!log.contains("CONNECTED"), "{log}");
        assert!(listener.accept().is_err(), "a connection arrived");

        let (outcome, log) = run_in(&s.sandbox, &s.work, &connect_job(port), &py.env(), true);
        assert!(outcome.success(), "{outcome:?}\n{log}");
        assert!(log.contains("CONNECTED"), "{log}");
        assert!(listener.accept().is_ok(), "no connection arrived");
    }

    #[test]
    fn bwrap_args_stack_writable_dirs_over_read_only_parents() {
        let scratch = tempfile::tempdir().unwrap();
        let outer = scratch.path().join("outer");
        let inner = outer.join("inner");
        fs::create_dir_all(&inner).unwrap();
        let sandbox = Sandbox::new(
            scratch.path(),
            vec![inner.clone()],
            vec![outer.clone()],
            quick_limits(),
            false,
        )
        .unwrap();
        let args = sandbox.bwrap_args(&inner, false);
        let position = |option: &str, path: &Path| {
            let path = fs::canonicalize(path).unwrap();
            args.windows(3)
                .position(|w| {
                    w[0] == option && w[1] == path.as_os_str() && w[2] == path.as_os_str()
                })
                .unwrap()
        };
        let tmpfs = args
            .windows(2)
            .position(|w| w[0] == "--tmpfs" && w[1] == "/tmp")
            .unwrap();
        assert!(tmpfs < position("--ro-bind", &outer));
        assert!(position("--ro-bind", &outer) < position("--bind", &inner));
        assert!(!args.contains(&OsString::from("--share-net")));
        assert!(sandbox
            .bwrap_args(&inner, true)
            .contains(&OsString::from("--share-net")));
        assert!(args
            .windows(2)
            .any(|w| w[0] == "--cap-drop" && w[1] == "ALL"));
    }
}
