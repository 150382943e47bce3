//! The GitHub side of the App, through octocrab: the App's JWT, installation tokens (cached per
//! installation and renewed 5 minutes before they expire; a 401 clears the cached token and the
//! request is sent once more with a fresh one), and the few REST operations the bot uses.
//!
//! Every request goes through [`GitHub::send`], which honours rate limits (`Retry-After`,
//! `x-ratelimit-remaining: 0` with `x-ratelimit-reset`) and retries 5xx answers with exponential
//! backoff. Waits longer than [`Policy::max_wait`] are not slept through: the error says when to
//! come back, and the job queue retries the job later.
//!
//! Tokens never appear in URLs, logs or errors: octocrab marks the `Authorization` header
//! sensitive, and [`GitHub::git_token`] hands the token to git only for its credentials callback.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http::{Method, StatusCode};
use octocrab::models::{AppId, InstallationId};
use octocrab::Octocrab;
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// GitHub accepts at most this many annotations per check-run request.
pub const ANNOTATIONS_PER_REQUEST: usize = 50;

#[derive(Debug, thiserror::Error)]
pub enum GitHubError {
    #[error("the App's private key is not an RSA private key in PEM format: {0}")]
    Key(String),
    #[error("the GitHub API URL `{url}` is not usable: {message}")]
    Url { url: String, message: String },
    #[error("{method} {path}: {source}")]
    Transport {
        method: Method,
        path: String,
        source: Box<octocrab::Error>,
    },
    #[error("{method} {path}: HTTP {status}: {message}")]
    Status {
        method: Method,
        path: String,
        status: StatusCode,
        message: String,
    },
    #[error("{method} {path}: rate limited for {} s more; the job will be retried", wait.as_secs())]
    RateLimited {
        method: Method,
        path: String,
        wait: Duration,
    },
    #[error("{method} {path}: unexpected answer: {message}")]
    Decode {
        method: Method,
        path: String,
        message: String,
    },
}

/// How requests are retried.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Attempts for a request answered 5xx (or not answered), the first included.
    pub attempts: u32,
    /// First backoff; doubled after each failed attempt.
    pub backoff: Duration,
    /// The longest wait slept through for a rate limit; longer ones fail the request, and so
    /// does a rate limit met more than `attempts` times for one request.
    pub max_wait: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            attempts: 4,
            backoff: Duration::from_millis(500),
            max_wait: Duration::from_secs(60),
        }
    }
}

/// The App's client: one per process, shared by the workers. Or, made with
/// [`GitHub::with_token`], a client acting with one token it was given (a workflow's
/// `GITHUB_TOKEN`): the same operations, whatever installation id they are called with.
#[derive(Clone)]
pub struct GitHub {
    app: Octocrab,
    /// `Some` for a client made with [`GitHub::with_token`]: `app` then sends this token.
    token: Option<SecretString>,
    policy: Policy,
    /// Installation clients, each caching its own token.
    installations: Arc<Mutex<HashMap<u64, Octocrab>>>,
    /// What the requests of [`GitHub::send`] met (for `GET /metrics`).
    stats: Arc<ApiStats>,
}

/// The REST requests this process sent through [`GitHub::send`] (every attempt, retries
/// included), by the answer's HTTP status, and the last `x-ratelimit-remaining` GitHub sent.
/// The installation-token exchanges octocrab makes on its own are seen only when one fails
/// the request it was made for (counted with the exchange's status).
#[derive(Debug)]
pub struct ApiStats {
    /// Requests by status code (`"200"`, `"404"`, ...); [`ApiStats::NO_ANSWER`] when no
    /// answer came (the connection failed or timed out).
    requests: Mutex<std::collections::BTreeMap<String, u64>>,
    /// The last `x-ratelimit-remaining`; `u64::MAX` until one is seen.
    rate_limit_remaining: std::sync::atomic::AtomicU64,
}

impl Default for ApiStats {
    fn default() -> Self {
        Self::new()
    }
}

impl ApiStats {
    /// The status label of a request that got no answer.
    pub const NO_ANSWER: &'static str = "error";

    fn new() -> ApiStats {
        ApiStats {
            requests: Mutex::default(),
            rate_limit_remaining: std::sync::atomic::AtomicU64::new(u64::MAX),
        }
    }

