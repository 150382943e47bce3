//! The `push` job: a push to a repository's default branch.
//!
//! ```text
//! clone at the pushed commit (token via the credentials callback)
//!   ─► repo config ──invalid──► failed check run naming file:line:column
//!   ─► on-push = false? stop
//!   ─► check run `parallelize` in progress on the pushed commit
//!   ─► scope: files changed since the last analysed commit ∪ files of the open bot branch
//!   ─► verify (the same pipeline as `propose`: sandbox, tests before/after, bisection)
//!   ─► kept rewrites: commit on parallelize/<default>, force-push, open or update the one PR
//!      nothing left: close the bot's PR (with a comment) if one is open
//!   ─► complete the check run: every finding in scope as an annotation, 50 per request
//! ```
//!
//! A job re-run after a crash does the same again: the PR is found by its head branch (never a
//! second one), and the check run recorded on the job is completed instead of a new one.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{anyhow, Context as _};
use config::RepoConfig;
use serde_json::{json, Value};
use transforms::{Finding, Safety};

use crate::cli::Isolation;
use crate::github::{self, Annotation, CheckOutput, GitHub, Repo};
use crate::propose::progress::Progress;
use crate::propose::report::{ProposeResult, Status};
use crate::propose::{self, git as local_git, render, Checkout, Options};

use super::command::{pr_body, proposals};
use super::queue::{Job, Queue};
use crate::remote;

/// The check run's name.
pub const CHECK_NAME: &str = "parallelize";

/// What a push job needs from the server.
pub struct JobContext<'a> {
    pub queue: &'a Queue,
    pub github: &'a GitHub,
    /// The Python the projects' venvs are made with.
    pub python: &'a str,
    pub isolation: Isolation,
    /// Counts the rewrites each verification proposed, kept and dropped.
    pub metrics: &'a super::metrics::Metrics,
}

/// The default branch of a repository at a commit: where push and sweep jobs propose.
pub(super) struct Target {
    pub repo: Repo,
    pub full_name: String,
    pub default_branch: String,
    pub commit: String,
    pub installation: u64,
}

/// The files a job reviews and applies.
pub(super) enum Scope {
    /// Changed since this commit (`None`: unknown, so everything).
    Since(Option<String>),
    /// The whole project (a sweep).
    Everything,
    /// These files (asked for from the dashboard).
    Files(BTreeSet<String>),
}

/// What [`propose_on_default`] did.
pub(super) struct Proposed {
    pub result: ProposeResult,
    /// Every finding in scope.
    pub findings: Vec<Finding>,
    /// One sentence about the pull request (opened, updated, closed, not opened and why).
    pub pr_line: String,
}

/// The fields of a push delivery the job uses.
struct Push {
    repo: Repo,
    full_name: String,
    clone_url: String,
    default_branch: String,
    branch: String,
    before: Option<String>,
    after: String,
    installation: u64,
}

fn parse(payload: &Value) -> anyhow::Result<Push> {
    let s = |v: &Value, what: &str| {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("push delivery without {what}"))
    };
    let full_name = s(&payload["repository"]["full_name"], "repository.full_name")?;
    let repo = Repo::parse(&full_name)
        .ok_or_else(|| anyhow!("push delivery with a bad repository name `{full_name}`"))?;
    let git_ref = s(&payload["ref"], "ref")?;
    Ok(Push {
        repo,
        full_name,
        clone_url: s(&payload["repository"]["clone_url"], "repository.clone_url")?,
        default_branch: s(
            &payload["repository"]["default_branch"],
            "repository.default_branch",
        )?,
        branch: git_ref
            .strip_prefix("refs/heads/")
            .unwrap_or(&git_ref)
            .to_owned(),
        before: payload["before"].as_str().map(str::to_owned),
        after: s(&payload["after"], "after")?,
        installation: payload["installation"]["id"]
            .as_u64()
            .ok_or_else(|| anyhow!("push delivery without installation.id"))?,
    })
}

