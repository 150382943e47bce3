//! `parallelize serve` as a real process on 127.0.0.1: signed deliveries built from GitHub's
//! published webhook examples (npm `@octokit/webhooks-examples`, installed by
//! `scripts/setup-npm.sh`), real HTTP, a real SQLite database.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::app::{deliver, example, http, sign, wait_until, App, SECRET};
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

#[test]
fn an_installation_delivery_is_acknowledged_queued_and_processed() {
    let app = App::new();
    let server = app.start();
    assert_eq!(
        http(&server.addr, "GET", "/healthz", &[], b""),
        (200, "ok\n".to_owned())
    );
    let payload = example("installation", Some("created"), 42);
    let repos: Vec<String> = payload["repositories"]
        .as_array()
        .expect("the example lists repositories")
        .iter()
        .filter_map(|r| r["full_name"].as_str().map(str::to_owned))
        .collect();
    assert!(!repos.is_empty());
    let started = Instant::now();
    let (status, body) = deliver(&server, "installation", "d-install-1", &payload);
    let ack = started.elapsed();
    assert_eq!(status, 202, "{body}");
    assert!(body.contains("\"job\""), "{body}");
    assert!(ack < Duration::from_secs(2), "acknowledged after {ack:?}");
    wait_until("the installation job", || {
        app.scalar("SELECT state FROM jobs WHERE delivery_id = 'd-install-1'") == "done"
    });
    let mut stored: Vec<String> = app
        .sql("SELECT full_name FROM repositories WHERE installation_id = 42")
        .into_iter()
        .flatten()
        .collect();
    stored.sort();
    let mut expected = repos.clone();
    expected.sort();
    assert_eq!(stored, expected);
    let metrics = http(&server.addr, "GET", "/metrics", &[], b"").1;
    assert!(
        metrics.contains("parallelize_jobs{kind=\"installation\",state=\"done\"} 1"),
        "{metrics}"
    );

    // Uninstalling forgets the repositories.
    let deleted = example("installation", Some("deleted"), 42);
    assert_eq!(
        deliver(&server, "installation", "d-install-2", &deleted).0,
        202
    );
    wait_until("the uninstall job", || {
        app.scalar("SELECT COUNT(*) FROM repositories WHERE installation_id = 42") == "0"
    });
}

#[test]
fn wrong_or_missing_signatures_are_rejected_and_nothing_is_stored() {
    let app = App::new();
    let server = app.start();
    let body = serde_json::to_vec(&example("push", None, 1)).expect("json");
    let wrong = {
        let mut mac = Hmac::<Sha256>::new_from_slice(b"not-the-secret").expect("key");
        mac.update(&body);
        format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
    };
    let base = [("X-GitHub-Event", "push"), ("X-GitHub-Delivery", "d-bad")];
    let mut with_wrong = base.to_vec();
    with_wrong.push(("X-Hub-Signature-256", &wrong));
    assert_eq!(
        http(&server.addr, "POST", "/webhook", &with_wrong, &body).0,
        401
    );
    assert_eq!(http(&server.addr, "POST", "/webhook", &base, &body).0, 401);
    // A valid signature over a different body does not carry over.
    let mut tampered = body.clone();
    tampered.extend_from_slice(b" ");
    let mut with_right = base.to_vec();
    let right = sign(&body);
    with_right.push(("X-Hub-Signature-256", &right));
    assert_eq!(
        http(&server.addr, "POST", "/webhook", &with_right, &tampered).0,
        401
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deliveries"), "0");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM jobs"), "0");
}

#[test]
fn replays_are_dropped_pushes_coalesce_and_unknown_events_are_ignored() {
    let app = App::new();
    let server = app.start();
    let push = example("push", None, 7);
    assert_eq!(deliver(&server, "push", "d-push-1", &push).0, 202);
    // The same delivery again (GitHub's "Redeliver"): acknowledged, nothing new.
    let (status, body) = deliver(&server, "push", "d-push-1", &push);
    assert_eq!((status, body.as_str()), (200, "{\"duplicate\":true}"));
    // A burst of pushes to the same branch while its job runs is one queued job with the
    // latest payload (the running one is never run twice at once).
    wait_until("the first push job to start", || {
        app.scalar("SELECT state FROM jobs WHERE delivery_id = 'd-push-1'") == "running"
    });
    for n in 2..=4 {
        let mut later = push.clone();
        later["after"] = json!(format!("{n:040}"));
        assert_eq!(
            deliver(&server, "push", &format!("d-push-{n}"), &later).0,
            202
        );
    }
    assert_eq!(
        app.sql("SELECT state, delivery_id FROM jobs WHERE kind = 'push' ORDER BY id"),
        vec![
            vec!["running".to_owned(), "d-push-1".to_owned()],
            vec!["queued".to_owned(), "d-push-4".to_owned()]
        ]
    );
    assert!(app
        .scalar("SELECT payload FROM jobs WHERE delivery_id = 'd-push-4'")
        .contains(&format!("{:040}", 4)));
    // An event the App does not act on: acknowledged, recorded, no job.
    let label = example("label", Some("created"), 7);
    let (status, body) = deliver(&server, "label", "d-label-1", &label);
    assert_eq!((status, body.as_str()), (202, "{\"ignored\":\"label\"}"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deliveries"), "5");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM jobs"), "2");
    // A body that is not JSON, correctly signed: a client error, nothing stored.
    let junk = b"not json";
    let sig = sign(junk);
    let headers = [
        ("X-GitHub-Event", "push"),
        ("X-GitHub-Delivery", "d-junk"),
        ("X-Hub-Signature-256", sig.as_str()),
    ];
    assert_eq!(
        http(&server.addr, "POST", "/webhook", &headers, junk).0,
        400
    );
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deliveries"), "5");

    // SIGTERM while a job hangs on GitHub: the server stops within its grace period, and the
    // job is left for its lease to expire (it runs again after a restart).
    let mut server = server;
    let stopping = Instant::now();
    // SAFETY: kill(2) on the child this test started.
    unsafe { libc::kill(server.child.id() as i32, libc::SIGTERM) };
    let status = loop {
        if let Some(status) = server.child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            stopping.elapsed() < Duration::from_secs(20),
            "serve did not stop after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "{status:?}");
    assert_eq!(
        app.scalar("SELECT state FROM jobs WHERE delivery_id = 'd-push-1'"),
        "running"
    );
}

#[test]
fn deliveries_accepted_before_a_kill_are_processed_after_the_restart() {
    let app = App::new();
    let server = app.start();
    let mut payload = example("installation_repositories", Some("added"), 99);
    let mut ids = Vec::new();
    for n in 0..20 {
        payload["repositories_added"] = json!([{"id": 1000 + n, "node_id": "x", "name": format!("r{n}"),
            "full_name": format!("octo/r{n}"), "private": false}]);
        let id = format!("d-repos-{n}");
        assert_eq!(
            deliver(&server, "installation_repositories", &id, &payload).0,
            202
        );
        ids.push(id);
    }
    // SIGKILL right after the last acknowledgement: no graceful anything.
    drop(server);
    let jobs_before = app.scalar("SELECT COUNT(*) FROM jobs");
    assert_eq!(
        jobs_before, "20",
        "every acknowledged delivery was durable before the kill"
    );
    let _server = app.start();
    wait_until("all 20 jobs", || {
        app.scalar("SELECT COUNT(*) FROM jobs WHERE state = 'done'") == "20"
    });
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM repositories WHERE installation_id = 99"),
        "20"
    );
}

