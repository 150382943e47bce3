//! Several `parallelize serve` replicas on one Postgres database, for the tests of the queue
//! across processes (bot/tests/replicas.rs) and the sweep benchmark (bot/tests/sweep_bench.rs).
//!
//! ```text
//!   test ──signed deliveries──► replica 0 ─┐
//!        ──────────────────────► replica 1 ─┼─► one new Postgres database (jobs, leases)
//!        ──────────────────────► replica 2 ─┘
//!   replicas ──REST + git──► fake GitHub (tests/common/fake_github.rs, git http-backend)
//! ```
//!
//! What the tests observe from outside the replicas, as a user or an operator would:
//! * the database (`jobs`, `deliveries`, `sweeps`) through [`Database`];
//! * the fake GitHub's pull requests, check runs and the requests it answered;
//! * every pytest session of the synthetic repositories ([`Project`]): their `conftest.py`
//!   appends when it started and ended, in which checkout (one per job), to a log file of the
//!   test ([`Cluster::job_intervals`]);
//! * every push to a bot branch as the git server receives it: `pre-receive` and
//!   `post-receive` hooks installed in the bare repositories append to a log file
//!   ([`Cluster::bot_pushes`]); the `pre-receive` hook pauses a little, which widens the window
//!   in which a second push would overlap.
//!
//! The replicas run with `--isolation none` (the conftest writes outside its checkout) and the
//! test venv's Python; the synthetic projects need nothing installed (the test command is the
//! test venv's pytest), so a job spends its time in the pipeline, not in pip. `TMPDIR` is inside
//! the cluster's directory: the jobs' scratch directories and the measurement lock of
//! `propose` (`$TMPDIR/parallelize-measure.lock`, taken exclusively by calibrations and replays)
//! are the cluster's, not shared with other tests running on the machine; each replica has its
//! own, as on hosts of their own, unless [`Options::shared_tmp`] (one host).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use super::app::{example, http, sign, Server, SECRET};
use super::fake_github::{FakeGitHub, Push, TestAppKey};

/// The Postgres server of the tests (an admin URL ending in `/<database>`), or `None` after a
/// printed notice that `test` is skipped.
pub fn postgres_or_skip(test: &str) -> Option<String> {
    let url = std::env::var("PARALLELIZE_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() {
        eprintln!(
            "{test}: skipped: PARALLELIZE_TEST_POSTGRES is not set (scripts/test.sh starts a \
             server and sets it)"
        );
    }
    url
}

/// A new database on the test server, dropped (with its connections) when this is dropped.
pub struct Database {
    pub url: String,
    admin: String,
    name: String,
    rt: tokio::runtime::Runtime,
    pool: sqlx::AnyPool,
}

impl Database {
    pub fn create(admin: &str, label: &str) -> Database {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let name = format!(
            "pz_{label}_{}_{}_{}",
            std::process::id(),
            COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("clock")
                .as_millis()
        );
        // Multi-threaded: a sampler thread and the test may query at the same time.
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let url = rt.block_on(super::db::create_postgres_database(admin, &name));
        let pool = rt.block_on(async {
            sqlx::any::AnyPoolOptions::new()
                .max_connections(2)
                .connect(&url)
                .await
                .expect("connect to the test database")
        });
        Database {
            url,
            admin: admin.to_owned(),
            name,
            rt,
            pool,
        }
    }

    /// Rows of `query`, every column as text (`NULL` for null).
    pub fn rows(&self, query: &str) -> Vec<Vec<String>> {
        self.rt.block_on(async {
            let rows = sqlx::query(sqlx::AssertSqlSafe(query.to_owned()))
                .fetch_all(&self.pool)
                .await
                .unwrap_or_else(|e| panic!("{query}: {e}"));
            super::db::text_rows(&rows)
        })
    }

    pub fn scalar(&self, query: &str) -> String {
        self.rows(query)
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
            .unwrap_or_default()
    }

    pub fn count(&self, query: &str) -> usize {
        self.scalar(query).parse().unwrap_or(0)
    }

    pub fn execute(&self, statement: &str) {
        self.rt.block_on(async {
            sqlx::query(sqlx::AssertSqlSafe(statement.to_owned()))
                .execute(&self.pool)
                .await
                .unwrap_or_else(|e| panic!("{statement}: {e}"));
        });
    }

