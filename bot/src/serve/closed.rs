//! The `pull_request` job: a pull request of the bot closed or reopened.
//!
//! Closed without merging: every rewrite it proposed is declined (pushes and sweeps never
//! propose it again; an explicit `/parallelize` still may), and one comment says so and how to
//! undo it. Reopened: the decision is forgotten.

use anyhow::anyhow;
use serde_json::Value;

use super::push::JobContext;
use super::queue::Job;
use crate::github::Repo;

/// Whether a `pull_request` delivery may concern the bot's own pull requests (the job checks
/// what the App recorded for it).
pub fn wants_job(payload: &Value) -> bool {
    matches!(payload["action"].as_str(), Some("closed" | "reopened"))
        && payload["pull_request"]["user"]["type"].as_str() == Some("Bot")
        // The App closing its own pull request (nothing left to propose) declines nothing.
        && payload["sender"]["type"].as_str() != Some("Bot")
}

pub async fn handle(cx: &JobContext<'_>, job: &Job) -> anyhow::Result<()> {
    let payload: Value = serde_json::from_str(&job.payload)?;
    let full_name = payload["repository"]["full_name"]
        .as_str()
        .ok_or_else(|| anyhow!("pull_request delivery without repository.full_name"))?;
    let repo = Repo::parse(full_name)
        .ok_or_else(|| anyhow!("pull_request delivery with a bad repository `{full_name}`"))?;
    let number = payload["pull_request"]["number"]
        .as_u64()
        .or_else(|| payload["number"].as_u64())
        .ok_or_else(|| anyhow!("pull_request delivery without a number"))?;
    let installation = payload["installation"]["id"]
        .as_u64()
        .ok_or_else(|| anyhow!("pull_request delivery without installation.id"))?;
    let proposals = cx.queue.proposals(full_name, number).await?;
    if proposals.is_empty() {
        return Ok(()); // not one of ours (or nothing recorded for it)
    }
    match payload["action"].as_str() {
        Some("reopened") => {
            let forgotten = cx.queue.undecline(full_name, number).await?;
            tracing::info!(
                pr = number,
                forgotten,
                "reopened: declined rewrites forgotten"
            );
        }
        Some("closed") if payload["pull_request"]["merged"].as_bool() != Some(true) => {
            let n = cx.queue.decline(full_name, number).await?;
            tracing::info!(pr = number, declined = n, "closed without merging");
            let notice = format!("declined:{number}");
            if !cx.queue.notice_given(full_name, &notice).await? {
                let mut text = format!(
                    "Closed without merging, so I will not propose {} again on pushes or \
                     scheduled sweeps:\n",
                    if n == 1 {
                        "this rewrite".to_owned()
                    } else {
                        format!("these {n} rewrites")
                    }
                );
                for p in &proposals {
                    text.push_str(&format!("\n- {} in `{}`", p.rule, p.path));
                }
                text.push_str(
                    "\n\nA rewrite counts as the same while its rule, file and code stay the \
                     same. To undo this, reopen this pull request; to get one of them anyway, \
                     comment `/parallelize path/to/file.py` on a pull request.",
                );
                cx.github
                    .comment(installation, &repo, number, &text)
                    .await?;
                cx.queue.record_notice(full_name, &notice).await?;
            }
        }
        _ => {}
    }
    Ok(())
}
