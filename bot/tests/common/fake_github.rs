//! A stateful fake GitHub for end-to-end tests of the App: the REST endpoints the App calls,
//! installation tokens issued against real RS256 JWTs, and real git over HTTP (`git
//! http-backend`) for clone and push, all on 127.0.0.1.
//!
//! ```text
//!   App (octocrab) ──► front proxy ──► Prism (validates against GitHub's OpenAPI) ──► fake
//!        api_url()      (records violations)                              direct_url()
//!   git / git2 ─────────────────────────────────────────────────────────► fake /git/...
//!        clone_url()
//! ```
//!
//! * [`FakeGitHub::start`] runs the fake on its own tokio runtime in a background thread, so
//!   blocking tests can use it, and starts Prism (`prism proxy --errors`) in front of it with a
//!   cut of GitHub's OpenAPI description (`scripts/openapi-subset.mjs`, the operations the App
//!   uses). Everything is stopped on drop.
//! * Prism checks every request and response that goes through [`FakeGitHub::api_url`]. A
//!   request that violates the spec never reaches the fake: Prism answers 422
//!   (`application/problem+json`, type `https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY`).
//!   A response that violates it is replaced by a 500 (type `...#VIOLATIONS`) after the fake has
//!   handled the request (its state did change). Warnings (e.g. a status code the spec does not
//!   list for the operation) pass the upstream response through with an `sl-violations` header.
//!   A path that is not in the cut spec gets a 404 (type `...#NO_PATH_MATCHED_ERROR`): add the
//!   operation to `scripts/openapi-subset.mjs`. The front proxy records all of these as
//!   [`Violation`]s: [`FakeGitHub::violations`], [`FakeGitHub::assert_no_violations`].
//! * Responses are rendered from the spec's own examples (`components/examples`), with the
//!   fields that carry state overwritten and URLs pointing at the fake.
//! * Auth is GitHub's: `POST /app/installations/{id}/access_tokens` wants `Authorization: Bearer
//!   <JWT>` signed RS256 with the App's key; `/repos/...` wants `token <ghs_...>` or `Bearer
//!   <ghs_...>` of an installation that includes the repository, else 401 "Bad credentials"; git
//!   wants basic auth `x-access-token:<ghs_...>`, else 401 with `WWW-Authenticate: Basic
//!   realm="GitHub"`.
//! * Who is who: everything created through the API (with an installation token) is authored
//!   by the App's bot, [`APP_BOT_LOGIN`] (`user.type` "Bot"). People act through the test API:
//!   [`FakeGitHub::open_pull`], [`FakeGitHub::open_fork_pull`], [`FakeGitHub::add_comment`],
//!   [`FakeGitHub::edit_comment`], [`FakeGitHub::push_commit`]; their repository role is
//!   [`FakeGitHub::set_permission`] (what `GET .../collaborators/{username}/permission`
//!   answers: `read` for anyone without a role, as for a public repository).
//!
//! Endpoints (each one is in `OPERATIONS` of `scripts/openapi-subset.mjs`): the installation
//! token exchange; `GET /repos/{o}/{r}`; pull requests (list with `state`/`head`/`base`,
//! create, get, update); check runs (create, update, list for a commit); issues (list with
//! `state`/`creator`/`labels`/`sort`/`direction`, pull requests included as GitHub does, with a
//! `pull_request` key; create; update, also of pull requests); issue comments (list, create,
//! update) and their reactions; labels added to an issue or pull request; pull request reviews
//! (inline comments are validated against the pull request's diff like GitHub does); a
//! collaborator's permission. Lists are paginated with `per_page` (at most 100) and `page`,
//! with GitHub's `Link` header.
//!
//! Pull requests and git: a same-repository pull request's head is its branch; a fork's pull
//! request ([`FakeGitHub::open_fork_pull`]) has no branch in the base repository: its commits
//! exist there only under `refs/pull/<n>/head`, as on GitHub, and its `head.repo` is the fork,
//! whose clone URL is not served. `refs/pull/<n>/head` exists for every pull request (kept at
//! the head branch's tip while a same-repository pull request is open, on pushes through git or
//! [`FakeGitHub::push_commit`]), is advertised and can be fetched, but not pushed to
//! (`receive.hideRefs`, as on GitHub).
//!
//! Typical use:
//!
//! ```ignore
//! let key = TestAppKey::generate(12345);
//! let gh = FakeGitHub::start(&key);
//! gh.add_installation(1, "octo-org");
//! gh.create_repo(1, "octo-org", "demo", "main", Path::new("tests/fixtures/project"));
//! // run `parallelize serve` with PARALLELIZE_APP_ID=key.app_id, key.private_key_path and the
//! // API base gh.api_url(), deliver a webhook, then:
//! assert_eq!(gh.pulls("octo-org", "demo").len(), 1);
//! gh.assert_no_violations();
//! ```

use std::collections::{BTreeMap, HashMap};
use std::io::Read as _;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State as AxState};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Router;
use base64::Engine as _;
use serde_json::{json, Value};

use super::git_http::{self, git, run};

/// The login of the App's bot user: the author of the comments, pull requests, reviews and
/// issues created with an installation token (`user.type` "Bot").
pub const APP_BOT_LOGIN: &str = "parallelize[bot]";

/// The repository roles of [`FakeGitHub::set_permission`], as GitHub names them.
pub const ROLES: [&str; 5] = ["admin", "maintain", "write", "triage", "read"];

/// Header the fake puts on the error responses it makes on purpose (auth failures, injected
/// faults, validation errors). The front proxy strips it; Prism's warnings about such
/// responses (e.g. "Unable to match the returned status code": GitHub does not document 401 for
/// most operations) do not count in [`FakeGitHub::assert_no_violations`].
pub const DELIBERATE_HEADER: &str = "x-fake-github-deliberate";

const DOCS: &str = "https://docs.github.com/rest";

/// The `.test-deps` directory of `scripts/setup-npm.sh`: `PARALLELIZE_TEST_DEPS`, else
/// `<repo>/.test-deps`.
pub fn test_deps() -> PathBuf {
    std::env::var_os("PARALLELIZE_TEST_DEPS")
        .map(PathBuf::from)
        .unwrap_or_else(|| super::repo_root().join(".test-deps"))
}

/// The OpenAPI description cut to the App's operations (`scripts/openapi-subset.mjs` run on
/// `@octokit/openapi`'s `api.github.com.json`), cached in `.test-deps/openapi-cut/` by the hash
/// of the script and of its input.
pub fn cut_spec() -> PathBuf {
    let deps = test_deps();
    let input = deps.join("node_modules/@octokit/openapi/generated/api.github.com.json");
    let script = super::repo_root().join("scripts/openapi-subset.mjs");
    let mut hasher = blake3::Hasher::new();
    hasher.update(&std::fs::read(&script).expect("read scripts/openapi-subset.mjs"));
    hasher.update(
        &std::fs::read(&input).unwrap_or_else(|e| {
            panic!("{}: {e}: run `scripts/setup-npm.sh` first", input.display())
        }),
    );
    let dir = deps.join("openapi-cut");
    let out = dir.join(format!("{}.json", &hasher.finalize().to_hex()[..16]));
    if !out.exists() {
        std::fs::create_dir_all(&dir).expect("create openapi-cut");
        // Tests run in parallel: each writes its own temporary file, then renames it in place.
        let tmp = tempfile::Builder::new()
            .prefix("tmp-")
            .suffix(".json")
            .tempfile_in(&dir)
            .expect("temporary file");
        let status = Command::new("node")
            .arg(&script)
            .arg(&input)
            .arg(tmp.path())
            .status()
            .expect("run node scripts/openapi-subset.mjs");
        assert!(status.success(), "openapi-subset.mjs failed");
        tmp.persist(&out).expect("rename the cut spec");
    }
    out
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

fn rfc3339(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .expect("timestamp")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// An RSA key pair for a test GitHub App, made with the `openssl` CLI like GitHub makes them.
pub struct TestAppKey {
    pub app_id: u64,
    /// The private key (PKCS#1 or PKCS#8 PEM): give this path to the App.
    pub private_key_path: PathBuf,
    pub private_pem: String,
    /// The public key (SPKI PEM): the fake verifies JWTs with it.
    pub public_pem: String,
    _dir: tempfile::TempDir,
}

impl TestAppKey {
    /// `openssl genrsa -out key.pem 2048`, and its public half with `openssl rsa -pubout`.
    pub fn generate(app_id: u64) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = dir.path().join("app.pem");
        let public = dir.path().join("app.pub.pem");
        let ok = |cmd: &mut Command| {
            let out = cmd.output().expect("openssl runs");
            assert!(out.status.success(), "{}", super::text(&out.stderr));
        };
        ok(Command::new("openssl")
            .args(["genrsa", "-out"])
            .arg(&key)
            .arg("2048"));
        ok(Command::new("openssl")
            .args(["rsa", "-pubout", "-in"])
            .arg(&key)
            .arg("-out")
            .arg(&public));
        Self {
            app_id,
            private_pem: std::fs::read_to_string(&key).expect("read key"),
            public_pem: std::fs::read_to_string(&public).expect("read public key"),
            private_key_path: key,
            _dir: dir,
        }
    }

    /// A JWT as GitHub wants it (and as octocrab makes it): RS256, `iss` = app id (a number),
    /// `iat` 60 s in the past, `exp` 9 minutes ahead.
    pub fn jwt(&self) -> String {
        self.jwt_with(json!({
            "iss": self.app_id,
            "iat": now_secs() - 60,
            "exp": now_secs() + 540,
        }))
    }

    /// A JWT with these claims, signed RS256 with the App's key.
    pub fn jwt_with(&self, claims: Value) -> String {
        let key = jsonwebtoken::EncodingKey::from_rsa_pem(self.private_pem.as_bytes())
            .expect("RSA private key");
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256),
            &claims,
            &key,
        )
        .expect("sign JWT")
    }
}

/// An installation of the App on an account.
#[derive(Clone, Debug)]
pub struct Installation {
    pub id: u64,
    pub account: String,
    /// `owner/name` of the repositories it includes.
    pub repositories: Vec<String>,
}

/// An installation access token the fake issued.
#[derive(Clone, Debug)]
pub struct Token {
    pub installation: u64,
    /// Unix seconds.
    pub expires_at: i64,
    pub revoked: bool,
}

/// A repository, backed by the bare repository at `git_dir`.
#[derive(Clone, Debug)]
pub struct Repo {
    pub id: u64,
    pub owner: String,
    pub name: String,
    pub default_branch: String,
    pub installation: u64,
    pub git_dir: PathBuf,
    /// Issue and pull request numbers share one sequence, as on GitHub.
    pub next_number: u64,
}

impl Repo {
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.owner, self.name)
    }
}

