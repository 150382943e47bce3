//! The `command` job: `/parallelize` in a comment on a pull request.
//!
//! ```text
//! new commands in the comment (outside code blocks, quotes, HTML comments; on an edit only
//! the lines that were not there before)
//!   ─► 👀 reaction at once
//!   ─► permission of the commenter: admin, maintain or write, else a polite refusal
//!   ─► help / a wrong argument: a reply, nothing runs
//!   ─► clone the pull request's head (fork heads through refs/pull/<n>/head)
//!   ─► scope: the paths given, else the Python files the pull request changes
//!   ─► verify (the same pipeline as `propose` and the push job)
//!   ─► --dry-run: reply with the findings and the diff
//!      same repository: commit on <prefix>pr-<n>, force-push, a pull request into the head
//!      fork: a review with one ```suggestion per rewrite that fits in one hunk of the diff,
//!            the rest as a patch in the reply
//!   ─► reply with the summary and the link
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{anyhow, Context as _};
use config::RepoConfig;
use serde_json::Value;
use transforms::{Finding, Safety};

use crate::github::{GitHubError, PullDetail, Repo, ReviewComment};
use crate::propose::report::{Change, ProposeResult};
use crate::propose::{self, git as local_git, render, Verified};

use super::memory::Proposal;
use super::push::{
    fetch_bot_branches, open_or_update, short, verify_on_thread, with_git_token, JobContext,
};
use super::queue::Job;
use crate::remote::{self, PullRefs};

/// The command word.
pub const COMMAND: &str = "/parallelize";

/// The reply to `/parallelize help`, and the end of every pull-request body.
pub const USAGE: &str = "\
| comment | what it does |
|---|---|
| `/parallelize` | analyse the Python files this pull request changes, verify the safe rewrites against the tests, propose them |
| `/parallelize path/a.py src/pkg/` | the same, for these files and directories only |
| `/parallelize --dry-run` | reply with the findings and the diff; push nothing |
| `/parallelize help` | this list |

Only people with write access to the repository can run commands. Closing a pull request of parallelize without merging tells it not to propose those rewrites again on pushes (a command still may).";

/// The last lines of every pull request the App opens.
pub const FOOTER: &str = "Commands: `/parallelize` re-runs on a pull request's Python files · \
`/parallelize path/a.py src/pkg/` only those paths · `/parallelize --dry-run` reports only · \
`/parallelize help`. Closing this PR without merging tells the bot not to propose these changes \
again.";

/// A pull-request body of the App: the rendered body, then the commands.
pub fn pr_body(body: &str) -> String {
    format!(
        "{}

{FOOTER}
",
        body.trim_end()
    )
}

/// A request in a comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Run {
        paths: Vec<String>,
        dry_run: bool,
    },
    Help,
    /// A command that cannot run: what was wrong.
    Invalid(String),
}

