//! The GitHub App end to end: `parallelize serve` as a real process, a stateful fake GitHub
//! (tests/common/fake_github.rs) behind Prism checking every request and response against
//! GitHub's OpenAPI description, real git over HTTP with basic auth (`git http-backend`), signed
//! deliveries built from GitHub's webhook examples, real venvs and pytest in the sandbox.

mod common;

use std::time::Duration;

use common::app::{deliver, example, wait_for, App, Server};
use common::fake_github::{FakeGitHub, Push, TestAppKey, APP_BOT_LOGIN};
use serde_json::{json, Value};

const INSTALLATION: u64 = 4242;
const OWNER: &str = "octo";
const NAME: &str = "ledger";
/// A push job sets up a venv and runs the tests two or three times.
const JOB_LIMIT: Duration = Duration::from_secs(240);
/// `replay-seconds` of the repository (see [`common::project_copy`]).
const REPLAY_SECONDS: f64 = 0.5;

struct World {
    /// Holds the App's key file for the servers' lifetime.
    _key: TestAppKey,
    github: FakeGitHub,
    app: App,
    /// One world at a time: each job measures speedups, which another test's job would skew
    /// on a 2-core machine. Dropped last.
    _one: std::sync::MutexGuard<'static, ()>,
}

static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl World {
    /// The fake GitHub with the App installed on `octo/ledger` (tests/projects/all-kept, its
    /// replays sized to [`REPLAY_SECONDS`]).
    fn new() -> World {
        let one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let key = TestAppKey::generate(12345);
        let github = FakeGitHub::start(&key);
        github.add_installation(INSTALLATION, OWNER);
        let (_copy, ledger) = common::project_copy("all-kept", REPLAY_SECONDS);
        github.create_repo(INSTALLATION, OWNER, NAME, "main", &ledger);
        let app = App::with_github(&github.api_url(), &key.private_key_path);
        World {
            _key: key,
            github,
            app,
            _one: one,
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

    /// Fill a delivery's `repository` with this repository's names and URLs.
    fn this_repository(&self, payload: &mut Value) {
        let r = &mut payload["repository"];
        r["full_name"] = json!(format!("{OWNER}/{NAME}"));
        r["name"] = json!(NAME);
        r["owner"]["login"] = json!(OWNER);
        r["default_branch"] = json!("main");
        r["clone_url"] = json!(self.github.clone_url(OWNER, NAME));
    }

    /// `login` writes `body` on pull request `number` (`previous`: the text before an edit),
    /// and GitHub delivers `issue_comment`; GitHub's example, with the `issue.pull_request`
    /// object GitHub's schema gives comments on pull requests. The comment's id.
    fn comment(
        &self,
        server: &Server,
        delivery: &str,
        number: u64,
        login: &str,
        body: &str,
        edit_of: Option<(u64, &str)>,
    ) -> (u64, u16, String) {
        let (action, id) = match edit_of {
            Some((id, _)) => {
                self.github.edit_comment(OWNER, NAME, id, body);
                ("edited", id)
            }
            None => (
                "created",
                self.github.add_comment(OWNER, NAME, number, login, body),
            ),
        };
        let mut payload = example("issue_comment", Some(action), INSTALLATION as i64);
        self.this_repository(&mut payload);
        let issue_url = format!(
            "{}/repos/{OWNER}/{NAME}/issues/{number}",
            self.github.api_url()
        );
        payload["issue"]["number"] = json!(number);
        payload["issue"]["url"] = json!(issue_url);
        payload["issue"]["pull_request"] = json!({
            "url": format!("{}/repos/{OWNER}/{NAME}/pulls/{number}", self.github.api_url()),
            "html_url": format!("https://github.com/{OWNER}/{NAME}/pull/{number}"),
            "diff_url": format!("https://github.com/{OWNER}/{NAME}/pull/{number}.diff"),
            "patch_url": format!("https://github.com/{OWNER}/{NAME}/pull/{number}.patch"),
            "merged_at": null,
        });
        payload["comment"]["id"] = json!(id);
        payload["comment"]["body"] = json!(body);
        payload["comment"]["user"]["login"] = json!(login);
        payload["comment"]["user"]["type"] = json!(if login.ends_with("[bot]") {
            "Bot"
        } else {
            "User"
        });
        payload["sender"] = payload["comment"]["user"].clone();
        if let Some((_, before)) = edit_of {
            payload["changes"] = json!({"body": {"from": before}});
        }
        let (status, answer) = deliver(server, "issue_comment", delivery, &payload);
        (id, status, answer)
    }

    /// A maintainer closes (without merging) or reopens the bot's pull request `number`, and
    /// GitHub delivers `pull_request` with action `closed` or `reopened`.
    fn bot_pull_event(&self, server: &Server, delivery: &str, number: u64, action: &str) {
        let state = if action == "closed" { "closed" } else { "open" };
        self.github
            .state()
            .pulls
            .iter_mut()
            .filter(|p| p.number == number)
            .for_each(|p| p.state = state.into());
        let mut payload = example("pull_request", Some(action), INSTALLATION as i64);
        self.this_repository(&mut payload);
        payload["number"] = json!(number);
        payload["pull_request"]["number"] = json!(number);
        payload["pull_request"]["merged"] = json!(false);
        payload["pull_request"]["user"]["login"] = json!(APP_BOT_LOGIN);
        payload["pull_request"]["user"]["type"] = json!("Bot");
        let (status, body) = deliver(server, "pull_request", delivery, &payload);
        assert_eq!(status, 202, "{body}");
        self.wait_done(delivery);
    }

    /// [`World::push_and_wait`] with a comment appended to `path`.
    fn touch_and_wait(&self, server: &Server, delivery: &str, path: &str, note: &str) -> Push {
        self.push_and_wait(
            server,
            delivery,
            &[(path, Some(&touched(self, path, note)))],
        )
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
    let first = world.touch_and_wait(&server, "d-push-1", "ledger/checksums.py", "reviewed");
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
    // Replayed at the size the repository asks for (`replay-seconds`).
    assert!(body.contains("to about 500 ms of work"), "{body}");
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
    let summary = run.summary.clone().unwrap_or_default();
    assert!(summary.contains(&format!("#{}", pr.number)), "{summary}");
    // The check run carries the figures the PR shows: each rewrite's replayed times.
    for at in ["`ledger/checksums.py:24`", "`ledger/checksums.py:31`"] {
        let row = body
            .lines()
            .find(|l| l.starts_with("| ✅ | ") && l.contains(at))
            .unwrap_or_else(|| panic!("no row for {at}:\n{body}"));
        let replayed = row
            .trim_end_matches(" |")
            .rsplit(" | ")
            .next()
            .unwrap_or_default()
            .replace("**", "");
        assert!(
            replayed.contains(" items: ") && replayed.contains("× ±"),
            "{row}"
        );
        assert!(
            summary.contains(&format!("replayed {replayed}")),
            "{replayed} not in the check run:\n{summary}"
        );
    }

    // 2. A change to loader.py: the same PR now carries loader.py's rewrite too.
    let number = pr.number;
    let second = world.touch_and_wait(&server, "d-push-2", "ledger/loader.py", "reviewed too");
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

/// The App's comments on `number`.
fn bot_comments(world: &World, number: u64) -> Vec<String> {
    world
        .github
        .comments()
        .into_iter()
        .filter(|c| c.issue_number == number && c.user == APP_BOT_LOGIN)
        .map(|c| c.body)
        .collect()
}

fn eyes_on(world: &World, comment: u64) -> bool {
    world
        .github
        .reactions()
        .iter()
        .any(|r| r.comment_id == comment && r.content == "eyes")
}

/// A human's pull request from `feature` into main, changing checksums.py.
fn feature_pull(world: &World) -> u64 {
    world.github.push_commit(
        OWNER,
        NAME,
        "feature",
        "Tweak the checksums",
        &[(
            "ledger/checksums.py",
            Some(&touched(world, "ledger/checksums.py", "tweaked")),
        )],
    );
    world.github.open_pull(
        OWNER,
        NAME,
        "feature",
        "main",
        "Tweak the checksums",
        "mona",
    )
}

#[test]
fn a_maintainer_s_command_is_answered_verified_and_proposed_into_the_pull_request() {
    let world = World::new();
    world.github.set_permission(OWNER, NAME, "mona", "maintain");
    let server = world.app.start();
    let number = feature_pull(&world);

    // `help`: the usage, nothing run.
    let (help, status, _) =
        world.comment(&server, "d-help", number, "mona", "/parallelize help", None);
    assert_eq!(status, 202);
    world.wait_done("d-help");
    assert!(eyes_on(&world, help), "acknowledged with 👀");
    let replies = bot_comments(&world, number);
    assert_eq!(replies.len(), 1, "{replies:?}");
    assert!(
        replies[0].contains("| `/parallelize --dry-run` |"),
        "{}",
        replies[0]
    );

    // `--dry-run`: the findings and the diff, nothing pushed.
    let (dry, _, _) = world.comment(
        &server,
        "d-dry",
        number,
        "mona",
        "Let's see first:\n\n/parallelize --dry-run",
        None,
    );
    world.wait_done("d-dry");
    assert!(eyes_on(&world, dry));
    let replies = bot_comments(&world, number);
    let reply = replies.last().expect("a reply");
    assert!(reply.contains("**Dry run**"), "{reply}");
    assert!(reply.contains("```diff"), "{reply}");
    assert!(
        reply.contains("+    with ProcessPoolExecutor(max_workers=2) as executor:"),
        "{reply}"
    );
    assert!(reply.contains("8 passed before, 8 passed after"), "{reply}");
    // Only the pull request's files: loader.py is not changed by it.
    assert!(!reply.contains("ledger/loader.py"), "{reply}");
    // Paths: a file the pull request does not change can be asked for.
    world.comment(
        &server,
        "d-path",
        number,
        "mona",
        "/parallelize --dry-run ./ledger/loader.py",
        None,
    );
    world.wait_done("d-path");
    let reply = bot_comments(&world, number).pop().expect("a reply");
    assert!(reply.contains("+    with ThreadPoolExecutor"), "{reply}");
    assert!(!reply.contains("ledger/checksums.py"), "{reply}");
    let bot_branch = format!("parallelize/pr-{number}");
    assert_eq!(world.github.branch_sha(OWNER, NAME, &bot_branch), None);
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 1);

    // The command: a pull request into the head branch, with the labels and the commands.
    let (run, _, _) = world.comment(&server, "d-run", number, "mona", "/parallelize", None);
    world.wait_done("d-run");
    assert!(eyes_on(&world, run));
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 2, "{pulls:?}");
    let ours = pulls
        .iter()
        .find(|p| p.head_ref == bot_branch)
        .expect("the bot's pull request");
    assert_eq!(ours.base_ref, "feature");
    assert_eq!(
        world.github.labels_of(OWNER, NAME, ours.number),
        vec!["parallelize"]
    );
    let body = ours.body.clone().unwrap_or_default();
    assert!(body.contains("Requested by @mona"), "{body}");
    assert!(
        body.trim_end()
            .ends_with("not to propose these changes again."),
        "the body ends with the commands:\n{body}"
    );
    assert!(
        body.contains("`/parallelize --dry-run` reports only"),
        "{body}"
    );
    let rewritten = world.file(&bot_branch, "ledger/checksums.py");
    assert!(rewritten.contains("ProcessPoolExecutor"), "{rewritten}");
    assert!(
        rewritten.contains("# tweaked"),
        "built on the head: {rewritten}"
    );
    let reply = bot_comments(&world, number).pop().expect("a reply");
    assert!(
        reply.contains(&format!("Proposed in #{}", ours.number)),
        "{reply}"
    );
    assert!(reply.contains("**Verified rewrites**"), "{reply}");
    assert!(reply.contains("`ledger/checksums.py:"), "{reply}");

    // Editing the comment without adding a command runs nothing.
    let (_, status, answer) = world.comment(
        &server,
        "d-edit",
        number,
        "mona",
        "/parallelize\n\nThanks, bot!",
        Some((run, "/parallelize")),
    );
    assert_eq!(status, 202);
    assert!(answer.contains("ignored"), "{answer}");
    assert_eq!(
        world
            .app
            .scalar("SELECT count(*) FROM jobs WHERE delivery_id = 'd-edit'"),
        "0"
    );

    // `open-pr-limit` (default 1) is reached: a push to main opens no second bot PR.
    world.touch_and_wait(&server, "d-limit", "ledger/checksums.py", "on main");
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 2);
    let run = world.github.check_runs().pop().expect("a check run");
    let summary = run.summary.unwrap_or_default();
    assert!(summary.contains("`open-pr-limit` is 1"), "{summary}");
    world.github.assert_no_violations();
    assert_secret_free(&world);
}

#[test]
fn readers_quotes_code_blocks_bots_and_wrong_arguments_run_nothing() {
    let world = World::new();
    world.github.set_permission(OWNER, NAME, "mona", "write");
    let server = world.app.start();
    let number = feature_pull(&world);

    // Someone without write access: a polite refusal, no clone.
    let (asked, _, _) = world.comment(&server, "d-reader", number, "visitor", "/parallelize", None);
    world.wait_done("d-reader");
    assert!(eyes_on(&world, asked));
    let reply = bot_comments(&world, number).pop().expect("a reply");
    assert!(reply.contains("@visitor, thank you for asking"), "{reply}");
    assert!(reply.contains("your access is `read`"), "{reply}");
    assert!(
        !world
            .github
            .requests()
            .iter()
            .any(|r| r.path.starts_with("/git/")),
        "nothing was cloned"
    );

    // A command shown in a code block or a quote, or written by a bot, is not a request.
    for (delivery, login, body) in [
        (
            "d-fenced",
            "mona",
            "To run it, comment:\n```\n/parallelize\n```",
        ),
        ("d-quoted", "mona", "> /parallelize\n\nDid that work?"),
        ("d-bot", "renovate[bot]", "/parallelize"),
    ] {
        let (_, status, answer) = world.comment(&server, delivery, number, login, body, None);
        assert_eq!(status, 202);
        assert!(answer.contains("ignored"), "{delivery}: {answer}");
    }

    // A path that does not exist at the PR's head: said, nothing run.
    world.comment(
        &server,
        "d-nopath",
        number,
        "mona",
        "/parallelize ledger/nothing.py",
        None,
    );
    world.wait_done("d-nopath");
    let reply = bot_comments(&world, number).pop().expect("a reply");
    assert!(
        reply.contains("`ledger/nothing.py` does not exist at"),
        "{reply}"
    );

    // A wrong argument: what was wrong, and where to look.
    world.comment(
        &server,
        "d-wrong",
        number,
        "mona",
        "/parallelize --force",
        None,
    );
    world.wait_done("d-wrong");
    let reply = bot_comments(&world, number).pop().expect("a reply");
    assert!(reply.contains("unknown option `--force`"), "{reply}");
    assert!(reply.contains("`/parallelize help`"), "{reply}");
    assert_eq!(bot_comments(&world, number).len(), 3);
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 1);
    world.github.assert_no_violations();
}

