//! The GitHub App end to end: `parallelize serve` as a real process, a stateful fake GitHub
//! (tests/common/fake_github.rs) behind Prism checking every request and response against
//! GitHub's OpenAPI description, real git over HTTP with basic auth (`git http-backend`), signed
//! deliveries built from GitHub's webhook examples, real venvs and pytest in the sandbox.

mod common;

use std::time::Duration;

use common::app::{deliver, example, wait_for, App, Server};
use common::fake_github::{FakeGitHub, Push, TestAppKey};
use serde_json::{json, Value};

const INSTALLATION: u64 = 4242;
const OWNER: &str = "octo";
const NAME: &str = "ledger";
/// A push job sets up a venv and runs the tests two or three times.
const JOB_LIMIT: Duration = Duration::from_secs(240);

struct World {
    /// Holds the App's key file for the servers' lifetime.
    _key: TestAppKey,
    github: FakeGitHub,
    app: App,
}

impl World {
    /// The fake GitHub with the App installed on `octo/ledger` (tests/projects/all-kept).
    fn new() -> World {
        let key = TestAppKey::generate(12345);
        let github = FakeGitHub::start(&key);
        github.add_installation(INSTALLATION, OWNER);
        github.create_repo(
            INSTALLATION,
            OWNER,
            NAME,
            "main",
            &common::repo_root().join("tests/projects/all-kept"),
        );
        let app = App::with_github(&github.api_url(), &key.private_key_path);
        World {
            _key: key,
            github,
            app,
        }
    }

    /// A push delivery for `push` to `main`, from GitHub's example with this repository's
    /// names and URLs.
    fn push_delivery(&self, push: &Push) -> Value {
        let mut payload = example("push", None, INSTALLATION as i64);
        payload["ref"] = json!("refs/heads/main");
        payload["before"] = json!(push.before);
        payload["after"] = json!(push.after);
        payload["repository"]["full_name"] = json!(format!("{OWNER}/{NAME}"));
        payload["repository"]["name"] = json!(NAME);
        payload["repository"]["owner"]["login"] = json!(OWNER);
        payload["repository"]["default_branch"] = json!("main");
        payload["repository"]["master_branch"] = json!("main");
        payload["repository"]["clone_url"] = json!(self.github.clone_url(OWNER, NAME));
        payload
    }

    /// A human pushes `changes` to main and GitHub delivers the push.
    fn push(&self, server: &Server, delivery: &str, changes: &[(&str, Option<&str>)]) -> Push {
        let push = self
            .github
            .push_commit(OWNER, NAME, "main", "A human's change", changes);
        let (status, body) = deliver(server, "push", delivery, &self.push_delivery(&push));
        assert_eq!(status, 202, "{body}");
        push
    }

    /// [`World::push`], then wait for its job.
    fn push_and_wait(
        &self,
        server: &Server,
        delivery: &str,
        changes: &[(&str, Option<&str>)],
    ) -> Push {
        let push = self.push(server, delivery, changes);
        self.wait_done(delivery);
        push
    }

    fn wait_done(&self, delivery: &str) {
        let query = format!("SELECT state FROM jobs WHERE delivery_id = '{delivery}'");
        wait_for(&format!("the job of {delivery}"), JOB_LIMIT, || {
            let state = self.app.scalar(&query);
            assert_ne!(state, "failed", "the job failed:\n{}", self.app.log());
            state == "done"
        });
    }

    fn file(&self, rev: &str, path: &str) -> String {
        self.github
            .file_at(OWNER, NAME, rev, path)
            .unwrap_or_else(|| panic!("{path} missing at {rev}"))
    }
}

/// `path`'s text with a comment appended: a change that keeps the code's behaviour.
fn touched(world: &World, path: &str, note: &str) -> String {
    format!("{}# {note}\n", world.file("main", path))
}

fn assert_secret_free(world: &World) {
    let log = world.app.log();
    for token in world.github.state().tokens.keys() {
        assert!(!log.contains(token.as_str()), "a token reached the log");
    }
    assert!(!log.contains("BEGIN"), "the private key reached the log");
}