/// The `/parallelize` lines of a comment, with their commands: lines outside fenced code
/// blocks, indented code, block quotes and HTML comments, whose first word is the command.
pub fn commands(body: &str) -> Vec<(String, Command)> {
    let mut out = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    let mut in_html_comment = false;
    for raw in body.lines() {
        let indent = raw.len() - raw.trim_start_matches(' ').len();
        let line = raw.trim();
        if let Some((ch, len)) = fence {
            let run = line.chars().take_while(|c| *c == ch).count();
            if indent < 4 && run >= len && line[run * ch.len_utf8()..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if in_html_comment {
            if line.contains("-->") {
                in_html_comment = false;
            }
            continue;
        }
        if raw.starts_with('\t') || indent >= 4 {
            continue; // indented code
        }
        if let Some(ch) = line.chars().next().filter(|c| *c == '`' || *c == '~') {
            let run = line.chars().take_while(|c| *c == ch).count();
            // A backtick fence's info string has no backtick (else it is inline code).
            let info = &line[run * ch.len_utf8()..];
            if run >= 3 && !(ch == '`' && info.contains('`')) {
                fence = Some((ch, run));
                continue;
            }
        }
        if let Some(start) = line.find("<!--") {
            // An HTML comment opened on this line and not closed hides the lines below.
            in_html_comment = !line[start..].contains("-->");
            if start == 0 {
                continue;
            }
        }
        if line.starts_with('>') {
            continue; // a quote of someone else's command
        }
        let Some(rest) = line.strip_prefix(COMMAND) else {
            continue;
        };
        if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            continue; // `/parallelized`, `/parallelize-me`
        }
        out.push((line.to_owned(), parse_arguments(rest)));
    }
    out
}

/// The commands of an edited comment that were not in its previous text.
pub fn new_commands(body: &str, previous: Option<&str>) -> Vec<(String, Command)> {
    let before: BTreeSet<String> = previous
        .map(|p| commands(p).into_iter().map(|(line, _)| line).collect())
        .unwrap_or_default();
    let mut seen = BTreeSet::new();
    commands(body)
        .into_iter()
        .filter(|(line, _)| !before.contains(line) && seen.insert(line.clone()))
        .collect()
}

fn parse_arguments(rest: &str) -> Command {
    let mut paths = Vec::new();
    let mut dry_run = false;
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.contains(&"help") || words.contains(&"--help") {
        return if words.len() == 1 {
            Command::Help
        } else {
            Command::Invalid("`help` takes no other arguments".to_owned())
        };
    }
    for word in words {
        if word == "--dry-run" {
            dry_run = true;
        } else if word.starts_with('-') {
            return Command::Invalid(format!("unknown option `{word}`"));
        } else {
            match relative_path(word) {
                Ok(p) => paths.push(p),
                Err(why) => return Command::Invalid(why),
            }
        }
    }
    Command::Run { paths, dry_run }
}

/// A path argument as a path relative to the repository's root (`./` and a trailing `/`
/// dropped); absolute paths and `..` are refused.
fn relative_path(word: &str) -> Result<String, String> {
    let cleaned = word.trim_start_matches("./").trim_end_matches('/');
    if word.starts_with('/') || word.contains('\\') {
        return Err(format!(
            "`{word}` is not a path relative to the repository's root"
        ));
    }
    if cleaned.split('/').any(|part| part == "..") {
        return Err(format!("`{word}` leaves the repository (`..`)"));
    }
    Ok(if cleaned.is_empty() || cleaned == "." {
        String::new()
    } else {
        cleaned.to_owned()
    })
}

/// Whether a delivery is a comment on a pull request, by a person, with a new command: what
/// the webhook route enqueues.
pub fn wants_job(event: &str, payload: &Value) -> bool {
    event == "issue_comment"
        && matches!(payload["action"].as_str(), Some("created" | "edited"))
        && payload["issue"]["pull_request"].is_object()
        && !is_bot(&payload["comment"]["user"])
        && !is_bot(&payload["sender"])
        && !new_commands(
            payload["comment"]["body"].as_str().unwrap_or_default(),
            payload["changes"]["body"]["from"].as_str(),
        )
        .is_empty()
}

/// The App itself and every other bot (their comments quote commands; they cannot ask).
fn is_bot(user: &Value) -> bool {
    user["type"].as_str() == Some("Bot")
        || user["login"].as_str().is_some_and(|l| l.ends_with("[bot]"))
}

/// The fields of a comment delivery the job uses.
struct Request {
    repo: Repo,
    full_name: String,
    clone_url: String,
    installation: u64,
    number: u64,
    comment_id: u64,
    login: String,
    commands: Vec<(String, Command)>,
}

fn parse(payload: &Value) -> anyhow::Result<Request> {
    let s = |v: &Value, what: &str| {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("comment delivery without {what}"))
    };
    let n = |v: &Value, what: &str| {
        v.as_u64()
            .ok_or_else(|| anyhow!("comment delivery without {what}"))
    };
    let full_name = s(&payload["repository"]["full_name"], "repository.full_name")?;
    Ok(Request {
        repo: Repo::parse(&full_name)
            .ok_or_else(|| anyhow!("comment delivery with a bad repository name `{full_name}`"))?,
        clone_url: s(&payload["repository"]["clone_url"], "repository.clone_url")?,
        full_name,
        installation: n(&payload["installation"]["id"], "installation.id")?,
        number: n(&payload["issue"]["number"], "issue.number")?,
        comment_id: n(&payload["comment"]["id"], "comment.id")?,
        login: s(&payload["comment"]["user"]["login"], "comment.user.login")?,
        commands: new_commands(
            payload["comment"]["body"].as_str().unwrap_or_default(),
            payload["changes"]["body"]["from"].as_str(),
        ),
    })
}