pub async fn handle(cx: &JobContext<'_>, job: &Job) -> anyhow::Result<()> {
    let payload: Value = serde_json::from_str(&job.payload)?;
    let push = parse(&payload)?;
    if push.branch != push.default_branch {
        tracing::info!(branch = %push.branch, "not the default branch; nothing to do");
        return Ok(());
    }
    let work = tempfile::Builder::new()
        .prefix("parallelize-job-")
        .tempdir()
        .context("cannot create the job's scratch directory")?;
    let clone_dir = work.path().join("clone");

    {
        let (url, dir, base, after) = (
            push.clone_url.clone(),
            clone_dir.clone(),
            push.default_branch.clone(),
            push.after.clone(),
        );
        with_git_token(cx, push.installation, move |token| {
            if dir.exists() {
                std::fs::remove_dir_all(&dir)?;
            }
            remote::clone_at(&url, token, &dir, &base, &after)?;
            Ok(())
        })
        .await?;
    }

    // The repository's configuration, read at the pushed commit.
    let config = match RepoConfig::discover(&clone_dir) {
        Ok((_, config)) => config,
        Err(e) => {
            let run = check_run(cx, job, &push).await?;
            let output = config_error_output(&clone_dir, &e);
            cx.github
                .complete_check_run(push.installation, &push.repo, run, &output)
                .await?;
            tracing::info!(error = %e, "invalid repository configuration reported");
            return Ok(());
        }
    };
    // The schedule may have been switched on or off by this push.
    match super::sweep::interval_ms(config.bot.schedule) {
        None => {
            cx.queue
                .schedule_sweep(&push.full_name, push.installation as i64, None)
                .await?
        }
        Some(_) => {
            // Never swept, or the schedule was off: a sweep at the next tick.
            cx.queue
                .resume_sweeps(
                    &push.full_name,
                    push.installation as i64,
                    super::queue::now_ms(),
                )
                .await?
        }
    }
    if !config.bot.on_push {
        tracing::info!("`on-push` is false in the repository's configuration");
        return Ok(());
    }
    let run = check_run(cx, job, &push).await?;
    let outcome = analyse_push(cx, &push, &config, (&clone_dir, work.path()), run).await;
    if let Err(e) = &outcome {
        // The last attempt: the check run must not stay "in progress" forever.
        if job.attempts >= cx.queue.policy.max_attempts {
            let output = CheckOutput {
                conclusion: "neutral",
                title: "parallelize could not finish".to_owned(),
                summary: format!(
                    "The analysis of {} stopped after {} attempts: {e:#}",
                    short(&push.after),
                    job.attempts
                ),
                text: None,
                annotations: Vec::new(),
            };
            if let Err(report) = cx
                .github
                .complete_check_run(push.installation, &push.repo, run, &output)
                .await
            {
                tracing::warn!(error = %report, "cannot report the failure on the check run");
            }
        }
    }
    outcome
}

