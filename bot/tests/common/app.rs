//! `parallelize serve` as a real process on 127.0.0.1 for the integration tests: an App with its
//! own key and SQLite database, signed deliveries built from GitHub's published webhook examples
//! (npm `@octokit/webhooks-examples`, installed by `scripts/setup-npm.sh`), real HTTP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;

pub const SECRET: &str = "webhook-secret-for-tests";

pub fn examples(event: &str) -> Vec<Value> {
    let dir = std::env::var_os("PARALLELIZE_WEBHOOK_EXAMPLES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            super::repo_root().join(".test-deps/node_modules/@octokit/webhooks-examples")
        });
    let index = dir.join("api.github.com/index.json");
    let text = std::fs::read_to_string(&index)
        .unwrap_or_else(|e| panic!("{}: {e}: run `scripts/setup-npm.sh` first", index.display()));
    let all: Vec<Value> = serde_json::from_str(&text).expect("index.json");
    all.into_iter()
        .find(|e| e["name"] == event)
        .and_then(|e| e["examples"].as_array().cloned())
        .unwrap_or_else(|| panic!("no examples for `{event}`"))
}

/// The first example of `event` with this action (and, for pushes, a branch ref); GitHub's
/// examples often lack `installation`: deliveries to an App always carry it.
pub fn example(event: &str, action: Option<&str>, installation: i64) -> Value {
    let mut ex = examples(event)
        .into_iter()
        .find(|e| {
            action.is_none_or(|a| e["action"] == a)
                && (event != "push"
                    || e["ref"]
                        .as_str()
                        .is_some_and(|r| r.starts_with("refs/heads/")))
        })
        .unwrap_or_else(|| panic!("no `{event}` example with action {action:?}"));
    if ex["installation"]["id"].is_null() {
        ex["installation"] =
            json!({"id": installation, "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ=="});
    } else {
        ex["installation"]["id"] = json!(installation);
    }
    ex
}

pub fn sign(body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).expect("key");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

pub struct Server {
    pub child: Child,
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct App {
    pub dir: tempfile::TempDir,
    /// The GitHub API the App talks to.
    api_url: String,
    key_path: PathBuf,
    /// Keeps the silent API of [`App::new`] open.
    _silent_api: Option<std::net::TcpListener>,
    /// `serve --sweep-tick`: an hour unless a test is about sweeps (a sweep of a repository
    /// recorded by another test's installation event would take a worker).
    pub sweep_tick: u64,
}

impl App {
    /// An App whose GitHub API accepts connections and never answers: a push job stays
    /// running (for tests of the webhook side and the queue).
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = dir.path().join("app.pem");
        let out = Command::new("openssl")
            .args(["genrsa", "-out"])
            .arg(&key)
            .arg("2048")
            .output()
            .expect("openssl runs");
        assert!(out.status.success(), "{}", super::text(&out.stderr));
        let silent = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let api_url = format!("http://{}", silent.local_addr().expect("address"));
        Self {
            dir,
            api_url,
            key_path: key,
            _silent_api: Some(silent),
            sweep_tick: 3600,
        }
    }

    /// An App talking to the GitHub API at `api_url` with the private key at `key_path`.
    pub fn with_github(api_url: &str, key_path: &std::path::Path) -> Self {
        Self {
            dir: tempfile::tempdir().expect("tempdir"),
            api_url: api_url.to_owned(),
            key_path: key_path.to_path_buf(),
            _silent_api: None,
            sweep_tick: 3600,
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("app.db")
    }

    /// Everything the servers of this App wrote on stderr (their logs).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("serve.log")).unwrap_or_default()
    }

    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_parallelize"));
        cmd.args(["serve", "--job-lease", "2", "--sweep-tick"])
            .arg(self.sweep_tick.to_string())
            .current_dir(self.dir.path())
            .env_clear()
            // uv makes the jobs' venvs in a second (the product looks for it on PATH).
            .env("PATH", super::path_with_uv())
            .env("PARALLELIZE_APP_ID", "12345")
            .env("PARALLELIZE_PRIVATE_KEY_PATH", &self.key_path)
            .env(
                "PARALLELIZE_WEBHOOK_SECRET",
                format!("an-old-secret, {SECRET}"),
            )
            .env(
                "DATABASE_URL",
                format!("sqlite://{}?mode=rwc", self.db().display()),
            )
            .env("PARALLELIZE_LISTEN", "127.0.0.1:0")
            .env("PARALLELIZE_GITHUB_API_URL", &self.api_url)
            .env("PARALLELIZE_WORKERS", "2")
            .env("RUST_LOG", "info");
        cmd
    }

    pub fn start(&self) -> Server {
        let mut child = self
            .command()
            .stdout(Stdio::piped())
            .stderr(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(self.dir.path().join("serve.log"))
                    .expect("log file"),
            )
            .spawn()
            .expect("start parallelize serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read the address");
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
            .to_owned();
        Server { child, addr }
    }

    /// Rows of a query on the App's database, each column as text (the sqlite3 CLI is not
    /// needed: the query runs through sqlx).
    pub fn sql(&self, query: &str) -> Vec<Vec<String>> {
        let url = format!("sqlite://{}", self.db().display());
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        rt.block_on(super::db::query_text(&url, query))
    }

    pub fn scalar(&self, query: &str) -> String {
        self.sql(query)
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
            .unwrap_or_default()
    }
}

/// One HTTP/1.1 request over a fresh connection: (status, body).
pub fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).expect("write");
    stream.write_all(body).expect("write body");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read");
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

pub fn deliver(server: &Server, event: &str, id: &str, payload: &Value) -> (u16, String) {
    let body = serde_json::to_vec(payload).expect("json");
    let sig = sign(&body);
    http(
        &server.addr,
        "POST",
        "/webhook",
        &[
            ("Content-Type", "application/json"),
            ("X-GitHub-Event", event),
            ("X-GitHub-Delivery", id),
            ("X-Hub-Signature-256", &sig),
            ("User-Agent", "GitHub-Hookshot/test"),
        ],
        &body,
    )
}

pub fn wait_until(what: &str, done: impl FnMut() -> bool) {
    wait_for(what, Duration::from_secs(20), done)
}

pub fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