pub async fn handle(cx: &JobContext<'_>, job: &Job) -> anyhow::Result<()> {
    let payload: Value = serde_json::from_str(&job.payload)?;
    let request = parse(&payload)?;
    if request.commands.is_empty() {
        return Ok(());
    }
    let gh = cx.github;
    gh.react(
        request.installation,
        &request.repo,
        request.comment_id,
        "eyes",
    )
    .await?;
    let access = gh
        .permission(request.installation, &request.repo, &request.login)
        .await?;
    if !access.can_write() {
        let role = access.name();
        tracing::info!(login = %request.login, %role, "command refused: no write access");
        let text = format!(
            "@{}, thank you for asking! Only people with write access to {} can run \
             `{COMMAND}` (it runs the test suite and pushes a branch); your access is `{role}`, \
             so nothing was run. A maintainer can comment `{COMMAND}` here to run it.",
            request.login, request.full_name
        );
        return reply(cx, &request, &text).await;
    }
    for (i, (line, command)) in request.commands.iter().enumerate() {
        // A retried job does not answer (or run) the commands it answered already.
        let notice = format!("command:{}:{i}", job.id);
        if cx.queue.notice_given(&request.full_name, &notice).await? {
            continue;
        }
        let text = match command {
            Command::Help => format!("> {line}\n\n{USAGE}"),
            Command::Invalid(problem) => format!(
                "> {line}\n\nI did not run this: {problem}. `{COMMAND} help` lists what I \
                 understand."
            ),
            Command::Run { paths, dry_run } => match run(cx, &request, paths, *dry_run).await {
                Ok(summary) => format!("> {line}\n\n{summary}"),
                Err(e) if job.attempts >= cx.queue.policy.max_attempts => format!(
                    "> {line}\n\nThis did not finish: {e:#}. Nothing was pushed; comment \
                         again to retry."
                ),
                Err(e) => return Err(e),
            },
        };
        reply(cx, &request, &text).await?;
        cx.queue.record_notice(&request.full_name, &notice).await?;
    }
    Ok(())
}

async fn reply(cx: &JobContext<'_>, request: &Request, text: &str) -> anyhow::Result<()> {
    cx.github
        .comment(request.installation, &request.repo, request.number, text)
        .await?;
    Ok(())
}

