//! `GET /metrics` of a real `parallelize serve`: real deliveries (accepted, replayed, badly
//! signed, ignored, malformed), a push job run against the fake GitHub (one rate limit
//! injected), then the Prometheus text parsed and checked, both its format (HELP and TYPE for
//! every metric, escaped labels, cumulative histogram buckets ending in `+Inf` = `_count`) and
//! its values (against the database and the requests the fake GitHub answered). On SQLite, and
//! on Postgres too when `PARALLELIZE_TEST_POSTGRES` names a server (there with a project whose
//! job stops at its red baseline: a few seconds instead of a full verification).

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::app::{deliver, example, http, sign, wait_for, App, Server};
use common::fake_github::{FakeGitHub, Fault, TestAppKey};
use serde_json::json;

const INSTALLATION: u64 = 4343;
const OWNER: &str = "octo";
const NAME: &str = "scoring";

/// The project a push job runs on, and what it does with the rewrites.
#[derive(Clone, Copy, PartialEq)]
enum Project {
    /// tests/projects/hidden-break: two safe rewrites, both proposed; PAR201's is kept,
    /// PAR101's is dropped by bisection (a mock cannot be pickled) or, when its replay on this
    /// machine does not measure it faster, not kept either; the job opens a pull request.
    HiddenBreak,
    /// tests/projects/red-baseline: one safe PAR101 rewrite proposed; the tests fail on the
    /// unchanged code, so nothing is verified, kept or dropped.
    RedBaseline,
}

/// One App test at a time: the push job measures speedups, which another job would skew.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

#[test]
fn metrics_count_deliveries_jobs_github_requests_and_rewrites() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    story(None, Project::HiddenBreak);
    if let Some(admin) = std::env::var("PARALLELIZE_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
    {
        story(Some(&admin), Project::RedBaseline);
    }
}