/// Verify `scope` at the target's commit; commit and push the kept rewrites on
/// `<prefix><default>` and open or update the one bot pull request (within `open-pr-limit`
/// unless `explicit`; declined rewrites are left out unless `explicit`).
pub(super) async fn propose_on_default(
    cx: &JobContext<'_>,
    push: &Target,
    config: &RepoConfig,
    (clone_dir, work): (&Path, &Path),
    scope: Scope,
    explicit: bool,
) -> anyhow::Result<Proposed> {
    let bot_branch = format!("{}{}", config.bot.branch_prefix, push.default_branch);

    fetch_bot_branches(cx, push.installation, clone_dir, &config.bot.branch_prefix).await?;
    // Scope, plus the files the open bot branch already rewrites (the PR stays complete when
    // it is rebuilt).
    let (scope, existing) = {
        let (dir, branch, base, after) = (
            clone_dir.to_path_buf(),
            bot_branch.clone(),
            push.default_branch.clone(),
            push.commit.clone(),
        );
        tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
            let repo = git2::Repository::open(&dir)?;
            let changed = match scope {
                Scope::Since(since) => remote::changed_files(&repo, since.as_deref(), &after)?,
                Scope::Everything => None,
                Scope::Files(files) => Some(files),
            };
            let existing = remote::bot_branch(&repo, &branch, &base)?;
            Ok((changed, existing))
        })
        .await??
    };
    let open = cx
        .github
        .open_pulls(
            push.installation,
            &push.repo,
            &bot_branch,
            &push.default_branch,
        )
        .await?;
    // A branch whose pull request was closed proposes nothing any more.
    let scope = scope.map(|mut files| {
        if let Some(b) = existing
            .as_ref()
            .filter(|b| b.only_ours && !open.is_empty())
        {
            files.extend(b.files.iter().cloned());
        }
        files
    });

    // Rewrites people declined by closing a pull request are not proposed again, unless
    // someone asks explicitly.
    let declined = if explicit {
        BTreeSet::new()
    } else {
        cx.queue.declined(&push.full_name).await?
    };
    let verified = verify_on_thread(
        cx,
        (clone_dir, work),
        config,
        (&push.full_name, &push.default_branch, &push.commit),
        scope,
        declined,
    )
    .await?;
    let mut result = verified.result;
    let human_commits = existing.as_ref().is_some_and(|b| !b.only_ours);
    // `open-pr-limit` counts the bot's open pull requests (its branches); updating the one
    // already open is always allowed.
    let limit_reached = if open.is_empty() && verified.changed.is_some() && !explicit {
        let prefix = &config.bot.branch_prefix;
        let ours = cx
            .github
            .all_open_pulls(push.installation, &push.repo)
            .await?
            .into_iter()
            .filter(|p| is_ours(p, &push.full_name, prefix))
            .count();
        (ours >= config.bot.open_pr_limit as usize).then_some(ours)
    } else {
        None
    };
    let mut pr_line = String::new();
    match &verified.changed {
        Some(_) if limit_reached.is_some() => {
            pr_line = format!(
                "Rewrites were verified, but {} pull request(s) of parallelize are open and \
                 `open-pr-limit` is {}: nothing was opened. Merge or close one, or raise the \
                 limit in `[tool.parallelize.bot]`.",
                limit_reached.unwrap_or_default(),
                config.bot.open_pr_limit
            );
        }
        Some(changed) if !human_commits => {
            let title = result.title.clone().unwrap_or_default();
            result.status = Status::Proposed;
            result.branch = Some(bot_branch.clone());
            let message = render::commit_message(&title, &result);
            let body = pr_body(&render::body(&result, config)?);
            let commit = {
                let (dir, branch, changed) =
                    (clone_dir.to_path_buf(), bot_branch.clone(), changed.clone());
                let repo = git2::Repository::open(&dir)?;
                let commit = local_git::commit(&repo, &branch, &changed, &message)?;
                with_git_token(cx, push.installation, move |token| {
                    let repo = git2::Repository::open(&dir)?;
                    remote::force_push(&repo, token, &branch)?;
                    Ok(())
                })
                .await?;
                commit
            };
            result.commit = Some(commit);
            let pr = open_or_update(
                cx,
                push.installation,
                &push.repo,
                open.first(),
                (&bot_branch, &push.default_branch),
                (&title, &body),
                &config.bot.labels,
            )
            .await?;
            let proposals = proposals(&result.applied);
            cx.queue
                .record_proposals(&push.full_name, pr.number, &proposals)
                .await?;
            if explicit {
                // Asked for: later pushes and sweeps keep them in the pull request.
                let asked: Vec<String> = proposals.into_iter().map(|p| p.fingerprint).collect();
                cx.queue.forget_declined(&push.full_name, &asked).await?;
            }
            tracing::info!(
                pr = pr.number,
                url = pr.html_url.as_deref().unwrap_or(""),
                rewrites = result.applied.len(),
                "pull request up to date"
            );
            pr_line = format!(
                "{} rewrite(s) verified against the tests and proposed in #{}.",
                result.applied.len(),
                pr.number
            );
        }
        Some(_) => {
            pr_line = format!(
                "Rewrites were verified, but `{bot_branch}` has commits not made by \
                 {}; it was left alone (delete the branch to let the bot use it again).",
                local_git::BOT_NAME
            );
            stopped_updating(cx, push, &bot_branch, open.first()).await?;
        }
        None => {
            if matches!(result.status, Status::NothingToPropose | Status::AllDropped) {
                if let (Some(pr), false) = (open.first(), human_commits) {
                    let why = render::closing_comment(short(&push.commit), &result.message);
                    // The App's own closing declines nothing.
                    cx.queue
                        .record_proposals(&push.full_name, pr.number, &[])
                        .await?;
                    cx.github
                        .comment(push.installation, &push.repo, pr.number, &why)
                        .await?;
                    cx.github
                        .update_pull(
                            push.installation,
                            &push.repo,
                            pr.number,
                            &json!({"state": "closed"}),
                        )
                        .await?;
                    pr_line = format!("#{} was closed: nothing left to propose.", pr.number);
                }
            }
        }
    }

    Ok(Proposed {
        result,
        findings: verified.findings,
        pr_line,
    })
}