/// Run one `/parallelize` on the pull request; the reply's text.
async fn run(
    cx: &JobContext<'_>,
    request: &Request,
    paths: &[String],
    dry_run: bool,
) -> anyhow::Result<String> {
    let pull = cx
        .github
        .pull(request.installation, &request.repo, request.number)
        .await?;
    if pull.state != "open" {
        return Ok(format!(
            "#{} is {}; there is nothing to propose to.",
            pull.number, pull.state
        ));
    }
    let same_repo = pull
        .head
        .repo
        .as_ref()
        .is_some_and(|r| r.full_name.eq_ignore_ascii_case(&request.full_name));
    let work = tempfile::Builder::new()
        .prefix("parallelize-job-")
        .tempdir()
        .context("cannot create the job's scratch directory")?;
    let clone_dir = work.path().join("clone");
    {
        let (url, dir, number, base, head_branch, head_sha) = (
            request.clone_url.clone(),
            clone_dir.clone(),
            pull.number,
            pull.base.branch.clone(),
            same_repo.then(|| pull.head.branch.clone()),
            pull.head.sha.clone(),
        );
        with_git_token(cx, request.installation, move |token| {
            if dir.exists() {
                std::fs::remove_dir_all(&dir)?;
            }
            remote::clone_pull(
                &url,
                token,
                &dir,
                &PullRefs {
                    number,
                    base: &base,
                    head_branch: head_branch.as_deref(),
                    head_sha: &head_sha,
                },
            )?;
            Ok(())
        })
        .await?;
    }
    let config = match RepoConfig::discover(&clone_dir) {
        Ok((_, config)) => config,
        Err(e) => {
            return Ok(format!(
                "The configuration at {} does not load, so nothing was analysed: {e}",
                short(&pull.head.sha)
            ))
        }
    };
    let scope = match scope(&clone_dir, &pull, paths)? {
        Ok(scope) => scope,
        Err(problem) => return Ok(problem),
    };

    // An explicit request: declined rewrites may come back.
    let verified = verify_on_thread(
        cx,
        (&clone_dir, work.path()),
        &config,
        (&request.full_name, &pull.head.branch, &pull.head.sha),
        Some(scope.clone()),
        BTreeSet::new(),
    )
    .await?;
    let at = format!(
        "`{}` at {} ({} file(s) in scope)",
        pull.head.branch,
        short(&pull.head.sha),
        scope.len()
    );
    if verified.changed.is_none() {
        return Ok(summary(&verified.result, &at, None, &verified.findings));
    }
    if dry_run {
        let diff = diff_text(&verified, &clone_dir)?;
        return Ok(format!(
            "{}\n\n**Dry run**: nothing was pushed.\n\n{}",
            summary(&verified.result, &at, None, &verified.findings),
            fenced("diff", &diff)
        ));
    }
    if same_repo {
        propose_into_head(cx, request, &pull, &config, &clone_dir, verified, &at).await
    } else {
        suggest_on_fork(cx, request, &pull, &clone_dir, verified, &at).await
    }
}

/// The files to analyse: the paths asked for (files, or the Python files under directories,
/// as the head commit has them), else the Python files the pull request changes. `Err` holds
/// the reply when that is nothing.
fn scope(
    clone_dir: &Path,
    pull: &PullDetail,
    paths: &[String],
) -> anyhow::Result<Result<BTreeSet<String>, String>> {
    let repo = git2::Repository::open(clone_dir)?;
    let python = |p: &String| p.ends_with(".py");
    if paths.is_empty() {
        let base = remote::merge_base(&repo, &pull.base.sha, &pull.head.sha)?;
        let changed = remote::changed_files(&repo, Some(&base), &pull.head.sha)?
            .unwrap_or_default()
            .into_iter()
            .filter(python)
            .collect::<BTreeSet<_>>();
        if changed.is_empty() {
            return Ok(Err(format!(
                "#{} changes no Python file, so there is nothing to analyse. \
                 `{COMMAND} path/to/module.py` analyses files it does not change.",
                pull.number
            )));
        }
        return Ok(Ok(changed));
    }
    let files = remote::tree_files(&repo, &pull.head.sha)?;
    let mut scope = BTreeSet::new();
    for p in paths {
        let under: Vec<&String> = files
            .iter()
            .filter(|f| p.is_empty() || *f == p || f.starts_with(&format!("{p}/")))
            .collect();
        if under.is_empty() {
            return Ok(Err(format!(
                "`{p}` does not exist at {}; nothing was run.",
                short(&pull.head.sha)
            )));
        }
        scope.extend(under.into_iter().filter(|f| python(f)).cloned());
    }
    if scope.is_empty() {
        return Ok(Err(
            "There is no Python file under the paths given; nothing was run.".to_owned(),
        ));
    }
    Ok(Ok(scope))
}