/// The whole check on SQLite (`postgres: None`) or on a new database of that Postgres server.
fn story(postgres: Option<&str>, project: Project) {
    let started = Instant::now();
    let key = TestAppKey::generate(12345);
    let github = FakeGitHub::start_without_prism(&key);
    github.add_installation(INSTALLATION, OWNER);
    let dir = match project {
        Project::HiddenBreak => "tests/projects/hidden-break",
        Project::RedBaseline => "tests/projects/red-baseline",
    };
    github.create_repo(
        INSTALLATION,
        OWNER,
        NAME,
        "main",
        &common::repo_root().join(dir),
    );
    let app = App::with_github(&github.api_url(), &key.private_key_path);
    let db = Db::new(&app, postgres);
    let server = start(&app, &db.url);

    // Before anything happened: every metric declared, the job gauges at zero.
    let (content_type, text) = get_metrics(&server.addr);
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    let m = parse(&text);
    assert_eq!(m.value("parallelize_database_up", &[]), Some(1.0));
    assert_eq!(m.value("parallelize_queue_depth", &[]), Some(0.0));
    assert_eq!(
        m.value("parallelize_jobs", &[("kind", "push"), ("state", "queued")]),
        Some(0.0)
    );
    assert!(m
        .samples_of("parallelize_webhook_deliveries_total")
        .is_empty());
    for declared in [
        "parallelize_github_api_requests_total",
        "parallelize_github_rate_limit_remaining",
        "parallelize_job_duration_seconds",
        "parallelize_rewrites_total",
    ] {
        assert!(m.types.contains_key(declared), "{declared}:\n{text}");
    }

    // The primary rate limit is exhausted once, when the job opens its check run: the App
    // waits for the reset (a second) and sends the request again.
    github.fail_next_with(Fault::rate_limited(
        "POST",
        &format!("/repos/{OWNER}/{NAME}/check-runs"),
        403,
        Duration::ZERO,
    ));

    // An accepted push (the branch's creation: the whole project is in scope), the same
    // delivery again, and one that never reaches the queue.
    let main = github.branch_sha(OWNER, NAME, "main").expect("main");
    let mut payload = example("push", None, INSTALLATION as i64);
    payload["ref"] = json!("refs/heads/main");
    payload["before"] = json!("0".repeat(40));
    payload["after"] = json!(main);
    let repository = &mut payload["repository"];
    repository["full_name"] = json!(format!("{OWNER}/{NAME}"));
    repository["name"] = json!(NAME);
    repository["owner"]["login"] = json!(OWNER);
    repository["default_branch"] = json!("main");
    repository["master_branch"] = json!("main");
    repository["clone_url"] = json!(github.clone_url(OWNER, NAME));
    let (status, body) = deliver(&server, "push", "d-push", &payload);
    assert_eq!(status, 202, "{body}");
    assert_eq!(deliver(&server, "push", "d-push", &payload).0, 200);
    let bytes = serde_json::to_vec(&payload).expect("json");
    let forged = [
        ("X-GitHub-Event", "push"),
        ("X-GitHub-Delivery", "d-forged"),
        ("X-Hub-Signature-256", "sha256=0000"),
    ];
    assert_eq!(
        http(&server.addr, "POST", "/webhook", &forged, &bytes).0,
        401
    );
    // An event the App does not act on.
    let label = example("label", Some("created"), INSTALLATION as i64);
    let (status, body) = deliver(&server, "label", "d-label", &label);
    assert_eq!((status, body.as_str()), (202, "{\"ignored\":\"label\"}"));
    // Signed, but not JSON; signed, but without the event header.
    let junk = b"not json";
    let junk_sig = sign(junk);
    let headers = [
        ("X-GitHub-Event", "push"),
        ("X-GitHub-Delivery", "d-junk"),
        ("X-Hub-Signature-256", junk_sig.as_str()),
    ];
    assert_eq!(
        http(&server.addr, "POST", "/webhook", &headers, junk).0,
        400
    );
    let headless = [
        ("X-GitHub-Delivery", "d-headless"),
        ("X-Hub-Signature-256", junk_sig.as_str()),
    ];
    assert_eq!(
        http(&server.addr, "POST", "/webhook", &headless, junk).0,
        400
    );

    // While the job is queued or running, the gauges say so.
    let m = parse(&get_metrics(&server.addr).1);
    let push_jobs: f64 = ["queued", "running"]
        .iter()
        .filter_map(|s| m.value("parallelize_jobs", &[("kind", "push"), ("state", s)]))
        .sum::<f64>()
        + m.value("parallelize_jobs", &[("kind", "push"), ("state", "done")])
            .unwrap_or(0.0);
    assert_eq!(push_jobs, 1.0, "{m:?}");

    wait_for("the push job", Duration::from_secs(150), || {
        let state = db.scalar("SELECT state FROM jobs WHERE delivery_id = 'd-push'");
        assert_ne!(state, "failed", "the job failed:\n{}", app.log());
        state == "done"
    });
    let job_done = started.elapsed();

    let (_, text) = get_metrics(&server.addr);
    let m = parse(&text);
    // Nothing changes between two scrapes when nothing happens: the order is deterministic.
    assert_eq!(text, get_metrics(&server.addr).1);

    // Deliveries, by what the handler did with them.
    let delivery = |event: &str, outcome: &str| {
        m.value(
            "parallelize_webhook_deliveries_total",
            &[("event", event), ("outcome", outcome)],
        )
    };
    assert_eq!(delivery("push", "queued"), Some(1.0), "{text}");
    assert_eq!(delivery("push", "duplicate"), Some(1.0), "{text}");
    assert_eq!(delivery("unverified", "rejected_signature"), Some(1.0));
    assert_eq!(delivery("label", "ignored"), Some(1.0));
    assert_eq!(delivery("push", "bad_payload"), Some(1.0));
    assert_eq!(delivery("none", "bad_headers"), Some(1.0));
    assert_eq!(
        m.samples_of("parallelize_webhook_deliveries_total").len(),
        6
    );

    // Job gauges: exactly what the database holds.
    let mut in_db: BTreeMap<(String, String), f64> = BTreeMap::new();
    for row in db.rows("SELECT kind, state, COUNT(*) FROM jobs GROUP BY kind, state") {
        in_db.insert(
            (row[0].clone(), row[1].clone()),
            row[2].parse().expect("count"),
        );
    }
    assert_eq!(
        in_db.get(&("push".to_owned(), "done".to_owned())),
        Some(&1.0)
    );
    for s in m.samples_of("parallelize_jobs") {
        let key = (s.label("kind").to_owned(), s.label("state").to_owned());
        assert_eq!(s.value, in_db.get(&key).copied().unwrap_or(0.0), "{key:?}");
    }
    let queued: f64 = in_db
        .iter()
        .filter(|((_, state), _)| state == "queued")
        .map(|(_, n)| n)
        .sum();
    assert_eq!(m.value("parallelize_queue_depth", &[]), Some(queued));
    assert_eq!(m.value("parallelize_database_up", &[]), Some(1.0));

    // The job's duration: one observation, within the time the test waited.
    let count = m.value(
        "parallelize_job_duration_seconds_count",
        &[("kind", "push")],
    );
    assert_eq!(count, Some(1.0), "{text}");
    let sum = m
        .value("parallelize_job_duration_seconds_sum", &[("kind", "push")])
        .expect("a sum");
    assert!(
        sum > 0.5 && sum < job_done.as_secs_f64(),
        "{sum} s (the test waited {job_done:?})"
    );

    // GitHub requests: the same, status by status, as the fake answered (the installation
    // token exchanges, which octocrab makes on its own, and git are not REST calls of ours).
    let mut answered: BTreeMap<String, f64> = BTreeMap::new();
    for r in github.requests() {
        if !r.path.starts_with("/git/") && !r.path.starts_with("/app/") {
            *answered.entry(r.status.to_string()).or_default() += 1.0;
        }
    }
    let counted: BTreeMap<String, f64> = m
        .samples_of("parallelize_github_api_requests_total")
        .iter()
        .map(|s| (s.label("status").to_owned(), s.value))
        .collect();
    assert_eq!(counted, answered);
    assert_eq!(counted.get("403"), Some(&1.0), "{counted:?}");
    assert!(counted.values().sum::<f64>() > 3.0, "{counted:?}");
    // The rate-limited answer was the last to carry the header.
    assert_eq!(
        m.value("parallelize_github_rate_limit_remaining", &[]),
        Some(0.0)
    );

    // Rewrites, by rule and outcome.
    let rewrites = |rule: &str, outcome: &str| {
        m.value(
            "parallelize_rewrites_total",
            &[("rule", rule), ("outcome", outcome)],
        )
    };
    let pulls = github.pulls(OWNER, NAME);
    match project {
        Project::HiddenBreak => {
            assert_eq!(rewrites("PAR101", "proposed"), Some(1.0), "{text}");
            assert_eq!(rewrites("PAR201", "proposed"), Some(1.0), "{text}");
            assert_eq!(rewrites("PAR201", "kept"), Some(1.0), "{text}");
            assert_eq!(rewrites("PAR201", "dropped"), None, "{text}");
            assert_eq!(rewrites("PAR101", "kept"), None, "{text}");
            // Dropped by bisection, or left for review when its replay did not pay off here:
            // the pull request says which.
            let body = pulls
                .first()
                .and_then(|p| p.body.clone())
                .unwrap_or_default();
            let dropped = rewrites("PAR101", "dropped");
            assert!(dropped.is_none() || dropped == Some(1.0), "{text}");
            assert_eq!(
                dropped.is_some(),
                body.contains("Rewrites dropped because tests failed"),
                "the pull request lists what was dropped:\n{body}"
            );
            assert_eq!(pulls.len(), 1, "the kept rewrite is proposed");
        }
        Project::RedBaseline => {
            assert_eq!(rewrites("PAR101", "proposed"), Some(1.0), "{text}");
            assert_eq!(
                m.samples_of("parallelize_rewrites_total").len(),
                1,
                "{text}"
            );
            assert!(pulls.is_empty(), "nothing is proposed on a red baseline");
        }
    }
    eprintln!(
        "{} story: job done after {job_done:?}, all in {:?}",
        if postgres.is_some() {
            "Postgres"
        } else {
            "SQLite"
        },
        started.elapsed()
    );
}

