//! `propose --publish`: the App's pull request without the App, for a GitHub Actions workflow
//! (`action.yml` at the repository's root runs it).
//!
//! ```text
//! GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL ─► GET /repos/{owner}/{name} (before any work:
//!   a wrong token or repository stops the run at once)
//!   ─► the run as `propose` does it, committed on <branch-prefix><base> in the scratch clone
//!   ─► fetch that branch from GitHub: a commit on it not made by the bot? leave it alone
//!   ─► force-push ─► the one open pull request from it into <base>: update it, or open one
//!      (title and body rendered as the App renders them, the repository's labels)
//!   nothing left to propose: close the open one with the App's comment
//!   ─► `$GITHUB_OUTPUT`: pull-request-number, pull-request-url, pull-request-operation, ...
//! ```
//!
//! The token reaches GitHub's API in the `Authorization` header (octocrab marks it sensitive) and
//! git only through libgit2's credentials callback (user `x-access-token`, as the App does):
//! never a URL, a repository's config, a log, result.json or the tests' environment.

use std::io::Write as _;
use std::path::Path;

use git2::Repository;
use http::StatusCode;
use secrecy::SecretString;
use serde::Serialize;

use crate::github::{self, GitHub, GitHubError, Policy, PullRequest, Repo};
use crate::remote;

use super::git::{git, GitError, BOT_NAME};

/// The environment variables `--publish` reads (GitHub Actions sets the last two itself).
pub const TOKEN_VAR: &str = "GITHUB_TOKEN";
pub const REPOSITORY_VAR: &str = "GITHUB_REPOSITORY";
pub const API_URL_VAR: &str = "GITHUB_API_URL";
/// Where GitHub Actions collects a step's outputs (`name=value` lines).
pub const OUTPUT_VAR: &str = "GITHUB_OUTPUT";
const DEFAULT_API_URL: &str = "https://api.github.com";

/// The installation id passed to [`GitHub`]'s operations: a token client ignores it.
const NO_INSTALLATION: u64 = 0;

/// Where the fetched branch of the bot is kept in the scratch clone.
const FETCHED: &str = "refs/remotes/published";

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(
        "--publish needs a GitHub token in the environment variable {TOKEN_VAR} (in a workflow: \
         `env: {TOKEN_VAR}: ${{{{ github.token }}}}`, with `permissions: contents: write, \
         pull-requests: write`)"
    )]
    NoToken,
    #[error(
        "--publish needs the repository as `owner/name` in the environment variable \
         {REPOSITORY_VAR} (GitHub Actions sets it)"
    )]
    NoRepository,
    #[error("{REPOSITORY_VAR} is `{0}`, not `owner/name`")]
    BadRepository(String),
    #[error("{API_URL_VAR} `{url}` is not usable: {message}")]
    BadApiUrl { url: String, message: String },
    #[error(
        "GitHub ({api}) refused the token in {TOKEN_VAR} for `{repo}` (HTTP 401: {message}): \
         it is wrong, expired or revoked"
    )]
    TokenRefused {
        api: String,
        repo: String,
        message: String,
    },
    #[error(
        "repository `{repo}` was not found at {api}, or the token in {TOKEN_VAR} cannot see it \
         (HTTP 404)"
    )]
    RepositoryNotFound { api: String, repo: String },
    #[error(
        "the token in {TOKEN_VAR} may not {what} in `{repo}` (HTTP {status}: {message}); the \
         workflow needs `permissions: contents: write, pull-requests: write`"
    )]
    Forbidden {
        what: String,
        repo: String,
        status: StatusCode,
        message: String,
    },
    #[error("cannot {what} in `{repo}`: {source}")]
    Api {
        what: String,
        repo: String,
        source: Box<GitHubError>,
    },
    #[error(
        "git over HTTP refused the token in {TOKEN_VAR} for {url} (it cannot {what}: a read-only \
         token, or `permissions: contents: write` missing from the workflow)"
    )]
    GitTokenRefused { url: String, what: String },
    #[error("the push of `{branch}` to {url} was rejected: {message}")]
    PushRejected {
        branch: String,
        url: String,
        message: String,
    },
    #[error(transparent)]
    Git(#[from] GitError),
    #[error("cannot write the step's outputs to {path}: {source}")]
    Output {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot start the client: {0}")]
    Runtime(std::io::Error),
}

/// What [`Publisher::publish`] and [`Publisher::close_if_open`] did to the pull request.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Published {
    pub number: u64,
    pub url: Option<String>,
    /// `created`, `updated` or `closed`.
    pub operation: &'static str,
}