#[test]
fn a_fork_s_pull_request_gets_suggestions_and_a_patch_and_nothing_is_pushed() {
    let world = World::new();
    world.github.set_permission(OWNER, NAME, "mona", "admin");
    let server = world.app.start();
    // The fork imports the pool already and edits `fingerprints`: that rewrite is one hunk
    // inside the diff. `total_weight` is outside the diff: it goes into the patch.
    let original = world.file("main", "ledger/checksums.py");
    let forked = original
        .replace(
            "import hashlib\n",
            "import hashlib\nfrom concurrent.futures import ProcessPoolExecutor\n",
        )
        .replace(
            "def fingerprints(records):\n",
            "def fingerprints(records):\n    \"\"\"One fingerprint per record, in order.\"\"\"\n",
        );
    assert_ne!(forked, original);
    let (number, head) = world.github.open_fork_pull(
        OWNER,
        NAME,
        "forker",
        "patch-1",
        "main",
        "Document fingerprints",
        "forker",
        &[("ledger/checksums.py", Some(&forked))],
    );
    let branches_before = world.github.files_at(OWNER, NAME, "main");
    world.comment(&server, "d-fork", number, "mona", "/parallelize", None);
    world.wait_done("d-fork");

    let reviews = world.github.reviews();
    assert_eq!(reviews.len(), 1, "{reviews:?}\n{}", world.app.log());
    let review = &reviews[0];
    assert_eq!(review.pull_number, number);
    assert_eq!(review.commit_id, head);
    assert_eq!(review.comments.len(), 1, "{:#?}", review.comments);
    let c = &review.comments[0];
    assert_eq!(c["path"], json!("ledger/checksums.py"));
    let body = c["body"].as_str().unwrap_or_default();
    assert!(body.contains("```suggestion\n"), "{body}");
    // Applying the suggestion to the fork's lines gives the verified rewrite of that loop.
    let suggested = body
        .split("```suggestion\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .unwrap_or_default();
    let line = c["line"].as_u64().expect("line") as usize;
    let start = c["start_line"].as_u64().map_or(line, |s| s as usize);
    let lines: Vec<&str> = forked.split_inclusive('\n').collect();
    let applied = format!(
        "{}{suggested}{}",
        lines[..start - 1].concat(),
        lines[line..].concat()
    );
    assert!(
        applied.contains(
            "    with ProcessPoolExecutor(max_workers=2) as executor:\n        out = list(executor.map(fingerprint, records, chunksize=8))\n    return out\n"
        ),
        "{applied}"
    );
    assert!(applied.contains("for record in records:\n        total += weight(record)"));

    let reply = bot_comments(&world, number).pop().expect("a reply");
    assert!(reply.contains("comes from a fork"), "{reply}");
    assert!(reply.contains("```diff"), "{reply}");
    assert!(reply.contains("+            total += result"), "{reply}");
    assert!(reply.contains("8 passed before, 8 passed after"), "{reply}");
    // Nothing was pushed anywhere.
    assert_eq!(
        world
            .github
            .branch_sha(OWNER, NAME, &format!("parallelize/pr-{number}")),
        None
    );
    assert_eq!(world.github.files_at(OWNER, NAME, "main"), branches_before);
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 1);
    assert!(!world
        .github
        .requests()
        .iter()
        .any(|r| r.path.contains("git-receive-pack")));
    world.github.assert_no_violations();
}