/// Where the App's database is, and a way to read it from the test.
struct Db {
    url: String,
}

impl Db {
    /// The App's SQLite file, or a new database on the Postgres server `admin` names.
    fn new(app: &App, postgres: Option<&str>) -> Db {
        let Some(admin) = postgres else {
            return Db {
                url: format!("sqlite://{}?mode=rwc", app.db().display()),
            };
        };
        let name = format!(
            "pz_metrics_{}_{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("clock")
                .as_millis()
        );
        Db {
            url: block_on(common::db::create_postgres_database(admin, &name)),
        }
    }

    /// Rows of `query`, every column as text.
    fn rows(&self, query: &str) -> Vec<Vec<String>> {
        block_on(common::db::query_text(&self.url, query))
    }

    fn scalar(&self, query: &str) -> String {
        self.rows(query)
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
            .unwrap_or_default()
    }
}

fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

/// [`App::start`] on the database at `url`.
fn start(app: &App, url: &str) -> Server {
    let mut child = app
        .command()
        .env("DATABASE_URL", url)
        .stdout(Stdio::piped())
        .stderr(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(app.dir.path().join("serve.log"))
                .expect("log file"),
        )
        .spawn()
        .expect("start parallelize serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the address");
    let addr = line
        .trim()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| panic!("unexpected first line: {line:?}\n{}", app.log()))
        .to_owned();
    Server { child, addr }
}

