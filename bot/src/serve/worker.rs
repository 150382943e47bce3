//! Workers: claim a job, keep its lease alive while handling it, record the outcome.

use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::{watch, Notify};
use tracing::Instrument;

use super::queue::{now_ms, Job, Queue, Retry};
use super::{closed, command, push, sweep};
use crate::github::GitHub;

/// The job kinds this version handles. Other kinds stay queued for a version that does (a
/// rolling upgrade never loses them).
pub const KINDS: &[&str] = &[
    "installation",
    "installation_repositories",
    "push",
    "command",
    "pull_request",
    "sweep",
    "dashboard",
    "react",
];

/// Kinds that take a moment (no clone, no tests): the quick lane, one more worker that claims
/// only these, runs them while every other worker is busy with long jobs.
pub const QUICK_KINDS: &[&str] = &[
    "react",
    "installation",
    "installation_repositories",
    "pull_request",
];

/// What every worker uses besides the queue.
pub struct Shared {
    pub github: GitHub,
    /// The process's metrics (job durations, rewrites).
    pub metrics: Arc<super::metrics::Metrics>,
    /// The Python the repositories' venvs are made with.
    pub python: String,
    pub isolation: crate::cli::Isolation,
}

pub async fn run(
    n: usize,
    kinds: &'static [&'static str],
    queue: Queue,
    shared: Arc<Shared>,
    wake: Arc<Notify>,
    stop: watch::Receiver<bool>,
) {
    let me = worker_name(n);
    loop {
        if *stop.borrow() {
            return;
        }
        let job = match queue.claim(kinds, &me, now_ms()).await {
            Ok(job) => job,
            Err(e) => {
                tracing::error!(worker = n, error = %e, "cannot claim a job");
                None
            }
        };
        let Some(job) = job else {
            // Idle: until a delivery wakes us, or a lease may have expired.
            let notified = wake.notified();
            tokio::select! {
                _ = notified => {},
                _ = tokio::time::sleep(Duration::from_millis(500)) => {},
            }
            continue;
        };
        let span =
            tracing::info_span!("job", id = job.id, kind = %job.kind, attempt = job.attempts);
        // A span entered with a guard would leak into other tasks across `.await`: instrument.
        finish(&queue, &shared, &job).instrument(span).await;
    }
}

/// Run one claimed job and record its outcome.
async fn finish(queue: &Queue, shared: &Shared, job: &Job) {
    let started = std::time::Instant::now();
    let outcome = with_lease(queue, job, handle(queue, shared, job)).await;
    shared.metrics.job_finished(&job.kind, started.elapsed());
    match outcome {
        Ok(()) => match queue.complete(job).await {
            Ok(true) => tracing::info!("done"),
            Ok(false) => {
                tracing::warn!("done, but the lease was lost: another worker runs the job")
            }
            Err(e) => tracing::error!(error = %e, "cannot mark the job done; it will run again"),
        },
        Err(e) => match queue.fail(job, &format!("{e:#}"), now_ms()).await {
            Ok(Retry::At(at)) => {
                tracing::warn!(error = %e, retry_in_ms = at - now_ms(), "failed; will retry")
            }
            Ok(Retry::GaveUp) => tracing::error!(error = %e, "failed for good"),
            Ok(Retry::Lost) => tracing::warn!(error = %e, "stopped: another worker runs the job"),
            Err(db) => tracing::error!(error = %db, "cannot record the failure"),
        },
    }
}

/// How a worker names itself in `jobs.claimed_by`: `<pid>@<host>/w<n>`.
fn worker_name(n: usize) -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".to_owned());
    format!("{}@{host}/w{n}", std::process::id())
}