#[test]
fn a_job_whose_worker_died_mid_run_is_finished_once_after_its_lease() {
    let app = App::new();
    // First start creates and migrates the database.
    drop(app.start());
    // A worker claimed this job and died: running, lease expired, one attempt used.
    let payload = example("installation", Some("created"), 77)
        .to_string()
        .replace('\'', "''");
    app.sql(&format!(
        "INSERT INTO jobs (kind, repository, installation_id, dedupe_key, payload, delivery_id, state, \
         attempts, run_after, lease_until, created_at, updated_at) VALUES ('installation', NULL, 77, NULL, \
         '{payload}', 'd-crashed', 'running', 1, 0, 1, 0, 0)"
    ));
    let _server = app.start();
    wait_until("the abandoned job", || {
        app.scalar("SELECT state FROM jobs WHERE delivery_id = 'd-crashed'") == "done"
    });
    assert_eq!(
        app.scalar("SELECT attempts FROM jobs WHERE delivery_id = 'd-crashed'"),
        "2"
    );
    assert_ne!(
        app.scalar("SELECT COUNT(*) FROM repositories WHERE installation_id = 77"),
        "0"
    );
}

#[test]
fn missing_and_invalid_settings_name_the_setting_and_exit_2() {
    let app = App::new();
    let out = app
        .command()
        .env_remove("PARALLELIZE_APP_ID")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = common::text(&out.stderr);
    assert!(err.contains("PARALLELIZE_APP_ID is not set"), "{err}");
    let out = app
        .command()
        .env("PARALLELIZE_WEBHOOK_SECRET", "")
        .env("PARALLELIZE_WORKERS", "0")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = common::text(&out.stderr);
    assert!(
        err.contains("PARALLELIZE_WORKERS") || err.contains("PARALLELIZE_WEBHOOK_SECRET"),
        "{err}"
    );
    assert!(!err.contains(SECRET));
    assert!(
        !Path::new(&app.db()).exists(),
        "nothing is created when the settings are bad"
    );
}

#[test]
fn a_command_is_acknowledged_by_the_quick_lane_while_every_worker_is_busy() {
    // The API never answers: jobs that reach GitHub stay running.
    let app = App::new();
    let server = app.start();
    for (delivery, repo) in [("d-push-a", "octo/a"), ("d-push-b", "octo/b")] {
        let mut push = example("push", None, 7);
        push["repository"]["full_name"] = json!(repo);
        assert_eq!(deliver(&server, "push", delivery, &push).0, 202);
    }
    wait_until("both workers busy with pushes", || {
        app.scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'push' AND state = 'running'") == "2"
    });
    let mut comment = example("issue_comment", Some("created"), 7);
    comment["issue"]["pull_request"] = json!({
        "url": "https://api.github.com/repos/octo/a/pulls/1",
        "html_url": "https://github.com/octo/a/pull/1",
        "diff_url": "https://github.com/octo/a/pull/1.diff",
        "patch_url": "https://github.com/octo/a/pull/1.patch",
        "merged_at": null,
    });
    comment["comment"]["body"] = json!("/parallelize");
    let (status, body) = deliver(&server, "issue_comment", "d-command", &comment);
    assert_eq!(status, 202, "{body}");
    // The 👀 reaction is being sent although no worker is free for the command itself.
    wait_until("the acknowledgement to start", || {
        app.scalar("SELECT state FROM jobs WHERE kind = 'react'") == "running"
    });
    assert_eq!(
        app.scalar("SELECT state FROM jobs WHERE kind = 'command'"),
        "queued"
    );
    assert!(app
        .scalar("SELECT payload FROM jobs WHERE kind = 'react'")
        .contains("\"content\":\"eyes\""));
}
