//! The pull-request title, body (handlebars, `bot/templates/`) and commit message of a run.
//! Every number comes from the run's own measurements.

use std::collections::BTreeSet;

use anyhow::Context;
use config::RepoConfig;
use handlebars::Handlebars;
use serde_json::{json, Value};
use transforms::Strategy;

use super::report::{Change, ProposeResult, Status, Suite};

const BODY: &str = include_str!("../../templates/pr-body.md.hbs");

/// The pull-request body.
pub fn body(result: &ProposeResult, config: &RepoConfig) -> anyhow::Result<String> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    hb.register_escape_fn(handlebars::no_escape);
    hb.register_template_string("body", BODY)
        .context("the pull-request template does not parse")?;
    let text = match result.status {
        Status::Proposed | Status::DryRun => hb
            .render("body", &context(result, config))
            .context("cannot render the pull-request body")?,
        _ => status_only(result),
    };
    Ok(text)
}

/// The comment on the bot's open pull request when a run at `commit` (short id) leaves
/// nothing to propose (`why`: the run's message), just before it is closed.
pub fn closing_comment(commit: &str, why: &str) -> String {
    format!("Closing: after {commit} no verified rewrite is left to propose ({why}).")
}

/// The title: `Parallelize 2 loops in `thumbs/` (process pool, thread pool)`.
pub fn title(applied: &[Change]) -> String {
    let n = applied.len();
    let nouns: BTreeSet<&str> = applied.iter().map(|c| noun(c.finding.rule)).collect();
    let noun = match nouns.iter().next() {
        Some(only) if nouns.len() == 1 => *only,
        _ => "places",
    };
    let noun = if n == 1 { singular(noun) } else { noun };
    let paths: Vec<&str> = applied.iter().map(|c| c.finding.path.as_str()).collect();
    let place = common_dir(&paths);
    let strategies: BTreeSet<&str> = applied
        .iter()
        .map(|c| strategy_name(c.finding.strategy))
        .collect();
    let strategies: Vec<&str> = strategies.into_iter().collect();
    let mut t = format!("Parallelize {n} {noun}");
    if !place.is_empty() {
        t.push_str(&format!(" in `{place}`"));
    }
    t.push_str(&format!(" ({})", strategies.join(", ")));
    t
}

/// The commit message: the title, then one line per rewrite and how it was verified.
pub fn commit_message(title: &str, result: &ProposeResult) -> String {
    let mut m = format!("{title}\n\n");
    for c in &result.applied {
        m.push_str(&format!(
            "- {}:{} {}{}: {} ({}){}\n",
            c.finding.path,
            c.finding.line,
            c.finding.rule,
            c.function
                .as_deref()
                .map(|f| format!(" in {f}"))
                .unwrap_or_default(),
            c.finding.strategy.as_str(),
            c.finding.workload.as_str(),
            c.replay
                .as_ref()
                .map(|r| format!(", replayed {}", r.summary(false)))
                .unwrap_or_default()
        ));
    }
    if let (Some(b), Some(a)) = (&result.before, &result.after) {
        m.push_str(&format!(
            "\nVerified with `{}`: {} before, {} after.\n",
            result.test_command,
            suite_summary(b),
            suite_summary(a)
        ));
    }
    for c in &result.dropped {
        m.push_str(&format!(
            "Dropped {}:{} {} ({}).\n",
            c.finding.path,
            c.finding.line,
            c.finding.rule,
            why_not_applied(c, |t| t.join(", "))
        ));
    }
    m
}