/// A pull request. Its head sha is not stored: it is read from the bare repository when the
/// pull request is rendered: the head branch's tip for a same-repository pull request (see
/// [`FakeGitHub::branch_sha`]), `refs/pull/<n>/head` for a fork's (see
/// [`FakeGitHub::pull_head_sha`]).
#[derive(Clone, Debug)]
pub struct PullRequest {
    pub id: u64,
    /// `owner/name` of the repository.
    pub repo: String,
    pub number: u64,
    /// `open` or `closed`.
    pub state: String,
    pub title: String,
    pub body: Option<String>,
    /// The head branch (in the fork, for a fork's pull request).
    pub head_ref: String,
    /// `owner/name` of the fork the pull request comes from; `None`: the same repository.
    pub head_repo: Option<String>,
    pub base_ref: String,
    pub draft: bool,
    /// The author's login ([`APP_BOT_LOGIN`] for pull requests created through the API).
    pub user: String,
    /// Label names, in the order they were added.
    pub labels: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl PullRequest {
    /// The owner of the head repository: the fork's owner, else the repository's.
    pub fn head_owner(&self) -> &str {
        let full = self.head_repo.as_deref().unwrap_or(&self.repo);
        full.split('/').next().unwrap_or_default()
    }

    /// Comes from a fork.
    pub fn is_fork(&self) -> bool {
        self.head_repo.is_some()
    }
}

/// An issue (not a pull request: those are [`PullRequest`]s, numbered in the same sequence).
#[derive(Clone, Debug)]
pub struct Issue {
    pub id: u64,
    /// `owner/name` of the repository.
    pub repo: String,
    pub number: u64,
    pub title: String,
    pub body: Option<String>,
    /// `open` or `closed`.
    pub state: String,
    /// Label names, in the order they were added.
    pub labels: Vec<String>,
    /// The author's login ([`APP_BOT_LOGIN`] for issues created through the API).
    pub user: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A pull request review, as the App submitted it.
#[derive(Clone, Debug)]
pub struct Review {
    pub id: u64,
    /// `owner/name` of the repository.
    pub repo: String,
    pub pull_number: u64,
    /// `""` when the request had none.
    pub body: String,
    /// `APPROVE`, `REQUEST_CHANGES`, `COMMENT`, or `PENDING` when the request had none.
    pub event: String,
    /// The commit reviewed: the request's `commit_id`, else the head when it was submitted.
    pub commit_id: String,
    /// The inline comments, as sent (`path`, `line`, `side`, `start_line`, `body`, ...).
    pub comments: Vec<Value>,
    /// The author's login ([`APP_BOT_LOGIN`]).
    pub user: String,
}

/// A check run; `annotations` accumulates over every request, like GitHub's.
#[derive(Clone, Debug)]
pub struct CheckRun {
    pub id: u64,
    pub repo: String,
    pub name: String,
    pub head_sha: String,
    pub status: String,
    pub conclusion: Option<String>,
    pub details_url: Option<String>,
    pub external_id: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub text: Option<String>,
    pub annotations: Vec<Value>,
    pub started_at: i64,
    pub completed_at: Option<i64>,
    /// How many create/update requests were applied to it.
    pub updates: usize,
}

/// A comment on an issue or pull request (pull request comments are issue comments).
#[derive(Clone, Debug)]
pub struct IssueComment {
    pub id: u64,
    pub repo: String,
    pub issue_number: u64,
    pub body: String,
    /// The author's login ([`APP_BOT_LOGIN`] for comments created through the API).
    pub user: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A reaction to an issue comment.
#[derive(Clone, Debug)]
pub struct Reaction {
    pub id: u64,
    pub repo: String,
    pub comment_id: u64,
    /// `+1`, `-1`, `laugh`, `confused`, `heart`, `hooray`, `rocket`, `eyes`.
    pub content: String,
}

/// One request the fake answered (API and git alike; requests Prism refused never arrive).
#[derive(Clone, Debug)]
pub struct RequestRecord {
    pub method: String,
    pub path: String,
    pub query: String,
    pub status: u16,
}

/// A fault to inject: the next `times` requests whose method matches (`*` for any) and whose
/// path starts with `path_prefix` get this status, headers and body instead of being handled.
#[derive(Clone, Debug)]
pub struct Fault {
    pub method: String,
    pub path_prefix: String,
    pub status: u16,
    pub times: usize,
    pub headers: Vec<(String, String)>,
    /// JSON body; `None` means `{"message": <reason phrase>, "documentation_url": ...}`.
    pub body: Option<Value>,
}

impl Fault {
    /// `status` for the next `times` matching requests.
    pub fn new(method: &str, path_prefix: &str, status: u16, times: usize) -> Self {
        Self {
            method: method.to_owned(),
            path_prefix: path_prefix.to_owned(),
            status,
            times,
            headers: vec![],
            body: None,
        }
    }

    /// A secondary rate limit as GitHub sends it: 403 with `Retry-After: <secs>`.
    pub fn retry_after(method: &str, path_prefix: &str, status: u16, secs: u64) -> Self {
        let mut f = Self::new(method, path_prefix, status, 1);
        f.headers.push(("retry-after".into(), secs.to_string()));
        f.body = Some(json!({
            "message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            "documentation_url": DOCS,
        }));
        f
    }

    /// The primary rate limit exhausted: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch
    /// seconds) `reset_in` from now.
    pub fn rate_limited(method: &str, path_prefix: &str, status: u16, reset_in: Duration) -> Self {
        let mut f = Self::new(method, path_prefix, status, 1);
        let reset = now_secs() + reset_in.as_secs() as i64;
        f.headers.extend([
            ("x-ratelimit-limit".into(), "5000".into()),
            ("x-ratelimit-remaining".into(), "0".into()),
            ("x-ratelimit-used".into(), "5000".into()),
            ("x-ratelimit-reset".into(), reset.to_string()),
            ("x-ratelimit-resource".into(), "core".into()),
        ]);
        f.body = Some(json!({
            "message": "API rate limit exceeded for installation.",
            "documentation_url": DOCS,
        }));
        f
    }
}

/// A problem Prism found with a request or a response that went through [`FakeGitHub::api_url`].
#[derive(Clone, Debug)]
pub struct Violation {
    pub method: String,
    /// Path and query of the request.
    pub path: String,
    /// The status the client got (Prism's own 422/500/404 for errors).
    pub status: u16,
    /// `Error` or `Warning` (Prism's severities), or `Error` for Prism's own failures.
    pub severity: String,
    /// Where: e.g. `body`, `response.body.id`, `query.state`.
    pub location: String,
    pub message: String,
    /// The fake made this response on purpose (an auth failure, an injected fault, ...).
    pub deliberate: bool,
}

impl Violation {
    /// Counts in [`FakeGitHub::assert_no_violations`]: every error, and warnings about
    /// responses the fake did not make on purpose.
    pub fn counts(&self) -> bool {
        self.severity != "Warning" || !self.deliberate
    }
}

/// Everything the fake knows; lock it with [`FakeGitHub::state`] to inspect or change it.
#[derive(Default)]
pub struct State {
    pub app_id: u64,
    pub public_pem: String,
    pub installations: BTreeMap<u64, Installation>,
    pub tokens: HashMap<String, Token>,
    /// By `owner/name`.
    pub repos: BTreeMap<String, Repo>,
    pub pulls: Vec<PullRequest>,
    pub issues: Vec<Issue>,
    pub reviews: Vec<Review>,
    pub check_runs: Vec<CheckRun>,
    pub comments: Vec<IssueComment>,
    pub reactions: Vec<Reaction>,
    /// Repository roles ([`ROLES`]) by (`owner/name`, login).
    pub permissions: BTreeMap<(String, String), String>,
    pub requests: Vec<RequestRecord>,
    pub violations: Vec<Violation>,
    pub faults: Vec<Fault>,
    /// Lifetime of new installation tokens (GitHub: one hour).
    pub token_lifetime: Duration,
    next_id: u64,
}

impl State {
    fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// The installation of a valid token, if it includes `repo` (`owner/name`; `None`: any).
    fn token_installation(&self, token: &str, repo: Option<&str>) -> Option<u64> {
        let t = self.tokens.get(token)?;
        if t.revoked || t.expires_at <= now_secs() {
            return None;
        }
        let inst = self.installations.get(&t.installation)?;
        match repo {
            Some(r) if !inst.repositories.iter().any(|x| x == r) => None,
            _ => Some(inst.id),
        }
    }

    /// Numbers `p` (the repository's next issue number), gives it an id, stores it, and points
    /// `refs/pull/<n>/head` at its head branch (a same-repository pull request; a fork's ref is
    /// the caller's business).
    fn add_pull(&mut self, mut p: PullRequest) -> PullRequest {
        let repo = self.repos.get_mut(&p.repo).expect("the repository exists");
        p.number = repo.next_number;
        repo.next_number += 1;
        p.id = self.next_id();
        self.pulls.push(p.clone());
        self.sync_pull_refs(&p.repo.clone());
        p
    }

    /// The head commit of `p`: its branch's tip, or `refs/pull/<n>/head` for a fork's.
    fn pull_head_sha(&self, p: &PullRequest) -> Option<String> {
        let git_dir = &self.repos.get(&p.repo)?.git_dir;
        if p.is_fork() {
            read_ref(git_dir, &pull_ref(p.number))
        } else {
            read_branch(git_dir, &p.head_ref)
        }
    }

    /// Points `refs/pull/<n>/head` of every open same-repository pull request of `full` at its
    /// head branch's tip, as GitHub does on every push.
    fn sync_pull_refs(&self, full: &str) {
        let Some(repo) = self.repos.get(full) else {
            return;
        };
        for p in &self.pulls {
            if p.repo != full || p.is_fork() || p.state != "open" {
                continue;
            }
            let Some(tip) = read_branch(&repo.git_dir, &p.head_ref) else {
                continue;
            };
            if read_ref(&repo.git_dir, &pull_ref(p.number)).as_deref() != Some(tip.as_str()) {
                write_ref(&repo.git_dir, &pull_ref(p.number), &tip);
            }
        }
    }

    /// The pull request or issue `n` of `full`.
    fn numbered(&self, full: &str, n: Option<u64>) -> Option<Numbered> {
        let n = n?;
        if let Some(i) = self
            .pulls
            .iter()
            .position(|p| p.repo == full && p.number == n)
        {
            return Some(Numbered::Pull(i));
        }
        self.issues
            .iter()
            .position(|x| x.repo == full && x.number == n)
            .map(Numbered::Issue)
    }

    fn labels_mut(&mut self, t: Numbered) -> &mut Vec<String> {
        match t {
            Numbered::Pull(i) => &mut self.pulls[i].labels,
            Numbered::Issue(i) => &mut self.issues[i].labels,
        }
    }

    /// GitHub's `author_association` of `login` in `full` (bots: `NONE`; the owner: `OWNER`;
    /// anyone with a role: `COLLABORATOR`; others `NONE`; `MEMBER` is not modelled).
    fn association(&self, full: &str, login: &str) -> &'static str {
        if login.ends_with("[bot]") {
            "NONE"
        } else if self.repos.get(full).is_some_and(|r| r.owner == login) {
            "OWNER"
        } else if self
            .permissions
            .contains_key(&(full.to_owned(), login.to_owned()))
        {
            "COLLABORATOR"
        } else {
            "NONE"
        }
    }

    fn new_token(&mut self, installation: u64) -> (String, i64) {
        let mut raw = [0u8; 36];
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut raw))
            .expect("read /dev/urandom");
        const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let token: String = std::iter::once("ghs_".to_owned())
            .chain(
                raw.iter()
                    .map(|b| (ALNUM[*b as usize % ALNUM.len()] as char).to_string()),
            )
            .collect();
        let expires_at = now_secs() + self.token_lifetime.as_secs() as i64;
        self.tokens.insert(
            token.clone(),
            Token {
                installation,
                expires_at,
                revoked: false,
            },
        );
        (token, expires_at)
    }
}

/// A pull request or an issue: its index in [`State::pulls`] or [`State::issues`].
#[derive(Clone, Copy, Debug)]
enum Numbered {
    Pull(usize),
    Issue(usize),
}

/// `before` and `after` of a simulated push, as a push webhook carries them.
#[derive(Clone, Debug)]
pub struct Push {
    /// The branch's previous commit; 40 zeros when the push created the branch.
    pub before: String,
    pub after: String,
}

/// The fake GitHub; see the module documentation.
pub struct FakeGitHub {
    state: Arc<Mutex<State>>,
    direct: SocketAddr,
    front: Option<SocketAddr>,
    prism: Option<Child>,
    prism_log: Option<PathBuf>,
    dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

struct Shared {
    state: Arc<Mutex<State>>,
    spec: Value,
    /// Base of API URLs in rendered objects (what clients use: Prism's front, or the fake).
    api_base: String,
    /// Base of `html_url`s and clone URLs: the fake itself.
    html_base: String,
    git_root: PathBuf,
    /// For the front proxy: Prism's address.
    prism: Option<SocketAddr>,
}

impl FakeGitHub {
    /// Starts the fake and Prism in front of it (a few seconds: Prism is slow to start). JWTs
    /// must be signed by `key`.
    pub fn start(key: &TestAppKey) -> Self {
        Self::launch(key, true)
    }

    /// Starts the fake alone: [`Self::api_url`] is then [`Self::direct_url`], nothing is checked
    /// against the spec.
    pub fn start_without_prism(key: &TestAppKey) -> Self {
        Self::launch(key, false)
    }

    fn launch(key: &TestAppKey, with_prism: bool) -> Self {
        let spec_path = cut_spec();
        let spec: Value =
            serde_json::from_slice(&std::fs::read(&spec_path).expect("read the cut spec"))
                .expect("cut spec is JSON");
        let dir = tempfile::tempdir().expect("tempdir");
        let git_root = dir.path().join("git");
        std::fs::create_dir_all(&git_root).expect("create git root");

        let direct_listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let direct = direct_listener.local_addr().expect("addr");
        let (front_listener, prism_addr) = if with_prism {
            let l = TcpListener::bind("127.0.0.1:0").expect("bind");
            (Some(l), Some(free_port()))
        } else {
            (None, None)
        };
        let front = front_listener
            .as_ref()
            .map(|l| l.local_addr().expect("addr"));

        let state = Arc::new(Mutex::new(State {
            app_id: key.app_id,
            public_pem: key.public_pem.clone(),
            token_lifetime: Duration::from_secs(3600),
            next_id: 1000,
            ..State::default()
        }));
        let shared = Arc::new(Shared {
            state: state.clone(),
            spec,
            api_base: format!("http://{}", front.unwrap_or(direct)),
            html_base: format!("http://{direct}"),
            git_root,
            prism: prism_addr,
        });

        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime");
            rt.block_on(async move {
                let app = Router::new()
                    .fallback(handle)
                    .layer(DefaultBodyLimit::disable())
                    .with_state(shared.clone());
                direct_listener.set_nonblocking(true).expect("nonblocking");
                let l = tokio::net::TcpListener::from_std(direct_listener).expect("listener");
                tokio::spawn(async move { axum::serve(l, app).await });
                if let Some(fl) = front_listener {
                    let front_app = Router::new()
                        .fallback(front_proxy)
                        .layer(DefaultBodyLimit::disable())
                        .with_state(shared.clone());
                    fl.set_nonblocking(true).expect("nonblocking");
                    let l = tokio::net::TcpListener::from_std(fl).expect("listener");
                    tokio::spawn(async move { axum::serve(l, front_app).await });
                }
                let _ = rx.await;
            });
            rt.shutdown_timeout(Duration::from_secs(1));
        });