    /// One request, answered with `status` and `headers` (`None`: no answer).
    fn record(&self, answer: Option<(StatusCode, &http::HeaderMap)>) {
        let status = match answer {
            Some((status, _)) => status.as_u16().to_string(),
            None => Self::NO_ANSWER.to_owned(),
        };
        *self
            .requests
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .entry(status)
            .or_default() += 1;
        let remaining = answer
            .and_then(|(_, headers)| headers.get("x-ratelimit-remaining"))
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        if let Some(remaining) = remaining.filter(|&n| n < u64::MAX) {
            self.rate_limit_remaining
                .store(remaining, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// `(status, requests)`, sorted by status.
    pub fn requests(&self) -> Vec<(String, u64)> {
        self.requests
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .iter()
            .map(|(status, n)| (status.clone(), *n))
            .collect()
    }

    /// The last `x-ratelimit-remaining` GitHub sent, if any answer carried one.
    pub fn rate_limit_remaining(&self) -> Option<u64> {
        match self
            .rate_limit_remaining
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            u64::MAX => None,
            n => Some(n),
        }
    }
}

/// A repository as the API names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
    pub owner: String,
    pub name: String,
}

impl Repo {
    /// `owner/name`.
    pub fn parse(full_name: &str) -> Option<Repo> {
        let (owner, name) = full_name.split_once('/')?;
        let ok = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        (ok(owner) && ok(name)).then(|| Repo {
            owner: owner.to_owned(),
            name: name.to_owned(),
        })
    }

    fn path(&self, rest: &str) -> String {
        format!("/repos/{}/{}{rest}", self.owner, self.name)
    }
}

impl std::fmt::Display for Repo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.owner, self.name)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct PullRequest {
    pub number: u64,
    pub html_url: Option<String>,
    #[serde(default)]
    pub head: Option<PullSide>,
    #[serde(default)]
    pub user: Option<Account>,
}

/// A user or bot account.
#[derive(Debug, Clone, Deserialize)]
pub struct Account {
    /// `User`, `Bot` or `Organization`.
    #[serde(rename = "type", default)]
    pub kind: String,
}

/// One side (`head` or `base`) of a pull request.
#[derive(Debug, Clone, Deserialize)]
pub struct PullSide {
    #[serde(rename = "ref")]
    pub branch: String,
    pub sha: String,
    /// `None` when the head's fork was deleted.
    #[serde(default)]
    pub repo: Option<PullRepo>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PullRepo {
    pub full_name: String,
}

/// What the App needs of `GET /repos/{owner}/{repo}`.
#[derive(Debug, Clone, Deserialize)]
pub struct RepositoryInfo {
    pub default_branch: String,
    pub clone_url: String,
}

/// A pull request as `GET /pulls/{n}` describes it.
#[derive(Debug, Clone, Deserialize)]
pub struct PullDetail {
    pub number: u64,
    pub state: String,
    pub head: PullSide,
    pub base: PullSide,
}

/// A collaborator's access (`GET /collaborators/{username}/permission`).
#[derive(Debug, Clone, Deserialize)]
pub struct Access {
    /// `admin`, `write`, `read` or `none`: `maintain` counts as `write`, `triage` as `read`,
    /// and a custom role as the base role it extends.
    pub permission: String,
    /// The role's own name (`maintain`, `triage`, a custom role's name).
    #[serde(default)]
    pub role_name: Option<String>,
}

impl Access {
    /// Write access or more: may push, so may ask for runs that push.
    pub fn can_write(&self) -> bool {
        matches!(self.permission.as_str(), "admin" | "write")
    }

    /// How the access is called in a reply.
    pub fn name(&self) -> &str {
        self.role_name
            .as_deref()
            .filter(|r| !r.is_empty())
            .unwrap_or(&self.permission)
    }
}

/// A comment of a pull-request review, on lines of the pull request's head.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReviewComment {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_line: Option<usize>,
    pub line: usize,
    pub side: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_side: Option<&'static str>,
    pub body: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CheckRun {
    pub id: u64,
}

/// One check-run annotation, as the API takes it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Annotation {
    pub path: String,
    pub start_line: usize,
    pub end_line: usize,
    /// Only allowed when the annotation is on one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_column: Option<usize>,
    /// `notice`, `warning` or `failure`.
    pub annotation_level: &'static str,
    pub title: String,
    pub message: String,
}

/// The result of a check run.
#[derive(Debug, Clone)]
pub struct CheckOutput {
    /// `success`, `neutral`, `failure`, ...
    pub conclusion: &'static str,
    pub title: String,
    pub summary: String,
    pub text: Option<String>,
    pub annotations: Vec<Annotation>,
}