fn context(result: &ProposeResult, config: &RepoConfig) -> Value {
    let applied_n = result.applied.len();
    let rows: Vec<Value> = result
        .applied
        .iter()
        .map(|c| {
            row(
                c,
                "✅",
                format!("{}, {}", code_name(c), strategy_detail(c, config)),
                c.replay
                    .as_ref()
                    .map_or_else(|| "not replayed".to_owned(), |r| r.summary(true)),
            )
        })
        .chain(result.dropped.iter().map(|c| {
            row(
                c,
                "❌",
                "dropped".to_owned(),
                cell(&why_not_applied(c, |t| code_list(t, 3))),
            )
        }))
        .chain(result.review.iter().map(|c| {
            let reason = c
                .finding
                .reasons
                .first()
                .cloned()
                .unwrap_or_else(|| "not proven".into());
            // Proven safe, but not measured to pay off: the policy's, not the analysis's.
            if c.finding.safety == transforms::Safety::Safe {
                row(c, "💤", "not proposed".to_owned(), cell(&reason))
            } else {
                row(c, "👀", "not applied".to_owned(), cell(&reason))
            }
        }))
        .collect();
    let before = result.before.as_ref();
    let after = result.after.as_ref();
    let total_tests = after.map(|a| a.passed).unwrap_or(0);
    let applied: Vec<Value> = result
        .applied
        .iter()
        .map(|c| {
            json!({
                "strategy_name": strategy_name(c.finding.strategy),
                "title": c.function.clone().unwrap_or_else(|| format!("{}:{}", c.finding.path, c.finding.line)),
                "rationale": c.rationale,
                "output_evidence": output_evidence(c, total_tests, &result.test_command),
                "checklist": c.checklist,
            })
        })
        .collect();
    let timings: Vec<Value> = result
        .faster
        .iter()
        .chain(result.slower.iter())
        .map(|t| json!({"test": t.test, "before": secs(t.before), "after": secs(t.after)}))
        .collect();
    let dropped: Vec<Value> = result.dropped.iter().map(listed).collect();
    let review: Vec<Value> = result.review.iter().map(listed).collect();
    let found = applied_n + result.dropped.len() + result.review.len();
    let suppress_rule = result
        .applied
        .first()
        .map(|c| c.finding.rule)
        .unwrap_or("PAR101");
    json!({
        "dry_run": result.status == Status::DryRun,
        "found": format!("{found} {}", if found == 1 { "place" } else { "places" }),
        "applied_count": applied_n,
        "dropped_count": result.dropped.len(),
        "dropped_were": if result.dropped.len() == 1 { "was" } else { "were" },
        "dropped_it": if result.dropped.len() == 1 { "it was" } else { "they were" },
        "review_count": result.review.len(),
        "review_are": if result.review.len() == 1 { "is" } else { "are" },
        "rows": rows,
        "replay_note": replay_note(&result.applied),
        "test_command": result.test_command,
        "before_summary": before.map(suite_summary).unwrap_or_default(),
        "after_summary": after.map(suite_summary).unwrap_or_default(),
        "before_seconds": before.map(|s| secs(s.seconds)).unwrap_or_default(),
        "after_seconds": after.map(|s| secs(s.seconds)).unwrap_or_default(),
        "isolation": result.isolation,
        "runner": runner(),
        "bisect_runs": !result.dropped.is_empty(),
        "test_runs": result.test_runs,
        "applied": applied,
        "timings": timings,
        "dropped": dropped,
        "review": review,
        "suppress_rule": suppress_rule,
    })
}

/// A dropped or review finding in the folded lists.
fn listed(c: &Change) -> Value {
    json!({
        "location": format!("{}:{}", c.finding.path, c.finding.line),
        "function": c.function,
        "rule": c.finding.rule,
        "strategy": strategy_name(c.finding.strategy),
        "message": c.finding.message,
        "reasons": c.finding.reasons,
        "failing_tests": c.failing_tests,
    })
}

fn row(c: &Change, icon: &str, strategy: String, note: String) -> Value {
    let per_item = c.measured.as_ref().map_or_else(
        || "—".to_owned(),
        |m| {
            format!(
                "{} (`{}`, {} items)",
                duration(m.seconds_per_item),
                cell(&m.test),
                m.items
            )
        },
    );
    let break_even = match c.payoff.map(|p| p.break_even) {
        Some(Some(n)) => format!("{n} {}", if n == 1 { "item" } else { "items" }),
        Some(None) => "never".to_owned(),
        None => "—".to_owned(),
    };
    json!({
        "per_item": per_item,
        "break_even": break_even,
        "icon": icon,
        "location": format!("{}:{}", c.finding.path, c.finding.line),
        "function": c.function,
        "rule": c.finding.rule,
        "strategy": strategy,
        "note": note,
    })
}

/// What was measured of one rewrite, on one line (check runs and command replies): `replayed
/// 300 items: 1.10 s → 550 ms, 2.00× ±3%; 2.9 ms an item in `t` (30 items), break-even 9 items`.
pub(crate) fn measured_line(c: &Change) -> Option<String> {
    let m = c.measured.as_ref()?;
    let mut s = String::new();
    if let Some(r) = &c.replay {
        s.push_str(&format!("replayed {}; ", r.summary(false)));
    }
    s.push_str(&format!(
        "{} an item in `{}` ({} items)",
        duration(m.seconds_per_item),
        m.test,
        m.items
    ));
    match c.payoff.map(|p| p.break_even) {
        Some(Some(n)) => s.push_str(&format!(", break-even {n} items")),
        Some(None) => s.push_str(", a pool never pays off"),
        None => {}
    }
    Some(s)
}