/// [`propose::verify`] of the clone at `clone_dir` (scratch space `work`) on a blocking thread:
/// `(repository, base, commit)` name it in the result; findings outside `scope` are left out,
/// `declined` rewrites are not applied.
pub(super) async fn verify_on_thread(
    cx: &JobContext<'_>,
    (clone_dir, work): (&Path, &Path),
    config: &RepoConfig,
    (repository, base, commit): (&str, &str, &str),
    scope: Option<BTreeSet<String>>,
    declined: BTreeSet<String>,
) -> anyhow::Result<propose::Verified> {
    let (dir, run_dir, config, repository, base, commit, python) = (
        clone_dir.to_path_buf(),
        work.to_path_buf(),
        config.clone(),
        repository.to_owned(),
        base.to_owned(),
        commit.to_owned(),
        cx.python.to_owned(),
    );
    let isolation = cx.isolation;
    let verified = tokio::task::spawn_blocking(move || {
        propose::verify(
            &Checkout {
                clone: &dir,
                project: &dir,
                run_dir: &run_dir,
                repository,
                base,
                base_commit: commit,
            },
            &config,
            &Options {
                select: &[],
                ignore: &[],
                python: &python,
                isolation,
                only: scope.as_ref(),
                declined: &declined,
            },
            &mut Progress::new(true),
        )
    })
    .await??;
    cx.metrics.verified(&verified);
    Ok(verified)
}

/// Propose for the push's changes and complete check run `run` with every finding in scope.
async fn analyse_push(
    cx: &JobContext<'_>,
    push: &Push,
    config: &RepoConfig,
    dirs: (&Path, &Path),
    run: u64,
) -> anyhow::Result<()> {
    // What changed since the commit analysed last (or this push's `before`).
    let since = cx
        .queue
        .analysed_commit(&push.full_name, &push.default_branch)
        .await?
        .or(push.before.clone());
    let target = Target {
        repo: push.repo.clone(),
        full_name: push.full_name.clone(),
        default_branch: push.default_branch.clone(),
        commit: push.after.clone(),
        installation: push.installation,
    };
    let proposed =
        propose_on_default(cx, &target, config, dirs, Scope::Since(since), false).await?;
    let result = &proposed.result;
    let mut output = findings_output(
        &result.status,
        &result.message,
        &proposed.pr_line,
        &proposed.findings,
    );
    output
        .summary
        .push_str(&crate::propose::render::measurements(result));
    cx.github
        .complete_check_run(push.installation, &push.repo, run, &output)
        .await?;
    cx.queue
        .set_analysed_commit(&push.full_name, &push.default_branch, &push.after)
        .await?;
    Ok(())
}

/// Whether an open pull request is one of the App's: opened by a bot, from a branch of this
/// repository under the bot's prefix (a fork's or a person's branch of the same name is not).
fn is_ours(pull: &crate::github::PullRequest, full_name: &str, prefix: &str) -> bool {
    let from_here = pull.head.as_ref().is_some_and(|h| {
        h.branch.starts_with(prefix)
            && h.repo
                .as_ref()
                .is_some_and(|r| r.full_name.eq_ignore_ascii_case(full_name))
    });
    from_here && pull.user.as_ref().is_some_and(|u| u.kind == "Bot")
}

