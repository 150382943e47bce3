//! Scheduled sweeps and the dashboard issue.
//!
//! ```text
//! scheduler (every --sweep-tick): repositories due (never swept, or next_at passed)
//!   ─► one `sweep` job each (dedupe key per repository)
//! sweep: default branch tip ─► config (`schedule = "off"`: stop, no more sweeps)
//!   ─► the whole project through the push pipeline (declined rewrites left out, open-pr-limit)
//!   ─► `dashboard = true`: the one dashboard issue rewritten with what was left for review
//!   ─► next sweep after `schedule`
//! dashboard: a box checked by someone with write access ─► that file, explicitly (declined
//!   rewrites may come back) ─► a comment on the dashboard with the summary
//! ```

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{anyhow, Context as _};
use config::{RepoConfig, Schedule};
use serde_json::{json, Value};

use super::command;
use super::push::{propose_on_default, short, with_git_token, JobContext, Proposed, Scope, Target};
use super::queue::{now_ms, Job, NewJob, Queue};
use crate::github::Repo;
use crate::propose::report::Change;
use crate::remote;

/// The dashboard issue's title.
pub const DASHBOARD_TITLE: &str = "parallelize dashboard";

/// A sweep that has not rescheduled itself (still queued, running, or failed for good after
/// its retries, which take a few hours at most) is due again after this long.
const PENDING_MS: i64 = 86_400_000;

/// How long after a sweep the next one runs.
pub fn interval_ms(schedule: Schedule) -> Option<i64> {
    const DAY: i64 = 86_400_000;
    match schedule {
        Schedule::Off => None,
        Schedule::Daily => Some(DAY),
        Schedule::Weekly => Some(7 * DAY),
        Schedule::Monthly => Some(30 * DAY),
    }
}

/// Queue a sweep job for every repository due at `now`; how many (replicas that look at the
/// same moment queue each due sweep once between them).
pub async fn enqueue_due(queue: &Queue, now: i64) -> anyhow::Result<usize> {
    let mut queued = 0;
    for d in queue.due_sweeps(now).await? {
        let job = NewJob {
            kind: "sweep".to_owned(),
            repository: Some(d.repository.clone()),
            installation_id: Some(d.installation),
            dedupe_key: Some(format!("sweep:{}", d.repository)),
            payload: json!({"repository": d.repository, "installation": d.installation})
                .to_string(),
        };
        if queue
            .enqueue_sweep_if_due(&d, &job, now, now + PENDING_MS)
            .await?
        {
            queued += 1;
        }
    }
    Ok(queued)
}

/// A repository's default branch, cloned at its tip, with its configuration.
struct Checkout {
    target: Target,
    config: Result<RepoConfig, config::ConfigError>,
    _work: tempfile::TempDir,
    clone_dir: std::path::PathBuf,
    run_dir: std::path::PathBuf,
}

async fn check_out(
    cx: &JobContext<'_>,
    full_name: &str,
    installation: u64,
) -> anyhow::Result<Checkout> {
    let repo =
        Repo::parse(full_name).ok_or_else(|| anyhow!("bad repository name `{full_name}`"))?;
    let info = cx.github.repository(installation, &repo).await?;
    let work = tempfile::Builder::new()
        .prefix("parallelize-job-")
        .tempdir()
        .context("cannot create the job's scratch directory")?;
    let clone_dir = work.path().join("clone");
    let tip = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    {
        let (url, dir, base, tip) = (
            info.clone_url.clone(),
            clone_dir.clone(),
            info.default_branch.clone(),
            tip.clone(),
        );
        with_git_token(cx, installation, move |token| {
            if dir.exists() {
                std::fs::remove_dir_all(&dir)?;
            }
            let (_, sha) = remote::clone_tip(&url, token, &dir, &base)?;
            *tip.lock().map_err(|_| anyhow!("poisoned"))? = sha;
            Ok(())
        })
        .await?;
    }
    let commit = tip.lock().map_err(|_| anyhow!("poisoned"))?.clone();
    Ok(Checkout {
        target: Target {
            repo,
            full_name: full_name.to_owned(),
            default_branch: info.default_branch,
            commit,
            installation,
        },
        config: RepoConfig::discover(&clone_dir).map(|(_, c)| c),
        run_dir: work.path().to_path_buf(),
        clone_dir,
        _work: work,
    })
}

fn ids(payload: &Value) -> anyhow::Result<(String, u64)> {
    let full_name = payload["repository"]
        .as_str()
        .or_else(|| payload["repository"]["full_name"].as_str())
        .ok_or_else(|| anyhow!("job without repository"))?
        .to_owned();
    let installation = payload["installation"]
        .as_u64()
        .or_else(|| payload["installation"]["id"].as_u64())
        .ok_or_else(|| anyhow!("job without installation"))?;
    Ok((full_name, installation))
}