#[test]
fn a_bot_pull_request_closed_without_merging_is_not_proposed_again() {
    let world = World::new();
    let server = world.app.start();
    world.touch_and_wait(&server, "d-first", "ledger/checksums.py", "one");
    let number = world.github.pulls(OWNER, NAME)[0].number;
    // A maintainer closes it without merging.
    world.bot_pull_event(&server, "d-closed", number, "closed");
    let said = bot_comments(&world, number);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("I will not propose these 2 rewrites again"),
        "{}",
        said[0]
    );
    assert!(said[0].contains("reopen this pull request"), "{}", said[0]);
    // A redelivery does not say it twice.
    world.bot_pull_event(&server, "d-closed-again", number, "closed");
    assert_eq!(bot_comments(&world, number).len(), 1);

    // The same code, pushed again: no new pull request; the check run still lists it.
    world.touch_and_wait(&server, "d-second", "ledger/checksums.py", "two");
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:?}");
    assert_eq!(pulls[0].state, "closed");
    let run = world.github.check_runs().pop().expect("a check run");
    assert_eq!(run.annotations.len(), 2, "{:#?}", run.annotations);
    assert!(run.annotations.iter().all(|a| a["message"]
        .as_str()
        .unwrap_or("")
        .contains("closed without merging")));

    // Reopening forgets the decision: the next push proposes again (into the reopened PR).
    world.bot_pull_event(&server, "d-reopened", number, "reopened");
    world.touch_and_wait(&server, "d-third", "ledger/checksums.py", "three");
    assert!(world
        .file("parallelize/main", "ledger/checksums.py")
        .contains("# three"));

    // Nothing left to propose: the App closes its own PR, which declines nothing.
    // (the team suppresses both rules on those loops)
    let plain = world
        .file("main", "ledger/checksums.py")
        .replace(
            "    out = []\n    for record in records:\n",
            "    out = []\n    for record in records:  # parallelize: ignore[PAR101]\n",
        )
        .replace(
            "    total = 0\n    for record in records:\n",
            "    total = 0\n    for record in records:  # parallelize: ignore[PAR103]\n",
        );
    assert_eq!(plain.matches("parallelize: ignore").count(), 2);
    world.push_and_wait(
        &server,
        "d-fourth",
        &[("ledger/checksums.py", Some(&plain))],
    );
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls[0].state, "closed", "{pulls:?}");
    let mut closed_by_app = example("pull_request", Some("closed"), INSTALLATION as i64);
    world.this_repository(&mut closed_by_app);
    closed_by_app["pull_request"]["number"] = json!(number);
    closed_by_app["pull_request"]["user"]["type"] = json!("Bot");
    closed_by_app["sender"]["login"] = json!(APP_BOT_LOGIN);
    closed_by_app["sender"]["type"] = json!("Bot");
    let (status, answer) = deliver(&server, "pull_request", "d-self-closed", &closed_by_app);
    assert_eq!(status, 202);
    assert!(answer.contains("ignored"), "{answer}");
    assert_eq!(world.app.scalar("SELECT count(*) FROM declined"), "0");
    assert_eq!(world.app.scalar("SELECT count(*) FROM proposals"), "0");
    let said = bot_comments(&world, number);
    assert_eq!(
        said.len(),
        2,
        "the closing note and the first decline only: {said:?}"
    );
    assert!(said[1].starts_with("Closing: after"), "{}", said[1]);
    world.github.assert_no_violations();
}