/// Same repository: the rewrites on `<prefix>pr-<n>`, proposed in a pull request into the
/// pull request's own branch.
async fn propose_into_head(
    cx: &JobContext<'_>,
    request: &Request,
    pull: &PullDetail,
    config: &RepoConfig,
    clone_dir: &Path,
    verified: Verified,
    at: &str,
) -> anyhow::Result<String> {
    let branch = format!("{}pr-{}", config.bot.branch_prefix, pull.number);
    let head_branch = pull.head.branch.clone();
    fetch_bot_branches(
        cx,
        request.installation,
        clone_dir,
        &config.bot.branch_prefix,
    )
    .await?;
    let existing = {
        let repo = git2::Repository::open(clone_dir)?;
        remote::bot_branch(&repo, &branch, &head_branch)?
    };
    let mut result = verified.result;
    if existing.as_ref().is_some_and(|b| !b.only_ours) {
        return Ok(format!(
            "{}\n\n`{branch}` has commits not made by {}; I left it alone. Delete the branch \
             and comment again to let me use it.",
            summary(&result, at, None, &verified.findings),
            local_git::BOT_NAME
        ));
    }
    let changed = verified.changed.clone().unwrap_or_default();
    let title = format!(
        "{} (for #{})",
        result.title.clone().unwrap_or_default(),
        pull.number
    );
    result.status = propose::report::Status::Proposed;
    result.branch = Some(branch.clone());
    let message = render::commit_message(&title, &result);
    {
        let repo = git2::Repository::open(clone_dir)?;
        result.commit = Some(local_git::commit(&repo, &branch, &changed, &message)?);
    }
    {
        let (dir, branch) = (clone_dir.to_path_buf(), branch.clone());
        with_git_token(cx, request.installation, move |token| {
            let repo = git2::Repository::open(&dir)?;
            remote::force_push(&repo, token, &branch)?;
            Ok(())
        })
        .await?;
    }
    let body = pr_body(&format!(
        "Requested by @{} in #{}: these rewrites go into `{head_branch}`.\n\n{}",
        request.login,
        pull.number,
        render::body(&result, config)?
    ));
    let open = cx
        .github
        .open_pulls(request.installation, &request.repo, &branch, &head_branch)
        .await?;
    let bot_pull = open_or_update(
        cx,
        request.installation,
        &request.repo,
        open.first(),
        (&branch, &head_branch),
        (&title, &body),
        &config.bot.labels,
    )
    .await?;
    cx.queue
        .record_proposals(
            &request.full_name,
            bot_pull.number,
            &proposals(&result.applied),
        )
        .await?;
    let link = format!(
        "Proposed in #{}{}: merge it to bring the rewrites into `{head_branch}`.",
        bot_pull.number,
        bot_pull
            .html_url
            .as_deref()
            .map(|u| format!(" ({u})"))
            .unwrap_or_default()
    );
    Ok(summary(&result, at, Some(&link), &verified.findings))
}

/// The fingerprints of applied rewrites, for [`super::queue::Queue::record_proposals`].
pub fn proposals(applied: &[Change]) -> Vec<Proposal> {
    applied
        .iter()
        .map(|c| Proposal {
            fingerprint: c.fingerprint.clone(),
            rule: c.finding.rule.to_owned(),
            path: c.finding.path.clone(),
        })
        .collect()
}