/// `GET /metrics`: (content type, body).
fn get_metrics(addr: &str) -> (String, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("write");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let (head, body) = response.split_once("\r\n\r\n").expect("a response");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let content_type = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-type")
                .then(|| v.trim().to_owned())
        })
        .unwrap_or_default();
    (content_type, body.to_owned())
}

type Labels = Vec<(String, String)>;

/// One sample line.
#[derive(Debug, Clone, PartialEq)]
struct Sample {
    name: String,
    labels: Labels,
    value: f64,
}

impl Sample {
    fn label(&self, name: &str) -> &str {
        self.labels
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_else(|| panic!("{self:?} has no label {name}"))
    }
}

/// A scrape, parsed and checked.
#[derive(Debug)]
struct Scrape {
    types: BTreeMap<String, String>,
    samples: Vec<Sample>,
}

impl Scrape {
    fn samples_of(&self, name: &str) -> Vec<&Sample> {
        self.samples.iter().filter(|s| s.name == name).collect()
    }

    /// The value of the sample `name` with exactly these labels.
    fn value(&self, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
        let mut want: Vec<(String, String)> = labels
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        want.sort();
        self.samples
            .iter()
            .find(|s| {
                let mut have = s.labels.clone();
                have.sort();
                s.name == name && have == want
            })
            .map(|s| s.value)
    }
}

fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

/// `Err(message)` unless `ok`.
macro_rules! check {
    ($ok:expr, $($message:tt)+) => {
        if !$ok {
            return Err(format!($($message)+));
        }
    };
}

/// [`read`], or the test fails with the reason and the text.
fn parse(text: &str) -> Scrape {
    read(text).unwrap_or_else(|e| panic!("not valid Prometheus text: {e}\n{text}"))
}