#[test]
fn a_human_commit_on_the_bot_branch_stops_its_updates_and_is_said_once() {
    let world = World::new();
    let server = world.app.start();
    world.touch_and_wait(&server, "d-first", "ledger/checksums.py", "one");
    let number = world.github.pulls(OWNER, NAME)[0].number;
    let fixed = format!(
        "{}# a reviewer's fix\n",
        world.file("parallelize/main", "ledger/checksums.py")
    );
    let human = world.github.push_commit(
        OWNER,
        NAME,
        "parallelize/main",
        "Reviewer's fix",
        &[("ledger/checksums.py", Some(&fixed))],
    );
    for (delivery, note) in [("d-second", "two"), ("d-third", "three")] {
        world.touch_and_wait(&server, delivery, "ledger/loader.py", note);
        assert_eq!(
            world.github.branch_sha(OWNER, NAME, "parallelize/main"),
            Some(human.after.clone()),
            "the human's commit is left alone"
        );
    }
    let said = bot_comments(&world, number);
    assert_eq!(said.len(), 1, "said once: {said:?}");
    assert!(
        said[0].contains("stopped updating this pull request"),
        "{}",
        said[0]
    );
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 1);
    world.github.assert_no_violations();
}

/// The sweep jobs done so far.
fn sweeps_done(world: &World) -> usize {
    world
        .app
        .scalar("SELECT count(*) FROM jobs WHERE kind = 'sweep' AND state = 'done'")
        .parse()
        .unwrap_or(0)
}