/// A fork (the App cannot push there): a review with a suggestion for each rewrite that fits
/// in one hunk of the pull request's diff, the others as a patch in the reply.
async fn suggest_on_fork(
    cx: &JobContext<'_>,
    request: &Request,
    pull: &PullDetail,
    clone_dir: &Path,
    verified: Verified,
    at: &str,
) -> anyhow::Result<String> {
    let shown = {
        let repo = git2::Repository::open(clone_dir)?;
        let base = remote::merge_base(&repo, &pull.base.sha, &pull.head.sha)?;
        remote::diff_lines(&repo, &base, &pull.head.sha)?
    };
    let mut comments = Vec::new();
    let mut rest: BTreeMap<String, Vec<Finding>> = BTreeMap::new();
    for c in &verified.result.applied {
        match suggestion(&verified, &c.finding, &shown)? {
            Some(comment) => comments.push(comment),
            None => rest
                .entry(c.finding.path.clone())
                .or_default()
                .push(c.finding.clone()),
        }
    }
    let mut review_url = None;
    if !comments.is_empty() {
        let body = format!(
            "parallelize, as asked by @{}: {} rewrite(s) that fit in one suggestion each. The \
             tests passed with every rewrite of the reply's summary applied together.",
            request.login,
            comments.len()
        );
        match cx
            .github
            .create_review(
                request.installation,
                &request.repo,
                pull.number,
                &pull.head.sha,
                &body,
                &comments,
            )
            .await
        {
            Ok(url) => review_url = Some(url.unwrap_or_default()),
            // GitHub could not place a comment (the diff changed meanwhile): all as a patch.
            Err(GitHubError::Status { status, .. }) if status.as_u16() == 422 => {
                rest.clear();
                for c in &verified.result.applied {
                    rest.entry(c.finding.path.clone())
                        .or_default()
                        .push(c.finding.clone());
                }
                comments.clear();
            }
            Err(e) => return Err(e.into()),
        }
    }
    let mut patch = String::new();
    for (path, findings) in &rest {
        let text = verified.rewrite(path, findings)?;
        let original = &verified.originals[path].text;
        patch.push_str(&unified_diff(path, original, &text));
    }
    let mut link = String::from("This pull request comes from a fork, so I cannot push to it.");
    if let Some(url) = review_url {
        link.push_str(&format!(
            " {} rewrite(s) are suggestions in my review{}: “Commit suggestion” applies them.",
            comments.len(),
            if url.is_empty() {
                String::new()
            } else {
                format!(" ({url})")
            }
        ));
    }
    if !patch.is_empty() {
        link.push_str(&format!(
            " {} the patch below (`git apply -3` also applies it after suggestions were committed).\n\n{}",
            if comments.is_empty() {
                "Apply the rewrites with"
            } else {
                "Apply the others with"
            },
            fenced("diff", &patch)
        ));
    }
    Ok(summary(
        &verified.result,
        at,
        Some(&link),
        &verified.findings,
    ))
}

/// A review comment suggesting `finding`'s rewrite, when the rewrite alone changes one run of
/// lines (no import or helper elsewhere) that GitHub shows in the pull request's diff.
fn suggestion(
    verified: &Verified,
    finding: &Finding,
    shown: &BTreeMap<String, Vec<(usize, usize)>>,
) -> anyhow::Result<Option<ReviewComment>> {
    let original = &verified.originals[&finding.path].text;
    let alone = verified.rewrite(&finding.path, std::slice::from_ref(finding))?;
    let diff = similar::TextDiff::from_lines(original.as_str(), alone.as_str());
    let groups = diff.grouped_ops(0);
    let [group] = groups.as_slice() else {
        return Ok(None);
    };
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return Ok(None);
    };
    let old = first.old_range().start..last.old_range().end;
    let new = first.new_range().start..last.new_range().end;
    if old.is_empty() {
        return Ok(None); // an insertion has no line to hang the suggestion on
    }
    let (start, end) = (old.start + 1, old.end); // 1-based, inclusive
    let visible = shown
        .get(&finding.path)
        .is_some_and(|hunks| hunks.iter().any(|&(s, e)| s <= start && end < e));
    if !visible {
        return Ok(None);
    }
    let replacement: String = alone
        .split_inclusive('\n')
        .skip(new.start)
        .take(new.len())
        .collect();
    let body = format!(
        "**{} {}**: {}\n\n{}",
        finding.rule,
        finding.name,
        finding.message,
        fenced("suggestion", &replacement)
    );
    Ok(Some(ReviewComment {
        path: finding.path.clone(),
        start_line: (start < end).then_some(start),
        line: end,
        side: "RIGHT",
        start_side: (start < end).then_some("RIGHT"),
        body,
    }))
}