/// Read the text format strictly: HELP then TYPE before a metric's samples, one each; every
/// sample `name{labels} value` of a declared metric; counters named `_total`; no series twice;
/// histogram buckets cumulative, ending in `+Inf` equal to `_count`, with a `_sum`.
fn read(text: &str) -> Result<Scrape, String> {
    check!(
        text.ends_with('\n'),
        "the last line does not end with a newline"
    );
    let mut helps: BTreeMap<String, String> = BTreeMap::new();
    let mut types: BTreeMap<String, String> = BTreeMap::new();
    let mut samples: Vec<Sample> = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, help) = rest.split_once(' ').ok_or(format!("{line}: no text"))?;
            check!(valid_name(name), "{line}: bad name");
            check!(!help.is_empty(), "{line}: empty help");
            check!(!types.contains_key(name), "{line}: HELP after TYPE");
            check!(
                helps.insert(name.to_owned(), help.to_owned()).is_none(),
                "{line}: a second HELP"
            );
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').ok_or(format!("{line}: no type"))?;
            check!(helps.contains_key(name), "{line}: TYPE without HELP");
            check!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}: unknown type"
            );
            check!(
                kind != "counter" || name.ends_with("_total"),
                "{line}: a counter's name ends in _total"
            );
            check!(
                samples.iter().all(|s| s.name != name),
                "{line}: TYPE after samples"
            );
            check!(
                types.insert(name.to_owned(), kind.to_owned()).is_none(),
                "{line}: a second TYPE"
            );
            continue;
        }
        check!(!line.starts_with('#') && !line.is_empty(), "{line:?}");
        let sample = read_sample(line)?;
        let fam = family(&sample.name, &types);
        check!(types.contains_key(fam), "{line}: an undeclared metric");
        check!(
            types[fam] != "histogram" || sample.name != fam,
            "{line}: a histogram's samples are _bucket, _sum and _count"
        );
        check!(
            !samples
                .iter()
                .any(|s| s.name == sample.name && s.labels == sample.labels),
            "{line}: a series twice"
        );
        samples.push(sample);
    }
    for (name, _) in types.iter().filter(|(_, t)| *t == "histogram") {
        // Labels but `le` -> [(bound, count)].
        let mut series: BTreeMap<Labels, Vec<(f64, f64)>> = BTreeMap::new();
        for s in samples
            .iter()
            .filter(|s| s.name == format!("{name}_bucket"))
        {
            let le = s
                .labels
                .iter()
                .find(|(k, _)| k == "le")
                .map(|(_, v)| v.as_str())
                .ok_or(format!("{s:?}: a bucket without le"))?;
            let bound = match le {
                "+Inf" => f64::INFINITY,
                le => le.parse().map_err(|e| format!("{s:?}: le: {e}"))?,
            };
            let rest: Vec<(String, String)> = s
                .labels
                .iter()
                .filter(|(k, _)| k != "le")
                .cloned()
                .collect();
            series.entry(rest).or_default().push((bound, s.value));
        }
        for (labels, buckets) in series {
            check!(
                buckets
                    .windows(2)
                    .all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1),
                "{name}{labels:?}: buckets not ascending and cumulative: {buckets:?}"
            );
            let last = buckets.last().copied().unwrap_or((0.0, 0.0));
            check!(
                last.0 == f64::INFINITY,
                "{name}{labels:?}: no +Inf bucket last"
            );
            let find = |suffix: &str| {
                samples
                    .iter()
                    .find(|s| s.name == format!("{name}{suffix}") && s.labels == labels)
                    .map(|s| s.value)
            };
            check!(
                find("_count") == Some(last.1),
                "{name}{labels:?}: +Inf bucket {} but _count {:?}",
                last.1,
                find("_count")
            );
            check!(find("_sum").is_some(), "{name}{labels:?}: no _sum");
        }
    }
    Ok(Scrape { types, samples })
}

/// The metric a sample belongs to (`x_bucket` of histogram `x` is `x`).
fn family<'a>(sample: &'a str, types: &BTreeMap<String, String>) -> &'a str {
    for suffix in ["_bucket", "_sum", "_count"] {
        if let Some(base) = sample.strip_suffix(suffix) {
            if types.get(base).is_some_and(|t| t == "histogram") {
                return base;
            }
        }
    }
    sample
}