#[test]
fn a_push_opens_one_verified_pull_request_and_a_second_push_updates_it() {
    let world = World::new();
    let server = world.app.start();

    // 1. A change to checksums.py: its two loops are in scope, loader.py's is not.
    let first = world.push_and_wait(
        &server,
        "d-push-1",
        &[(
            "ledger/checksums.py",
            Some(&touched(&world, "ledger/checksums.py", "reviewed")),
        )],
    );
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:?}");
    let pr = &pulls[0];
    assert_eq!(
        (
            pr.state.as_str(),
            pr.head_ref.as_str(),
            pr.base_ref.as_str()
        ),
        ("open", "parallelize/main", "main")
    );
    let body = pr.body.clone().unwrap_or_default();
    assert!(body.contains("ledger/checksums.py"), "{body}");
    assert!(!body.contains("ledger/loader.py:"), "out of scope:\n{body}");
    // The server's scratch paths and the App's secrets have no place in a PR.
    assert!(
        !body.contains("/tmp/") && !body.contains("parallelize-job-"),
        "{body}"
    );
    assert!(body.contains("8 passed before, 8 passed after"), "{body}");
    let rewritten = world.file("parallelize/main", "ledger/checksums.py");
    assert!(rewritten.contains("ProcessPoolExecutor"), "{rewritten}");
    assert!(!world
        .file("parallelize/main", "ledger/loader.py")
        .contains("ThreadPoolExecutor"));
    // The bot's commit sits on the pushed commit.
    let bot_tip = world
        .github
        .branch_sha(OWNER, NAME, "parallelize/main")
        .expect("bot branch");
    assert_ne!(bot_tip, first.after);

    let runs = world.github.check_runs();
    assert_eq!(runs.len(), 1, "{runs:?}");
    let run = &runs[0];
    assert_eq!(
        (
            run.name.as_str(),
            run.head_sha.as_str(),
            run.status.as_str(),
            run.conclusion.as_deref()
        ),
        (
            "parallelize",
            first.after.as_str(),
            "completed",
            Some("success")
        )
    );
    // Every finding in scope is annotated: the two safe loops and the sequential one (review).
    let paths: Vec<&str> = run
        .annotations
        .iter()
        .filter_map(|a| a["path"].as_str())
        .collect();
    assert!(
        paths.iter().all(|p| *p == "ledger/checksums.py"),
        "{paths:?}"
    );
    assert_eq!(paths.len(), 2, "{:#?}", run.annotations);
    assert!(run
        .summary
        .clone()
        .unwrap_or_default()
        .contains(&format!("#{}", pr.number)));

    // 2. A change to loader.py: the same PR now carries loader.py's rewrite too.
    let number = pr.number;
    let second = world.push_and_wait(
        &server,
        "d-push-2",
        &[(
            "ledger/loader.py",
            Some(&touched(&world, "ledger/loader.py", "reviewed too")),
        )],
    );
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "never a second bot PR: {pulls:?}");
    assert_eq!(pulls[0].number, number);
    let body = pulls[0].body.clone().unwrap_or_default();
    assert!(body.contains("ledger/loader.py"), "{body}");
    assert!(body.contains("ledger/checksums.py"), "{body}");
    let loader = world.file("parallelize/main", "ledger/loader.py");
    assert!(loader.contains("ThreadPoolExecutor"), "{loader}");
    assert!(
        loader.contains("# reviewed too"),
        "rebuilt on the new commit"
    );
    let runs = world.github.check_runs();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[1].head_sha, second.after);
    world.github.assert_no_violations();
    assert_secret_free(&world);
}

#[test]
fn an_invalid_repository_config_fails_the_check_run_with_its_location() {
    let world = World::new();
    let server = world.app.start();
    let pyproject = world
        .file("main", "pyproject.toml")
        .replace("max-workers = 2", "max-workers = 2\nmax-wrokers = 3");
    let push = world.push_and_wait(
        &server,
        "d-bad-config",
        &[("pyproject.toml", Some(&pyproject))],
    );
    let runs = world.github.check_runs();
    assert_eq!(runs.len(), 1, "{runs:?}");
    assert_eq!(runs[0].head_sha, push.after);
    assert_eq!(runs[0].conclusion.as_deref(), Some("failure"));
    let summary = runs[0].summary.clone().unwrap_or_default();
    let line = pyproject
        .lines()
        .position(|l| l.starts_with("max-wrokers"))
        .expect("the bad line")
        + 1;
    assert!(
        summary.contains(&format!("`pyproject.toml`, line {line}, column 1"))
            && summary.contains("max-wrokers"),
        "{summary}"
    );
    assert_eq!(runs[0].annotations.len(), 1);
    assert_eq!(runs[0].annotations[0]["start_line"], json!(line));
    assert!(world.github.pulls(OWNER, NAME).is_empty());
    world.github.assert_no_violations();
}