fn wait_sweeps(world: &World, n: usize) {
    wait_for(&format!("sweep #{n}"), JOB_LIMIT, || {
        let failed = world
            .app
            .scalar("SELECT count(*) FROM jobs WHERE state = 'failed'");
        assert_eq!(failed, "0", "a job failed:\n{}", world.app.log());
        sweeps_done(world) >= n
    });
}

#[test]
fn sweeps_propose_for_the_whole_repository_and_keep_one_dashboard_whose_boxes_ask_for_files() {
    let mut world = World::new();
    world.app.sweep_tick = 1;
    world.github.set_permission(OWNER, NAME, "mona", "write");
    let pyproject = world.file("main", "pyproject.toml").replace(
        "[tool.parallelize.bot]\n",
        "[tool.parallelize.bot]\ndashboard = true\n",
    );
    assert!(pyproject.contains("dashboard = true"), "{pyproject}");
    world.github.push_commit(
        OWNER,
        NAME,
        "main",
        "Turn the dashboard on",
        &[("pyproject.toml", Some(&pyproject))],
    );
    let server = world.app.start();
    // The App is installed: the repository is swept at the next tick.
    let mut installed = example("installation", Some("created"), INSTALLATION as i64);
    installed["repositories"] = json!([{
        "id": 1296269, "node_id": "MDEwOlJlcG9zaXRvcnkxMjk2MjY5", "name": NAME,
        "full_name": format!("{OWNER}/{NAME}"), "private": false
    }]);
    let (status, body) = deliver(&server, "installation", "d-install", &installed);
    assert_eq!(status, 202, "{body}");
    wait_sweeps(&world, 1);

    // The whole repository, not a push's files: all three rewrites in one PR.
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:?}");
    let number = pulls[0].number;
    assert!(world
        .file("parallelize/main", "ledger/checksums.py")
        .contains("ProcessPoolExecutor"));
    assert!(world
        .file("parallelize/main", "ledger/loader.py")
        .contains("ThreadPoolExecutor"));
    // The dashboard: the finding left for review, grouped by rule, with its reason and a box.
    let issues = world.github.issues();
    assert_eq!(issues.len(), 1, "{issues:?}");
    let dashboard = &issues[0];
    assert_eq!(dashboard.title, "parallelize dashboard");
    assert_eq!(dashboard.user, APP_BOT_LOGIN);
    assert_eq!(dashboard.labels, vec!["parallelize"]);
    let text = dashboard.body.clone().unwrap_or_default();
    assert!(text.contains("### PAR104 "), "{text}\n{}", world.app.log());
    assert!(
        text.contains(
            "- [ ] <!-- parallelize:file=ledger/balance.py line=12 --> `ledger/balance.py:12`"
        ),
        "{text}"
    );
    assert!(text.contains("value carried between iterations"), "{text}");
    assert!(!text.contains("### PAR101 "), "applied, not listed: {text}");

    // Declined: the next sweep proposes nothing and lists them on the same dashboard.
    world.bot_pull_event(&server, "d-closed", number, "closed");
    world.app.sql("UPDATE sweeps SET next_at = 0");
    wait_sweeps(&world, 2);
    assert_eq!(world.github.pulls(OWNER, NAME).len(), 1, "no new PR");
    let issues = world.github.issues();
    assert_eq!(issues.len(), 1, "one dashboard, rewritten: {issues:?}");
    let text = issues[0].body.clone().unwrap_or_default();
    for rule in ["### PAR101 ", "### PAR103 ", "### PAR201 ", "### PAR104 "] {
        assert!(text.contains(rule), "{rule} missing:\n{text}");
    }
    assert!(text.contains("closed without merging"), "{text}");

    // Checking loader.py's box asks for it explicitly: proposed again, alone.
    let before = text.clone();
    let checked = before.replace(
        "- [ ] <!-- parallelize:file=ledger/loader.py line=11 -->",
        "- [x] <!-- parallelize:file=ledger/loader.py line=11 -->",
    );
    assert_ne!(checked, before);
    let issue_number = issues[0].number;
    world
        .github
        .state()
        .issues
        .iter_mut()
        .filter(|i| i.number == issue_number)
        .for_each(|i| i.body = Some(checked.clone()));
    let mut edited = example("issues", Some("edited"), INSTALLATION as i64);
    world.this_repository(&mut edited);
    edited["issue"]["number"] = json!(issue_number);
    edited["issue"]["title"] = json!("parallelize dashboard");
    edited["issue"]["body"] = json!(checked);
    edited["issue"]["user"]["login"] = json!(APP_BOT_LOGIN);
    edited["issue"]["user"]["type"] = json!("Bot");
    edited["changes"] = json!({"body": {"from": before}});
    edited["sender"]["login"] = json!("mona");
    edited["sender"]["type"] = json!("User");
    let (status, body) = deliver(&server, "issues", "d-checked", &edited);
    assert_eq!(status, 202, "{body}");
    world.wait_done("d-checked");
    let open: Vec<_> = world
        .github
        .pulls(OWNER, NAME)
        .into_iter()
        .filter(|p| p.state == "open")
        .collect();
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(world
        .file("parallelize/main", "ledger/loader.py")
        .contains("ThreadPoolExecutor"));
    assert!(
        !world
            .file("parallelize/main", "ledger/checksums.py")
            .contains("ProcessPoolExecutor"),
        "only the file asked for"
    );
    let said = bot_comments(&world, issue_number);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].contains("@mona asked for ledger/loader.py"),
        "{}",
        said[0]
    );
    assert!(said[0].contains("**Verified rewrites**"), "{}", said[0]);
    world.github.assert_no_violations();
}
