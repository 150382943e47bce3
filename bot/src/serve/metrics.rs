//! `GET /metrics`: what the App did, in the Prometheus text exposition format (version 0.0.4).
//!
//! | metric | type | labels | what it counts |
//! |---|---|---|---|
//! | `parallelize_webhook_deliveries_total` | counter | `event`, `outcome` | requests to `POST /webhook` by how the handler answered them (below) |
//! | `parallelize_jobs` | gauge | `kind`, `state` | jobs in the database by kind and state (`queued`, `running`, `done`, `failed`) |
//! | `parallelize_queue_depth` | gauge | | jobs waiting to run (state `queued`, retries waiting for their backoff included) |
//! | `parallelize_database_up` | gauge | | 1 when the database answered the queries of this scrape, 0 when not (the job gauges are then left out) |
//! | `parallelize_job_duration_seconds` | histogram | `kind` | how long each job this replica handled took, from its claim to its outcome (done, retry or failed), 0.5 s to 30 min buckets |
//! | `parallelize_github_api_requests_total` | counter | `status` | REST requests this replica sent to GitHub, every attempt (retries included), by the answer's HTTP status code, `error` when none came (installation-token exchanges only when one fails) |
//! | `parallelize_github_rate_limit_remaining` | gauge | | the last `x-ratelimit-remaining` GitHub sent this replica, whichever installation the request was for (GitHub limits each installation apart); absent until one arrives |
//! | `parallelize_rewrites_total` | counter | `rule`, `outcome` | rewrites of this replica's jobs, by rule code (`PAR101`): `proposed`, `kept`, `dropped` (below) |
//!
//! Delivery outcomes: `queued` (a job was queued or coalesced into a queued one), `ignored`
//! (recorded; the App does not act on this event or action), `duplicate` (a delivery id seen
//! before: nothing done), `rejected_signature` (401: the `X-Hub-Signature-256` is missing or
//! wrong), `bad_headers` (400: no `X-GitHub-Event` or `X-GitHub-Delivery`), `bad_payload` (400:
//! the body is not JSON), `error` (503: the database could not record it). The `event` of a
//! request whose signature failed is `unverified`: anyone can send one, so its header is not
//! trusted as a label value.
//!
//! Rewrite outcomes, from the verification every push, sweep, dashboard and command job runs
//! (`propose::verify`): `proposed` — proven safe by the engine in the job's scope and put
//! forward (declined ones are not); `kept` — passed the replay and the tests, so in the pull
//! request (or the suggestion); `dropped` — a test that passed before failed with it, or its
//! replay changed the outcome. `proposed` is at least `kept + dropped`: the rest was not
//! measured to pay off, or the run stopped (setup or baseline tests failed).
//!
//! Counters and the histogram are per replica (this process, since it started): with several
//! replicas, sum them across instances in the queries. The job gauges are read from the
//! database at each scrape and so are the same on every replica: take one (`max`), do not sum.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::github::ApiStats;

/// The upper bounds of the job-duration buckets, in seconds (then `+Inf`).
pub const DURATION_BUCKETS: &[f64] = &[
    0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1200.0, 1800.0,
];

/// The job states of the `jobs` table, each shown for every kind (0 when none).
const JOB_STATES: &[&str] = &["queued", "running", "done", "failed"];

/// How a `POST /webhook` request was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Delivery {
    Queued,
    Ignored,
    Duplicate,
    RejectedSignature,
    BadHeaders,
    BadPayload,
    Error,
}

impl Delivery {
    pub fn label(self) -> &'static str {
        match self {
            Delivery::Queued => "queued",
            Delivery::Ignored => "ignored",
            Delivery::Duplicate => "duplicate",
            Delivery::RejectedSignature => "rejected_signature",
            Delivery::BadHeaders => "bad_headers",
            Delivery::BadPayload => "bad_payload",
            Delivery::Error => "error",
        }
    }
}

/// What verification did with a rewrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rewrite {
    Proposed,
    Kept,
    Dropped,
}

impl Rewrite {
    pub fn label(self) -> &'static str {
        match self {
            Rewrite::Proposed => "proposed",
            Rewrite::Kept => "kept",
            Rewrite::Dropped => "dropped",
        }
    }
}

/// One histogram series: counts per bucket (not cumulative; made so when rendered).
#[derive(Debug, Clone, Default)]
struct Histogram {
    /// One per [`DURATION_BUCKETS`] bound, then the `+Inf` one.
    buckets: Vec<u64>,
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        if self.buckets.is_empty() {
            self.buckets = vec![0; DURATION_BUCKETS.len() + 1];
        }
        let i = DURATION_BUCKETS
            .iter()
            .position(|&bound| seconds <= bound)
            .unwrap_or(DURATION_BUCKETS.len());
        self.buckets[i] += 1;
        self.sum += seconds;
        self.count += 1;
    }
}