/// Where `--publish` proposes: a repository on GitHub, reached with one token.
pub struct Publisher {
    github: GitHub,
    token: SecretString,
    repo: Repo,
    full_name: String,
    api_url: String,
    /// The repository's clone URL, as the API gives it.
    clone_url: String,
    runtime: tokio::runtime::Runtime,
}

impl Publisher {
    /// Reads the token, repository and API URL from `env` and checks, with one request, that
    /// the repository exists and the token may read it.
    pub fn connect(env: &dyn Fn(&str) -> Option<String>) -> Result<Publisher, PublishError> {
        let token = env(TOKEN_VAR)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or(PublishError::NoToken)?;
        let full_name = env(REPOSITORY_VAR)
            .filter(|r| !r.trim().is_empty())
            .ok_or(PublishError::NoRepository)?;
        let repo = Repo::parse(full_name.trim())
            .ok_or_else(|| PublishError::BadRepository(full_name.clone()))?;
        let full_name = repo.to_string();
        let api_url = env(API_URL_VAR)
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_API_URL.to_owned());
        let api_url = api_url.trim().trim_end_matches('/').to_owned();
        let token = SecretString::from(token);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(PublishError::Runtime)?;
        // The client's request buffer starts its worker on the runtime it is made in.
        let github = {
            let _in_runtime = runtime.enter();
            GitHub::with_token(&api_url, token.clone(), Policy::default()).map_err(|e| {
                PublishError::BadApiUrl {
                    url: api_url.clone(),
                    message: e.to_string(),
                }
            })?
        };
        let info = runtime
            .block_on(github.repository(NO_INSTALLATION, &repo))
            .map_err(|e| match status_of(&e) {
                Some((StatusCode::UNAUTHORIZED, message)) => PublishError::TokenRefused {
                    api: api_url.clone(),
                    repo: full_name.clone(),
                    message,
                },
                Some((StatusCode::NOT_FOUND, _)) => PublishError::RepositoryNotFound {
                    api: api_url.clone(),
                    repo: full_name.clone(),
                },
                _ => PublishError::Api {
                    what: "read the repository".to_owned(),
                    repo: full_name.clone(),
                    source: Box::new(e),
                },
            })?;
        Ok(Publisher {
            github,
            token,
            repo,
            full_name,
            api_url,
            clone_url: info.clone_url,
            runtime,
        })
    }

    /// `owner/name`.
    pub fn full_name(&self) -> &str {
        &self.full_name
    }

    /// Whether `branch` on GitHub carries a commit above `base_commit` that the bot did not
    /// make (a person took it over): the App's rule, so such a branch is never overwritten.
    /// Fetches the branch into the clone at `clone` to look.
    pub fn taken_over(
        &self,
        clone: &Path,
        branch: &str,
        base_commit: &str,
    ) -> Result<bool, PublishError> {
        let repo = open(clone)?;
        let spec = format!("+refs/heads/{branch}:{FETCHED}/{branch}");
        self.fetch(&repo, &spec, branch)?;
        taken_over(&repo, &format!("{FETCHED}/{branch}"), base_commit)
    }

    /// Force-push `branch` of the clone at `clone` to GitHub and open or update the one pull
    /// request from it into `base` (the App's title, body and labels).
    pub fn publish(
        &self,
        clone: &Path,
        (branch, base): (&str, &str),
        (title, body): (&str, &str),
        labels: &[String],
    ) -> Result<Published, PublishError> {
        let repo = open(clone)?;
        self.force_push(&repo, branch)?;
        let open = self.open_pull(branch, base)?;
        let pr = self
            .runtime
            .block_on(self.github.open_or_update_pull(
                NO_INSTALLATION,
                &self.repo,
                open.as_ref(),
                (branch, base),
                (title, body),
                labels,
            ))
            .map_err(|e| {
                let what = if open.is_some() {
                    "update the pull request"
                } else {
                    "open a pull request"
                };
                self.api_error(what, e)
            })?;
        Ok(Published {
            number: pr.number,
            url: pr.html_url,
            operation: if open.is_some() { "updated" } else { "created" },
        })
    }

    /// Nothing is left to propose: close the open pull request from `branch` into `base`, with
    /// the App's comment saying why (`commit`: the short id of the base commit; `why`: the
    /// run's message). A branch someone took over is left alone, as the App leaves it.
    pub fn close_if_open(
        &self,
        clone: &Path,
        (branch, base, base_commit): (&str, &str, &str),
        why: &str,
    ) -> Result<Option<Published>, PublishError> {
        let Some(pr) = self.open_pull(branch, base)? else {
            return Ok(None);
        };
        if self.taken_over(clone, branch, base_commit)? {
            return Ok(None);
        }
        let short = &base_commit[..base_commit.len().min(7)];
        let text = super::render::closing_comment(short, why);
        self.runtime
            .block_on(
                self.github
                    .comment(NO_INSTALLATION, &self.repo, pr.number, &text),
            )
            .map_err(|e| self.api_error("comment on the pull request", e))?;
        let closed = self
            .runtime
            .block_on(self.github.update_pull(
                NO_INSTALLATION,
                &self.repo,
                pr.number,
                &serde_json::json!({"state": "closed"}),
            ))
            .map_err(|e| self.api_error("close the pull request", e))?;
        Ok(Some(Published {
            number: closed.number,
            url: closed.html_url.or(pr.html_url),
            operation: "closed",
        }))
    }

    /// The open pull request from `branch` (of this repository) into `base`, if any.
    fn open_pull(&self, branch: &str, base: &str) -> Result<Option<PullRequest>, PublishError> {
        let open = self
            .runtime
            .block_on(
                self.github
                    .open_pulls(NO_INSTALLATION, &self.repo, branch, base),
            )
            .map_err(|e| self.api_error("list the pull requests", e))?;
        Ok(open.into_iter().next())
    }

    fn api_error(&self, what: &str, e: GitHubError) -> PublishError {
        match status_of(&e) {
            Some((StatusCode::UNAUTHORIZED, message)) => PublishError::TokenRefused {
                api: self.api_url.clone(),
                repo: self.full_name.clone(),
                message,
            },
            Some((status @ (StatusCode::FORBIDDEN | StatusCode::NOT_FOUND), message)) => {
                PublishError::Forbidden {
                    what: what.to_owned(),
                    repo: self.full_name.clone(),
                    status,
                    message,
                }
            }
            _ => PublishError::Api {
                what: what.to_owned(),
                repo: self.full_name.clone(),
                source: Box::new(e),
            },
        }
    }

    /// An anonymous remote for the repository's clone URL in the clone `repo`.
    fn remote<'r>(&self, repo: &'r Repository) -> Result<git2::Remote<'r>, PublishError> {
        Ok(git(
            || format!("cannot use {} as a remote", self.clone_url),
            repo.remote_anonymous(&self.clone_url),
        )?)
    }

    fn fetch(&self, repo: &Repository, spec: &str, branch: &str) -> Result<(), PublishError> {
        let mut remote = self.remote(repo)?;
        let token = github::expose(&self.token);
        let what = format!("`{branch}`");
        remote::fetch_from(&mut remote, token, &[spec.to_owned()], &what)
            .map_err(|e| self.git_error(e, "read the repository"))
    }

    fn force_push(&self, repo: &Repository, branch: &str) -> Result<(), PublishError> {
        let mut remote = self.remote(repo)?;
        remote::force_push_to(&mut remote, github::expose(&self.token), branch)
            .map_err(|e| self.git_error(e, "push"))
    }

    /// A refused token or a rejected push, said for a workflow; other git errors as they are.
    fn git_error(&self, e: GitError, what: &str) -> PublishError {
        match e {
            GitError::Git { source, .. } if remote::token_refused(&source) => {
                PublishError::GitTokenRefused {
                    url: self.clone_url.clone(),
                    what: what.to_owned(),
                }
            }
            GitError::PushRejected { branch, message } => PublishError::PushRejected {
                branch,
                url: self.clone_url.clone(),
                message,
            },
            other => other.into(),
        }
    }
}