impl GitHub {
    /// The App's client for `api_url` (`https://api.github.com`, a GitHub Enterprise Server's
    /// `https://HOST/api/v3`, or a test server).
    pub fn new(
        api_url: &str,
        app_id: u64,
        private_key_pem: &str,
        policy: Policy,
    ) -> Result<GitHub, GitHubError> {
        let key = jsonwebtoken::EncodingKey::from_rsa_pem(private_key_pem.as_bytes())
            .map_err(|e| GitHubError::Key(e.to_string()))?;
        let url_error = |message: String| GitHubError::Url {
            url: api_url.to_owned(),
            message,
        };
        let app = Octocrab::builder()
            .base_uri(api_url)
            .map_err(|e| url_error(e.to_string()))?
            .set_connect_timeout(Some(Duration::from_secs(10)))
            .set_read_timeout(Some(Duration::from_secs(60)))
            .set_write_timeout(Some(Duration::from_secs(60)))
            .app(AppId(app_id), key)
            .build()
            .map_err(|e| url_error(e.to_string()))?;
        Ok(GitHub {
            app,
            token: None,
            policy,
            installations: Arc::default(),
            stats: Arc::new(ApiStats::new()),
        })
    }

    /// A client for `api_url` that sends `token` with every request (a GitHub Actions
    /// workflow's `GITHUB_TOKEN`, or any installation or personal token): no App, no token
    /// exchange. The `installation` argument of its operations is ignored, and
    /// [`GitHub::git_token`] hands out this token.
    pub fn with_token(
        api_url: &str,
        token: SecretString,
        policy: Policy,
    ) -> Result<GitHub, GitHubError> {
        let url_error = |message: String| GitHubError::Url {
            url: api_url.to_owned(),
            message,
        };
        let client = Octocrab::builder()
            .base_uri(api_url)
            .map_err(|e| url_error(e.to_string()))?
            .set_connect_timeout(Some(Duration::from_secs(10)))
            .set_read_timeout(Some(Duration::from_secs(60)))
            .set_write_timeout(Some(Duration::from_secs(60)))
            .personal_token(token.clone())
            .build()
            .map_err(|e| url_error(e.to_string()))?;
        Ok(GitHub {
            app: client,
            token: Some(token),
            policy,
            installations: Arc::default(),
            stats: Arc::new(ApiStats::new()),
        })
    }

    /// What this client's requests met so far (shared: it keeps counting).
    pub fn api_stats(&self) -> Arc<ApiStats> {
        self.stats.clone()
    }

    fn installation(&self, id: u64) -> Result<Octocrab, GitHubError> {
        if self.token.is_some() {
            return Ok(self.app.clone());
        }
        let mut map = self
            .installations
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(client) = map.get(&id) {
            return Ok(client.clone());
        }
        let client = self
            .app
            .installation(InstallationId(id))
            .map_err(|source| GitHubError::Transport {
                method: Method::POST,
                path: format!("/app/installations/{id}/access_tokens"),
                source: Box::new(source),
            })?;
        map.insert(id, client.clone());
        Ok(client)
    }

    /// Drop the installation's cached token (git refused it: revoked, or expired early); the
    /// next request or [`GitHub::git_token`] mints a new one.
    pub fn forget_token(&self, installation: u64) {
        self.installations
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(&installation);
    }