        let mut fake = Self {
            state,
            direct,
            front,
            prism: None,
            prism_log: None,
            dir,
            shutdown: Some(tx),
            thread: Some(thread),
        };
        if let Some(port) = prism_addr {
            fake.start_prism(&spec_path, port);
        }
        fake
    }

    fn start_prism(&mut self, spec: &Path, addr: SocketAddr) {
        let bin = test_deps().join("node_modules/.bin/prism");
        assert!(
            bin.exists(),
            "{} is missing: run `scripts/setup-npm.sh` first",
            bin.display()
        );
        let log = self.dir.path().join("prism.log");
        let out = std::fs::File::create(&log).expect("create prism.log");
        let child = Command::new(bin)
            .arg("proxy")
            .arg(spec)
            .arg(self.direct_url())
            .args(["--errors", "--host", "127.0.0.1", "--port"])
            .arg(addr.port().to_string())
            .stdin(Stdio::null())
            .stdout(out.try_clone().expect("dup"))
            .stderr(out)
            .spawn()
            .expect("start prism");
        self.prism = Some(child);
        self.prism_log = Some(log.clone());
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if TcpStream::connect(addr).is_ok() {
                return;
            }
            if let Some(status) = self
                .prism
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                panic!(
                    "prism exited ({status}): {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            assert!(
                Instant::now() < deadline,
                "prism did not start in 60 s: {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The REST API base URL for clients (no trailing slash): through Prism when it runs.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.front.unwrap_or(self.direct))
    }

    /// The fake itself, bypassing Prism (no trailing slash).
    pub fn direct_url(&self) -> String {
        format!("http://{}", self.direct)
    }

    /// Where to clone `owner/name` from (git smart HTTP; basic auth `x-access-token:<token>`).
    pub fn clone_url(&self, owner: &str, name: &str) -> String {
        format!("{}/git/{owner}/{name}.git", self.direct_url())
    }

    /// Prism's output (stdout and stderr), for debugging.
    pub fn prism_log(&self) -> Option<String> {
        self.prism_log
            .as_ref()
            .map(|p| std::fs::read_to_string(p).unwrap_or_default())
    }

    /// Locks and returns the whole state.
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Installs the App on `account` (no repositories yet: [`Self::create_repo`] adds them).
    pub fn add_installation(&self, id: u64, account: &str) {
        self.state().installations.insert(
            id,
            Installation {
                id,
                account: account.to_owned(),
                repositories: vec![],
            },
        );
    }

    /// Creates `owner/name`, included in `installation`, as a bare repository whose
    /// `default_branch` has one commit with the files of `source_dir` (fixed author).
    pub fn create_repo(
        &self,
        installation: u64,
        owner: &str,
        name: &str,
        default_branch: &str,
        source_dir: &Path,
    ) {
        let git_dir = self.dir.path().join(format!("git/{owner}/{name}.git"));
        run(
            git()
                .args(["init", "--quiet", "--bare", "-b", default_branch])
                .arg(&git_dir),
            b"",
        );
        // GitHub refuses pushes to `refs/pull/*` ("deny updating a hidden ref").
        run(
            git()
                .arg("--git-dir")
                .arg(&git_dir)
                .args(["config", "receive.hideRefs", "refs/pull"]),
            b"",
        );
        let index = self.dir.path().join(format!("index-{owner}-{name}"));
        let g = || {
            let mut c = git();
            c.arg("--git-dir")
                .arg(&git_dir)
                .arg("--work-tree")
                .arg(source_dir)
                .env("GIT_INDEX_FILE", &index)
                .env("GIT_AUTHOR_DATE", "2024-01-01T00:00:00Z")
                .env("GIT_COMMITTER_DATE", "2024-01-01T00:00:00Z");
            c
        };
        run(g().args(["add", "-A", "."]), b"");
        let tree = run(g().arg("write-tree"), b"");
        let commit = run(
            g().args(["commit-tree", &tree, "-m", "Initial commit"]),
            b"",
        );
        run(
            g().args([
                "update-ref",
                &format!("refs/heads/{default_branch}"),
                &commit,
            ]),
            b"",
        );
        let _ = std::fs::remove_file(&index);
        let mut st = self.state();
        let id = st.next_id();
        let full = format!("{owner}/{name}");
        st.installations
            .get_mut(&installation)
            .unwrap_or_else(|| panic!("no installation {installation}: add_installation first"))
            .repositories
            .push(full.clone());
        st.repos.insert(
            full,
            Repo {
                id,
                owner: owner.to_owned(),
                name: name.to_owned(),
                default_branch: default_branch.to_owned(),
                installation,
                git_dir,
                next_number: 1,
            },
        );
    }

    fn git_dir(&self, owner: &str, name: &str) -> PathBuf {
        self.state()
            .repos
            .get(&format!("{owner}/{name}"))
            .unwrap_or_else(|| panic!("no repository {owner}/{name}"))
            .git_dir
            .clone()
    }

    /// Simulates a human's push to `branch` (created from the default branch if missing): one
    /// commit that writes (`Some(text)`) or deletes (`None`) the given paths. The
    /// `refs/pull/<n>/head` of the open pull requests whose head is `branch` follow.
    pub fn push_commit(
        &self,
        owner: &str,
        name: &str,
        branch: &str,
        message: &str,
        changes: &[(&str, Option<&str>)],
    ) -> Push {
        let git_dir = self.git_dir(owner, name);
        let default = self.state().repos[&format!("{owner}/{name}")]
            .default_branch
            .clone();
        let existing = self.branch_sha(owner, name, branch);
        let parent = existing
            .clone()
            .or_else(|| self.branch_sha(owner, name, &default))
            .expect("the default branch exists");
        let commit = self.commit_on(owner, name, &parent, message, changes);
        write_ref(&git_dir, &format!("refs/heads/{branch}"), &commit);
        self.state().sync_pull_refs(&format!("{owner}/{name}"));
        Push {
            before: existing.unwrap_or_else(|| "0".repeat(40)),
            after: commit,
        }
    }

    /// Writes a commit of `owner/name` on top of `parent` that writes (`Some(text)`) or deletes
    /// (`None`) the given paths, and returns its sha (no ref is changed).
    fn commit_on(
        &self,
        owner: &str,
        name: &str,
        parent: &str,
        message: &str,
        changes: &[(&str, Option<&str>)],
    ) -> String {
        let git_dir = self.git_dir(owner, name);
        let index = self.dir.path().join(format!("index-push-{owner}-{name}"));
        let g = || {
            let mut c = git();
            c.arg("--git-dir")
                .arg(&git_dir)
                .env("GIT_INDEX_FILE", &index);
            c
        };
        run(g().args(["read-tree", parent]), b"");
        for (path, content) in changes {
            match content {
                Some(text) => {
                    let blob = run(g().args(["hash-object", "-w", "--stdin"]), text.as_bytes());
                    run(
                        g().args([
                            "update-index",
                            "--add",
                            "--cacheinfo",
                            &format!("100644,{blob},{path}"),
                        ]),
                        b"",
                    );
                }
                None => {
                    // Mode 0 removes the entry (`--force-remove` wants a work tree).
                    let line = format!("0 {}\t{path}\n", "0".repeat(40));
                    run(g().args(["update-index", "--index-info"]), line.as_bytes());
                }
            }
        }
        let tree = run(g().arg("write-tree"), b"");
        let commit = run(
            g().args(["commit-tree", &tree, "-p", parent, "-m", message]),
            b"",
        );
        let _ = std::fs::remove_file(&index);
        commit
    }

    /// A person (`author_login`) opens a pull request of `head_branch` (it must exist: push it
    /// with [`Self::push_commit`]) into `base`, in the same repository. Returns its number.
    pub fn open_pull(
        &self,
        owner: &str,
        name: &str,
        head_branch: &str,
        base: &str,
        title: &str,
        author_login: &str,
    ) -> u64 {
        assert!(
            self.branch_sha(owner, name, head_branch).is_some(),
            "no branch {head_branch} in {owner}/{name}: push_commit it first"
        );
        assert!(
            self.branch_sha(owner, name, base).is_some(),
            "no branch {base} in {owner}/{name}"
        );
        let p = new_pull(
            &format!("{owner}/{name}"),
            head_branch,
            None,
            base,
            title,
            author_login,
        );
        self.state().add_pull(p).number
    }

    /// A person (`author_login`) opens a pull request into `base` from the branch
    /// `head_branch` of their fork `fork_owner/name`, with one commit on top of `base`'s tip
    /// that writes (`Some(text)`) or deletes (`None`) the given paths. As on GitHub, that commit
    /// exists in the base repository only under `refs/pull/<n>/head`. Returns the number and
    /// the head sha.
    #[allow(clippy::too_many_arguments)]
    pub fn open_fork_pull(
        &self,
        owner: &str,
        name: &str,
        fork_owner: &str,
        head_branch: &str,
        base: &str,
        title: &str,
        author_login: &str,
        changes: &[(&str, Option<&str>)],
    ) -> (u64, String) {
        let parent = self
            .branch_sha(owner, name, base)
            .unwrap_or_else(|| panic!("no branch {base} in {owner}/{name}"));
        let sha = self.commit_on(owner, name, &parent, title, changes);
        let p = new_pull(
            &format!("{owner}/{name}"),
            head_branch,
            Some(format!("{fork_owner}/{name}")),
            base,
            title,
            author_login,
        );
        let number = self.state().add_pull(p).number;
        write_ref(&self.git_dir(owner, name), &pull_ref(number), &sha);
        (number, sha)
    }

    /// The fork's author pushes one more commit to the head of the fork's pull request
    /// `number`: `refs/pull/<n>/head` moves (the push webhook is not sent by GitHub for a
    /// fork; a `pull_request` `synchronize` is).
    pub fn push_fork_pull(
        &self,
        owner: &str,
        name: &str,
        number: u64,
        message: &str,
        changes: &[(&str, Option<&str>)],
    ) -> Push {
        let git_dir = self.git_dir(owner, name);
        let is_fork = self
            .pulls(owner, name)
            .iter()
            .any(|p| p.number == number && p.is_fork());
        assert!(
            is_fork,
            "{owner}/{name}#{number} is not a fork's pull request"
        );
        let before = read_ref(&git_dir, &pull_ref(number)).expect("refs/pull/<n>/head");
        let after = self.commit_on(owner, name, &before, message, changes);
        write_ref(&git_dir, &pull_ref(number), &after);
        Push { before, after }
    }

    /// The head commit of pull request `number`, as rendered in `head.sha`.
    pub fn pull_head_sha(&self, owner: &str, name: &str, number: u64) -> Option<String> {
        let st = self.state();
        let p = st
            .pulls
            .iter()
            .find(|p| p.repo == format!("{owner}/{name}") && p.number == number)?;
        st.pull_head_sha(p)
    }

    /// Gives `login` the repository role `role` ([`ROLES`]: admin, maintain, write, triage,
    /// read) on `owner/name`.
    pub fn set_permission(&self, owner: &str, name: &str, login: &str, role: &str) {
        assert!(
            ROLES.contains(&role),
            "unknown role {role}: one of {ROLES:?}"
        );
        self.state().permissions.insert(
            (format!("{owner}/{name}"), login.to_owned()),
            role.to_owned(),
        );
    }

    /// A person (`login`) comments on the issue or pull request `number`. Returns the
    /// comment's id.
    pub fn add_comment(
        &self,
        owner: &str,
        name: &str,
        number: u64,
        login: &str,
        body: &str,
    ) -> u64 {
        let full = format!("{owner}/{name}");
        let mut st = self.state();
        assert!(
            st.numbered(&full, Some(number)).is_some(),
            "no issue or pull request {full}#{number}"
        );
        let id = st.next_id();
        st.comments.push(IssueComment {
            id,
            repo: full,
            issue_number: number,
            body: body.to_owned(),
            user: login.to_owned(),
            created_at: now_secs(),
            updated_at: now_secs(),
        });
        id
    }

    /// Its author edits comment `id`.
    pub fn edit_comment(&self, owner: &str, name: &str, id: u64, body: &str) {
        let full = format!("{owner}/{name}");
        let mut st = self.state();
        let c = st
            .comments
            .iter_mut()
            .find(|c| c.repo == full && c.id == id)
            .unwrap_or_else(|| panic!("no comment {id} in {full}"));
        c.body = body.to_owned();
        c.updated_at = now_secs();
    }

    /// The commit `branch` points to, if it exists.
    pub fn branch_sha(&self, owner: &str, name: &str, branch: &str) -> Option<String> {
        read_branch(&self.git_dir(owner, name), branch)
    }

    /// The text of `path` at `rev` (a branch, tag or sha), if it exists there.
    pub fn file_at(&self, owner: &str, name: &str, rev: &str, path: &str) -> Option<String> {
        let repo = git2::Repository::open_bare(self.git_dir(owner, name)).ok()?;
        let commit = repo.revparse_single(rev).ok()?.peel_to_commit().ok()?;
        let entry = commit.tree().ok()?.get_path(Path::new(path)).ok()?;
        let blob = entry.to_object(&repo).ok()?.peel_to_blob().ok()?;
        Some(String::from_utf8_lossy(blob.content()).into_owned())
    }

    /// Every file at `rev` (path -> text).
    pub fn files_at(&self, owner: &str, name: &str, rev: &str) -> BTreeMap<String, String> {
        let repo = git2::Repository::open_bare(self.git_dir(owner, name)).expect("open bare");
        let commit = repo
            .revparse_single(rev)
            .and_then(|o| o.peel_to_commit())
            .unwrap_or_else(|e| panic!("no revision {rev}: {e}"));
        let mut files = BTreeMap::new();
        commit
            .tree()
            .expect("tree")
            .walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
                if let Ok(blob) = entry.to_object(&repo).and_then(|o| o.peel_to_blob()) {
                    let path = format!("{dir}{}", entry.name().unwrap_or_default());
                    files.insert(path, String::from_utf8_lossy(blob.content()).into_owned());
                }
                git2::TreeWalkResult::Ok
            })
            .expect("walk tree");
        files
    }

    /// Issues an installation token directly (what a JWT exchange would return), for tests
    /// that do not exercise the App's own exchange.
    pub fn issue_token(&self, installation: u64) -> String {
        self.state().new_token(installation).0
    }

    /// Every token issued so far answers 401 "Bad credentials" from now on, on the API and on
    /// git (simulates expiry mid-run). New tokens can be obtained as usual.
    pub fn revoke_all_tokens(&self) {
        for t in self.state().tokens.values_mut() {
            t.revoked = true;
        }
    }

    /// Lifetime of the tokens issued from now on (default one hour, like GitHub).
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        self.state().token_lifetime = lifetime;
    }

    /// The next `times` requests with this method (`*`: any) whose path starts with
    /// `path_prefix` get `status` (e.g. 502) with a JSON error body; then normal service.
    pub fn fail_next(&self, method: &str, path_prefix: &str, status: u16, times: usize) {
        self.fail_next_with(Fault::new(method, path_prefix, status, times));
    }

    /// Injects a fault with headers (see [`Fault::retry_after`], [`Fault::rate_limited`]).
    pub fn fail_next_with(&self, fault: Fault) {
        self.state().faults.push(fault);
    }

    /// Pull requests of `owner/name`, by number.
    pub fn pulls(&self, owner: &str, name: &str) -> Vec<PullRequest> {
        let full = format!("{owner}/{name}");
        let mut v: Vec<_> = self
            .state()
            .pulls
            .iter()
            .filter(|p| p.repo == full)
            .cloned()
            .collect();
        v.sort_by_key(|p| p.number);
        v
    }

    /// Every issue (not pull request), in creation order.
    pub fn issues(&self) -> Vec<Issue> {
        self.state().issues.clone()
    }

    /// Every pull request review, in creation order.
    pub fn reviews(&self) -> Vec<Review> {
        self.state().reviews.clone()
    }

    /// The labels of issue or pull request `number` (none if there is no such thing).
    pub fn labels_of(&self, owner: &str, name: &str, number: u64) -> Vec<String> {
        let full = format!("{owner}/{name}");
        let st = self.state();
        match st.numbered(&full, Some(number)) {
            Some(Numbered::Pull(i)) => st.pulls[i].labels.clone(),
            Some(Numbered::Issue(i)) => st.issues[i].labels.clone(),
            None => vec![],
        }
    }

    /// Every check run, in creation order.
    pub fn check_runs(&self) -> Vec<CheckRun> {
        self.state().check_runs.clone()
    }

    /// Every issue comment, in creation order.
    pub fn comments(&self) -> Vec<IssueComment> {
        self.state().comments.clone()
    }

    /// Every reaction, in creation order.
    pub fn reactions(&self) -> Vec<Reaction> {
        self.state().reactions.clone()
    }

    /// Every request the fake answered, in order.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.state().requests.clone()
    }

    /// Everything Prism reported so far (see the module documentation).
    pub fn violations(&self) -> Vec<Violation> {
        self.state().violations.clone()
    }

    /// Returns and forgets the violations so far (for tests that provoke one on purpose).
    pub fn take_violations(&self) -> Vec<Violation> {
        std::mem::take(&mut self.state().violations)
    }

    /// Panics, listing them, if Prism reported any violation that counts ([`Violation::counts`]).
    pub fn assert_no_violations(&self) {
        let bad: Vec<String> = self
            .violations()
            .into_iter()
            .filter(Violation::counts)
            .map(|v| {
                format!(
                    "{} {} -> {}: {} at {}: {}",
                    v.method, v.path, v.status, v.severity, v.location, v.message
                )
            })
            .collect();
        assert!(
            bad.is_empty(),
            "Prism found {} OpenAPI violation(s):\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}

impl Drop for FakeGitHub {
    fn drop(&mut self) {
        if let Some(mut child) = self.prism.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn free_port() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr")
}

fn read_branch(git_dir: &Path, branch: &str) -> Option<String> {
    read_ref(git_dir, &format!("refs/heads/{branch}"))
}

fn read_ref(git_dir: &Path, name: &str) -> Option<String> {
    let repo = git2::Repository::open_bare(git_dir).ok()?;
    let r = repo.find_reference(name).ok()?;
    r.target().map(|o| o.to_string())
}

fn write_ref(git_dir: &Path, name: &str, sha: &str) {
    run(
        git()
            .arg("--git-dir")
            .arg(git_dir)
            .args(["update-ref", name, sha]),
        b"",
    );
}

/// The ref GitHub keeps for pull request `number`'s head in the base repository.
fn pull_ref(number: u64) -> String {
    format!("refs/pull/{number}/head")
}

/// A pull request to store with [`State::add_pull`] (which numbers it).
fn new_pull(
    full: &str,
    head_ref: &str,
    head_repo: Option<String>,
    base_ref: &str,
    title: &str,
    user: &str,
) -> PullRequest {
    PullRequest {
        id: 0,
        repo: full.to_owned(),
        number: 0,
        state: "open".into(),
        title: title.to_owned(),
        body: None,
        head_ref: head_ref.to_owned(),
        head_repo,
        base_ref: base_ref.to_owned(),
        draft: false,
        user: user.to_owned(),
        labels: vec![],
        created_at: now_secs(),
        updated_at: now_secs(),
    }
}

/// A stable id for things the fake does not number itself (users, labels, forks).
fn stable_id(key: &str) -> u64 {
    let h = blake3::hash(key.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&h.as_bytes()[..8]);
    u64::from_le_bytes(b) % 1_000_000_000 + 100_000_000
}

/// Percent-encodes everything but RFC 3986's unreserved characters (a path segment).
fn percent_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The front proxy: forwards to Prism, records what Prism says.

/// GitHub's own work (Prism's validation, packing a clone) is not on the machine that measures a
/// rewrite, but here it shares two cores with it: another test's `serve` measuring while this
/// fake packs a clone or Prism validates a response measured process pools at 1.0-1.4x that
/// run 1.5x alone. So each request takes the machine's measurement lock (the one `propose` takes
/// exclusively to measure, `$TMPDIR/parallelize-measure.lock`) shared: it waits while a run
/// measures, for at most 40 s (the App's HTTP client gives up after 60 s), then goes ahead.
fn wait_for_measurements() -> Option<std::fs::File> {
    use std::os::fd::AsRawFd;
    let path = std::env::temp_dir().join("parallelize-measure.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .ok()?;
    let deadline = Instant::now() + Duration::from_secs(40);
    loop {
        // SAFETY: flock on a descriptor this function owns; released when the file is dropped.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_SH | libc::LOCK_NB) } == 0 {
            return Some(file);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

async fn front_proxy(
    AxState(shared): AxState<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let prism = shared.prism.expect("front proxy without prism");
    let path = uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let url = format!("http://{prism}{path}");
    let m = method.clone();
    let result = tokio::task::spawn_blocking(move || {
        let _quiet = wait_for_measurements();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let mut req = ureq::http::Request::builder().method(m.as_str()).uri(&url);
        for (k, v) in &headers {
            if matches!(
                k.as_str(),
                "host" | "connection" | "content-length" | "transfer-encoding" | "accept-encoding"
            ) {
                continue;
            }
            req = req.header(k.as_str(), v.as_bytes());
        }
        let resp = if body.is_empty() {
            agent.run(req.body(()).expect("request"))
        } else {
            agent.run(req.body(body.to_vec()).expect("request"))
        }?;
        let status = resp.status().as_u16();
        let headers: Vec<(String, Vec<u8>)> = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_owned(), v.as_bytes().to_vec()))
            .collect();
        let body = resp.into_body().read_to_vec()?;
        Ok::<_, ureq::Error>((status, headers, body))
    })
    .await
    .expect("proxy task");
    let (status, resp_headers, resp_body) = match result {
        Ok(r) => r,
        Err(e) => {
            // Prism died or hung: that must not go unnoticed either.
            let message = format!("front proxy: prism did not answer: {e}");
            let mut st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
            st.violations.push(Violation {
                method: method.to_string(),
                path,
                status: 502,
                severity: "Error".into(),
                location: String::new(),
                message: message.clone(),
                deliberate: false,
            });
            return (StatusCode::BAD_GATEWAY, message).into_response();
        }
    };

    let header = |name: &str| {
        resp_headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
    };
    let deliberate = header(DELIBERATE_HEADER).is_some();
    let mut found = Vec::new();
    let problem: Option<Value> = header("content-type")
        .filter(|c| c.starts_with("application/problem+json"))
        .and_then(|_| serde_json::from_slice(&resp_body).ok())
        .filter(|p: &Value| {
            p["type"]
                .as_str()
                .is_some_and(|t| t.starts_with("https://stoplight.io/prism/errors#"))
        });
    if let Some(p) = &problem {
        match p["validation"].as_array() {
            Some(items) if !items.is_empty() => found.extend(items.iter().cloned()),
            _ => found.push(json!({
                "severity": "Error",
                "location": [],
                "message": format!("{}: {}: {}", p["type"].as_str().unwrap_or_default(),
                    p["title"].as_str().unwrap_or_default(), p["detail"].as_str().unwrap_or_default()),
            })),
        }
    } else if let Some(h) = header("sl-violations") {
        // A JSON array, prefixed with "Too many violations! " when long.
        let parsed = h
            .find('[')
            .and_then(|i| serde_json::from_str::<Vec<Value>>(&h[i..]).ok());
        match parsed {
            Some(items) => found.extend(items),
            None => found.push(json!({"severity": "Error", "location": [], "message": h})),
        }
    }
    if !found.is_empty() {
        let mut st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        for v in found {
            let location = v["location"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|x| {
                            x.as_str()
                                .map(str::to_owned)
                                .unwrap_or_else(|| x.to_string())
                        })
                        .collect::<Vec<_>>()
                        .join(".")
                })
                .unwrap_or_default();
            st.violations.push(Violation {
                method: method.to_string(),
                path: path.clone(),
                status,
                severity: v["severity"].as_str().unwrap_or("Error").to_owned(),
                location,
                message: v["message"].as_str().unwrap_or_default().to_owned(),
                deliberate,
            });
        }
    }

    let mut resp = Response::new(axum::body::Body::from(resp_body));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    for (k, v) in resp_headers {
        if matches!(
            k.to_ascii_lowercase().as_str(),
            "connection"
                | "keep-alive"
                | "content-length"
                | "transfer-encoding"
                | DELIBERATE_HEADER
        ) {
            continue;
        }
        if let (Ok(k), Ok(v)) = (HeaderName::try_from(k), HeaderValue::from_bytes(&v)) {
            resp.headers_mut().append(k, v);
        }
    }
    resp
}

// ---------------------------------------------------------------------------------------------
// The fake itself.

/// A response: status, extra headers, body (JSON, or raw for git).
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    deliberate: bool,
}

impl Reply {
    fn json(status: u16, v: Value) -> Self {
        Self {
            status,
            headers: vec![(
                "content-type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: serde_json::to_vec(&v).expect("json"),
            deliberate: false,
        }
    }

    fn error(status: u16, message: &str) -> Self {
        let mut r = Self::json(
            status,
            json!({"message": message, "documentation_url": DOCS, "status": status.to_string()}),
        );
        r.deliberate = true;
        r
    }

    fn validation(message: &str, errors: Value) -> Self {
        let mut r = Self::json(
            422,
            json!({"message": message, "errors": errors, "documentation_url": DOCS, "status": "422"}),
        );
        r.deliberate = true;
        r
    }

    fn bad_credentials() -> Self {
        Self::error(401, "Bad credentials")
    }

    fn not_found() -> Self {
        Self::error(404, "Not Found")
    }
}

async fn handle(
    AxState(shared): AxState<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let query = uri.query().unwrap_or_default().to_owned();
    let hdrs: BTreeMap<String, String> = headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();

    let fault = {
        let mut st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        let hit = st.faults.iter_mut().find(|f| {
            f.times > 0
                && (f.method == "*" || f.method.eq_ignore_ascii_case(method.as_str()))
                && path.starts_with(&f.path_prefix)
        });
        hit.map(|f| {
            f.times -= 1;
            f.clone()
        })
    };
    let reply = if let Some(f) = fault {
        let reason = StatusCode::from_u16(f.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("Error");
        let mut r = Reply::json(
            f.status,
            f.body
                .clone()
                .unwrap_or_else(|| json!({"message": reason, "documentation_url": DOCS})),
        );
        r.headers.extend(f.headers.clone());
        r.deliberate = true;
        r
    } else if path.starts_with("/git/") {
        let shared = shared.clone();
        let (m, p, q) = (method.to_string(), path.clone(), query.clone());
        tokio::task::spawn_blocking(move || {
            let _quiet = wait_for_measurements();
            git_request(&shared, &m, &p, &q, &hdrs, &body)
        })
        .await
        .expect("git task")
    } else {
        let mut st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        api(&shared, &mut st, &method, &path, &query, &hdrs, &body)
    };

    shared
        .state
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .requests
        .push(RequestRecord {
            method: method.to_string(),
            path,
            query,
            status: reply.status,
        });
    let mut resp = Response::new(axum::body::Body::from(reply.body));
    *resp.status_mut() = StatusCode::from_u16(reply.status).expect("status");
    for (k, v) in reply.headers {
        if let (Ok(k), Ok(v)) = (HeaderName::try_from(k), HeaderValue::try_from(v)) {
            resp.headers_mut().append(k, v);
        }
    }
    if reply.deliberate {
        resp.headers_mut()
            .insert(DELIBERATE_HEADER, HeaderValue::from_static("1"));
    }
    resp
}

/// Git smart HTTP under `/git/<owner>/<name>.git/...`, with GitHub's basic auth.
fn git_request(
    shared: &Shared,
    method: &str,
    path: &str,
    query: &str,
    headers: &BTreeMap<String, String>,
    body: &[u8],
) -> Reply {
    let rest = &path["/git".len()..];
    let mut parts = rest.trim_start_matches('/').splitn(3, '/');
    let (owner, repo_git) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let name = repo_git.strip_suffix(".git").unwrap_or(repo_git);
    let full = format!("{owner}/{name}");
    let unauthorized = || {
        Reply {
        status: 401,
        headers: vec![
            ("www-authenticate".into(), "Basic realm=\"GitHub\"".into()),
            ("content-type".into(), "text/plain".into()),
        ],
        body: b"Invalid username or token. Password authentication is not supported for Git operations.\n".to_vec(),
        deliberate: true,
    }
    };
    let credentials = headers
        .get("authorization")
        .and_then(|h| h.strip_prefix("Basic "))
        .and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .ok()
        })
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    let Some((user, password)) = credentials.as_deref().and_then(|c| c.split_once(':')) else {
        return unauthorized();
    };
    {
        let st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        if user != "x-access-token" || st.token_installation(password, Some(&full)).is_none() {
            return unauthorized();
        }
        if !st.repos.contains_key(&full) {
            return Reply::not_found();
        }
    }
    let out = git_http::http_backend(&git_http::CgiRequest {
        project_root: &shared.git_root,
        method,
        path_info: rest,
        query,
        headers,
        body,
        remote_user: user,
    });
    if method == "POST" && path.ends_with("/git-receive-pack") && out.status == 200 {
        // A push: GitHub moves `refs/pull/<n>/head` of the open pull requests it updated.
        let st = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        st.sync_pull_refs(&full);
    }
    Reply {
        status: out.status,
        headers: out.headers,
        body: out.body,
        deliberate: false,
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn parse_query(q: &str) -> HashMap<String, String> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// The REST endpoints.
fn api(
    shared: &Shared,
    st: &mut State,
    method: &Method,
    path: &str,
    query: &str,
    headers: &BTreeMap<String, String>,
    body: &[u8],
) -> Reply {
    let seg: Vec<&str> = path.trim_matches('/').split('/').collect();
    let input: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(_) => return Reply::error(400, "Problems parsing JSON"),
        }
    };
    let auth = headers.get("authorization").cloned().unwrap_or_default();

    if let ["app", "installations", id, "access_tokens"] = seg.as_slice() {
        if method != Method::POST {
            return Reply::not_found();
        }
        return access_token(shared, st, id, &auth);
    }
    let ["repos", owner, name, rest @ ..] = seg.as_slice() else {
        return Reply::not_found();
    };
    let full = format!("{owner}/{name}");
    let token = auth
        .strip_prefix("token ")
        .or_else(|| auth.strip_prefix("Bearer "))
        .unwrap_or_default()
        .trim();
    if st.token_installation(token, Some(&full)).is_none() {
        return Reply::bad_credentials();
    }
    if !st.repos.contains_key(&full) {
        return Reply::not_found();
    }
    let r = Render {
        shared,
        full: &full,
    };
    let q = parse_query(query);
    let num = |s: &str| s.parse::<u64>().ok();
    let page = Page::new(&q);

    match (method.as_str(), rest) {
        ("GET", []) => Reply::json(200, r.repo(&st.repos[&full])),
        ("GET", ["pulls"]) => {
            let state = q.get("state").map(String::as_str).unwrap_or("open");
            let head = q.get("head").cloned();
            let base = q.get("base").cloned();
            let matching: Vec<&PullRequest> = st
                .pulls
                .iter()
                .filter(|p| p.repo == full)
                .filter(|p| state == "all" || p.state == state)
                .filter(|p| {
                    // `user:branch` (a fork's owner for a fork's pull requests), or `user`.
                    head.as_deref().is_none_or(|h| match h.split_once(':') {
                        Some((o, b)) => p.head_owner() == o && p.head_ref == b,
                        None => p.head_owner() == h,
                    })
                })
                .filter(|p| base.as_deref().is_none_or(|b| p.base_ref == b))
                .collect();
            let items: Vec<Value> = page
                .of(&matching)
                .iter()
                .map(|p| r.pull(st, p, true))
                .collect();
            page.reply(shared, path, query, matching.len(), Value::Array(items))
        }
        ("POST", ["pulls"]) => create_pull(&r, st, owner, &input),
        ("GET", ["pulls", n]) => match st
            .pulls
            .iter()
            .find(|p| p.repo == full && Some(p.number) == num(n))
        {
            Some(p) => Reply::json(200, r.pull(st, p, false)),
            None => Reply::not_found(),
        },
        ("PATCH", ["pulls", n]) => {
            let Some(i) = st
                .pulls
                .iter()
                .position(|p| p.repo == full && Some(p.number) == num(n))
            else {
                return Reply::not_found();
            };
            let p = &mut st.pulls[i];
            if let Some(t) = input["title"].as_str() {
                p.title = t.to_owned();
            }
            if input.get("body").is_some() {
                p.body = input["body"].as_str().map(str::to_owned);
            }
            if let Some(s) = input["state"].as_str() {
                p.state = s.to_owned();
            }
            if let Some(b) = input["base"].as_str() {
                p.base_ref = b.to_owned();
            }
            p.updated_at = now_secs();
            let p = st.pulls[i].clone();
            Reply::json(200, r.pull(st, &p, false))
        }
        ("POST", ["check-runs"]) => {
            let id = st.next_id();
            let run = CheckRun {
                id,
                repo: full.clone(),
                name: input["name"].as_str().unwrap_or_default().to_owned(),
                head_sha: input["head_sha"].as_str().unwrap_or_default().to_owned(),
                status: "queued".into(),
                conclusion: None,
                details_url: None,
                external_id: None,
                title: None,
                summary: None,
                text: None,
                annotations: vec![],
                started_at: now_secs(),
                completed_at: None,
                updates: 0,
            };
            update_check_run(&r, st, run, &input, 201)
        }
        ("GET", ["commits", reference, "check-runs"]) => {
            // Only commit shas are resolved (what the App asks for); `filter=latest` (GitHub's
            // default) keeps the newest run of each name.
            let name = q.get("check_name").cloned();
            let latest = q.get("filter").is_none_or(|f| f == "latest");
            let mut runs: Vec<&CheckRun> = st
                .check_runs
                .iter()
                .filter(|c| c.repo == full && c.head_sha == *reference)
                .filter(|c| name.as_deref().is_none_or(|n| c.name == n))
                .collect();
            runs.sort_by_key(|c| std::cmp::Reverse(c.id));
            if latest {
                let mut seen = std::collections::BTreeSet::new();
                runs.retain(|c| seen.insert(c.name.clone()));
            }
            let items: Vec<Value> = runs.iter().map(|c| r.check_run(c, false)).collect();
            Reply::json(
                200,
                json!({"total_count": items.len(), "check_runs": items}),
            )
        }
        ("PATCH", ["check-runs", id]) => {
            match st
                .check_runs
                .iter()
                .find(|c| c.repo == full && Some(c.id) == num(id))
            {
                Some(c) => {
                    let c = c.clone();
                    update_check_run(&r, st, c, &input, 200)
                }
                None => Reply::not_found(),
            }
        }
        ("PATCH", ["issues", "comments", id]) => {
            let Some(c) = st
                .comments
                .iter_mut()
                .find(|c| c.repo == full && Some(c.id) == num(id))
            else {
                return Reply::not_found();
            };
            c.body = input["body"].as_str().unwrap_or_default().to_owned();
            c.updated_at = now_secs();
            let c = c.clone();
            Reply::json(200, r.comment(st, &c))
        }
        ("POST", ["issues", "comments", id, "reactions"]) => {
            let Some(cid) =
                num(id).filter(|i| st.comments.iter().any(|c| c.repo == full && c.id == *i))
            else {
                return Reply::not_found();
            };
            let content = input["content"].as_str().unwrap_or_default().to_owned();
            if let Some(x) = st
                .reactions
                .iter()
                .find(|x| x.comment_id == cid && x.content == content)
            {
                return Reply::json(200, r.reaction(x));
            }
            let x = Reaction {
                id: st.next_id(),
                repo: full.clone(),
                comment_id: cid,
                content,
            };
            st.reactions.push(x.clone());
            Reply::json(201, r.reaction(&x))
        }
        ("GET" | "POST", ["issues", n, "comments"]) => {
            let Some(n) = num(n).filter(|n| st.numbered(&full, Some(*n)).is_some()) else {
                return Reply::not_found();
            };
            if method == Method::GET {
                let matching: Vec<&IssueComment> = st
                    .comments
                    .iter()
                    .filter(|c| c.repo == full && c.issue_number == n)
                    .collect();
                let items: Vec<Value> = page
                    .of(&matching)
                    .iter()
                    .map(|c| r.comment(st, c))
                    .collect();
                return page.reply(shared, path, query, matching.len(), Value::Array(items));
            }
            let c = IssueComment {
                id: st.next_id(),
                repo: full.clone(),
                issue_number: n,
                body: input["body"].as_str().unwrap_or_default().to_owned(),
                user: APP_BOT_LOGIN.to_owned(),
                created_at: now_secs(),
                updated_at: now_secs(),
            };
            st.comments.push(c.clone());
            let mut reply = Reply::json(201, r.comment(st, &c));
            reply.headers.push((
                "location".into(),
                format!("{}/repos/{full}/issues/comments/{}", shared.api_base, c.id),
            ));
            reply
        }
        ("POST", ["issues", n, "labels"]) => {
            let Some(t) = st.numbered(&full, num(n)) else {
                return Reply::not_found();
            };
            // The object form (`{"labels": [...]}`, what the spec describes) and a bare array
            // (which GitHub also accepts); names or `{"name": ...}` objects.
            let items = match &input {
                Value::Array(a) => a.clone(),
                v => v["labels"].as_array().cloned().unwrap_or_default(),
            };
            let names = label_names(&items);
            if names.is_empty() {
                return Reply::validation(
                    "Invalid request.\n\nNo labels given.",
                    json!([{"resource": "Label", "field": "labels", "code": "missing_field"}]),
                );
            }
            let labels = st.labels_mut(t);
            add_labels(labels, names);
            let labels = labels.clone();
            match t {
                Numbered::Pull(i) => st.pulls[i].updated_at = now_secs(),
                Numbered::Issue(i) => st.issues[i].updated_at = now_secs(),
            }
            Reply::json(
                200,
                Value::Array(labels.iter().map(|l| r.label(l)).collect()),
            )
        }
        ("GET", ["issues"]) => {
            let state = q.get("state").map(String::as_str).unwrap_or("open");
            let creator = q.get("creator");
            let wanted: Vec<&str> = q
                .get("labels")
                .map(|l| {
                    l.split(',')
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            // Pull requests are issues too (rendered with a `pull_request` key).
            let mut matching: Vec<(Issue, Option<&PullRequest>)> = st
                .issues
                .iter()
                .filter(|i| i.repo == full)
                .map(|i| (i.clone(), None))
                .chain(
                    st.pulls
                        .iter()
                        .filter(|p| p.repo == full)
                        .map(|p| (pull_as_issue(p), Some(p))),
                )
                .filter(|(i, _)| state == "all" || i.state == state)
                .filter(|(i, _)| creator.is_none_or(|c| i.user == *c))
                .filter(|(i, _)| {
                    wanted
                        .iter()
                        .all(|w| i.labels.iter().any(|l| l.eq_ignore_ascii_case(w)))
                })
                .collect();
            let comments = |n: u64| {
                st.comments
                    .iter()
                    .filter(|c| c.repo == full && c.issue_number == n)
                    .count()
            };
            match q.get("sort").map(String::as_str) {
                Some("updated") => matching.sort_by_key(|(i, _)| (i.updated_at, i.number)),
                Some("comments") => matching.sort_by_key(|(i, _)| (comments(i.number), i.number)),
                _ => matching.sort_by_key(|(i, _)| i.number),
            }
            if q.get("direction").is_none_or(|d| d != "asc") {
                matching.reverse();
            }
            let items: Vec<Value> = page
                .of(&matching)
                .iter()
                .map(|(i, p)| r.issue(st, i, *p))
                .collect();
            page.reply(shared, path, query, matching.len(), Value::Array(items))
        }
        ("POST", ["issues"]) => {
            let Some(title) = title_of(&input["title"]) else {
                return Reply::validation(
                    "Validation Failed",
                    json!([{"resource": "Issue", "field": "title", "code": "missing_field"}]),
                );
            };
            let mut labels = vec![];
            add_labels(
                &mut labels,
                label_names(input["labels"].as_array().map(Vec::as_slice).unwrap_or(&[])),
            );
            let repo = st.repos.get_mut(&full).expect("repo");
            let number = repo.next_number;
            repo.next_number += 1;
            let issue = Issue {
                id: st.next_id(),
                repo: full.clone(),
                number,
                title,
                body: input["body"].as_str().map(str::to_owned),
                state: "open".into(),
                labels,
                user: APP_BOT_LOGIN.to_owned(),
                created_at: now_secs(),
                updated_at: now_secs(),
            };
            st.issues.push(issue.clone());
            let mut reply = Reply::json(201, r.issue(st, &issue, None));
            reply.headers.push((
                "location".into(),
                format!("{}/repos/{full}/issues/{number}", shared.api_base),
            ));
            reply
        }
        ("PATCH", ["issues", n]) => {
            let Some(t) = st.numbered(&full, num(n)) else {
                return Reply::not_found();
            };
            if let Some(s) = input["state"].as_str() {
                if s != "open" && s != "closed" {
                    return Reply::validation(
                        "Validation Failed",
                        json!([{"resource": "Issue", "field": "state", "code": "invalid"}]),
                    );
                }
            }
            let title = title_of(&input["title"]);
            let labels = input["labels"].as_array().map(|a| {
                let mut v = vec![];
                add_labels(&mut v, label_names(a));
                v
            });
            // The same fields of an issue and of a pull request (which is an issue too).
            let (t_title, t_body, t_state, t_labels, t_updated) = match t {
                Numbered::Pull(i) => {
                    let p = &mut st.pulls[i];
                    (
                        &mut p.title,
                        &mut p.body,
                        &mut p.state,
                        &mut p.labels,
                        &mut p.updated_at,
                    )
                }
                Numbered::Issue(i) => {
                    let x = &mut st.issues[i];
                    (
                        &mut x.title,
                        &mut x.body,
                        &mut x.state,
                        &mut x.labels,
                        &mut x.updated_at,
                    )
                }
            };
            if let Some(title) = title {
                *t_title = title;
            }
            if input.get("body").is_some() {
                *t_body = input["body"].as_str().map(str::to_owned);
            }
            if let Some(s) = input["state"].as_str() {
                *t_state = s.to_owned();
            }
            if let Some(l) = labels {
                *t_labels = l;
            }
            *t_updated = now_secs();
            let v = match t {
                Numbered::Pull(i) => {
                    let p = st.pulls[i].clone();
                    r.issue(st, &pull_as_issue(&p), Some(&p))
                }
                Numbered::Issue(i) => r.issue(st, &st.issues[i], None),
            };
            Reply::json(200, v)
        }
        ("POST", ["pulls", n, "reviews"]) => create_review(&r, st, num(n), &input),
        ("GET", ["collaborators", user, "permission"]) => {
            let login = percent_decode(user);
            let role = st
                .permissions
                .get(&(full.clone(), login.clone()))
                .cloned()
                // Anyone can read a public repository.
                .unwrap_or_else(|| "read".into());
            let permission = match role.as_str() {
                "admin" => "admin",
                "maintain" | "write" => "write",
                "triage" | "read" => "read",
                _ => "none",
            };
            let mut v = r.example(
                "repository-collaborator-permission-response-if-user-has-admin-permissions",
            );
            let mut user = r.user(&login);
            user["role_name"] = json!(role);
            let rank = ROLES.iter().position(|x| *x == role).unwrap_or(ROLES.len());
            // ROLES is ordered from most to least powerful.
            user["permissions"] = json!({
                "admin": rank == 0,
                "maintain": rank <= 1,
                "push": rank <= 2,
                "triage": rank <= 3,
                "pull": rank <= 4,
            });
            v["permission"] = json!(permission);
            v["role_name"] = json!(role);
            v["user"] = user;
            Reply::json(200, v)
        }
        _ => Reply::not_found(),
    }
}

/// `per_page` (default 30, at most 100) and `page` (from 1) of a list request.
struct Page {
    page: usize,
    per_page: usize,
}

impl Page {
    fn new(q: &HashMap<String, String>) -> Self {
        Self {
            page: q
                .get("page")
                .and_then(|p| p.parse().ok())
                .unwrap_or(1)
                .max(1),
            per_page: q
                .get("per_page")
                .and_then(|p| p.parse().ok())
                .unwrap_or(30)
                .clamp(1, 100),
        }
    }

    fn of<'a, T>(&self, items: &'a [T]) -> &'a [T] {
        let start = (self.page - 1)
            .saturating_mul(self.per_page)
            .min(items.len());
        let end = (start + self.per_page).min(items.len());
        &items[start..end]
    }

    /// A 200 with `body` and GitHub's `Link` header (`prev`, `next`, `first`, `last`) for a
    /// list of `total` items.
    fn reply(&self, shared: &Shared, path: &str, query: &str, total: usize, body: Value) -> Reply {
        let mut reply = Reply::json(200, body);
        let last = total.div_ceil(self.per_page).max(1);
        let url = |page: usize| {
            let mut params: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("page="))
                .collect();
            let page = format!("page={page}");
            params.push(&page);
            format!("<{}{path}?{}>", shared.api_base, params.join("&"))
        };
        let mut links = vec![];
        if self.page > 1 {
            links.push(format!("{}; rel=\"prev\"", url(self.page - 1)));
        }
        if self.page < last {
            links.push(format!("{}; rel=\"next\"", url(self.page + 1)));
            links.push(format!("{}; rel=\"last\"", url(last)));
        }
        if self.page > 1 {
            links.push(format!("{}; rel=\"first\"", url(1)));
        }
        if !links.is_empty() {
            reply.headers.push(("link".into(), links.join(", ")));
        }
        reply
    }
}

/// An issue's title: a string, or a number (the spec allows both).
fn title_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Label names of a request: strings or `{"name": ...}` objects.
fn label_names(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .filter_map(|l| l.as_str().or_else(|| l["name"].as_str()))
        .map(str::to_owned)
        .collect()
}

/// Adds the labels not there yet (GitHub compares names case-insensitively).
fn add_labels(labels: &mut Vec<String>, names: Vec<String>) {
    for name in names {
        if !labels.iter().any(|l| l.eq_ignore_ascii_case(&name)) {
            labels.push(name);
        }
    }
}

/// A pull request seen as an issue.
fn pull_as_issue(p: &PullRequest) -> Issue {
    Issue {
        id: p.id,
        repo: p.repo.clone(),
        number: p.number,
        title: p.title.clone(),
        body: p.body.clone(),
        state: p.state.clone(),
        labels: p.labels.clone(),
        user: p.user.clone(),
        created_at: p.created_at,
        updated_at: p.updated_at,
    }
}

fn access_token(shared: &Shared, st: &mut State, id: &str, auth: &str) -> Reply {
    #[derive(serde::Deserialize)]
    struct Claims {
        iss: Value,
        iat: i64,
        exp: i64,
    }
    let Some(jwt) = auth.strip_prefix("Bearer ") else {
        return Reply::error(401, "A JSON web token could not be decoded");
    };
    let key = jsonwebtoken::DecodingKey::from_rsa_pem(st.public_pem.as_bytes())
        .expect("the App's public key");
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.leeway = 60;
    // `iss` is checked below: jsonwebtoken only understands string issuers, octocrab sends a
    // number.
    validation.set_required_spec_claims(&["exp", "iat"]);
    let claims = match jsonwebtoken::decode::<Claims>(jwt.trim(), &key, &validation) {
        Ok(d) => d.claims,
        Err(e) => {
            return Reply::error(401, &format!("A JSON web token could not be decoded ({e})"))
        }
    };
    let iss_ok = match &claims.iss {
        Value::Number(n) => n.as_u64() == Some(st.app_id),
        Value::String(s) => s.parse::<u64>().ok() == Some(st.app_id),
        _ => false,
    };
    let now = now_secs();
    if !iss_ok {
        return Reply::error(401, "'Issuer' claim ('iss') must be an Integer");
    }
    if claims.iat > now + 60 {
        return Reply::error(
            401,
            "'Issued at' claim ('iat') must be an Integer representing a time in the past",
        );
    }
    if claims.exp <= now - 60 || claims.exp > now + 600 + 60 {
        return Reply::error(
            401,
            "'Expiration time' claim ('exp') is too far in the future",
        );
    }
    let Some(id) = id
        .parse::<u64>()
        .ok()
        .filter(|i| st.installations.contains_key(i))
    else {
        return Reply::not_found();
    };
    let (token, expires_at) = st.new_token(id);
    let mut v = example(&shared.spec, "installation-token");
    v["token"] = json!(token);
    v["expires_at"] = json!(rfc3339(expires_at));
    v["repository_selection"] = json!("selected");
    if let Some(o) = v.as_object_mut() {
        o.remove("repositories");
    }
    Reply::json(201, v)
}

fn create_pull(r: &Render, st: &mut State, owner: &str, input: &Value) -> Reply {
    let head = input["head"].as_str().unwrap_or_default();
    let head_ref = match head.split_once(':') {
        Some((o, b)) if o == owner => b,
        Some(_) => "",
        None => head,
    }
    .to_owned();
    let base = input["base"].as_str().unwrap_or_default().to_owned();
    let repo = st.repos[r.full].clone();
    let invalid = |field: &str| {
        Reply::validation(
            "Validation Failed",
            json!([{"resource": "PullRequest", "field": field, "code": "invalid"}]),
        )
    };
    if head_ref.is_empty() || read_branch(&repo.git_dir, &head_ref).is_none() {
        return invalid("head");
    }
    if read_branch(&repo.git_dir, &base).is_none() {
        return invalid("base");
    }
    if st.pulls.iter().any(|p| {
        p.repo == r.full
            && !p.is_fork()
            && p.state == "open"
            && p.head_ref == head_ref
            && p.base_ref == base
    }) {
        return Reply::validation(
            "Validation Failed",
            json!([{"resource": "PullRequest", "code": "custom",
                    "message": format!("A pull request already exists for {owner}:{head_ref}.")}]),
        );
    }
    let mut p = new_pull(
        r.full,
        &head_ref,
        None,
        &base,
        input["title"].as_str().unwrap_or_default(),
        APP_BOT_LOGIN,
    );
    p.body = input["body"].as_str().map(str::to_owned);
    p.draft = input["draft"].as_bool().unwrap_or(false);
    let p = st.add_pull(p);
    let mut reply = Reply::json(201, r.pull(st, &p, false));
    reply.headers.push((
        "location".into(),
        format!("{}/repos/{}/pulls/{}", r.shared.api_base, r.full, p.number),
    ));
    reply
}

/// `POST /repos/{o}/{r}/pulls/{n}/reviews`: inline comments must sit on the pull request's
/// diff (merge base of the base branch and the reviewed commit -> that commit, 3 lines of
/// context), else 422 as GitHub answers.
fn create_review(r: &Render, st: &mut State, n: Option<u64>, input: &Value) -> Reply {
    let Some(p) = st
        .pulls
        .iter()
        .find(|p| p.repo == r.full && Some(p.number) == n)
        .cloned()
    else {
        return Reply::not_found();
    };
    let unprocessable = |error: &str| Reply::validation("Unprocessable Entity", json!([error]));
    let git_dir = st.repos[r.full].git_dir.clone();
    let (Some(head), Some(base)) = (st.pull_head_sha(&p), read_branch(&git_dir, &p.base_ref))
    else {
        return unprocessable("Pull request has no head or no base");
    };
    // The reviewed commit: the head or one of its ancestors.
    let commit = match input["commit_id"].as_str() {
        None => head.clone(),
        Some(c) => {
            let known = c.len() >= 4
                && c.len() <= 40
                && c.bytes().all(|b| b.is_ascii_hexdigit())
                && git_ok(&git_dir, &["merge-base", "--is-ancestor", c, &head]);
            match known.then(|| git_capture(&git_dir, &["rev-parse", "--verify", c])) {
                Some(Some(full)) => full.trim().to_owned(),
                _ => return unprocessable("Commit id is not part of the pull request"),
            }
        }
    };
    let Some(files) = pull_diff(&git_dir, &base, &commit) else {
        return unprocessable("Pull request has no merge base");
    };
    let comments = input["comments"].as_array().cloned().unwrap_or_default();
    for c in &comments {
        if let Err(e) = resolve_review_comment(&files, c) {
            return unprocessable(e);
        }
    }
    let event = input["event"].as_str().unwrap_or("PENDING").to_owned();
    let review = Review {
        id: st.next_id(),
        repo: r.full.to_owned(),
        pull_number: p.number,
        body: input["body"].as_str().unwrap_or_default().to_owned(),
        event,
        commit_id: commit,
        comments,
        user: APP_BOT_LOGIN.to_owned(),
    };
    st.reviews.push(review.clone());
    Reply::json(200, r.review(st, &review))
}

/// One file of a pull request's diff.
#[derive(Debug)]
struct FileDiff {
    /// The new path (the old one for a deleted file).
    path: String,
    /// `(old_start, old_len, new_start, new_len)` of each hunk.
    hunks: Vec<(u64, u64, u64, u64)>,
    /// Lines below the first `@@` (hunk headers after it included): the range of `position`.
    positions: u64,
}

/// `git diff -U3 $(git merge-base base head) head`, per file; `None` if there is no merge base.
fn pull_diff(git_dir: &Path, base: &str, head: &str) -> Option<Vec<FileDiff>> {
    let merge_base = git_capture(git_dir, &["merge-base", base, head])?;
    let text = git_capture(
        git_dir,
        &[
            "-c",
            "core.quotePath=false",
            "diff",
            "--no-color",
            "--no-ext-diff",
            "-U3",
            "-M",
            merge_base.trim(),
            head,
        ],
    )?;
    Some(parse_diff(&text))
}

fn parse_diff(text: &str) -> Vec<FileDiff> {
    let mut files: Vec<FileDiff> = vec![];
    let mut old_path = String::new();
    let mut in_hunks = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("diff --git ") {
            let path = diff_header_path(rest);
            old_path = path.clone();
            files.push(FileDiff {
                path,
                hunks: vec![],
                positions: 0,
            });
            in_hunks = false;
            continue;
        }
        let Some(f) = files.last_mut() else {
            continue;
        };
        if line.starts_with("@@ ") {
            let range = |s: Option<&str>, sign: char| -> Option<(u64, u64)> {
                let s = s?.strip_prefix(sign)?;
                match s.split_once(',') {
                    Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
                    None => Some((s.parse().ok()?, 1)),
                }
            };
            let mut parts = line.split(' ').skip(1);
            if let (Some((os, ol)), Some((ns, nl))) =
                (range(parts.next(), '-'), range(parts.next(), '+'))
            {
                f.hunks.push((os, ol, ns, nl));
            }
            if in_hunks {
                f.positions += 1;
            }
            in_hunks = true;
        } else if in_hunks {
            f.positions += 1;
        } else if let Some(p) = line.strip_prefix("--- ") {
            if p != "/dev/null" {
                old_path = strip_side(&unquote(p));
            }
        } else if let Some(p) = line.strip_prefix("+++ ") {
            f.path = if p == "/dev/null" {
                old_path.clone()
            } else {
                strip_side(&unquote(p))
            };
        } else if let Some(p) = line.strip_prefix("rename to ") {
            f.path = unquote(p);
        }
    }
    files
}