fn open(clone: &Path) -> Result<Repository, PublishError> {
    Ok(git(
        || format!("cannot open the scratch clone {}", clone.display()),
        Repository::open(clone),
    )?)
}

/// The status and message of an answer GitHub gave, if the error is one.
fn status_of(e: &GitHubError) -> Option<(StatusCode, String)> {
    match e {
        GitHubError::Status {
            status, message, ..
        } => Some((*status, message.clone())),
        _ => None,
    }
}

/// Whether the newest commit of `reference` that `base_commit` does not contain was made by
/// someone else than the bot: the App's rule ([`remote::bot_branch_at`]). A missing reference
/// is nobody's.
fn taken_over(repo: &Repository, reference: &str, base_commit: &str) -> Result<bool, PublishError> {
    let base = git(
        || format!("bad commit id `{base_commit}`"),
        git2::Oid::from_str(base_commit),
    )?;
    Ok(remote::bot_branch_at(repo, reference, base)?.is_some_and(|b| !b.only_ours))
}

/// The message of a run whose branch someone else took over on GitHub.
pub fn taken_over_message(branch: &str, full_name: &str) -> String {
    format!(
        "Rewrites were verified, but `{branch}` in {full_name} has commits not made by \
         {BOT_NAME}; it was left alone (delete the branch to let the bot use it again)."
    )
}