/// Update the bot's open pull request `open` (title, body), or open one from `head` into
/// `base` with the repository's labels.
pub(super) async fn open_or_update(
    cx: &JobContext<'_>,
    installation: u64,
    repo: &Repo,
    open: Option<&crate::github::PullRequest>,
    (head, base): (&str, &str),
    (title, body): (&str, &str),
    labels: &[String],
) -> anyhow::Result<crate::github::PullRequest> {
    Ok(cx
        .github
        .open_or_update_pull(
            installation,
            repo,
            open,
            (head, base),
            (title, body),
            labels,
        )
        .await?)
}

/// Someone else pushed to the bot's branch: say once, on its pull request, that the bot
/// stopped updating it.
async fn stopped_updating(
    cx: &JobContext<'_>,
    push: &Target,
    branch: &str,
    pull: Option<&crate::github::PullRequest>,
) -> anyhow::Result<()> {
    let Some(pull) = pull else {
        return Ok(());
    };
    let notice = format!("human-commit:{}", pull.number);
    if cx.queue.notice_given(&push.full_name, &notice).await? {
        return Ok(());
    }
    let text = format!(
        "`{branch}` has a commit that {} did not make, so I stopped updating this pull \
         request: your changes stay as they are, and later pushes will not touch it. To let me \
         propose again, merge or close this pull request and delete the branch.",
        local_git::BOT_NAME
    );
    cx.github
        .comment(push.installation, &push.repo, pull.number, &text)
        .await?;
    cx.queue.record_notice(&push.full_name, &notice).await?;
    Ok(())
}

/// Fetch the bot's branches (`branch-prefix`) into the clone at `clone_dir`.
pub(super) async fn fetch_bot_branches(
    cx: &JobContext<'_>,
    installation: u64,
    clone_dir: &Path,
    prefix: &str,
) -> anyhow::Result<()> {
    let spec = remote::bot_branches_spec(prefix);
    let dir = clone_dir.to_path_buf();
    with_git_token(cx, installation, move |token| {
        let repo = git2::Repository::open(&dir)?;
        remote::fetch(
            &repo,
            token,
            std::slice::from_ref(&spec),
            "the bot's branches",
        )?;
        Ok(())
    })
    .await
}

/// Run a git operation with the installation's token (on a blocking thread). A token git
/// refuses (revoked, or expired early) is dropped from the cache and the operation runs once
/// more with a fresh one.
pub(super) async fn with_git_token<F>(
    cx: &JobContext<'_>,
    installation: u64,
    op: F,
) -> anyhow::Result<()>
where
    F: Fn(&str) -> anyhow::Result<()> + Clone + Send + 'static,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        let token = cx.github.git_token(installation).await?;
        let run = op.clone();
        let result = tokio::task::spawn_blocking(move || run(github::expose(&token))).await?;
        match result {
            Err(e) if attempt == 1 && remote::token_refused_in(&e) => {
                tracing::warn!("git refused the installation token; minting a new one");
                cx.github.forget_token(installation);
            }
            other => return other,
        }
    }
}

/// The job's check run: the one an earlier attempt created, or a new one in progress.
async fn check_run(cx: &JobContext<'_>, job: &Job, push: &Push) -> anyhow::Result<u64> {
    if let Some(id) = cx.queue.check_run(job.id).await? {
        return Ok(id as u64);
    }
    // The run is tagged with the job and the commit: an attempt killed between creating it and
    // recording its id finds it on GitHub instead of leaving it in progress forever.
    let external_id = format!("parallelize-job-{}-{}", job.id, short(&push.after));
    if job.attempts > 1 {
        if let Some(id) = cx
            .github
            .find_check_run(
                push.installation,
                &push.repo,
                CHECK_NAME,
                &push.after,
                &external_id,
            )
            .await?
        {
            cx.queue.set_check_run(job.id, id as i64).await?;
            return Ok(id);
        }
    }
    let run = cx
        .github
        .start_check_run(
            push.installation,
            &push.repo,
            CHECK_NAME,
            &push.after,
            &external_id,
        )
        .await?;
    cx.queue.set_check_run(job.id, run.id as i64).await?;
    Ok(run.id)
}