/// The path of `a/<path> b/<path>` (a `diff --git` header; used when no `+++` line follows,
/// e.g. binary files and pure renames, which `rename to` then corrects).
fn diff_header_path(rest: &str) -> String {
    if let Some(quoted) = rest.strip_prefix('"') {
        let end = quoted.find("\" ").map(|i| i + 2).unwrap_or(rest.len());
        return strip_side(&unquote(&rest[..end]));
    }
    let n = rest.len().saturating_sub(5) / 2;
    match (rest.get(2..2 + n), rest.get(rest.len() - n..)) {
        (Some(a), Some(b)) if a == b => a.to_owned(),
        _ => rest
            .split_once(" b/")
            .map(|(a, _)| a.trim_start_matches("a/").to_owned())
            .unwrap_or_default(),
    }
}

/// `a/x` / `b/x` -> `x`.
fn strip_side(p: &str) -> String {
    p.strip_prefix("a/")
        .or_else(|| p.strip_prefix("b/"))
        .unwrap_or(p)
        .to_owned()
}

/// A path as git prints it: as is, or C-quoted (`"a\tb"`, octal escapes for bytes).
fn unquote(p: &str) -> String {
    let Some(inner) = p.strip_prefix('"').and_then(|p| p.strip_suffix('"')) else {
        return p.to_owned();
    };
    let b = inner.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let octal = b
            .get(i + 1..i + 4)
            .filter(|o| o.iter().all(|d| (b'0'..=b'7').contains(d)))
            .and_then(|o| u8::from_str_radix(std::str::from_utf8(o).ok()?, 8).ok());
        if let Some(v) = octal {
            out.push(v);
            i += 4;
            continue;
        }
        out.push(match b[i + 1] {
            b't' => b'\t',
            b'n' => b'\n',
            b'r' => b'\r',
            b'a' => 7,
            b'b' => 8,
            b'f' => 12,
            b'v' => 11,
            c => c,
        });
        i += 2;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Checks an inline comment of a review like GitHub: its `path` in the diff, its `line` (and
/// `start_line`, before it, in the same hunk) on the diff's `side` (default `RIGHT`: the new
/// lines), or a legacy `position` within the file's diff. The error is GitHub's message.
fn resolve_review_comment(files: &[FileDiff], c: &Value) -> Result<(), &'static str> {
    const LINE: &str = "Line could not be resolved";
    let path = c["path"].as_str().unwrap_or_default();
    let Some(f) = files.iter().find(|f| f.path == path) else {
        return Err("Path could not be resolved");
    };
    let hunk_of = |side: &str, line: u64| {
        f.hunks.iter().position(|&(os, ol, ns, nl)| {
            let (start, len) = if side == "LEFT" { (os, ol) } else { (ns, nl) };
            line >= start && line < start + len
        })
    };
    let Some(line) = c["line"].as_u64() else {
        return match c["position"].as_u64() {
            Some(p) if p >= 1 && p <= f.positions => Ok(()),
            _ => Err(LINE),
        };
    };
    let side = c["side"].as_str().unwrap_or("RIGHT");
    let hunk = hunk_of(side, line).ok_or(LINE)?;
    if let Some(start) = c["start_line"].as_u64() {
        let start_side = c["start_side"].as_str().unwrap_or(side);
        if start_side == side && start >= line {
            return Err("Pull request review thread start line must precede the end line.");
        }
        if hunk_of(start_side, start) != Some(hunk) {
            return Err(LINE);
        }
    }
    Ok(())
}

/// Runs git in `git_dir`; its stdout if it succeeded.
fn git_capture(git_dir: &Path, args: &[&str]) -> Option<String> {
    let out = git()
        .arg("--git-dir")
        .arg(git_dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs git in `git_dir`: did it succeed?
fn git_ok(git_dir: &Path, args: &[&str]) -> bool {
    git_capture(git_dir, args).is_some()
}

/// Applies a create or update request to `run`, stores it, renders it.
fn update_check_run(
    r: &Render,
    st: &mut State,
    mut run: CheckRun,
    input: &Value,
    status: u16,
) -> Reply {
    let annotations = input["output"]["annotations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if annotations.len() > 50 {
        return Reply::validation(
            "Invalid request.\n\nOnly 50 annotations are allowed per request.",
            json!([{"resource": "CheckRun", "field": "output.annotations", "code": "invalid"}]),
        );
    }
    let text = |k: &str| input[k].as_str().map(str::to_owned);
    if let Some(n) = text("name") {
        run.name = n;
    }
    if let Some(s) = text("status") {
        run.status = s;
    }
    if let Some(c) = text("conclusion") {
        run.conclusion = Some(c);
        run.status = "completed".into();
    }
    if run.status == "completed" && run.completed_at.is_none() {
        run.completed_at = Some(now_secs());
    }
    run.details_url = text("details_url").or(run.details_url);
    run.external_id = text("external_id").or(run.external_id);
    let out = &input["output"];
    if let Some(t) = out["title"].as_str() {
        run.title = Some(t.to_owned());
    }
    if let Some(t) = out["summary"].as_str() {
        run.summary = Some(t.to_owned());
    }
    if let Some(t) = out["text"].as_str() {
        run.text = Some(t.to_owned());
    }
    run.annotations.extend(annotations);
    run.updates += 1;
    match st.check_runs.iter_mut().find(|c| c.id == run.id) {
        Some(c) => *c = run.clone(),
        None => st.check_runs.push(run.clone()),
    }
    Reply::json(status, r.check_run(&run, status == 201))
}

fn example(spec: &Value, name: &str) -> Value {
    let v = &spec["components"]["examples"][name]["value"];
    assert!(!v.is_null(), "no example `{name}` in the cut spec");
    v.clone()
}

/// Renders objects from the spec's examples.
struct Render<'a> {
    shared: &'a Shared,
    /// `owner/name`.
    full: &'a str,
}

impl Render<'_> {
    /// The example with GitHub's URLs pointing at the fake and octocat/Hello-World at this repo.
    fn example(&self, name: &str) -> Value {
        self.localize(&example(&self.shared.spec, name))
    }

    /// `v` with GitHub's URLs pointing at the fake and octocat/Hello-World at this repo.
    fn localize(&self, v: &Value) -> Value {
        let text = serde_json::to_string(v).expect("json");
        let text = text
            .replace("https://api.github.com", &self.shared.api_base)
            .replace(
                "https://github.com/octocat/Hello-World",
                &format!("{}/{}", self.shared.html_base, self.full),
            )
            .replace(
                "git://github.com/",
                &format!("{}/git/", self.shared.html_base),
            )
            .replace(
                "git@github.com:",
                &format!("{}/git/", self.shared.html_base),
            )
            .replace("https://github.com", &self.shared.html_base)
            .replace("octocat/Hello-World", self.full);
        serde_json::from_str(&text).expect("json")
    }

    /// A user (`simple-user`, from the example of an issue comment's author): `type` "Bot" for
    /// a login ending in `[bot]`, else "User"; a stable id.
    fn user(&self, login: &str) -> Value {
        let template = &example(&self.shared.spec, "issue-comment")["user"];
        let encoded = percent_encode(login);
        let text = serde_json::to_string(&self.localize(template))
            .expect("json")
            .replace("/users/octocat", &format!("/users/{encoded}"));
        let mut v: Value = serde_json::from_str(&text).expect("json");
        let bot = login.strip_suffix("[bot]");
        v["login"] = json!(login);
        v["id"] = json!(stable_id(&format!("user:{login}")));
        v["type"] = json!(if bot.is_some() { "Bot" } else { "User" });
        v["site_admin"] = json!(false);
        v["html_url"] = json!(match bot {
            Some(app) => format!("{}/apps/{}", self.shared.html_base, percent_encode(app)),
            None => format!("{}/{encoded}", self.shared.html_base),
        });
        v
    }

    /// A label of this repository (from the spec's example; GitHub's colour for labels created
    /// by labelling, no description).
    fn label(&self, name: &str) -> Value {
        let mut v = self.example("label-items")[0].clone();
        v["id"] = json!(stable_id(&format!("label:{}:{name}", self.full)));
        v["name"] = json!(name);
        v["url"] = json!(format!(
            "{}/repos/{}/labels/{}",
            self.shared.api_base,
            self.full,
            percent_encode(name)
        ));
        // GitHub says `null`; `pull-request-simple` wants a string.
        v["description"] = json!("");
        v["color"] = json!("ededed");
        v["default"] = json!(false);
        v
    }

    fn repo_into(&self, v: &mut Value, repo: &Repo) {
        v["id"] = json!(repo.id);
        v["name"] = json!(repo.name);
        v["full_name"] = json!(self.full);
        v["owner"]["login"] = json!(repo.owner);
        v["default_branch"] = json!(repo.default_branch);
        v["private"] = json!(false);
        v["fork"] = json!(false);
        v["clone_url"] = json!(format!("{}/git/{}.git", self.shared.html_base, self.full));
        // Required by the schema, missing from GitHub's example.
        if v.get("language").is_none() {
            v["language"] = Value::Null;
        }
    }

    fn repo(&self, repo: &Repo) -> Value {
        let mut v = self.example("full-repository-default-response");
        self.repo_into(&mut v, repo);
        for k in ["parent", "source", "template_repository", "organization"] {
            if let Some(o) = v.as_object_mut() {
                o.remove(k);
            }
        }
        v
    }

    fn pull(&self, st: &State, p: &PullRequest, simple: bool) -> Value {
        let mut v = if simple {
            self.example("pull-request-simple-items")[0].clone()
        } else {
            self.example("pull-request")
        };
        let repo = &st.repos[&p.repo];
        let head_sha = st.pull_head_sha(p).unwrap_or_else(|| "0".repeat(40));
        let base_sha = read_branch(&repo.git_dir, &p.base_ref).unwrap_or_else(|| "0".repeat(40));
        let (api, html, full, n) = (
            &self.shared.api_base,
            &self.shared.html_base,
            self.full,
            p.number,
        );
        let api_pr = format!("{api}/repos/{full}/pulls/{n}");
        let api_issue = format!("{api}/repos/{full}/issues/{n}");
        let html_pr = format!("{html}/{full}/pull/{n}");
        v["id"] = json!(p.id);
        v["number"] = json!(n);
        v["state"] = json!(p.state);
        v["title"] = json!(p.title);
        v["body"] = json!(p.body);
        v["draft"] = json!(p.draft);
        v["user"] = self.user(&p.user);
        v["author_association"] = json!(st.association(self.full, &p.user));
        v["labels"] = Value::Array(p.labels.iter().map(|l| self.label(l)).collect());
        v["locked"] = json!(false);
        // GitHub's example's team lacks the required `type`.
        v["requested_teams"] = json!([]);
        v["created_at"] = json!(rfc3339(p.created_at));
        v["updated_at"] = json!(rfc3339(p.updated_at));
        v["closed_at"] = if p.state == "closed" {
            json!(rfc3339(p.updated_at))
        } else {
            Value::Null
        };
        v["merged_at"] = Value::Null;
        v["merge_commit_sha"] = Value::Null;
        v["url"] = json!(api_pr);
        v["html_url"] = json!(html_pr);
        v["diff_url"] = json!(format!("{html_pr}.diff"));
        v["patch_url"] = json!(format!("{html_pr}.patch"));
        v["issue_url"] = json!(api_issue);
        v["commits_url"] = json!(format!("{api_pr}/commits"));
        v["review_comments_url"] = json!(format!("{api_pr}/comments"));
        v["comments_url"] = json!(format!("{api_issue}/comments"));
        v["statuses_url"] = json!(format!("{api}/repos/{full}/statuses/{head_sha}"));
        for (k, href) in [
            ("self", api_pr.clone()),
            ("html", html_pr.clone()),
            ("issue", api_issue.clone()),
            ("comments", format!("{api_issue}/comments")),
            ("review_comments", format!("{api_pr}/comments")),
            ("commits", format!("{api_pr}/commits")),
            (
                "statuses",
                format!("{api}/repos/{full}/statuses/{head_sha}"),
            ),
        ] {
            v["_links"][k]["href"] = json!(href);
        }
        for (side, r, sha) in [
            ("head", &p.head_ref, &head_sha),
            ("base", &p.base_ref, &base_sha),
        ] {
            v[side]["ref"] = json!(r);
            v[side]["sha"] = json!(sha);
            v[side]["label"] = json!(format!("{}:{r}", repo.owner));
            v[side]["user"]["login"] = json!(repo.owner);
            let mut rv = v[side]["repo"].take();
            self.repo_into(&mut rv, repo);
            v[side]["repo"] = rv;
        }
        if let Some(fork) = &p.head_repo {
            // The fork: its URLs, owner, id; its clone URL is not served.
            let fork_owner = p.head_owner();
            let text = serde_json::to_string(&v["head"]["repo"])
                .expect("json")
                .replace(&format!("/{full}"), &format!("/{fork}"));
            let mut rv: Value = serde_json::from_str(&text).expect("json");
            rv["id"] = json!(stable_id(&format!("repo:{fork}")));
            rv["full_name"] = json!(fork);
            rv["owner"]["login"] = json!(fork_owner);
            rv["fork"] = json!(true);
            rv["clone_url"] = json!(format!("{html}/git/{fork}.git"));
            v["head"]["repo"] = rv;
            v["head"]["label"] = json!(format!("{fork_owner}:{}", p.head_ref));
            v["head"]["user"]["login"] = json!(fork_owner);
        }
        if !simple {
            v["merged"] = json!(false);
            v["mergeable"] = Value::Null;
            v["rebaseable"] = Value::Null;
            v["mergeable_state"] = json!("unknown");
            v["merged_by"] = Value::Null;
        }
        v
    }

    fn check_run(&self, c: &CheckRun, created: bool) -> Value {
        let mut v = self.example(if created {
            "check-run-example-of-in-progress-conclusion"
        } else {
            "check-run"
        });
        let (api, html, full) = (&self.shared.api_base, &self.shared.html_base, self.full);
        v["id"] = json!(c.id);
        v["name"] = json!(c.name);
        v["head_sha"] = json!(c.head_sha);
        v["status"] = json!(c.status);
        v["conclusion"] = json!(c.conclusion);
        v["started_at"] = json!(rfc3339(c.started_at));
        v["completed_at"] = json!(c.completed_at.map(rfc3339));
        v["external_id"] = json!(c.external_id.clone().unwrap_or_default());
        v["details_url"] = json!(c.details_url);
        v["url"] = json!(format!("{api}/repos/{full}/check-runs/{}", c.id));
        v["html_url"] = json!(format!("{html}/{full}/runs/{}", c.id));
        v["output"] = json!({
            "title": c.title,
            "summary": c.summary,
            "text": c.text,
            "annotations_count": c.annotations.len(),
            "annotations_url": format!("{api}/repos/{full}/check-runs/{}/annotations", c.id),
        });
        v["pull_requests"] = json!([]);
        v
    }

    fn comment(&self, st: &State, c: &IssueComment) -> Value {
        let mut v = self.example("issue-comment");
        let (api, html, full) = (&self.shared.api_base, &self.shared.html_base, self.full);
        let kind = match st.numbered(full, Some(c.issue_number)) {
            Some(Numbered::Issue(_)) => "issues",
            _ => "pull",
        };
        v["id"] = json!(c.id);
        v["body"] = json!(c.body);
        v["user"] = self.user(&c.user);
        v["author_association"] = json!(st.association(full, &c.user));
        v["url"] = json!(format!("{api}/repos/{full}/issues/comments/{}", c.id));
        v["html_url"] = json!(format!(
            "{html}/{full}/{kind}/{}#issuecomment-{}",
            c.issue_number, c.id
        ));
        v["issue_url"] = json!(format!("{api}/repos/{full}/issues/{}", c.issue_number));
        v["created_at"] = json!(rfc3339(c.created_at));
        v["updated_at"] = json!(rfc3339(c.updated_at));
        v
    }

    fn reaction(&self, x: &Reaction) -> Value {
        let mut v = self.example("reaction");
        v["id"] = json!(x.id);
        v["content"] = json!(x.content);
        v["user"] = self.user(APP_BOT_LOGIN);
        v
    }

    /// An issue, or a pull request seen as one (`pull`: with its `pull_request` key).
    fn issue(&self, st: &State, i: &Issue, pull: Option<&PullRequest>) -> Value {
        let mut v = self.example("issue");
        let (api, html, full, n) = (
            &self.shared.api_base,
            &self.shared.html_base,
            self.full,
            i.number,
        );
        let url = format!("{api}/repos/{full}/issues/{n}");
        v["id"] = json!(i.id);
        v["number"] = json!(n);
        v["url"] = json!(url);
        v["repository_url"] = json!(format!("{api}/repos/{full}"));
        v["labels_url"] = json!(format!("{url}/labels{{/name}}"));
        v["comments_url"] = json!(format!("{url}/comments"));
        v["events_url"] = json!(format!("{url}/events"));
        v["title"] = json!(i.title);
        v["body"] = json!(i.body);
        v["state"] = json!(i.state);
        v["user"] = self.user(&i.user);
        v["author_association"] = json!(st.association(full, &i.user));
        v["labels"] = Value::Array(i.labels.iter().map(|l| self.label(l)).collect());
        v["assignee"] = Value::Null;
        v["assignees"] = json!([]);
        v["milestone"] = Value::Null;
        v["locked"] = json!(false);
        v["active_lock_reason"] = Value::Null;
        v["comments"] = json!(st
            .comments
            .iter()
            .filter(|c| c.repo == full && c.issue_number == n)
            .count());
        v["created_at"] = json!(rfc3339(i.created_at));
        v["updated_at"] = json!(rfc3339(i.updated_at));
        let closed = i.state == "closed";
        v["closed_at"] = if closed {
            json!(rfc3339(i.updated_at))
        } else {
            Value::Null
        };
        v["closed_by"] = Value::Null;
        v["state_reason"] = if closed {
            json!("completed")
        } else {
            Value::Null
        };
        match pull {
            Some(p) => {
                let html_pr = format!("{html}/{full}/pull/{n}");
                v["html_url"] = json!(html_pr);
                v["draft"] = json!(p.draft);
                v["pull_request"] = json!({
                    "url": format!("{api}/repos/{full}/pulls/{n}"),
                    "html_url": html_pr,
                    "diff_url": format!("{html_pr}.diff"),
                    "patch_url": format!("{html_pr}.patch"),
                    "merged_at": null,
                });
            }
            None => {
                v["html_url"] = json!(format!("{html}/{full}/issues/{n}"));
                if let Some(o) = v.as_object_mut() {
                    o.remove("pull_request");
                }
            }
        }
        v
    }

    fn review(&self, st: &State, x: &Review) -> Value {
        let mut v = self.example("pull-request-review");
        let (api, html, full, n) = (
            &self.shared.api_base,
            &self.shared.html_base,
            self.full,
            x.pull_number,
        );
        let html_url = format!("{html}/{full}/pull/{n}#pullrequestreview-{}", x.id);
        let pr_url = format!("{api}/repos/{full}/pulls/{n}");
        v["id"] = json!(x.id);
        v["user"] = self.user(&x.user);
        v["author_association"] = json!(st.association(full, &x.user));
        v["body"] = json!(x.body);
        v["state"] = json!(match x.event.as_str() {
            "APPROVE" => "APPROVED",
            "REQUEST_CHANGES" => "CHANGES_REQUESTED",
            "COMMENT" => "COMMENTED",
            _ => "PENDING",
        });
        v["commit_id"] = json!(x.commit_id);
        v["html_url"] = json!(html_url);
        v["pull_request_url"] = json!(pr_url);
        v["_links"] = json!({"html": {"href": html_url}, "pull_request": {"href": pr_url}});
        if x.event == "PENDING" {
            if let Some(o) = v.as_object_mut() {
                o.remove("submitted_at");
            }
        } else {
            v["submitted_at"] = json!(rfc3339(now_secs()));
        }
        v
    }
}