    /// Every job, by id.
    pub fn jobs(&self) -> Vec<JobRow> {
        self.rows(
            "SELECT id, kind, COALESCE(repository, ''), state, attempts, \
             COALESCE(claimed_by, ''), COALESCE(delivery_id, ''), COALESCE(last_error, '') \
             FROM jobs ORDER BY id",
        )
        .into_iter()
        .map(|r| JobRow {
            id: r[0].parse().expect("id"),
            kind: r[1].clone(),
            repository: r[2].clone(),
            state: r[3].clone(),
            attempts: r[4].parse().expect("attempts"),
            claimed_by: r[5].clone(),
            delivery: r[6].clone(),
            last_error: r[7].clone(),
        })
        .collect()
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let (pool, admin, name) = (self.pool.clone(), self.admin.clone(), self.name.clone());
        self.rt.block_on(async move {
            pool.close().await;
            if let Ok(admin) = sqlx::AnyPool::connect(&admin).await {
                let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&admin)
                .await;
                admin.close().await;
            }
        });
    }
}

/// One row of `jobs`.
#[derive(Clone, Debug)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub repository: String,
    pub state: String,
    pub attempts: i64,
    /// `<pid>@<host>/w<n>` of the worker that claimed it last (empty: never claimed).
    pub claimed_by: String,
    pub delivery: String,
    pub last_error: String,
}

impl JobRow {
    /// The process id of the replica that claimed the job last.
    pub fn claimer_pid(&self) -> Option<u32> {
        self.claimed_by.split_once('@')?.0.parse().ok()
    }
}

/// How the replicas of a cluster run.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// `serve --job-lease` (seconds).
    pub job_lease: u64,
    /// `serve --sweep-tick` (seconds).
    pub sweep_tick: u64,
    /// `PARALLELIZE_WORKERS` of each replica.
    pub workers: usize,
    /// One `TMPDIR` for all replicas, as replicas on one host share `/tmp`: their measurements
    /// (calibration and replays) take one machine-wide lock, one at a time. Otherwise each
    /// replica has its own, as replicas on hosts of their own (pods) do.
    pub shared_tmp: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            job_lease: 10,
            sweep_tick: 3600,
            workers: 2,
            shared_tmp: false,
        }
    }
}

/// A synthetic Python repository: a package with one loop of blocking reads (a safe thread-pool
/// rewrite, measured faster) or without any loop, its tests (optionally one that sleeps, to make
/// every test run slow), and a conftest that notes each pytest session.
#[derive(Clone, Copy, Debug)]
pub struct Project {
    /// One safe rewrite (`store.read_items`), else no finding at all.
    pub rewrite: bool,
    /// A test that sleeps this long (zero: none).
    pub slow_test: Duration,
}

impl Project {
    pub const REWRITE: Project = Project {
        rewrite: true,
        slow_test: Duration::ZERO,
    };
    pub const NOTHING_TO_DO: Project = Project {
        rewrite: false,
        slow_test: Duration::ZERO,
    };

    /// Writes the project into `dir`; its pytest sessions append to `sessions`.
    pub fn write(&self, dir: &Path, name: &str, sessions: &Path) {
        let package = name.replace('-', "_");
        let write = |path: &str, text: &str| {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, text).expect("write project file");
        };
        write(
            "pyproject.toml",
            &format!(
                "[project]\nname = \"{name}\"\nversion = \"0.1.0\"\nrequires-python = \">=3.9\"\n\n\
                 [tool.parallelize]\nmax-workers = 2\n\
                 test-command = \"{} -m pytest -q\"\n\n\
                 [tool.parallelize.bot]\nreplay-seconds = 0.5\n",
                super::python().display()
            ),
        );
        write(
            "conftest.py",
            &CONFTEST.replace("@SESSIONS@", &sessions.display().to_string()),
        );
        write(&format!("{package}/__init__.py"), "");
        if self.rewrite {
            write(&format!("{package}/store.py"), STORE);
            write(
                "tests/test_store.py",
                &format!(
                    "from {package}.store import read_items\n\n\n\
                     def test_reads_come_back_in_key_order():\n    \
                     keys = list(range(30, 0, -1))\n    \
                     assert read_items(keys) == [k * 2 for k in keys]\n"
                ),
            );
        } else {
            write(
                &format!("{package}/units.py"),
                "\"\"\"Unit conversions.\"\"\"\n\n\ndef to_cents(euros):\n    \
                 return round(euros * 100)\n",
            );
            write(
                "tests/test_units.py",
                &format!(
                    "from {package}.units import to_cents\n\n\n\
                     def test_to_cents():\n    assert to_cents(1.25) == 125\n"
                ),
            );
        }
        if !self.slow_test.is_zero() {
            write(
                "tests/test_slow.py",
                &format!(
                    "import time\n\n\ndef test_the_slow_store_answers():\n    \
                     time.sleep({:.3})\n",
                    self.slow_test.as_secs_f64()
                ),
            );
        }
    }
}