pub(super) fn short(sha: &str) -> &str {
    &sha[..sha.len().min(7)]
}

/// A failed check run for a configuration that does not load: the file, line, column and
/// problem in the summary, and an annotation on that line.
fn config_error_output(root: &Path, e: &config::ConfigError) -> CheckOutput {
    let path = e
        .path()
        .strip_prefix(root)
        .unwrap_or(e.path())
        .to_string_lossy()
        .replace('\\', "/");
    let (line, column) = e.line_col().unwrap_or((1, 1));
    let message = e.to_string();
    let problem = message
        .split_once(": ")
        .map(|(_, rest)| rest)
        .unwrap_or(&message);
    let problem = problem
        .strip_prefix(&format!("{line}:{column}: "))
        .unwrap_or(problem);
    CheckOutput {
        conclusion: "failure",
        title: "Invalid parallelize configuration".to_owned(),
        summary: format!(
            "`{path}`, line {line}, column {column}: {problem}\n\nNothing was analysed; fix the \
             configuration and push again."
        ),
        text: None,
        annotations: vec![Annotation {
            path,
            start_line: line,
            end_line: line,
            start_column: Some(column),
            end_column: Some(column),
            annotation_level: "failure",
            title: "Invalid configuration".to_owned(),
            message: problem.to_owned(),
        }],
    }
}

/// The check run of an analysed push: every finding in scope as an annotation.
fn findings_output(
    status: &Status,
    message: &str,
    pr_line: &str,
    findings: &[Finding],
) -> CheckOutput {
    let safe = findings.iter().filter(|f| f.safety == Safety::Safe).count();
    let review = findings.len() - safe;
    let (conclusion, title) = match status {
        Status::SetupFailed | Status::BaselineFailed | Status::NoTests => (
            "neutral",
            "Not verified: the project's tests could not vouch for a rewrite",
        ),
        _ if findings.is_empty() => ("success", "No parallelization opportunities"),
        Status::Proposed => ("success", "Verified rewrites proposed"),
        _ => ("success", "Parallelization opportunities found"),
    };
    let mut summary = format!(
        "{} finding(s): {safe} proven safe, {review} for review.",
        findings.len()
    );
    if !pr_line.is_empty() {
        summary.push_str(&format!("\n\n{pr_line}"));
    }
    if !matches!(status, Status::Proposed) && !message.is_empty() {
        summary.push_str(&format!("\n\n{message}"));
    }
    let annotations = findings
        .iter()
        .map(|f| {
            let one_line = f.line == f.end_line;
            let mut text = f.message.clone();
            for r in &f.reasons {
                text.push_str(&format!("\n- {r}"));
            }
            Annotation {
                path: f.path.clone(),
                start_line: f.line,
                end_line: f.end_line.max(f.line),
                start_column: one_line.then_some(f.column),
                end_column: one_line.then_some(f.end_column.max(f.column)),
                annotation_level: if f.safety == Safety::Safe {
                    "warning"
                } else {
                    "notice"
                },
                title: format!(
                    "{} {} [{}]",
                    f.rule,
                    f.name,
                    if f.safety == Safety::Safe {
                        "safe"
                    } else {
                        "review"
                    }
                ),
                message: text,
            }
        })
        .collect();
    CheckOutput {
        conclusion,
        title: title.to_owned(),
        summary,
        text: None,
        annotations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_errors_name_file_line_and_column() {
        let e = config::ConfigError::Invalid {
            path: Path::new("/tmp/x/pyproject.toml").to_path_buf(),
            line: 7,
            column: 11,
            message: "unknown key `workerz`".into(),
        };
        let out = config_error_output(Path::new("/tmp/x"), &e);
        assert_eq!(out.conclusion, "failure");
        assert!(
            out.summary
                .starts_with("`pyproject.toml`, line 7, column 11: unknown key `workerz`"),
            "{}",
            out.summary
        );
        assert_eq!(out.annotations[0].path, "pyproject.toml");
        assert_eq!(out.annotations[0].start_line, 7);
    }
}