pub async fn handle(cx: &JobContext<'_>, job: &Job) -> anyhow::Result<()> {
    let payload: Value = serde_json::from_str(&job.payload)?;
    let (full_name, installation) = ids(&payload)?;
    let checkout = check_out(cx, &full_name, installation).await?;
    let config = match &checkout.config {
        Ok(c) => c.clone(),
        Err(e) => {
            // Reported on the next push's check run; sweeping resumes on schedule.
            tracing::warn!(error = %e, "sweep skipped: the configuration does not load");
            let next = interval_ms(Schedule::default()).map(|i| now_ms() + i);
            cx.queue
                .schedule_sweep(&full_name, installation as i64, next)
                .await?;
            return Ok(());
        }
    };
    let Some(interval) = interval_ms(config.bot.schedule) else {
        tracing::info!("`schedule = \"off\"`: no sweeps");
        cx.queue
            .schedule_sweep(&full_name, installation as i64, None)
            .await?;
        return Ok(());
    };
    let proposed = propose_on_default(
        cx,
        &checkout.target,
        &config,
        (&checkout.clone_dir, &checkout.run_dir),
        Scope::Everything,
        false,
    )
    .await?;
    if config.bot.dashboard {
        update_dashboard(cx, &checkout.target, &config, &proposed).await?;
    }
    cx.queue
        .schedule_sweep(&full_name, installation as i64, Some(now_ms() + interval))
        .await?;
    Ok(())
}