/// The root conftest: the package is imported from the project root (no install step), and
/// each pytest session notes when it started and ended, in which checkout.
const CONFTEST: &str = r#"# The package is imported from the project root (no install step). Each pytest session
# notes when it ran and in which checkout (the replicas test reads it).
import os
import time

SESSIONS = "@SESSIONS@"


def _note(event):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(SESSIONS, "a", encoding="utf-8") as fh:
        fh.write("%s %.6f %d %s\n" % (event, time.time(), os.getpid(), here))


def pytest_sessionstart(session):
    _note("start")


def pytest_sessionfinish(session, exitstatus):
    _note("end")
"#;

/// One loop of independent blocking reads: PAR201, a thread pool; with `max-workers = 2` about
/// twice as fast, however loaded the machine (the reads sleep).
const STORE: &str = r#""""Reads from a slow store: each read waits about 10 ms for the store."""
import time


def read_item(key):
    time.sleep(0.01)  # the store answers in about 10 ms
    return key * 2


def read_items(keys):
    values = []
    for key in keys:
        values.append(read_item(key))
    return values
"#;

/// A running replica.
pub struct Replica {
    pub server: Server,
    pub log: PathBuf,
    /// Killed by the test.
    pub killed: bool,
}

impl Replica {
    pub fn pid(&self) -> u32 {
        self.server.child.id()
    }

    pub fn addr(&self) -> &str {
        &self.server.addr
    }
}

/// When something happened, in seconds since the Unix epoch (as Python's `time.time()`).
pub fn now_secs() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs_f64()
}

/// A span of time something took, and what it was.
#[derive(Clone, Debug)]
pub struct Interval {
    pub start: f64,
    /// `None`: it never ended (its process was killed).
    pub end: Option<f64>,
    pub what: String,
}

/// Panics when two of `intervals` overlap (an interval that never ended overlaps everything
/// after its start).
pub fn assert_disjoint(what: &str, intervals: &[Interval]) {
    let mut sorted = intervals.to_vec();
    sorted.sort_by(|a, b| a.start.total_cmp(&b.start));
    for pair in sorted.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let a_end = a.end.unwrap_or(f64::INFINITY);
        assert!(
            b.start >= a_end,
            "{what}: two overlap: {} ran {:.3}..{} and {} started at {:.3} ({:.3} s before the \
             first ended)\nall: {sorted:#?}",
            a.what,
            a.start,
            a.end
                .map_or("(never ended)".to_owned(), |e| format!("{e:.3}")),
            b.what,
            b.start,
            a_end - b.start
        );
    }
}

/// The fake GitHub, a new Postgres database, and the replicas of `parallelize serve` on them.
pub struct Cluster {
    /// Dropped first: the replicas stop before the database and the fake GitHub go.
    pub replicas: Vec<Replica>,
    pub db: Database,
    pub github: FakeGitHub,
    pub key: TestAppKey,
    pub options: Options,
    /// Logs, the replicas' TMPDIR, the projects' sources and their session logs.
    pub dir: tempfile::TempDir,
}