/// The check run's account of the policy: every rewrite proven safe with what was measured
/// of it, and, for those not proposed or dropped, why (the same figures as the PR and
/// `result.json`).
pub(crate) fn measurements(result: &ProposeResult) -> String {
    let mut s = String::new();
    let proven = result
        .review
        .iter()
        .filter(|c| c.finding.safety == transforms::Safety::Safe);
    for (title, changes) in [
        ("Proposed", result.applied.iter().collect::<Vec<_>>()),
        ("Dropped", result.dropped.iter().collect()),
        ("Proven safe, not proposed", proven.collect()),
    ] {
        if changes.is_empty() {
            continue;
        }
        s.push_str(&format!("\n\n**{title}**\n"));
        for c in changes {
            s.push_str(&format!(
                "\n- `{}:{}` {}{}",
                c.finding.path,
                c.finding.line,
                c.finding.rule,
                c.function
                    .as_deref()
                    .map(|f| format!(" `{f}`"))
                    .unwrap_or_default()
            ));
            if let Some(line) = measured_line(c) {
                s.push_str(&format!(": {line}"));
            }
            if title != "Proposed" {
                s.push_str(&format!(
                    "\n  - {}",
                    why_not_applied(c, |t| code_list(t, 3))
                ));
            }
        }
    }
    s
}

/// Why a rewrite is not applied: the tests it broke, what its replay found, or its first
/// reason (the policy's or the analysis's).
pub(crate) fn why_not_applied(c: &Change, tests: impl Fn(&[String]) -> String) -> String {
    if !c.failing_tests.is_empty() {
        return format!("broke {}", tests(&c.failing_tests));
    }
    match c.replay.as_ref().and_then(|r| r.difference()) {
        Some(d) => format!("the replay found a different outcome: {d}"),
        None => c.finding.reasons.first().cloned().unwrap_or_default(),
    }
}

/// The paragraph under the table: how the replays ran and what they add up to.
fn replay_note(applied: &[Change]) -> String {
    let replays: Vec<&super::replay::Replay> =
        applied.iter().filter_map(|c| c.replay.as_ref()).collect();
    if replays.is_empty() {
        return String::new();
    }
    let runs = replays
        .iter()
        .map(|r| r.original_seconds.len())
        .max()
        .unwrap_or(0);
    let (before, after) = replays.iter().fold((0.0, 0.0), |(b, a), r| {
        let (rb, ra) = r.medians();
        (b + rb, a + ra)
    });
    let spawn = replays.iter().any(|r| {
        r.compared
            .iter()
            .any(|c| c.method.as_deref() == Some("spawn"))
    });
    let size = replays.iter().map(|r| r.sized_to).fold(0.0, f64::max);
    let size = if (size - 1.0).abs() < 1e-9 {
        "a second".to_owned()
    } else {
        duration(size)
    };
    format!(
        "Replays ran each call captured from your tests (its items replicated, or the call repeated, to about {size} of work) through the original and the rewritten function in a fresh interpreter, alternating, {runs} runs each; the result, the arguments' state afterwards and the output were identical{}. In all {} → {}, {:.2}×.",
        if spawn {
            ", process pools checked under `spawn` too"
        } else {
            ""
        },
        duration(before),
        duration(after),
        if after > 0.0 { before / after } else { 0.0 }
    )
}

/// `ProcessPoolExecutor.map`-style name of the strategy, as the rewrite spells it.
fn code_name(c: &Change) -> &'static str {
    match c.finding.strategy {
        Strategy::ProcessPool => "`ProcessPoolExecutor`",
        Strategy::ThreadPool => "`ThreadPoolExecutor`",
        other => strategy_name(other),
    }
}

/// How "output matches the sequential version" was checked for one rewrite.
fn output_evidence(c: &Change, total: usize, command: &str) -> String {
    let mut s = tests_evidence(c, total, command);
    if let Some(r) = &c.replay {
        let spawn = r
            .compared
            .iter()
            .any(|x| x.method.as_deref() == Some("spawn"));
        s.push_str(&format!(
            "; replayed on the {}, the rewrite gave the same result, arguments afterwards and output as the original{}",
            r.source(),
            if spawn { " (under `spawn` too)" } else { "" }
        ));
    }
    s
}

fn tests_evidence(c: &Change, total: usize, command: &str) -> String {
    let name = c.function.as_deref().unwrap_or("this code");
    match &c.tests {
        Some(t) if t.is_empty() => format!(
            "no test calls `{name}`, so the suite cannot confirm it; the {total} tests of `{command}` pass before and after, and the analysis above is the proof"
        ),
        Some(t) if t.len() == 1 => format!(
            "the 1 test that calls `{name}` passes before and after ({}), and so do all {total} tests of `{command}`",
            code_list(t, 3)
        ),
        Some(t) => format!(
            "the {} tests that call `{name}` pass before and after ({}), and so do all {total} tests of `{command}`",
            t.len(),
            code_list(t, 3)
        ),
        None => format!("all {total} tests of `{command}` pass before and after"),
    }
}