/// Append `outputs` to the file `$GITHUB_OUTPUT` names (a step's outputs), when it is set.
pub fn write_outputs(
    env: &dyn Fn(&str) -> Option<String>,
    outputs: &[(&str, String)],
) -> Result<(), PublishError> {
    let Some(path) = env(OUTPUT_VAR).filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let mut text = String::new();
    for (name, value) in outputs {
        // One line each: a value with a line break would need the heredoc form.
        let value = value.replace(['\r', '\n'], " ");
        text.push_str(&format!("{name}={value}\n"));
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|source| PublishError::Output { path, source })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn a_missing_token_or_repository_is_named_before_anything_is_sent() {
        let err = Publisher::connect(&env(&[(REPOSITORY_VAR, "octo/ledger")]))
            .err()
            .expect("no token");
        assert!(matches!(err, PublishError::NoToken), "{err}");
        assert!(err.to_string().contains("GITHUB_TOKEN"), "{err}");
        let err = Publisher::connect(&env(&[(TOKEN_VAR, "ghs_x")]))
            .err()
            .expect("no repository");
        assert!(matches!(err, PublishError::NoRepository), "{err}");
        let err = Publisher::connect(&env(&[(TOKEN_VAR, "ghs_x"), (REPOSITORY_VAR, "octo/../x")]))
            .err()
            .expect("bad repository");
        assert_eq!(
            err.to_string(),
            "GITHUB_REPOSITORY is `octo/../x`, not `owner/name`"
        );
    }

    #[test]
    fn outputs_are_appended_one_line_each() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out");
        std::fs::write(&path, "earlier=1\n").expect("write");
        let p = path.to_string_lossy().into_owned();
        let vars = [(OUTPUT_VAR, p.as_str())];
        write_outputs(
            &env(&vars),
            &[("a", "1".into()), ("b", "two\nlines".into())],
        )
        .expect("written");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "earlier=1\na=1\nb=two lines\n"
        );
        // Without GITHUB_OUTPUT there is nowhere to write, and nothing fails.
        write_outputs(&env(&[]), &[("a", "1".into())]).expect("nothing to do");
    }

    #[test]
    fn a_branch_is_taken_over_when_its_newest_commit_above_the_base_is_someone_else_s() {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Repository::init(dir.path()).expect("init");
        let commit = |parent, file, bot| crate::remote::tests::commit(&repo, parent, file, bot);
        let set = |id| {
            repo.reference("refs/remotes/published/b", id, true, "test")
                .expect("reference");
        };
        let base = commit(None, "a.py", false);
        let ours = commit(Some(base), "b.py", true);
        let b = base.to_string();
        assert!(!taken_over(&repo, "refs/remotes/published/b", &b).expect("missing"));
        set(ours);
        assert!(!taken_over(&repo, "refs/remotes/published/b", &b).expect("ours"));
        let human = commit(Some(ours), "c.py", false);
        set(human);
        assert!(taken_over(&repo, "refs/remotes/published/b", &b).expect("theirs"));
        // The base moved on with a person's commit; the bot's commit sits on the old base.
        let newer_base = commit(Some(base), "d.py", false);
        set(ours);
        assert!(
            !taken_over(&repo, "refs/remotes/published/b", &newer_base.to_string())
                .expect("ours on an older base")
        );
    }
}