impl Cluster {
    /// The fake GitHub (without Prism: the queue is under test, not the API calls, and Prism
    /// would take a core of its own) and a new database on the Postgres server `admin`.
    pub fn new(admin: &str, label: &str, options: Options) -> Cluster {
        let key = TestAppKey::generate(12345);
        let github = FakeGitHub::start_without_prism(&key);
        let dir = tempfile::tempdir().expect("tempdir");
        for sub in ["tmp", "src", "sessions", "pushes"] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        }
        Cluster {
            replicas: Vec::new(),
            db: Database::create(admin, label),
            github,
            key,
            options,
            dir,
        }
    }

    /// `parallelize serve` as replica `i` of this cluster.
    pub fn command(&self, i: usize) -> Command {
        // uv makes the jobs' venvs in a blink (the product looks for it on PATH).
        let path = super::path_with_uv();
        let tmp = if self.options.shared_tmp {
            self.dir.path().join("tmp")
        } else {
            self.dir.path().join(format!("tmp/replica-{i}"))
        };
        std::fs::create_dir_all(&tmp).expect("TMPDIR");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_parallelize"));
        cmd.arg("serve")
            .args(["--job-lease", &self.options.job_lease.to_string()])
            .args(["--sweep-tick", &self.options.sweep_tick.to_string()])
            .args(["--isolation", "none", "--python"])
            .arg(super::python())
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", path)
            .env("TMPDIR", &tmp)
            .env("PARALLELIZE_APP_ID", self.key.app_id.to_string())
            .env("PARALLELIZE_PRIVATE_KEY_PATH", &self.key.private_key_path)
            .env("PARALLELIZE_WEBHOOK_SECRET", SECRET)
            .env("DATABASE_URL", &self.db.url)
            .env("PARALLELIZE_LISTEN", "127.0.0.1:0")
            .env("PARALLELIZE_GITHUB_API_URL", self.github.api_url())
            .env("PARALLELIZE_WORKERS", self.options.workers.to_string())
            .env("RUST_LOG", "info");
        cmd
    }

    /// Starts `n` more replicas at the same moment, as a deployment does: their schedulers
    /// tick in step and their workers look for jobs together, the worst case for the queue
    /// (one of them migrates the database, the others wait for it).
    pub fn start(&mut self, n: usize) {
        let first = self.replicas.len();
        let children: Vec<_> = (first..first + n)
            .map(|i| {
                let log = self.dir.path().join(format!("replica-{i}.log"));
                let child = self
                    .command(i)
                    .stdout(Stdio::piped())
                    .stderr(std::fs::File::create(&log).expect("log file"))
                    .spawn()
                    .expect("start parallelize serve");
                // A `Server` kills its process when dropped, also on a panic below.
                let server = Server {
                    child,
                    addr: String::new(),
                };
                (i, log, server)
            })
            .collect();
        for (i, log, mut server) in children {
            let stdout = server.child.stdout.take().expect("stdout");
            let mut line = String::new();
            BufReader::new(stdout)
                .read_line(&mut line)
                .expect("read the address");
            let Some(addr) = line.trim().strip_prefix("listening on http://") else {
                panic!(
                    "replica {i}: unexpected first line {line:?}\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            };
            server.addr = addr.to_owned();
            self.replicas.push(Replica {
                server,
                log,
                killed: false,
            });
        }
    }

    /// SIGKILL replica `i` (no graceful stop: its leases are left to expire).
    pub fn kill(&mut self, i: usize) {
        let r = &mut self.replicas[i];
        r.server.child.kill().expect("SIGKILL the replica");
        r.server.child.wait().expect("reap the replica");
        r.killed = true;
    }

    /// The index of the replica with this process id.
    pub fn replica_of(&self, pid: u32) -> Option<usize> {
        self.replicas.iter().position(|r| r.pid() == pid)
    }

    /// The last lines of every replica's log, for failure messages.
    pub fn logs(&self) -> String {
        let mut out = String::new();
        for (i, r) in self.replicas.iter().enumerate() {
            let text = std::fs::read_to_string(&r.log).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            let from = lines.len().saturating_sub(60);
            out.push_str(&format!(
                "--- replica {i} (pid {}{}), last {} lines of {}:\n{}\n",
                r.pid(),
                if r.killed { ", killed" } else { "" },
                lines.len() - from,
                r.log.display(),
                lines[from..].join("\n")
            ));
        }
        out
    }

    /// Panics, with the logs and the job, when a job failed or is waiting for a retry (the
    /// tests' jobs have no reason to fail).
    pub fn assert_no_failed_jobs(&self) {
        let bad: Vec<JobRow> = self
            .db
            .jobs()
            .into_iter()
            .filter(|j| j.state == "failed" || !j.last_error.is_empty())
            .collect();
        assert!(bad.is_empty(), "failed jobs: {bad:#?}\n{}", self.logs());
    }

    /// Creates `owner/name` in `installation` (which must exist) from `project`, with the hooks
    /// that note pushes to its bot branches.
    pub fn add_repo(&self, installation: u64, owner: &str, name: &str, project: Project) {
        let src = self.dir.path().join("src").join(format!("{owner}__{name}"));
        project.write(&src, name, &self.sessions_log(owner, name));
        self.github
            .create_repo(installation, owner, name, "main", &src);
        let hooks = self.git_dir(owner, name).join("hooks");
        std::fs::create_dir_all(&hooks).expect("hooks dir");
        let log = self.pushes_log(owner, name);
        for (hook, body) in [("pre-receive", PRE_RECEIVE), ("post-receive", POST_RECEIVE)] {
            let path = hooks.join(hook);
            std::fs::write(&path, body.replace("@LOG@", &log.display().to_string()))
                .expect("write hook");
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
                .expect("chmod hook");
        }
    }

    fn git_dir(&self, owner: &str, name: &str) -> PathBuf {
        self.github.state().repos[&format!("{owner}/{name}")]
            .git_dir
            .clone()
    }

    fn sessions_log(&self, owner: &str, name: &str) -> PathBuf {
        self.dir
            .path()
            .join("sessions")
            .join(format!("{owner}__{name}.log"))
    }

    fn pushes_log(&self, owner: &str, name: &str) -> PathBuf {
        self.dir
            .path()
            .join("pushes")
            .join(format!("{owner}__{name}.log"))
    }

    /// Every pytest session of `owner/name` so far, one interval per session.
    pub fn test_sessions(&self, owner: &str, name: &str) -> Vec<Interval> {
        let text = std::fs::read_to_string(self.sessions_log(owner, name)).unwrap_or_default();
        let mut open: Vec<(u32, f64, String)> = Vec::new();
        let mut out = Vec::new();
        for line in text.lines() {
            let mut parts = line.splitn(4, ' ');
            let (Some(event), Some(at), Some(pid), Some(dir)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let (Ok(at), Ok(pid)) = (at.parse::<f64>(), pid.parse::<u32>()) else {
                continue;
            };
            match event {
                "start" => open.push((pid, at, dir.to_owned())),
                "end" => {
                    if let Some(i) = open.iter().position(|(p, _, d)| *p == pid && d == dir) {
                        let (_, start, dir) = open.remove(i);
                        out.push(Interval {
                            start,
                            end: Some(at),
                            what: dir,
                        });
                    }
                }
                _ => {}
            }
        }
        out.extend(open.into_iter().map(|(_, start, dir)| Interval {
            start,
            end: None,
            what: dir,
        }));
        out
    }

    /// One interval per job that ran `owner/name`'s tests: from its first pytest session's
    /// start to its last one's end (the sessions of one job share its scratch checkout).
    pub fn job_intervals(&self, owner: &str, name: &str) -> Vec<Interval> {
        let mut by_job: std::collections::BTreeMap<String, Interval> = Default::default();
        for s in self.test_sessions(owner, name) {
            let job = job_dir(&s.what);
            let e = by_job.entry(job.clone()).or_insert(Interval {
                start: s.start,
                end: s.end,
                what: job,
            });
            e.start = e.start.min(s.start);
            e.end = match (e.end, s.end) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
        }
        by_job.into_values().collect()
    }

    /// Every push to a bot branch of `owner/name` the git server received: from its
    /// `pre-receive` hook to its `post-receive` hook (a push that never completed ends after
    /// the pause of its `pre-receive`).
    pub fn bot_pushes(&self, owner: &str, name: &str) -> Vec<Interval> {
        let text = std::fs::read_to_string(self.pushes_log(owner, name)).unwrap_or_default();
        let mut open: Vec<(String, f64)> = Vec::new();
        let mut out = Vec::new();
        for line in text.lines() {
            let parts: Vec<&str> = line.split(' ').collect();
            let [event, at, pid] = parts[..] else {
                continue;
            };
            let Ok(at) = at.parse::<f64>() else { continue };
            match event {
                "start" => open.push((pid.to_owned(), at)),
                "end" => {
                    if let Some(i) = open.iter().position(|(p, _)| p == pid) {
                        let (_, start) = open.remove(i);
                        out.push(Interval {
                            start,
                            end: Some(at),
                            what: format!("receive-pack {pid}"),
                        });
                    }
                }
                _ => {}
            }
        }
        out.extend(open.into_iter().map(|(pid, start)| Interval {
            start,
            end: Some(start + PUSH_PAUSE_SECS),
            what: format!("receive-pack {pid} (rejected)"),
        }));
        out
    }

    /// POSTs to `owner/name`'s `git-receive-pack` the fake answered with 200 (pushes).
    pub fn receive_packs(&self, owner: &str, name: &str) -> usize {
        let path = format!("/git/{owner}/{name}.git/git-receive-pack");
        self.github
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path == path && r.status == 200)
            .count()
    }

    /// A push delivery for `push` to `main` of `owner/name`, from GitHub's example.
    pub fn push_delivery(&self, installation: u64, owner: &str, name: &str, push: &Push) -> Value {
        let mut payload = example("push", None, installation as i64);
        payload["ref"] = json!("refs/heads/main");
        payload["before"] = json!(push.before);
        payload["after"] = json!(push.after);
        let r = &mut payload["repository"];
        r["full_name"] = json!(format!("{owner}/{name}"));
        r["name"] = json!(name);
        r["owner"]["login"] = json!(owner);
        r["default_branch"] = json!("main");
        r["master_branch"] = json!("main");
        r["clone_url"] = json!(self.github.clone_url(owner, name));
        payload
    }

    /// A human pushes a harmless change (a comment appended to `store.py`, or to the
    /// package's `__init__.py`) to `main` of `owner/name`.
    pub fn human_push(&self, owner: &str, name: &str, note: &str) -> Push {
        let package = name.replace('-', "_");
        let path = [
            format!("{package}/store.py"),
            format!("{package}/__init__.py"),
        ]
        .into_iter()
        .find(|p| self.github.file_at(owner, name, "main", p).is_some())
        .expect("a package file");
        let text = self
            .github
            .file_at(owner, name, "main", &path)
            .unwrap_or_default();
        self.github.push_commit(
            owner,
            name,
            "main",
            "A human's change",
            &[(&path, Some(&format!("{text}# {note}\n")))],
        )
    }

    /// The `installation` `created` delivery of the App on `account`, listing these of its
    /// repositories (GitHub's example, with the fake's repository ids).
    pub fn installation_created(&self, installation: u64, account: &str, names: &[&str]) -> Value {
        let mut payload = example("installation", Some("created"), installation as i64);
        payload["installation"]["account"]["login"] = json!(account);
        let st = self.github.state();
        payload["repositories"] = Value::Array(
            names
                .iter()
                .map(|n| {
                    let full = format!("{account}/{n}");
                    let id = st.repos[&full].id;
                    json!({"id": id, "node_id": format!("R_{id}"), "name": n,
                           "full_name": full, "private": false})
                })
                .collect(),
        );
        payload
    }
}

/// The scratch directory of the job a pytest session ran in (`.../parallelize-job-XXXX`),
/// else the session's directory.
fn job_dir(dir: &str) -> String {
    let mut out = PathBuf::new();
    for c in Path::new(dir).components() {
        out.push(c);
        if c.as_os_str()
            .to_string_lossy()
            .starts_with("parallelize-job-")
        {
            return out.display().to_string();
        }
    }
    dir.to_owned()
}

/// How long the `pre-receive` hook pauses on a push to a bot branch.
pub const PUSH_PAUSE_SECS: f64 = 0.3;

const PRE_RECEIVE: &str = "#!/bin/sh
# bot/tests/common/replicas.rs: note each push to a bot branch, then pause (a second push in
# that window would overlap).
if grep -q ' refs/heads/parallelize/'; then
    echo \"start $(date +%s.%N) $PPID\" >> '@LOG@'
    sleep 0.3
fi
exit 0
";

const POST_RECEIVE: &str = "#!/bin/sh
# bot/tests/common/replicas.rs: note the end of each push to a bot branch.
if grep -q ' refs/heads/parallelize/'; then
    echo \"end $(date +%s.%N) $PPID\" >> '@LOG@'
fi
exit 0
";

/// A signed delivery of `event` to the replica at `addr`: (status, body).
pub fn deliver_at(addr: &str, event: &str, id: &str, payload: &Value) -> (u16, String) {
    let body = serde_json::to_vec(payload).expect("json");
    let signature = sign(&body);
    http(
        addr,
        "POST",
        "/webhook",
        &[
            ("Content-Type", "application/json"),
            ("X-GitHub-Event", event),
            ("X-GitHub-Delivery", id),
            ("X-Hub-Signature-256", &signature),
            ("User-Agent", "GitHub-Hookshot/test"),
        ],
        &body,
    )
}

/// Counts of `items`, as `(item, count)`, sorted.
pub fn tally<T: Ord + Clone>(items: impl IntoIterator<Item = T>) -> Vec<(T, usize)> {
    let mut map = std::collections::BTreeMap::new();
    for i in items {
        *map.entry(i).or_insert(0usize) += 1;
    }
    map.into_iter().collect()
}

/// Sleeps a little between polls of something that takes seconds.
pub fn pause() {
    std::thread::sleep(Duration::from_millis(100));
}