/// Run `work` while renewing the job's lease every third of its length. The renewals run in a
/// task of their own, so work that holds its thread for a while (git, file I/O) cannot starve
/// them into a lost lease. A lease found lost (this worker stalled past it and another one
/// claimed the job) stops the work: two workers must never rebuild one bot branch at once.
async fn with_lease<F: std::future::Future<Output = anyhow::Result<()>>>(
    queue: &Queue,
    job: &Job,
    work: F,
) -> anyhow::Result<()> {
    let every = queue.policy.lease / 3;
    let mut renewals = tokio::spawn({
        let (queue, job) = (queue.clone(), job.clone());
        async move {
            loop {
                tokio::time::sleep(every).await;
                match queue.renew(&job, now_ms()).await {
                    Ok(true) => {}
                    Ok(false) => return,
                    Err(e) => tracing::warn!(error = %e, "cannot renew the lease"),
                }
            }
        }
    });
    tokio::pin!(work);
    let result = tokio::select! {
        result = &mut work => result,
        _ = &mut renewals => Err(anyhow::anyhow!("the job's lease was lost: another worker took it over")),
    };
    renewals.abort();
    result
}

async fn handle(queue: &Queue, shared: &Shared, job: &Job) -> anyhow::Result<()> {
    let payload: Value = serde_json::from_str(&job.payload)?;
    let cx = push::JobContext {
        queue,
        github: &shared.github,
        python: &shared.python,
        isolation: shared.isolation,
        metrics: &shared.metrics,
    };
    match job.kind.as_str() {
        "push" => push::handle(&cx, job).await,
        "command" => command::handle(&cx, job).await,
        "pull_request" => closed::handle(&cx, job).await,
        "sweep" => sweep::handle(&cx, job).await,
        "dashboard" => sweep::handle_checked(&cx, job).await,
        "react" => react(&shared.github, &payload).await,
        "installation" => installation(queue, &payload).await,
        "installation_repositories" => installation_repositories(queue, &payload).await,
        other => anyhow::bail!("no handler for job kind `{other}`"),
    }
}

/// A reaction to a comment (the acknowledgement of a command).
async fn react(github: &GitHub, payload: &Value) -> anyhow::Result<()> {
    let missing = |what: &str| anyhow::anyhow!("react job without {what}");
    let full_name = payload["repository"]
        .as_str()
        .ok_or_else(|| missing("repository"))?;
    let repo = crate::github::Repo::parse(full_name).ok_or_else(|| missing("a repository"))?;
    let installation = payload["installation"]
        .as_u64()
        .ok_or_else(|| missing("installation"))?;
    let comment = payload["comment_id"]
        .as_u64()
        .ok_or_else(|| missing("comment_id"))?;
    let content = payload["content"].as_str().unwrap_or("eyes");
    github.react(installation, &repo, comment, content).await?;
    Ok(())
}

fn repositories(list: &Value) -> Vec<(i64, String)> {
    list.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|r| Some((r["id"].as_i64()?, r["full_name"].as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

async fn installation(queue: &Queue, payload: &Value) -> anyhow::Result<()> {
    let id = payload["installation"]["id"]
        .as_i64()
        .ok_or_else(|| anyhow::anyhow!("installation event without installation.id"))?;
    let account = payload["installation"]["account"]["login"]
        .as_str()
        .unwrap_or("");
    match payload["action"].as_str().unwrap_or("") {
        "deleted" => queue.delete_installation(id).await?,
        "suspend" => queue.set_suspended(id, true).await?,
        "unsuspend" => queue.set_suspended(id, false).await?,
        _ => {
            queue
                .upsert_installation(id, account, &repositories(&payload["repositories"]))
                .await?
        }
    }
    Ok(())
}

async fn installation_repositories(queue: &Queue, payload: &Value) -> anyhow::Result<()> {
    let id = payload["installation"]["id"].as_i64().ok_or_else(|| {
        anyhow::anyhow!("installation_repositories event without installation.id")
    })?;
    let account = payload["installation"]["account"]["login"]
        .as_str()
        .unwrap_or("");
    // The installation may not be recorded yet (its own delivery can arrive later).
    queue.upsert_installation(id, account, &[]).await?;
    let added = repositories(&payload["repositories_added"]);
    let removed: Vec<i64> = repositories(&payload["repositories_removed"])
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    queue.change_repositories(id, &added, &removed).await?;
    Ok(())
}