    /// A token of the installation valid for at least 5 more minutes, for git's credentials
    /// callback only (the same cached token the API requests use).
    pub async fn git_token(&self, installation: u64) -> Result<SecretString, GitHubError> {
        if let Some(token) = &self.token {
            return Ok(token.clone());
        }
        let path = format!("/app/installations/{installation}/access_tokens");
        let client = self.installation(installation)?;
        let mut attempt = 0;
        loop {
            attempt += 1;
            match client
                .installation_token_with_buffer(chrono::Duration::minutes(5))
                .await
            {
                Ok(token) => return Ok(token),
                Err(e) if attempt < self.policy.attempts && transient(&e) => {
                    tokio::time::sleep(self.backoff(attempt)).await;
                }
                Err(source) => {
                    return Err(GitHubError::Transport {
                        method: Method::POST,
                        path,
                        source: Box::new(source),
                    })
                }
            }
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        self.policy
            .backoff
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
    }

    /// One request as the installation, with the retry policy; the answer's JSON decoded.
    pub async fn send<T: DeserializeOwned>(
        &self,
        installation: u64,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<T, GitHubError> {
        let client = self.installation(installation)?;
        let mut attempt = 0;
        let mut waits = 0;
        loop {
            attempt += 1;
            let sent = match method {
                Method::GET => client._get(path).await,
                Method::POST => client._post(path, body).await,
                Method::PATCH => client._patch(path, body).await,
                Method::PUT => client._put(path, body).await,
                _ => client._delete(path, body).await,
            };
            let response = match sent {
                Ok(r) => r,
                Err(source) => {
                    // A GitHub error here is the token exchange's answer.
                    let status = match &source {
                        octocrab::Error::GitHub { source, .. } => Some(source.status_code),
                        _ => None,
                    };
                    let no_headers = http::HeaderMap::new();
                    self.stats.record(status.map(|s| (s, &no_headers)));
                    if attempt < self.policy.attempts && transient(&source) {
                        tracing::warn!(%method, path, attempt, error = %source, "request failed; retrying");
                        tokio::time::sleep(self.backoff(attempt)).await;
                        continue;
                    }
                    return Err(GitHubError::Transport {
                        method,
                        path: path.to_owned(),
                        source: Box::new(source),
                    });
                }
            };
            let status = response.status();
            self.stats.record(Some((status, response.headers())));
            let wait = rate_limit_wait(status, response.headers(), SystemTime::now());
            let text =
                client
                    .body_to_string(response)
                    .await
                    .map_err(|source| GitHubError::Transport {
                        method: method.clone(),
                        path: path.to_owned(),
                        source: Box::new(source),
                    })?;
            if status.is_success() {
                let text = if text.trim().is_empty() {
                    "null"
                } else {
                    &text
                };
                return serde_json::from_str(text).map_err(|e| GitHubError::Decode {
                    method,
                    path: path.to_owned(),
                    message: e.to_string(),
                });
            }
            if let Some(wait) = wait {
                waits += 1;
                if wait > self.policy.max_wait || waits > self.policy.attempts {
                    return Err(GitHubError::RateLimited {
                        method,
                        path: path.to_owned(),
                        wait,
                    });
                }
                tracing::warn!(%method, path, wait_ms = wait.as_millis() as u64, "rate limited; waiting");
                tokio::time::sleep(wait).await;
                attempt -= 1; // a rate limit is not a failed attempt
                continue;
            }
            if status.is_server_error() && attempt < self.policy.attempts {
                tracing::warn!(%method, path, attempt, %status, "server error; retrying");
                tokio::time::sleep(self.backoff(attempt)).await;
                continue;
            }
            return Err(GitHubError::Status {
                method,
                path: path.to_owned(),
                status,
                message: error_message(&text),
            });
        }
    }

    /// Open pull requests from `owner:head` into `base`.
    pub async fn open_pulls(
        &self,
        installation: u64,
        repo: &Repo,
        head: &str,
        base: &str,
    ) -> Result<Vec<PullRequest>, GitHubError> {
        let path = repo.path(&format!(
            "/pulls?state=open&head={}&base={}&per_page=100",
            query_escape(&format!("{}:{head}", repo.owner)),
            query_escape(base)
        ));
        self.send(installation, Method::GET, &path, None).await
    }

    pub async fn create_pull(
        &self,
        installation: u64,
        repo: &Repo,
        head: &str,
        base: &str,
        title: &str,
        body: &str,
    ) -> Result<PullRequest, GitHubError> {
        let payload = json!({"title": title, "head": head, "base": base, "body": fit_body(body)});
        self.send(
            installation,
            Method::POST,
            &repo.path("/pulls"),
            Some(&payload),
        )
        .await
    }

    /// Update the open pull request `open` (title, body), or open one from `head` into `base`
    /// and put `labels` on it: how the App and `propose --publish` keep their one pull request
    /// per base up to date.
    #[allow(clippy::too_many_arguments)]
    pub async fn open_or_update_pull(
        &self,
        installation: u64,
        repo: &Repo,
        open: Option<&PullRequest>,
        (head, base): (&str, &str),
        (title, body): (&str, &str),
        labels: &[String],
    ) -> Result<PullRequest, GitHubError> {
        if let Some(pr) = open {
            let changes = json!({"title": title, "body": body});
            return self
                .update_pull(installation, repo, pr.number, &changes)
                .await;
        }
        let created = self
            .create_pull(installation, repo, head, base, title, body)
            .await?;
        self.add_labels(installation, repo, created.number, labels)
            .await?;
        Ok(created)
    }

    /// Change a pull request's title, body and/or state (`open`, `closed`).
    pub async fn update_pull(
        &self,
        installation: u64,
        repo: &Repo,
        number: u64,
        changes: &Value,
    ) -> Result<PullRequest, GitHubError> {
        let path = repo.path(&format!("/pulls/{number}"));
        let mut changes = changes.clone();
        if let Some(body) = changes["body"].as_str().map(|b| fit_body(b).into_owned()) {
            changes["body"] = json!(body);
        }
        self.send(installation, Method::PATCH, &path, Some(&changes))
            .await
    }

    pub async fn comment(
        &self,
        installation: u64,
        repo: &Repo,
        issue: u64,
        body: &str,
    ) -> Result<(), GitHubError> {
        let path = repo.path(&format!("/issues/{issue}/comments"));
        let _: Value = self
            .send(
                installation,
                Method::POST,
                &path,
                Some(&json!({ "body": fit_body(body) })),
            )
            .await?;
        Ok(())
    }

    /// The repository's default branch and clone URL.
    pub async fn repository(
        &self,
        installation: u64,
        repo: &Repo,
    ) -> Result<RepositoryInfo, GitHubError> {
        self.send(installation, Method::GET, &repo.path(""), None)
            .await
    }

    /// Open an issue; its number.
    pub async fn create_issue(
        &self,
        installation: u64,
        repo: &Repo,
        title: &str,
        body: &str,
        labels: &[String],
    ) -> Result<u64, GitHubError> {
        #[derive(Deserialize)]
        struct Created {
            number: u64,
        }
        let payload = json!({"title": title, "body": fit_body(body), "labels": labels});
        let created: Created = self
            .send(
                installation,
                Method::POST,
                &repo.path("/issues"),
                Some(&payload),
            )
            .await?;
        Ok(created.number)
    }

    /// Change an issue's title and body (its state is left to people).
    pub async fn update_issue(
        &self,
        installation: u64,
        repo: &Repo,
        number: u64,
        title: &str,
        body: &str,
    ) -> Result<(), GitHubError> {
        let path = repo.path(&format!("/issues/{number}"));
        let _: Value = self
            .send(
                installation,
                Method::PATCH,
                &path,
                Some(&json!({"title": title, "body": fit_body(body)})),
            )
            .await?;
        Ok(())
    }

    /// Every open pull request of the repository (the first 100: enough to count the bot's).
    pub async fn all_open_pulls(
        &self,
        installation: u64,
        repo: &Repo,
    ) -> Result<Vec<PullRequest>, GitHubError> {
        let path = repo.path("/pulls?state=open&per_page=100");
        self.send(installation, Method::GET, &path, None).await
    }

    pub async fn pull(
        &self,
        installation: u64,
        repo: &Repo,
        number: u64,
    ) -> Result<PullDetail, GitHubError> {
        let path = repo.path(&format!("/pulls/{number}"));
        self.send(installation, Method::GET, &path, None).await
    }

    /// Put `labels` on an issue or pull request (labels GitHub does not know yet are created).
    pub async fn add_labels(
        &self,
        installation: u64,
        repo: &Repo,
        issue: u64,
        labels: &[String],
    ) -> Result<(), GitHubError> {
        if labels.is_empty() {
            return Ok(());
        }
        let path = repo.path(&format!("/issues/{issue}/labels"));
        let _: Value = self
            .send(
                installation,
                Method::POST,
                &path,
                Some(&json!({ "labels": labels })),
            )
            .await?;
        Ok(())
    }

    /// React to an issue or pull-request comment (`eyes`, `+1`, `confused`, ...).
    pub async fn react(
        &self,
        installation: u64,
        repo: &Repo,
        comment_id: u64,
        content: &str,
    ) -> Result<(), GitHubError> {
        let path = repo.path(&format!("/issues/comments/{comment_id}/reactions"));
        let _: Value = self
            .send(
                installation,
                Method::POST,
                &path,
                Some(&json!({ "content": content })),
            )
            .await?;
        Ok(())
    }

    /// What `login` may do on the repository.
    pub async fn permission(
        &self,
        installation: u64,
        repo: &Repo,
        login: &str,
    ) -> Result<Access, GitHubError> {
        let path = repo.path(&format!(
            "/collaborators/{}/permission",
            query_escape(login).replace('/', "%2F")
        ));
        self.send(installation, Method::GET, &path, None).await
    }

    /// Post a review (`COMMENT`) on pull request `number` at `commit_id`; its URL.
    pub async fn create_review(
        &self,
        installation: u64,
        repo: &Repo,
        number: u64,
        commit_id: &str,
        body: &str,
        comments: &[ReviewComment],
    ) -> Result<Option<String>, GitHubError> {
        #[derive(Deserialize)]
        struct Review {
            html_url: Option<String>,
        }
        let path = repo.path(&format!("/pulls/{number}/reviews"));
        let payload = json!({
            "commit_id": commit_id,
            "body": fit_body(body),
            "event": "COMMENT",
            "comments": comments,
        });
        let review: Review = self
            .send(installation, Method::POST, &path, Some(&payload))
            .await?;
        Ok(review.html_url)
    }

    /// The check run `name` on `head_sha` whose `external_id` is `external_id`, if one exists
    /// (a job that crashed right after creating its run finds it again).
    pub async fn find_check_run(
        &self,
        installation: u64,
        repo: &Repo,
        name: &str,
        head_sha: &str,
        external_id: &str,
    ) -> Result<Option<u64>, GitHubError> {
        #[derive(Deserialize)]
        struct Listed {
            id: u64,
            external_id: Option<String>,
        }
        #[derive(Deserialize)]
        struct List {
            check_runs: Vec<Listed>,
        }
        let path = repo.path(&format!(
            "/commits/{head_sha}/check-runs?check_name={}&filter=all&per_page=100",
            query_escape(name)
        ));
        let list: List = self.send(installation, Method::GET, &path, None).await?;
        Ok(list
            .check_runs
            .into_iter()
            .find(|r| r.external_id.as_deref() == Some(external_id))
            .map(|r| r.id))
    }

    /// Create the check run `name` on `head_sha`, in progress, tagged with `external_id`.
    pub async fn start_check_run(
        &self,
        installation: u64,
        repo: &Repo,
        name: &str,
        head_sha: &str,
        external_id: &str,
    ) -> Result<CheckRun, GitHubError> {
        let payload = json!({
            "name": name,
            "head_sha": head_sha,
            "external_id": external_id,
            "status": "in_progress",
            "started_at": rfc3339_now(),
        });
        self.send(
            installation,
            Method::POST,
            &repo.path("/check-runs"),
            Some(&payload),
        )
        .await
    }

    /// Complete a check run. Annotations go [`ANNOTATIONS_PER_REQUEST`] per request (GitHub
    /// appends the annotations of each update); the last request completes the run, so the
    /// run is never seen completed with part of its annotations.
    pub async fn complete_check_run(
        &self,
        installation: u64,
        repo: &Repo,
        id: u64,
        output: &CheckOutput,
    ) -> Result<(), GitHubError> {
        let path = repo.path(&format!("/check-runs/{id}"));
        let batches: Vec<&[Annotation]> = if output.annotations.is_empty() {
            vec![&[]]
        } else {
            output.annotations.chunks(ANNOTATIONS_PER_REQUEST).collect()
        };
        let last = batches.len() - 1;
        for (i, batch) in batches.into_iter().enumerate() {
            let mut out = json!({
                "title": output.title,
                "summary": output.summary,
                "annotations": batch,
            });
            if let Some(text) = &output.text {
                out["text"] = json!(text);
            }
            let mut payload = json!({ "output": out });
            if i == last {
                payload["status"] = json!("completed");
                payload["conclusion"] = json!(output.conclusion);
                payload["completed_at"] = json!(rfc3339_now());
            }
            let _: Value = self
                .send(installation, Method::PATCH, &path, Some(&payload))
                .await?;
        }
        Ok(())
    }
}

/// Errors worth another attempt: the connection failed or timed out.
fn transient(e: &octocrab::Error) -> bool {
    match e {
        octocrab::Error::GitHub { source, .. } => source.status_code.is_server_error(),
        octocrab::Error::Hyper { .. } | octocrab::Error::Service { .. } => true,
        _ => false,
    }
}

/// How long to wait before asking again, when the answer is a rate limit: `Retry-After`
/// (secondary limits, 403 or 429), or `x-ratelimit-remaining: 0` until `x-ratelimit-reset`.
fn rate_limit_wait(
    status: StatusCode,
    headers: &http::HeaderMap,
    now: SystemTime,
) -> Option<Duration> {
    if status != StatusCode::FORBIDDEN && status != StatusCode::TOO_MANY_REQUESTS {
        return None;
    }
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(secs) = header("retry-after").and_then(|v| v.parse::<u64>().ok()) {
        return Some(Duration::from_secs(secs));
    }
    if header("x-ratelimit-remaining") == Some("0") {
        let reset = header("x-ratelimit-reset").and_then(|v| v.parse::<u64>().ok())?;
        let now = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        // One more second: the reset time is rounded down.
        return Some(Duration::from_secs(reset.saturating_sub(now) + 1));
    }
    if status == StatusCode::TOO_MANY_REQUESTS {
        return Some(Duration::from_secs(60));
    }
    None
}

/// GitHub's `{"message": ..., "errors": [...]}`, in one line.
fn error_message(body: &str) -> String {
    let Ok(v) = serde_json::from_str::<Value>(body) else {
        return body.chars().take(200).collect();
    };
    let mut message = v["message"].as_str().unwrap_or("").to_owned();
    if let Some(errors) = v["errors"].as_array() {
        let details: Vec<String> = errors
            .iter()
            .map(|e| {
                e["message"]
                    .as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| e.to_string())
            })
            .collect();
        if !details.is_empty() {
            message.push_str(&format!(" ({})", details.join("; ")));
        }
    }
    message
}

/// GitHub refuses bodies (comments, issues, pull requests, reviews) over 65,536 characters.
const MAX_BODY_CHARS: usize = 60_000;

/// `body` cut to what GitHub accepts, saying so at the end.
pub fn fit_body(body: &str) -> std::borrow::Cow<'_, str> {
    if body.chars().count() <= MAX_BODY_CHARS {
        return std::borrow::Cow::Borrowed(body);
    }
    let cut: String = body.chars().take(MAX_BODY_CHARS).collect();
    // Whole lines only, and a fenced block left open is closed.
    let mut cut = match cut.rfind('\n') {
        Some(i) => cut[..i].to_owned(),
        None => cut,
    };
    if cut
        .lines()
        .filter(|l| l.trim_start().starts_with("```"))
        .count()
        % 2
        == 1
    {
        cut.push_str("\n```");
    }
    cut.push_str("\n\n… (cut here: the full text is longer than GitHub allows)\n");
    std::borrow::Cow::Owned(cut)
}

fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        // `:` and `/` stay readable in `head=owner:branch/name` (GitHub accepts them as is).
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn rfc3339_now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Keeps [`ExposeSecret`] in one place: the token's text for git's credentials callback.
pub fn expose(token: &SecretString) -> &str {
    token.expose_secret()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_over_github_s_limit_are_cut_at_a_line_with_fences_closed() {
        assert_eq!(fit_body("short"), "short");
        let long = format!("intro\n```diff\n{}", "+x = 1\n".repeat(20_000));
        let fit = fit_body(&long);
        assert!(fit.chars().count() < 65_536, "{}", fit.len());
        assert!(fit.ends_with("longer than GitHub allows)\n"));
        assert!(fit.contains("+x = 1\n```\n\n…"), "the fence is closed");
    }

    fn headers(pairs: &[(&str, &str)]) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        for (k, v) in pairs {
            h.insert(
                http::HeaderName::from_bytes(k.as_bytes()).expect("name"),
                http::HeaderValue::from_str(v).expect("value"),
            );
        }
        h
    }

    #[test]
    fn rate_limits_are_read_from_retry_after_and_reset_headers() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000);
        assert_eq!(
            rate_limit_wait(
                StatusCode::FORBIDDEN,
                &headers(&[("retry-after", "7")]),
                now
            ),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            rate_limit_wait(
                StatusCode::FORBIDDEN,
                &headers(&[
                    ("x-ratelimit-remaining", "0"),
                    ("x-ratelimit-reset", "1010")
                ]),
                now
            ),
            Some(Duration::from_secs(11))
        );
        // A 403 that is not a rate limit (permissions) is an error, not a wait.
        assert_eq!(
            rate_limit_wait(
                StatusCode::FORBIDDEN,
                &headers(&[("x-ratelimit-remaining", "4000")]),
                now
            ),
            None
        );
        assert_eq!(
            rate_limit_wait(
                StatusCode::BAD_GATEWAY,
                &headers(&[("retry-after", "1")]),
                now
            ),
            None
        );
    }

    /// A server that answers every request with `status` and `extra` headers; counts requests.
    async fn answering(
        status: &'static str,
        extra: &'static str,
    ) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let seen = count.clone();
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                let seen = seen.clone();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 65536];
                    while let Ok(n) = stream.read(&mut buf).await {
                        if n == 0 {
                            break;
                        }
                        let request = String::from_utf8_lossy(&buf[..n]);
                        let answer = if request.contains("/access_tokens ") {
                            // A working token exchange: only the other requests meet `status`.
                            let body = r#"{"token":"ghs_test","expires_at":"2099-01-01T00:00:00Z","permissions":{},"repository_selection":"all"}"#;
                            format!(
                                "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                                body.len()
                            )
                        } else {
                            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                            let body = r#"{"message":"slow down"}"#;
                            format!(
                                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\n{extra}content-length: {}\r\n\r\n{body}",
                                body.len()
                            )
                        };
                        if stream.write_all(answer.as_bytes()).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        (url, count)
    }

    fn client(url: &str) -> GitHub {
        GitHub::new(
            url,
            1,
            &test_key(),
            Policy {
                attempts: 3,
                backoff: Duration::from_millis(1),
                max_wait: Duration::from_secs(5),
            },
        )
        .expect("client")
    }

    fn test_key() -> String {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("k.pem");
        let out = std::process::Command::new("openssl")
            .args(["genrsa", "-out"])
            .arg(&path)
            .arg("2048")
            .output()
            .expect("openssl");
        assert!(out.status.success());
        std::fs::read_to_string(path).expect("key")
    }

    #[tokio::test]
    async fn a_rate_limit_that_never_lifts_fails_the_request_instead_of_looping() {
        let (url, count) = answering("429 Too Many Requests", "retry-after: 0\r\n").await;
        let gh = client(&url);
        let err = gh
            .send::<Value>(7, Method::GET, "/repos/o/r", None)
            .await
            .expect_err("never succeeds");
        assert!(matches!(err, GitHubError::RateLimited { .. }), "{err}");
        // Waited out `attempts` times, then given up.
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn a_long_rate_limit_is_not_slept_through() {
        let (url, count) = answering("403 Forbidden", "retry-after: 3600\r\n").await;
        let gh = client(&url);
        let err = gh
            .send::<Value>(7, Method::GET, "/repos/o/r", None)
            .await
            .expect_err("rate limited");
        assert!(err.to_string().contains("3600 s more"), "{err}");
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn server_errors_are_retried_then_reported_with_the_status() {
        let (url, count) = answering("502 Bad Gateway", "").await;
        let gh = client(&url);
        let err = gh
            .send::<Value>(7, Method::GET, "/repos/o/r", None)
            .await
            .expect_err("never succeeds");
        // Three attempts (the policy), then the error names the request and the status.
        assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 3);
        assert!(
            err.to_string().contains("GET /repos/o/r: HTTP 502"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn every_attempt_is_counted_by_status_with_the_last_rate_limit_remaining() {
        let (url, _) = answering("502 Bad Gateway", "x-ratelimit-remaining: 4321\r\n").await;
        let gh = client(&url);
        let stats = gh.api_stats();
        assert_eq!(stats.rate_limit_remaining(), None);
        let _ = gh.send::<Value>(7, Method::GET, "/repos/o/r", None).await;
        assert_eq!(stats.requests(), vec![("502".to_owned(), 3)]);
        assert_eq!(stats.rate_limit_remaining(), Some(4321));
        let (url, _) = answering("200 OK", "x-ratelimit-remaining: 17\r\n").await;
        let other = client(&url);
        let _: Value = other
            .send(7, Method::GET, "/repos/o/r", None)
            .await
            .expect("answered");
        assert_eq!(other.api_stats().requests(), vec![("200".to_owned(), 1)]);
        assert_eq!(other.api_stats().rate_limit_remaining(), Some(17));
        // A request that gets no answer at all.
        let closed = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
            format!("http://{}", l.local_addr().expect("addr"))
        };
        let gone = client(&closed);
        let _ = gone.send::<Value>(7, Method::GET, "/repos/o/r", None).await;
        let requests = gone.api_stats().requests();
        assert_eq!(requests.len(), 1, "{requests:?}");
        assert!(requests[0].1 >= 1, "{requests:?}");
    }

    #[test]
    fn error_messages_include_githubs_details() {
        assert_eq!(
            error_message(
                r#"{"message":"Validation Failed","errors":[{"message":"A pull request already exists for o:b."}]}"#
            ),
            "Validation Failed (A pull request already exists for o:b.)"
        );
        assert_eq!(error_message("<html>bad gateway"), "<html>bad gateway");
    }

    #[test]
    fn repository_names_are_checked_before_they_reach_a_path() {
        assert_eq!(
            Repo::parse("octo-org/hello.world"),
            Some(Repo {
                owner: "octo-org".into(),
                name: "hello.world".into()
            })
        );
        assert_eq!(Repo::parse("octo/../../app"), None);
        assert_eq!(Repo::parse("octo"), None);
        assert_eq!(Repo::parse("octo/a?b"), None);
    }

    #[test]
    fn head_filters_are_escaped() {
        assert_eq!(
            query_escape("octo:parallelize/main"),
            "octo:parallelize/main"
        );
        assert_eq!(query_escape("a b&c"), "a%20b%26c");
    }
}