/// The diff of every file the kept rewrites changed in the clone.
fn diff_text(verified: &Verified, clone_dir: &Path) -> anyhow::Result<String> {
    let mut out = String::new();
    for path in verified.changed.iter().flatten() {
        let now = std::fs::read_to_string(clone_dir.join(path))
            .with_context(|| format!("cannot read {path}"))?;
        if let Some(original) = verified.originals.get(path) {
            out.push_str(&unified_diff(path, &original.text, &now));
        }
    }
    Ok(out)
}

fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// GitHub refuses comments over 65,536 characters.
const MAX_BLOCK: usize = 50_000;

/// `text` in a fenced block the text cannot close, cut to [`MAX_BLOCK`] characters.
fn fenced(info: &str, text: &str) -> String {
    let mut text = text.to_owned();
    if text.len() > MAX_BLOCK {
        let mut cut = MAX_BLOCK;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        text.push_str("\n… (cut: too long for a comment)\n");
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let longest = text
        .lines()
        .map(|l| l.trim_start().chars().take_while(|c| *c == '`').count())
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}{info}\n{text}{fence}")
}

/// What was applied, what was left for review and why, and the tests before and after.
pub(super) fn summary(
    result: &ProposeResult,
    at: &str,
    link: Option<&str>,
    findings: &[Finding],
) -> String {
    let safe = findings.iter().filter(|f| f.safety == Safety::Safe).count();
    let mut s = format!(
        "Analysed {at}: {} finding(s), {safe} proven safe.",
        findings.len()
    );
    if result.applied.is_empty() {
        s.push_str(&format!("\n\n{}", result.message));
    } else {
        s.push_str("\n\n**Verified rewrites**\n");
        for c in &result.applied {
            s.push_str(&format!("\n- {}", listed(c)));
            if let Some(line) = render::measured_line(c) {
                s.push_str(&format!("\n  - {line}"));
            }
        }
    }
    if !result.dropped.is_empty() {
        s.push_str(
            "\n\n**Dropped** (proven safe, but a test failed with it or its replay differed)\n",
        );
        for c in &result.dropped {
            s.push_str(&format!(
                "\n- {} — {}",
                listed(c),
                render::why_not_applied(c, |t| {
                    t.iter()
                        .map(|t| format!("`{t}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
            ));
        }
    }
    if !result.review.is_empty() {
        s.push_str("\n\n**Left for review** (nothing changed)\n");
        for c in &result.review {
            s.push_str(&format!("\n- {}", listed(c)));
            for r in &c.finding.reasons {
                s.push_str(&format!("\n  - {r}"));
            }
        }
    }
    if let Some(before) = &result.before {
        s.push_str(&format!(
            "\n\nTests: `{}` — {} before",
            result.test_command,
            render::suite_summary(before)
        ));
        if let Some(after) = &result.after {
            s.push_str(&format!(", {} after", render::suite_summary(after)));
        }
        s.push_str(&format!(" ({}).", result.isolation));
    }
    if let Some(link) = link {
        s.push_str(&format!("\n\n{link}"));
    }
    s
}

fn listed(c: &Change) -> String {
    format!(
        "`{}:{}` {} ({}): {}",
        c.finding.path,
        c.finding.line,
        c.finding.rule,
        c.finding.strategy.as_str(),
        c.finding.message
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(paths: &[&str], dry_run: bool) -> Command {
        Command::Run {
            paths: paths.iter().map(|p| p.to_string()).collect(),
            dry_run,
        }
    }

    fn only(body: &str) -> Vec<Command> {
        commands(body).into_iter().map(|(_, c)| c).collect()
    }

    #[test]
    fn commands_are_lines_starting_with_the_command_word() {
        assert_eq!(only("/parallelize"), vec![run(&[], false)]);
        assert_eq!(
            only("Thanks!\n  /parallelize --dry-run src/pkg/ ./a.py\nbye"),
            vec![run(&["src/pkg", "a.py"], true)]
        );
        assert_eq!(only("/parallelize help"), vec![Command::Help]);
        assert!(only("please run /parallelize").is_empty());
        assert!(only("/parallelized it already").is_empty());
        assert!(only("/parallelize-me").is_empty());
    }

    #[test]
    fn code_blocks_quotes_and_html_comments_hold_no_command() {
        let body = "Try this:\n```\n/parallelize\n```\n~~~~text\n/parallelize --dry-run\n~~~\n\
                    /parallelize\n~~~~\n> /parallelize a.py\n    /parallelize b.py\n\
                    <!-- template\n/parallelize c.py\n-->\n`/parallelize` in a sentence";
        assert!(only(body).is_empty(), "{:?}", commands(body));
        // An HTML comment opened mid-line; inline code that looks like a fence.
        assert!(only("See <!-- hidden\n/parallelize\n-->").is_empty());
        assert_eq!(
            only("```not a fence```\n/parallelize"),
            vec![run(&[], false)]
        );
        // The fence is closed: what follows counts again.
        assert_eq!(
            only("```python\nx = 1\n```\n/parallelize d.py"),
            vec![run(&["d.py"], false)]
        );
    }

    #[test]
    fn wrong_arguments_say_what_was_wrong() {
        assert_eq!(
            only("/parallelize --force"),
            vec![Command::Invalid("unknown option `--force`".into())]
        );
        assert!(matches!(
            only("/parallelize ../secrets").as_slice(),
            [Command::Invalid(why)] if why.contains("leaves the repository")
        ));
        assert!(matches!(
            only("/parallelize /etc/passwd").as_slice(),
            [Command::Invalid(why)] if why.contains("not a path relative")
        ));
        assert!(matches!(
            only("/parallelize help a.py").as_slice(),
            [Command::Invalid(_)]
        ));
    }

    #[test]
    fn an_edit_runs_only_the_commands_it_adds() {
        let before = "/parallelize --dry-run";
        assert!(new_commands("/parallelize --dry-run\n\nedit: typo", Some(before)).is_empty());
        assert_eq!(
            new_commands("/parallelize --dry-run\n/parallelize", Some(before))
                .into_iter()
                .map(|(_, c)| c)
                .collect::<Vec<_>>(),
            vec![run(&[], false)]
        );
        // The same line twice runs once.
        assert_eq!(new_commands("/parallelize\n/parallelize", None).len(), 1);
    }

    #[test]
    fn comments_by_bots_are_not_commands() {
        let payload = |user_type: &str, login: &str| {
            json!({
                "action": "created",
                "issue": {"number": 1, "pull_request": {"url": "x"}},
                "comment": {"id": 1, "body": "/parallelize", "user": {"login": login, "type": user_type}},
                "sender": {"login": login, "type": user_type},
            })
        };
        assert!(wants_job("issue_comment", &payload("User", "octocat")));
        assert!(!wants_job(
            "issue_comment",
            &payload("Bot", "parallelize[bot]")
        ));
        assert!(!wants_job(
            "issue_comment",
            &payload("User", "renovate[bot]")
        ));
        // A comment on an issue (not a pull request).
        let mut on_issue = payload("User", "octocat");
        on_issue["issue"]
            .as_object_mut()
            .expect("object")
            .remove("pull_request");
        assert!(!wants_job("issue_comment", &on_issue));
    }

    #[test]
    fn fences_are_longer_than_any_run_of_backticks_inside() {
        assert_eq!(fenced("diff", "+a\n"), "```diff\n+a\n```");
        assert_eq!(
            fenced("suggestion", "s = \"\"\"\n```\n\"\"\"\n"),
            "````suggestion\ns = \"\"\"\n```\n\"\"\"\n````"
        );
    }
}