/// The process's registry, shared by the request handlers and the workers.
#[derive(Debug)]
pub struct Metrics {
    deliveries: Mutex<BTreeMap<(String, Delivery), u64>>,
    durations: Mutex<BTreeMap<String, Histogram>>,
    rewrites: Mutex<BTreeMap<(String, Rewrite), u64>>,
    github: Arc<ApiStats>,
}

/// The job counts the database holds, for one scrape.
#[derive(Debug, Clone, Default)]
pub struct JobCounts {
    /// `(kind, state) -> jobs`.
    pub by_kind_and_state: BTreeMap<(String, String), i64>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Metrics {
    /// A registry reading the GitHub client's request counts from `github`.
    pub fn new(github: Arc<ApiStats>) -> Metrics {
        Metrics {
            deliveries: Mutex::default(),
            durations: Mutex::default(),
            rewrites: Mutex::default(),
            github,
        }
    }

    /// A webhook request for `event` answered as `outcome`.
    pub fn delivery(&self, event: &str, outcome: Delivery) {
        *lock(&self.deliveries)
            .entry((event.to_owned(), outcome))
            .or_default() += 1;
    }

    /// A job of `kind` took `took` (done, failed or to be retried).
    pub fn job_finished(&self, kind: &str, took: Duration) {
        lock(&self.durations)
            .entry(kind.to_owned())
            .or_default()
            .observe(took.as_secs_f64());
    }

    /// `n` rewrites of `rule` had this outcome.
    pub fn rewrites(&self, rule: &str, outcome: Rewrite, n: u64) {
        if n == 0 {
            return;
        }
        *lock(&self.rewrites)
            .entry((rule.to_owned(), outcome))
            .or_default() += n;
    }

    /// Count what a verification proposed, kept and dropped.
    pub fn verified(&self, verified: &crate::propose::Verified) {
        let declined = crate::propose::DECLINED_REASON;
        for f in &verified.findings {
            if f.safety == transforms::Safety::Safe
                && f.fix.is_some()
                && !f.reasons.iter().any(|r| r == declined)
            {
                self.rewrites(f.rule, Rewrite::Proposed, 1);
            }
        }
        for c in &verified.result.applied {
            self.rewrites(c.finding.rule, Rewrite::Kept, 1);
        }
        for c in &verified.result.dropped {
            self.rewrites(c.finding.rule, Rewrite::Dropped, 1);
        }
    }

    /// The exposition text; `jobs` is `None` when the database did not answer.
    pub fn render(&self, jobs: Option<&JobCounts>) -> String {
        let mut out = String::new();

        family(
            &mut out,
            "parallelize_database_up",
            "gauge",
            "1 when the database answered this scrape's queries, 0 when not.",
        );
        sample(
            &mut out,
            "parallelize_database_up",
            &[],
            u64::from(jobs.is_some()),
        );

        family(
            &mut out,
            "parallelize_github_api_requests_total",
            "counter",
            "GitHub REST requests this replica sent (every attempt), by HTTP status code; `error` when no answer came.",
        );
        for (status, n) in self.github.requests() {
            sample(
                &mut out,
                "parallelize_github_api_requests_total",
                &[("status", &status)],
                n,
            );
        }

        family(
            &mut out,
            "parallelize_github_rate_limit_remaining",
            "gauge",
            "The last x-ratelimit-remaining GitHub sent this replica.",
        );
        if let Some(n) = self.github.rate_limit_remaining() {
            sample(&mut out, "parallelize_github_rate_limit_remaining", &[], n);
        }

        let name = "parallelize_job_duration_seconds";
        family(
            &mut out,
            name,
            "histogram",
            "How long the jobs this replica handled took, from claim to outcome, by kind.",
        );
        for (kind, h) in lock(&self.durations).iter() {
            let mut cumulative = 0;
            for (i, n) in h.buckets.iter().enumerate() {
                cumulative += n;
                let le = DURATION_BUCKETS
                    .get(i)
                    .map(|b| b.to_string())
                    .unwrap_or_else(|| "+Inf".to_owned());
                sample(
                    &mut out,
                    &format!("{name}_bucket"),
                    &[("kind", kind), ("le", &le)],
                    cumulative,
                );
            }
            let _ = writeln!(
                out,
                "{name}_sum{} {}",
                labels(&[("kind", kind)]),
                float(h.sum)
            );
            sample(
                &mut out,
                &format!("{name}_count"),
                &[("kind", kind)],
                h.count,
            );
        }

        family(
            &mut out,
            "parallelize_jobs",
            "gauge",
            "Jobs in the shared database by kind and state (the same on every replica).",
        );
        if let Some(jobs) = jobs {
            let mut all = jobs.by_kind_and_state.clone();
            for kind in super::worker::KINDS {
                for state in JOB_STATES {
                    all.entry(((*kind).to_owned(), (*state).to_owned()))
                        .or_insert(0);
                }
            }
            for ((kind, state), n) in &all {
                sample(
                    &mut out,
                    "parallelize_jobs",
                    &[("kind", kind), ("state", state)],
                    n,
                );
            }
        }

        family(
            &mut out,
            "parallelize_queue_depth",
            "gauge",
            "Jobs waiting to run (queued, retries waiting for their backoff included).",
        );
        if let Some(jobs) = jobs {
            let queued: i64 = jobs
                .by_kind_and_state
                .iter()
                .filter(|((_, state), _)| state == "queued")
                .map(|(_, n)| n)
                .sum();
            sample(&mut out, "parallelize_queue_depth", &[], queued);
        }

        family(
            &mut out,
            "parallelize_rewrites_total",
            "counter",
            "Rewrites of this replica's jobs by rule: proposed (proven safe), kept (verified), dropped (broke a test or changed a replay's outcome).",
        );
        for ((rule, outcome), n) in lock(&self.rewrites).iter() {
            sample(
                &mut out,
                "parallelize_rewrites_total",
                &[("rule", rule), ("outcome", outcome.label())],
                n,
            );
        }

        family(
            &mut out,
            "parallelize_webhook_deliveries_total",
            "counter",
            "Requests to POST /webhook this replica answered, by event and outcome.",
        );
        for ((event, outcome), n) in lock(&self.deliveries).iter() {
            sample(
                &mut out,
                "parallelize_webhook_deliveries_total",
                &[("event", event), ("outcome", outcome.label())],
                n,
            );
        }
        out
    }
}

/// The `# HELP` and `# TYPE` lines of a metric.
fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let help = help.replace('\\', "\\\\").replace('\n', "\\n");
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn sample(out: &mut String, name: &str, pairs: &[(&str, &str)], value: impl std::fmt::Display) {
    let _ = writeln!(out, "{name}{} {value}", labels(pairs));
}

/// `{a="x",b="y"}` with the values escaped (`\`, `"` and newlines), or nothing.
fn labels(pairs: &[(&str, &str)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let inner: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
        .collect();
    format!("{{{}}}", inner.join(","))
}

/// A label value as the text format quotes it.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// A float as Prometheus reads it (`Display` never uses an exponent; non-finite values
/// have their own spellings).
fn float(x: f64) -> String {
    if x.is_nan() {
        "NaN".to_owned()
    } else if x.is_infinite() {
        if x > 0.0 { "+Inf" } else { "-Inf" }.to_owned()
    } else {
        x.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escape("two\nlines"), "two\\nlines");
        let m = Metrics::new(Arc::default());
        m.delivery("we\"ird\\\n", Delivery::Ignored);
        let text = m.render(None);
        assert!(
            text.contains(
                "parallelize_webhook_deliveries_total{event=\"we\\\"ird\\\\\\n\",outcome=\"ignored\"} 1\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn durations_fall_in_cumulative_buckets_ending_in_inf() {
        let m = Metrics::new(Arc::default());
        for secs in [0.2, 0.5, 3.0, 4000.0] {
            m.job_finished("push", Duration::from_secs_f64(secs));
        }
        let text = m.render(None);
        let bucket = |le: &str| {
            let prefix =
                format!("parallelize_job_duration_seconds_bucket{{kind=\"push\",le=\"{le}\"}} ");
            text.lines()
                .find_map(|l| l.strip_prefix(&prefix))
                .unwrap_or_else(|| panic!("no bucket {le}:\n{text}"))
                .to_owned()
        };
        assert_eq!(bucket("0.5"), "2");
        assert_eq!(bucket("2.5"), "2");
        assert_eq!(bucket("5"), "3");
        assert_eq!(bucket("1800"), "3");
        assert_eq!(bucket("+Inf"), "4");
        assert!(text.contains("parallelize_job_duration_seconds_count{kind=\"push\"} 4\n"));
        assert!(text.contains("parallelize_job_duration_seconds_sum{kind=\"push\"} 4003.7\n"));
    }

    #[test]
    fn every_kind_and_state_is_shown_and_the_queue_depth_sums_the_queued() {
        let m = Metrics::new(Arc::default());
        let mut jobs = JobCounts::default();
        jobs.by_kind_and_state
            .insert(("push".into(), "queued".into()), 2);
        jobs.by_kind_and_state
            .insert(("react".into(), "queued".into()), 1);
        jobs.by_kind_and_state
            .insert(("future-kind".into(), "done".into()), 5);
        let text = m.render(Some(&jobs));
        assert!(text.contains("parallelize_jobs{kind=\"push\",state=\"queued\"} 2\n"));
        assert!(text.contains("parallelize_jobs{kind=\"sweep\",state=\"failed\"} 0\n"));
        assert!(text.contains("parallelize_jobs{kind=\"future-kind\",state=\"done\"} 5\n"));
        assert!(text.contains("parallelize_queue_depth 3\n"));
        assert!(text.contains("parallelize_database_up 1\n"));
        let down = m.render(None);
        assert!(down.contains("parallelize_database_up 0\n"));
        assert!(!down.contains("\nparallelize_queue_depth "));
        // No rate limit seen yet: the gauge has no sample (not a made-up 0).
        assert!(!down.contains("\nparallelize_github_rate_limit_remaining "));
        // Deterministic: the same state renders the same text.
        assert_eq!(text, m.render(Some(&jobs)));
    }
}