#[test]
fn bad_gateways_rate_limits_and_a_revoked_token_are_survived() {
    let world = World::new();
    // The check run's creation meets two 502s, the PR listing a secondary rate limit.
    world
        .github
        .fail_next("POST", &format!("/repos/{OWNER}/{NAME}/check-runs"), 502, 2);
    world
        .github
        .fail_next_with(common::fake_github::Fault::retry_after(
            "GET",
            &format!("/repos/{OWNER}/{NAME}/pulls"),
            403,
            1,
        ));
    let server = world.app.start();
    let push = world.push(
        &server,
        "d-faults",
        &[(
            "ledger/checksums.py",
            Some(&touched(&world, "ledger/checksums.py", "x")),
        )],
    );
    // Mid-run, once the clone is done: every token issued so far stops working.
    wait_for("the clone", JOB_LIMIT, || {
        !world.github.check_runs().is_empty()
    });
    world.github.revoke_all_tokens();
    world.wait_done("d-faults");
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:?}");
    assert!(world
        .file("parallelize/main", "ledger/checksums.py")
        .contains("ProcessPoolExecutor"));
    let runs = world.github.check_runs();
    assert_eq!(runs.len(), 1, "one check run despite the retries: {runs:?}");
    assert_eq!(runs[0].head_sha, push.after);
    assert_eq!(runs[0].conclusion.as_deref(), Some("success"));
    let requests = world.github.requests();
    let status_of = |method: &str, prefix: &str| -> Vec<u16> {
        requests
            .iter()
            .filter(|r| r.method == method && r.path.starts_with(prefix))
            .map(|r| r.status)
            .collect()
    };
    let creates = status_of("POST", &format!("/repos/{OWNER}/{NAME}/check-runs"));
    assert_eq!(creates, vec![502, 502, 201], "retried after the 502s");
    let listings = status_of("GET", &format!("/repos/{OWNER}/{NAME}/pulls"));
    assert_eq!(listings.first(), Some(&403));
    assert_eq!(listings.last(), Some(&200));
    let tokens = status_of("POST", "/app/installations/");
    assert!(
        tokens.len() >= 2,
        "a new token after the revocation: {tokens:?}"
    );
    assert!(
        requests.iter().any(|r| r.status == 401),
        "the revoked token was refused at least once"
    );
    world.github.assert_no_violations();
    assert_secret_free(&world);
}

#[test]
fn a_server_killed_mid_job_finishes_it_once_after_the_restart() {
    let world = World::new();
    let server = world.app.start();
    let push = world.push(
        &server,
        "d-kill",
        &[(
            "ledger/checksums.py",
            Some(&touched(&world, "ledger/checksums.py", "y")),
        )],
    );
    wait_for("the check run", JOB_LIMIT, || {
        !world.github.check_runs().is_empty()
    });
    drop(server); // SIGKILL mid-job: the check run is in progress, nothing else done
    assert_eq!(world.github.check_runs()[0].status, "in_progress");
    // The worst moment: GitHub created the run, the job had not recorded its id yet.
    world
        .app
        .sql("UPDATE jobs SET check_run_id = NULL WHERE delivery_id = 'd-kill'");
    let _server = world.app.start();
    world.wait_done("d-kill");
    assert_eq!(
        world
            .app
            .scalar("SELECT attempts FROM jobs WHERE delivery_id = 'd-kill'"),
        "2"
    );
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 1);
    let runs = world.github.check_runs();
    assert_eq!(runs.len(), 1, "the same check run was completed: {runs:?}");
    assert_eq!(runs[0].status, "completed");
    assert!(world.github.requests().iter().any(|r| r.method == "GET"
        && r.path
            .ends_with(&format!("/commits/{}/check-runs", push.after))));
    world.github.assert_no_violations();
}