/// `name{k="v",...} value`, with `\\`, `\"` and `\n` unescaped in label values.
fn read_sample(line: &str) -> Result<Sample, String> {
    let name_end = line.find(['{', ' ']).ok_or(format!("{line}: no value"))?;
    let name = &line[..name_end];
    check!(valid_name(name), "{line}: bad metric name");
    let mut labels = Vec::new();
    let mut rest = &line[name_end..];
    if let Some(after) = rest.strip_prefix('{') {
        let mut chars = after.char_indices();
        loop {
            // A label name up to `=`, then a quoted value, then `,` or `}`.
            let Some((start, _)) = chars.clone().next() else {
                return Err(format!("{line}: unterminated labels"));
            };
            let eq = chars
                .by_ref()
                .find(|(_, c)| *c == '=')
                .map(|(i, _)| i)
                .ok_or(format!("{line}: a label without ="))?;
            let key = &after[start..eq];
            check!(
                valid_name(key) && !key.contains(':'),
                "{line}: label name {key:?}"
            );
            check!(
                chars.next().map(|(_, c)| c) == Some('"'),
                "{line}: unquoted label value"
            );
            let mut value = String::new();
            loop {
                match chars.next().map(|(_, c)| c) {
                    Some('\\') => match chars.next().map(|(_, c)| c) {
                        Some('\\') => value.push('\\'),
                        Some('"') => value.push('"'),
                        Some('n') => value.push('\n'),
                        other => return Err(format!("{line}: bad escape {other:?}")),
                    },
                    Some('"') => break,
                    Some(c) => value.push(c),
                    None => return Err(format!("{line}: unterminated label value")),
                }
            }
            check!(
                labels.iter().all(|(k, _)| k != key),
                "{line}: label {key} twice"
            );
            labels.push((key.to_owned(), value));
            match chars.next() {
                Some((_, ',')) => continue,
                Some((i, '}')) => {
                    rest = &after[i + 1..];
                    break;
                }
                other => return Err(format!("{line}: unexpected {other:?} after a label")),
            }
        }
    }
    let value = rest
        .strip_prefix(' ')
        .ok_or(format!("{line}: one space before the value"))?;
    check!(!value.contains(' '), "{line}: no timestamps here");
    let value: f64 = match value {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        v => v.parse().map_err(|e| format!("{line}: value {v:?}: {e}"))?,
    };
    Ok(Sample {
        name: name.to_owned(),
        labels,
        value,
    })
}

#[test]
fn the_parser_reads_escaped_labels_and_rejects_what_the_format_forbids() {
    let ok =
        "# HELP a_total A.\n# TYPE a_total counter\na_total{x=\"q\\\"uo\\\\te\\n\",y=\"\"} 2\n";
    let scrape = parse(ok);
    assert_eq!(
        scrape.value("a_total", &[("x", "q\"uo\\te\n"), ("y", "")]),
        Some(2.0)
    );
    let histogram = |inf: &str| {
        format!(
            "# HELP h Seconds.\n# TYPE h histogram\nh_bucket{{le=\"1\"}} 2\nh_bucket{{le=\"+Inf\"}} {inf}\nh_sum 3\nh_count 3\n"
        )
    };
    parse(&histogram("3"));
    for broken in [
        histogram("1"),
        histogram("2"),
        "# TYPE a gauge\na 1\n".to_owned(),
        "# HELP a_total A.\n# TYPE a_total counter\nb_total 1\n".to_owned(),
        "# HELP c C.\n# TYPE c counter\nc 1\n".to_owned(),
        "# HELP g G.\n# TYPE g gauge\ng{x=\"1\"} 1\ng{x=\"1\"} 2\n".to_owned(),
        "# HELP g G.\n# TYPE g gauge\ng{x=\"a\\q\"} 1\n".to_owned(),
        "# HELP g G.\n# TYPE g gauge\ng 1".to_owned(),
    ] {
        assert!(read(&broken).is_err(), "accepted:\n{broken}");
    }
}