/// Write the dashboard: into the issue the App opened before, or a new one.
async fn update_dashboard(
    cx: &JobContext<'_>,
    target: &Target,
    config: &RepoConfig,
    proposed: &Proposed,
) -> anyhow::Result<()> {
    let body = dashboard_body(target, proposed);
    let (gh, inst, repo) = (cx.github, target.installation, &target.repo);
    if let Some(number) = cx.queue.dashboard_issue(&target.full_name).await? {
        match gh
            .update_issue(inst, repo, number, DASHBOARD_TITLE, &body)
            .await
        {
            Ok(()) => return Ok(()),
            // Deleted (404) or moved away (410): a new one.
            Err(crate::github::GitHubError::Status { status, .. })
                if matches!(status.as_u16(), 404 | 410) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let number = gh
        .create_issue(inst, repo, DASHBOARD_TITLE, &body, &config.bot.labels)
        .await?;
    cx.queue
        .set_dashboard_issue(&target.full_name, inst as i64, number)
        .await?;
    Ok(())
}

/// The marker that ties a checkbox to the file it asks for (and the finding's line, so that
/// each box of a file is its own).
fn marker(path: &str, line: usize) -> String {
    format!("<!-- parallelize:file={path} line={line} -->")
}

/// The dashboard: what the sweep left for review (and the rewrites dropped by the tests),
/// grouped by rule, one checkbox per finding.
fn dashboard_body(target: &Target, proposed: &Proposed) -> String {
    let result = &proposed.result;
    let mut s = format!(
        "What **parallelize** found on `{}` at {} but did not change on its own, grouped by \
         rule, with the reasons. Check a box to ask for that file (like `/parallelize path` on \
         a pull request): its safe rewrites are verified with the tests and proposed, rewrites \
         declined earlier included.\n\nThis issue is rewritten by every scheduled sweep \
         (`schedule`); set `dashboard = false` in `[tool.parallelize.bot]` to stop it.\n",
        target.default_branch,
        short(&target.commit)
    );
    if !proposed.pr_line.is_empty() {
        s.push_str(&format!("\n{}\n", proposed.pr_line));
    }
    let mut by_rule: BTreeMap<(&str, &str), Vec<&Change>> = BTreeMap::new();
    for c in result.review.iter().chain(&result.dropped) {
        by_rule
            .entry((c.finding.rule, c.finding.name))
            .or_default()
            .push(c);
    }
    if by_rule.is_empty() {
        s.push_str("\nNothing is waiting for review.\n");
    }
    for ((rule, name), changes) in by_rule {
        s.push_str(&format!("\n### {rule} {name} ({})\n\n", changes.len()));
        for c in changes {
            let f = &c.finding;
            s.push_str(&format!(
                "- [ ] {} `{}:{}`{}: {}\n",
                marker(&f.path, f.line),
                f.path,
                f.line,
                c.function
                    .as_deref()
                    .map(|n| format!(" `{n}`"))
                    .unwrap_or_default(),
                f.message
            ));
            for r in &f.reasons {
                s.push_str(&format!("  - {r}\n"));
            }
            if !c.failing_tests.is_empty() {
                s.push_str(&format!(
                    "  - proven safe, but with it these tests failed: {}\n",
                    c.failing_tests
                        .iter()
                        .map(|t| format!("`{t}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    s
}

/// The files whose box is checked in `body` and was not in `before`.
pub fn newly_checked(body: &str, before: &str) -> BTreeSet<String> {
    let checked = |text: &str| -> BTreeSet<String> {
        text.lines()
            .filter_map(|line| {
                let rest = line.trim_start().strip_prefix("- [")?;
                let (mark, rest) = rest.split_at_checked(1)?;
                if !mark.eq_ignore_ascii_case("x") {
                    return None;
                }
                let rest = rest.strip_prefix("] ")?.trim_start();
                let key = rest.strip_prefix("<!-- parallelize:file=")?;
                let (key, _) = key.split_once(" -->")?;
                Some(key.to_owned())
            })
            .collect()
    };
    let before = checked(before);
    checked(body)
        .into_iter()
        .filter(|key| !before.contains(key))
        .map(|key| match key.rsplit_once(" line=") {
            Some((path, _)) => path.to_owned(),
            None => key,
        })
        .collect()
}

/// Whether an `issues` delivery is a person checking boxes of a dashboard (the job checks
/// that the issue is the repository's dashboard).
pub fn wants_job(payload: &Value) -> bool {
    payload["action"].as_str() == Some("edited")
        && payload["issue"]["user"]["type"].as_str() == Some("Bot")
        && payload["sender"]["type"].as_str() != Some("Bot")
        && payload["issue"]["pull_request"].is_null()
        && payload["changes"]["body"]["from"]
            .as_str()
            .is_some_and(|before| {
                !newly_checked(
                    payload["issue"]["body"].as_str().unwrap_or_default(),
                    before,
                )
                .is_empty()
            })
}

/// The `dashboard` job: boxes checked on the dashboard.
pub async fn handle_checked(cx: &JobContext<'_>, job: &Job) -> anyhow::Result<()> {
    let payload: Value = serde_json::from_str(&job.payload)?;
    let (full_name, installation) = ids(&payload)?;
    let number = payload["issue"]["number"]
        .as_u64()
        .ok_or_else(|| anyhow!("issues delivery without issue.number"))?;
    if cx.queue.dashboard_issue(&full_name).await? != Some(number) {
        return Ok(()); // another issue of the App, or an older dashboard
    }
    let repo =
        Repo::parse(&full_name).ok_or_else(|| anyhow!("bad repository name `{full_name}`"))?;
    let login = payload["sender"]["login"].as_str().unwrap_or_default();
    let files = newly_checked(
        payload["issue"]["body"].as_str().unwrap_or_default(),
        payload["changes"]["body"]["from"]
            .as_str()
            .unwrap_or_default(),
    );
    let access = cx.github.permission(installation, &repo, login).await?;
    if !access.can_write() {
        let role = access.name();
        let text = format!(
            "@{login}, thank you! Only people with write access to {full_name} can ask for \
             rewrites here; your access is `{role}`, so nothing was run."
        );
        cx.github
            .comment(installation, &repo, number, &text)
            .await?;
        return Ok(());
    }
    let checkout = check_out(cx, &full_name, installation).await?;
    let config = checkout
        .config
        .as_ref()
        .map_err(|e| anyhow!("the configuration does not load: {e}"))?
        .clone();
    let proposed = propose_on_default(
        cx,
        &checkout.target,
        &config,
        (&checkout.clone_dir, &checkout.run_dir),
        Scope::Files(files.clone()),
        true,
    )
    .await?;
    let at = format!(
        "`{}` at {} ({})",
        checkout.target.default_branch,
        short(&checkout.target.commit),
        files
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let text = format!(
        "@{login} asked for {}:\n\n{}",
        files.iter().cloned().collect::<Vec<_>>().join(", "),
        command::summary(
            &proposed.result,
            &at,
            Some(&proposed.pr_line)
                .filter(|l| !l.is_empty())
                .map(|l| l.as_str()),
            &proposed.findings
        )
    );
    cx.github
        .comment(installation, &repo, number, &text)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_boxes_checked_by_this_edit_count() {
        let before = "- [ ] <!-- parallelize:file=a.py line=3 --> `a.py:3`\n\
                      - [x] <!-- parallelize:file=b.py line=9 --> `b.py:9`\n\
                      - [ ] <!-- parallelize:file=b.py line=20 --> `b.py:20`\n\
                      - [ ] <!-- parallelize:file=c.py line=1 --> `c.py:1`\n";
        let after = "- [X] <!-- parallelize:file=a.py line=3 --> `a.py:3`\n\
                     - [x] <!-- parallelize:file=b.py line=9 --> `b.py:9`\n\
                     - [x] <!-- parallelize:file=b.py line=20 --> `b.py:20`\n\
                     - [ ] <!-- parallelize:file=c.py line=1 --> `c.py:1`\n\
                     - [x] a box someone added by hand\n";
        // b.py's second box asks again although its first box was checked before.
        assert_eq!(
            newly_checked(after, before),
            BTreeSet::from(["a.py".to_owned(), "b.py".to_owned()])
        );
        assert!(newly_checked(before, before).is_empty());
    }

    #[test]
    fn schedules_are_days_apart_and_off_is_never() {
        assert_eq!(interval_ms(Schedule::Off), None);
        assert_eq!(interval_ms(Schedule::Daily), Some(86_400_000));
        assert_eq!(interval_ms(Schedule::Weekly), Some(7 * 86_400_000));
    }
}