/// A report for runs that end without a proposal: what happened, and the review findings.
fn status_only(result: &ProposeResult) -> String {
    let mut s = format!("{}\n", result.message);
    if !result.review.is_empty() {
        s.push_str("\nFindings for review (nothing was changed):\n\n");
        for c in &result.review {
            s.push_str(&format!(
                "- `{}:{}` {} ({}): {}\n",
                c.finding.path,
                c.finding.line,
                c.finding.rule,
                c.finding.strategy.as_str(),
                c.finding.message
            ));
            for r in &c.finding.reasons {
                s.push_str(&format!("  - {r}\n"));
            }
        }
    }
    s
}

pub(crate) fn suite_summary(s: &Suite) -> String {
    let mut parts = vec![format!("{} passed", s.passed)];
    if s.failed > 0 {
        parts.push(format!("{} failed", s.failed));
    }
    if s.errors > 0 {
        parts.push(format!("{} errors", s.errors));
    }
    if s.skipped > 0 {
        parts.push(format!("{} skipped", s.skipped));
    }
    parts.join(", ")
}

/// A short duration with its unit: `0.4 µs`, `38 µs`, `2.1 ms`, `1.30 s`.
pub(super) fn duration(s: f64) -> String {
    let (value, unit) = if s < 1e-3 {
        (s * 1e6, "µs")
    } else if s < 1.0 {
        (s * 1e3, "ms")
    } else {
        return format!("{s:.2} s");
    };
    if value < 10.0 {
        format!("{value:.1} {unit}")
    } else {
        format!("{value:.0} {unit}")
    }
}

fn secs(s: f64) -> String {
    if s >= 10.0 {
        format!("{s:.1}")
    } else {
        format!("{s:.2}")
    }
}

fn runner() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("this machine ({cores} cores)")
}

fn noun(rule: &str) -> &'static str {
    match rule {
        "PAR102" => "comprehensions",
        "PAR202" => "groups of I/O calls",
        _ => "loops",
    }
}

fn singular(noun: &'static str) -> &'static str {
    match noun {
        "comprehensions" => "comprehension",
        "groups of I/O calls" => "group of I/O calls",
        "places" => "place",
        _ => "loop",
    }
}

fn strategy_name(s: Strategy) -> &'static str {
    match s {
        Strategy::ProcessPool => "process pool",
        Strategy::ThreadPool => "thread pool",
        Strategy::AsyncioGather => "asyncio.gather",
        Strategy::TaskGroup => "task group",
        Strategy::ToThread => "asyncio.to_thread",
        Strategy::AsyncioSleep => "asyncio.sleep",
        Strategy::Numpy => "NumPy",
        Strategy::Vectorize => "vectorised pandas",
    }
}

fn strategy_detail(c: &Change, _config: &RepoConfig) -> String {
    let mut parts = Vec::new();
    if let Some(w) = c.spelled("Worker count bounded", "max_workers=") {
        parts.push(format!("`{w}`"));
    }
    if let Some(ch) = c.spelled("Chunked", "chunksize=") {
        parts.push(format!("`{ch}`"));
    }
    if parts.is_empty() {
        "results in input order".to_owned()
    } else {
        parts.join(", ")
    }
}

/// Markdown table cells cannot hold `|` or line breaks.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn code_list(items: &[String], limit: usize) -> String {
    let mut s = items
        .iter()
        .take(limit)
        .map(|t| format!("`{}`", cell(t)))
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > limit {
        s.push_str(&format!(" and {} more", items.len() - limit));
    }
    s
}

/// The deepest directory holding every path (`thumbs/`), the file itself when there is one,
/// or "" at the root.
fn common_dir(paths: &[&str]) -> String {
    let Some(first) = paths.first() else {
        return String::new();
    };
    if paths.iter().all(|p| p == first) {
        return (*first).to_owned();
    }
    let mut common: Vec<&str> = first.split('/').collect();
    common.pop();
    for p in &paths[1..] {
        let parts: Vec<&str> = p.split('/').collect();
        let n = common
            .iter()
            .zip(parts.iter())
            .take_while(|(a, b)| a == b)
            .count()
            .min(parts.len().saturating_sub(1));
        common.truncate(n);
    }
    if common.is_empty() {
        String::new()
    } else {
        format!("{}/", common.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_dir_is_the_shared_directory() {
        assert_eq!(common_dir(&["thumbs/a.py", "thumbs/b.py"]), "thumbs/");
        assert_eq!(common_dir(&["src/p/a.py", "src/p/q/b.py"]), "src/p/");
        assert_eq!(common_dir(&["a.py", "b.py"]), "");
        assert_eq!(common_dir(&["pkg/a.py", "pkg/a.py"]), "pkg/a.py");
        assert_eq!(common_dir(&["pkg/a.py", "pkgx/b.py"]), "");
    }
}
