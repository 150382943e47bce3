//! Self-test of the fake GitHub (tests/common/fake_github.rs): real RS256 JWTs, real HTTP on
//! 127.0.0.1, real Prism checking GitHub's OpenAPI description, real git (CLI and libgit2) over
//! HTTP.

mod common;

use std::path::Path;
use std::time::Duration;

use common::fake_github::{FakeGitHub, Fault, TestAppKey, APP_BOT_LOGIN};
use serde_json::{json, Value};

const APP_ID: u64 = 4242;
const INSTALLATION: u64 = 77;
const OWNER: &str = "octo-org";
const REPO: &str = "demo";

/// A fake with one installation and one repository (`main`: README.md, app.py).
fn setup(with_prism: bool) -> (TestAppKey, FakeGitHub, tempfile::TempDir) {
    let key = TestAppKey::generate(APP_ID);
    let gh = if with_prism {
        FakeGitHub::start(&key)
    } else {
        FakeGitHub::start_without_prism(&key)
    };
    let src = tempfile::tempdir().expect("tempdir");
    std::fs::write(src.path().join("README.md"), "# demo\n").expect("write");
    std::fs::write(src.path().join("app.py"), "print('hi')\n").expect("write");
    gh.add_installation(INSTALLATION, OWNER);
    gh.create_repo(INSTALLATION, OWNER, REPO, "main", src.path());
    (key, gh, src)
}

/// One request: (status, headers in lower case, JSON body or Null).
fn call(
    method: &str,
    url: &str,
    auth: Option<&str>,
    body: Option<Value>,
) -> (u16, Vec<(String, String)>, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut req = ureq::http::Request::builder()
        .method(method)
        .uri(url)
        .header("accept", "application/vnd.github+json")
        .header("user-agent", "fake-github-self-test");
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    let resp = match body {
        Some(b) => agent.run(
            req.header("content-type", "application/json")
                .body(serde_json::to_vec(&b).expect("json"))
                .expect("request"),
        ),
        None => agent.run(req.body(()).expect("request")),
    }
    .unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_owned(),
                v.to_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let text = resp.into_body().read_to_string().expect("body");
    (
        status,
        headers,
        serde_json::from_str(&text).unwrap_or(Value::Null),
    )
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn git(args: &[&str], cwd: &Path) -> std::process::Output {
    common::git_http::git()
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("git runs")
}

fn with_token(url: &str, token: &str) -> String {
    url.replacen("http://", &format!("http://x-access-token:{token}@"), 1)
}

#[test]
fn installation_tokens_need_a_jwt_signed_by_the_app() {
    let (key, gh, _src) = setup(true);
    let url = format!(
        "{}/app/installations/{INSTALLATION}/access_tokens",
        gh.api_url()
    );

    // Prism insists on a JSON body (GitHub does not): octocrab sends `{}`.
    let (status, _, body) = call(
        "POST",
        &url,
        Some(&format!("Bearer {}", key.jwt())),
        Some(json!({})),
    );
    assert_eq!(status, 201, "{body}");
    let token = body["token"].as_str().expect("token");
    assert!(
        token.len() == 40
            && token.starts_with("ghs_")
            && token[4..].chars().all(|c| c.is_ascii_alphanumeric()),
        "{token}"
    );
    let expires = chrono::DateTime::parse_from_rfc3339(body["expires_at"].as_str().unwrap())
        .expect("RFC 3339");
    let left = expires.timestamp() - chrono::Utc::now().timestamp();
    assert!((3500..=3600).contains(&left), "{left}");
    assert_eq!(gh.state().tokens[token].installation, INSTALLATION);

    // `iss` as a string is accepted too (octocrab's AppId serialises as a number, others don't).
    let now = chrono::Utc::now().timestamp();
    let jwt = key.jwt_with(json!({"iss": APP_ID.to_string(), "iat": now - 30, "exp": now + 300}));
    assert_eq!(
        call(
            "POST",
            &url,
            Some(&format!("Bearer {jwt}")),
            Some(json!({}))
        )
        .0,
        201
    );

    // Refused: another key, another app id, expired, issued in the future, no JWT at all.
    let other = TestAppKey::generate(APP_ID);
    let expired = key.jwt_with(json!({"iss": APP_ID, "iat": now - 900, "exp": now - 300}));
    let future = key.jwt_with(json!({"iss": APP_ID, "iat": now + 300, "exp": now + 500}));
    let wrong_app = key.jwt_with(json!({"iss": APP_ID + 1, "iat": now - 30, "exp": now + 300}));
    for jwt in [other.jwt(), expired, future, wrong_app] {
        let (status, _, body) = call(
            "POST",
            &url,
            Some(&format!("Bearer {jwt}")),
            Some(json!({})),
        );
        assert_eq!(status, 401, "{body}");
    }
    assert_eq!(call("POST", &url, None, Some(json!({}))).0, 401);
    assert_eq!(
        call(
            "POST",
            &url,
            Some(&format!("token {token}")),
            Some(json!({}))
        )
        .0,
        401
    );
    // An unknown installation.
    let url = format!("{}/app/installations/999/access_tokens", gh.api_url());
    assert_eq!(
        call(
            "POST",
            &url,
            Some(&format!("Bearer {}", key.jwt())),
            Some(json!({}))
        )
        .0,
        404
    );
    assert_eq!(gh.state().tokens.len(), 2);
    gh.assert_no_violations();
}

#[test]
fn the_api_wants_a_valid_installation_token() {
    let (_key, gh, _src) = setup(false);
    gh.add_installation(88, "someone-else");
    let url = format!("{}/repos/{OWNER}/{REPO}", gh.api_url());
    let good = gh.issue_token(INSTALLATION);
    let foreign = gh.issue_token(88);

    let (status, _, body) = call("GET", &url, Some(&format!("token {good}")), None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["full_name"], format!("{OWNER}/{REPO}"));
    assert_eq!(body["default_branch"], "main");
    assert_eq!(
        call("GET", &url, Some(&format!("Bearer {good}")), None).0,
        200
    );

    for auth in [
        None,
        Some("token ghs_000000000000000000000000000000000000".to_owned()),
        Some(format!("token {foreign}")),
    ] {
        let (status, _, body) = call("GET", &url, auth.as_deref(), None);
        assert_eq!(status, 401, "{auth:?}");
        assert_eq!(body["message"], "Bad credentials");
    }

    gh.set_token_lifetime(Duration::from_secs(0));
    let expired = gh.issue_token(INSTALLATION);
    assert_eq!(
        call("GET", &url, Some(&format!("token {expired}")), None).0,
        401
    );

    gh.revoke_all_tokens();
    let (status, _, body) = call("GET", &url, Some(&format!("token {good}")), None);
    assert_eq!(
        (status, body["message"].as_str()),
        (401, Some("Bad credentials"))
    );
    let log = gh.requests();
    assert_eq!(log.len(), 7);
    assert!(log
        .iter()
        .all(|r| r.path == format!("/repos/{OWNER}/{REPO}")));
}

#[test]
fn git_cli_clones_and_pushes_with_a_token_only() {
    let (_key, gh, _src) = setup(false);
    let work = tempfile::tempdir().expect("tempdir");
    let url = gh.clone_url(OWNER, REPO);
    let token = gh.issue_token(INSTALLATION);

    // Refused: no credentials (and no prompt), a wrong token, a wrong user name.
    for (i, u) in [
        url.clone(),
        with_token(&url, "ghs_wrongwrongwrongwrongwrongwrongwrong"),
        url.replacen("http://", &format!("http://someone:{token}@"), 1),
    ]
    .iter()
    .enumerate()
    {
        let out = git(
            &["clone", "--quiet", u, &format!("refused{i}")],
            work.path(),
        );
        assert!(!out.status.success(), "clone {u} worked");
        // Without credentials git wants to prompt (the server asked for them with a 401).
        let err = common::text(&out.stderr);
        assert!(
            err.contains("Authentication failed") || err.contains("could not read Username"),
            "{err}"
        );
    }

    let out = git(
        &["clone", "--quiet", &with_token(&url, &token), "c"],
        work.path(),
    );
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    let c = work.path().join("c");
    assert_eq!(
        std::fs::read_to_string(c.join("README.md")).unwrap(),
        "# demo\n"
    );

    std::fs::write(c.join("new.py"), "x = 1\n").unwrap();
    for args in [
        &["checkout", "--quiet", "-b", "feature"][..],
        &["add", "new.py"],
        &["commit", "--quiet", "-m", "add new.py"],
        &["push", "--quiet", "origin", "feature"],
    ] {
        let out = git(args, &c);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            common::text(&out.stderr)
        );
    }
    let head = git(&["rev-parse", "HEAD"], &c);
    assert_eq!(
        gh.branch_sha(OWNER, REPO, "feature").as_deref(),
        Some(common::text(&head.stdout).trim())
    );
    assert_eq!(
        gh.file_at(OWNER, REPO, "feature", "new.py").as_deref(),
        Some("x = 1\n")
    );

    // A human pushes on top: the fake's helper returns before/after for a push webhook.
    let push = gh.push_commit(
        OWNER,
        REPO,
        "feature",
        "edit",
        &[("new.py", Some("x = 2\n")), ("app.py", None)],
    );
    assert_eq!(push.before, common::text(&head.stdout).trim());
    let files = gh.files_at(OWNER, REPO, &push.after);
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        ["README.md", "new.py"],
        "{files:?}"
    );
    let new = gh.push_commit(OWNER, REPO, "other", "new branch", &[("a.txt", Some("a"))]);
    assert_eq!(new.before, "0".repeat(40));

    // Revoked: fetch and push are refused.
    gh.revoke_all_tokens();
    let out = git(&["fetch", "--quiet", "origin"], &c);
    assert!(!out.status.success());
    std::fs::write(c.join("new.py"), "x = 3\n").unwrap();
    git(&["commit", "--quiet", "-am", "more"], &c);
    let out = git(&["push", "--quiet", "origin", "feature"], &c);
    assert!(!out.status.success());
    assert_eq!(gh.branch_sha(OWNER, REPO, "feature"), Some(push.after));
    assert!(gh
        .requests()
        .iter()
        .any(|r| r.status == 401 && r.path.starts_with("/git/")));
}

#[test]
fn git2_clones_and_pushes_through_its_credentials_callback() {
    let (_key, gh, _src) = setup(false);
    let work = tempfile::tempdir().expect("tempdir");
    let url = gh.clone_url(OWNER, REPO);
    let token = gh.issue_token(INSTALLATION);

    let callbacks = |token: String, calls: std::rc::Rc<std::cell::Cell<usize>>| {
        let mut cb = git2::RemoteCallbacks::new();
        cb.credentials(move |_url, _user, allowed| {
            calls.set(calls.get() + 1);
            if calls.get() > 3 {
                return Err(git2::Error::from_str("refused too often"));
            }
            assert!(allowed.contains(git2::CredentialType::USER_PASS_PLAINTEXT));
            git2::Cred::userpass_plaintext("x-access-token", &token)
        });
        cb
    };
    let clone = |token: &str, dir: &Path| {
        let calls = std::rc::Rc::new(std::cell::Cell::new(0));
        let mut fo = git2::FetchOptions::new();
        fo.remote_callbacks(callbacks(token.to_owned(), calls.clone()));
        let r = git2::build::RepoBuilder::new()
            .fetch_options(fo)
            .clone(&url, dir);
        (r, calls.get())
    };

    let (refused, calls) = clone(
        "ghs_wrongwrongwrongwrongwrongwrongwrong",
        &work.path().join("x"),
    );
    assert!(refused.is_err());
    assert!(calls >= 1, "libgit2 asked for credentials after the 401");

    let (repo, calls) = clone(&token, &work.path().join("c"));
    let repo = repo.expect("clone with the token");
    assert!(calls >= 1, "the credentials callback was used");
    let head = repo.head().unwrap().peel_to_commit().unwrap();
    assert_eq!(
        Some(head.id().to_string()),
        gh.branch_sha(OWNER, REPO, "main")
    );

    // Commit a file on a new branch and push it.
    std::fs::write(work.path().join("c/lib.py"), "y = 1\n").unwrap();
    let mut index = repo.index().unwrap();
    index.add_path(Path::new("lib.py")).unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = git2::Signature::now("bot", "bot@example.com").unwrap();
    let commit = repo
        .commit(None, &sig, &sig, "lib", &tree, &[&head])
        .unwrap();
    repo.reference("refs/heads/bot", commit, true, "").unwrap();
    let push = |token: &str| {
        let calls = std::rc::Rc::new(std::cell::Cell::new(0));
        let mut po = git2::PushOptions::new();
        po.remote_callbacks(callbacks(token.to_owned(), calls));
        repo.find_remote("origin")
            .unwrap()
            .push(&["refs/heads/bot:refs/heads/bot"], Some(&mut po))
    };
    push(&token).expect("push with the token");
    assert_eq!(gh.branch_sha(OWNER, REPO, "bot"), Some(commit.to_string()));

    gh.revoke_all_tokens();
    repo.reference("refs/heads/bot", head.id(), true, "")
        .unwrap();
    assert!(push(&token).is_err(), "push with a revoked token");
    assert_eq!(gh.branch_sha(OWNER, REPO, "bot"), Some(commit.to_string()));
}

/// The App's whole conversation, through Prism, with no violation.
#[test]
fn pull_requests_check_runs_and_comments_conform_to_the_spec() {
    let (key, gh, _src) = setup(true);
    let api = gh.api_url();
    let (status, _, body) = call(
        "POST",
        &format!("{api}/app/installations/{INSTALLATION}/access_tokens"),
        Some(&format!("Bearer {}", key.jwt())),
        Some(json!({})),
    );
    assert_eq!(status, 201, "{body}");
    let auth = format!("token {}", body["token"].as_str().unwrap());
    let auth = Some(auth.as_str());
    let repo = format!("{api}/repos/{OWNER}/{REPO}");
    let push = gh.push_commit(
        OWNER,
        REPO,
        "parallelize/fix",
        "fix",
        &[("app.py", Some("x\n"))],
    );

    assert_eq!(call("GET", &repo, auth, None).0, 200);

    // Pull requests: create, list with filters, get, update.
    let (status, headers, pr) = call(
        "POST",
        &format!("{repo}/pulls"),
        auth,
        Some(
            json!({"title": "Parallelize", "body": "Why", "head": "parallelize/fix", "base": "main"}),
        ),
    );
    assert_eq!(status, 201, "{pr}");
    assert_eq!(pr["number"], 1);
    assert_eq!(pr["head"]["sha"], push.after.as_str());
    assert_eq!(pr["head"]["ref"], "parallelize/fix");
    assert_eq!(pr["base"]["repo"]["full_name"], format!("{OWNER}/{REPO}"));
    assert_eq!(
        header(&headers, "location"),
        Some(format!("{repo}/pulls/1").as_str())
    );
    let (status, _, again) = call(
        "POST",
        &format!("{repo}/pulls"),
        auth,
        Some(json!({"title": "Again", "head": "parallelize/fix", "base": "main"})),
    );
    assert_eq!(status, 422, "{again}");

    let list = |q: &str| {
        let (status, _, body) = call("GET", &format!("{repo}/pulls?{q}"), auth, None);
        assert_eq!(status, 200, "{body}");
        body.as_array()
            .unwrap()
            .iter()
            .map(|p| p["number"].as_u64().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        list(&format!(
            "state=open&head={OWNER}:parallelize/fix&base=main&per_page=100"
        )),
        [1]
    );
    assert_eq!(list(&format!("head={OWNER}%3Aother")), Vec::<u64>::new());
    assert_eq!(list("base=develop"), Vec::<u64>::new());

    let (status, _, got) = call("GET", &format!("{repo}/pulls/1"), auth, None);
    assert_eq!((status, got["title"].as_str()), (200, Some("Parallelize")));
    let (status, _, closed) = call(
        "PATCH",
        &format!("{repo}/pulls/1"),
        auth,
        Some(json!({"state": "closed", "body": "Superseded"})),
    );
    assert_eq!((status, closed["state"].as_str()), (200, Some("closed")));
    assert_eq!(list("state=open"), Vec::<u64>::new());
    assert_eq!(list("state=closed"), [1]);
    assert_eq!(list("state=all"), [1]);
    let stored = gh.pulls(OWNER, REPO);
    assert_eq!(stored[0].body.as_deref(), Some("Superseded"));
    assert_eq!(stored[0].state, "closed");

    // Check runs: 50 annotations a request at most, accumulated over updates.
    let annotations = |n: usize, from: usize| {
        (from..from + n)
            .map(|i| {
                json!({"path": "app.py", "start_line": i + 1, "end_line": i + 1,
                            "annotation_level": "warning", "message": format!("finding {i}")})
            })
            .collect::<Vec<_>>()
    };
    let (status, _, run) = call(
        "POST",
        &format!("{repo}/check-runs"),
        auth,
        Some(
            json!({"name": "parallelize", "head_sha": push.after, "status": "in_progress",
                    "output": {"title": "Analysing", "summary": "…", "annotations": annotations(50, 0)}}),
        ),
    );
    assert_eq!(status, 201, "{run}");
    let id = run["id"].as_u64().unwrap();
    let run_url = format!("{repo}/check-runs/{id}");
    let too_many =
        json!({"output": {"title": "t", "summary": "s", "annotations": annotations(51, 50)}});
    // The update's schema says `maxItems: 50`: Prism refuses 51, and that is a violation.
    let (status, _, body) = call("PATCH", &run_url, auth, Some(too_many.clone()));
    assert_eq!(status, 422, "{body}");
    let v = gh.take_violations();
    assert!(
        v.len() == 1 && v[0].location == "body.output.annotations" && v[0].severity == "Error",
        "{v:#?}"
    );
    // The fake enforces the limit itself (bypassing Prism), on updates and on creation.
    let direct = format!("{}/repos/{OWNER}/{REPO}/check-runs", gh.direct_url());
    assert_eq!(
        call("PATCH", &format!("{direct}/{id}"), auth, Some(too_many)).0,
        422
    );
    let (status, _, body) = call(
        "POST",
        &direct,
        auth,
        Some(json!({"name": "other", "head_sha": push.after,
                    "output": {"title": "t", "summary": "s", "annotations": annotations(51, 0)}})),
    );
    assert_eq!(status, 422, "{body}");
    assert_eq!(gh.check_runs().len(), 1);
    let (status, _, run) = call(
        "PATCH",
        &run_url,
        auth,
        Some(json!({"output": {"title": "t", "summary": "s", "annotations": annotations(30, 50)}})),
    );
    assert_eq!(status, 200, "{run}");
    let (status, _, run) = call(
        "PATCH",
        &run_url,
        auth,
        Some(
            json!({"conclusion": "neutral", "output": {"title": "Done", "summary": "2 findings",
                    "text": "details", "annotations": annotations(20, 80)}}),
        ),
    );
    assert_eq!(status, 200, "{run}");
    assert_eq!(run["status"], "completed");
    assert_eq!(run["output"]["annotations_count"], 100);
    let stored = &gh.check_runs()[0];
    assert_eq!(stored.annotations.len(), 100);
    assert_eq!(stored.annotations[99]["message"], "finding 99");
    assert_eq!(
        (
            stored.conclusion.as_deref(),
            stored.title.as_deref(),
            stored.text.as_deref()
        ),
        (Some("neutral"), Some("Done"), Some("details"))
    );

    // Comments and reactions.
    let (status, _, c) = call(
        "POST",
        &format!("{repo}/issues/1/comments"),
        auth,
        Some(json!({"body": "Working on it"})),
    );
    assert_eq!(status, 201, "{c}");
    let cid = c["id"].as_u64().unwrap();
    let (status, _, c) = call(
        "PATCH",
        &format!("{repo}/issues/comments/{cid}"),
        auth,
        Some(json!({"body": "Done"})),
    );
    assert_eq!((status, c["body"].as_str()), (200, Some("Done")));
    let (status, _, list) = call(
        "GET",
        &format!("{repo}/issues/1/comments?per_page=100"),
        auth,
        None,
    );
    assert_eq!((status, list.as_array().map(Vec::len)), (200, Some(1)));
    let react = |content: &str| {
        call(
            "POST",
            &format!("{repo}/issues/comments/{cid}/reactions"),
            auth,
            Some(json!({"content": content})),
        )
        .0
    };
    assert_eq!(react("eyes"), 201);
    assert_eq!(react("eyes"), 200);
    assert_eq!(gh.reactions().len(), 1);
    assert_eq!(gh.comments()[0].body, "Done");

    // Faults: 502 twice, then normal service; rate limits with their headers.
    gh.fail_next("GET", &format!("/repos/{OWNER}/{REPO}/pulls"), 502, 2);
    assert_eq!(call("GET", &format!("{repo}/pulls"), auth, None).0, 502);
    assert_eq!(call("GET", &format!("{repo}/pulls"), auth, None).0, 502);
    assert_eq!(call("GET", &format!("{repo}/pulls"), auth, None).0, 200);
    gh.fail_next_with(Fault::retry_after("POST", "/repos/", 403, 1));
    let (status, headers, _) = call(
        "POST",
        &format!("{repo}/issues/1/comments"),
        auth,
        Some(json!({"body": "x"})),
    );
    assert_eq!((status, header(&headers, "retry-after")), (403, Some("1")));
    gh.fail_next_with(Fault::rate_limited(
        "GET",
        "/repos/",
        429,
        Duration::from_secs(60),
    ));
    let (status, headers, _) = call("GET", &repo, auth, None);
    assert_eq!(
        (status, header(&headers, "x-ratelimit-remaining")),
        (429, Some("0"))
    );
    let reset: i64 = header(&headers, "x-ratelimit-reset")
        .unwrap()
        .parse()
        .unwrap();
    assert!(reset > chrono::Utc::now().timestamp());
    assert_eq!(call("GET", &repo, auth, None).0, 200);

    // Expiry mid-run.
    gh.revoke_all_tokens();
    assert_eq!(call("GET", &repo, auth, None).0, 401);

    // Deliberate errors (422, 401, injected faults) only bring Prism warnings, which do not count.
    let v = gh.violations();
    assert!(
        v.iter().all(|v| v.deliberate && v.severity == "Warning"),
        "{v:#?}"
    );
    gh.assert_no_violations();
}

#[test]
fn prism_reports_requests_that_violate_the_spec() {
    let (_key, gh, _src) = setup(true);
    let token = gh.issue_token(INSTALLATION);
    let auth = format!("token {token}");
    let repo = format!("{}/repos/{OWNER}/{REPO}", gh.api_url());

    // `head` is required: Prism refuses the request, the fake never sees it.
    let (status, _, body) = call(
        "POST",
        &format!("{repo}/pulls"),
        Some(&auth),
        Some(json!({"title": "x", "base": "main"})),
    );
    assert_eq!(status, 422, "{body}");
    assert!(gh
        .requests()
        .iter()
        .all(|r| r.path != format!("/repos/{OWNER}/{REPO}/pulls")));
    let v = gh.take_violations();
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].severity, "Error");
    assert!(v[0].message.contains("head"), "{v:?}");

    // An invalid check run conclusion.
    let (status, _, body) = call(
        "POST",
        &format!("{repo}/check-runs"),
        Some(&auth),
        Some(json!({"name": "n", "head_sha": "0".repeat(40), "conclusion": "great"})),
    );
    assert_eq!(status, 422, "{body}");
    let v = gh.violations();
    assert!(v.iter().any(|v| v.location.contains("conclusion")), "{v:?}");
    let panic =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| gh.assert_no_violations()));
    assert!(panic.is_err(), "assert_no_violations let a violation pass");
    gh.take_violations();

    // A response that violates the spec (an injected 200 with a bad body): the fake answered,
    // Prism replaced the answer by a 500 listing the violations.
    let bad = Fault {
        body: Some(json!({"id": "not a number"})),
        ..Fault::new("GET", &format!("/repos/{OWNER}/{REPO}"), 200, 1)
    };
    gh.fail_next_with(bad);
    let (status, headers, body) = call("GET", &repo, Some(&auth), None);
    assert_eq!(status, 500, "{body}");
    assert!(header(&headers, "sl-violations").is_some());
    assert_eq!(body["type"], "https://stoplight.io/prism/errors#VIOLATIONS");
    let v = gh.take_violations();
    assert!(
        v.iter()
            .any(|v| v.location == "response.body.id" && v.counts()),
        "{v:#?}"
    );
    assert!(v.iter().all(|v| v.status == 500 && v.severity == "Error"));

    // A path that is not in the cut spec.
    let (status, _, _) = call("GET", &format!("{repo}/branches"), Some(&auth), None);
    assert_eq!(status, 404);
    assert!(gh
        .take_violations()
        .iter()
        .any(|v| v.message.contains("NO_PATH_MATCHED")));
    gh.assert_no_violations();
}

#[test]
fn cut_spec_has_exactly_the_operations_of_the_script() {
    let spec: Value =
        serde_json::from_slice(&std::fs::read(common::fake_github::cut_spec()).expect("cut spec"))
            .expect("json");
    let mut ops: Vec<String> = spec["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(p, m)| {
            m.as_object()
                .unwrap()
                .keys()
                .filter(|k| *k != "parameters")
                .map(move |k| format!("{} {p}", k.to_uppercase()))
        })
        .collect();
    ops.sort();
    let script = std::fs::read_to_string(common::repo_root().join("scripts/openapi-subset.mjs"))
        .expect("script");
    let mut listed: Vec<String> = script
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix('"')?
                .strip_suffix("\",")
                .map(str::to_owned)
        })
        .collect();
    listed.sort();
    assert_eq!(ops, listed);
    // Every $ref resolves inside the cut.
    let text = serde_json::to_string(&spec).unwrap();
    for r in text.split("\"$ref\":\"").skip(1) {
        let r = &r[..r.find('"').unwrap()];
        let ptr = r.trim_start_matches('#').replace("~1", "/");
        assert!(spec.pointer(&ptr).is_some(), "dangling {r}");
    }
}

/// octocrab, the App's client, over plain HTTP through Prism: the App's JWT exchange and a few
/// of its calls, with no violation.
#[test]
fn octocrab_talks_to_the_fake_through_prism() {
    let (key, gh, _src) = setup(true);
    let push = gh.push_commit(
        OWNER,
        REPO,
        "parallelize/x",
        "x",
        &[("x.py", Some("x = 1\n"))],
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let app = octocrab::Octocrab::builder()
            .base_uri(gh.api_url())
            .expect("base uri")
            .app(
                octocrab::models::AppId(APP_ID),
                jsonwebtoken::EncodingKey::from_rsa_pem(key.private_pem.as_bytes()).expect("key"),
            )
            .build()
            .expect("octocrab");
        let (client, _token) = app
            .installation_and_token(octocrab::models::InstallationId(INSTALLATION))
            .await
            .expect("installation token");
        let repo = client.repos(OWNER, REPO).get().await.expect("get repo");
        assert_eq!(repo.default_branch.as_deref(), Some("main"));
        let pr = client
            .pulls(OWNER, REPO)
            .create("Parallelize", "parallelize/x", "main")
            .body("Why")
            .send()
            .await
            .expect("create pull request");
        assert_eq!((pr.number, pr.head.sha.as_str()), (1, push.after.as_str()));
        let open = client
            .pulls(OWNER, REPO)
            .list()
            .state(octocrab::params::State::Open)
            .head(format!("{OWNER}:parallelize/x"))
            .send()
            .await
            .expect("list pull requests");
        assert_eq!(open.items.len(), 1);
        client
            .checks(OWNER, REPO)
            .create_check_run("parallelize", push.after.clone())
            .send()
            .await
            .expect("create check run");
        client
            .issues(OWNER, REPO)
            .create_comment(1, "hello")
            .await
            .expect("comment");
    });
    assert_eq!(gh.check_runs()[0].head_sha, push.after);
    assert_eq!(gh.comments()[0].body, "hello");
    gh.assert_no_violations();
}

/// `(auth header, repository API URL)` with an installation token issued directly.
fn app_auth(gh: &FakeGitHub) -> (String, String) {
    (
        format!("token {}", gh.issue_token(INSTALLATION)),
        format!("{}/repos/{OWNER}/{REPO}", gh.api_url()),
    )
}

fn ok(out: std::process::Output) -> String {
    assert!(out.status.success(), "{}", common::text(&out.stderr));
    common::text(&out.stdout)
}

fn numbers(list: &Value) -> Vec<u64> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|x| x["number"].as_u64().expect("number"))
        .collect()
}

fn label_names(labels: &Value) -> Vec<&str> {
    labels
        .as_array()
        .expect("labels")
        .iter()
        .map(|l| l["name"].as_str().expect("name"))
        .collect()
}

#[test]
fn collaborator_permissions_follow_the_roles() {
    let (_key, gh, _src) = setup(true);
    let (auth, repo) = app_auth(&gh);
    let auth = Some(auth.as_str());
    gh.set_permission(OWNER, REPO, "alice", "admin");
    gh.set_permission(OWNER, REPO, "bob", "maintain");
    gh.set_permission(OWNER, REPO, "tess", "triage");
    gh.set_permission(OWNER, REPO, "wendy", "write");
    let permission = |login: &str| {
        let (status, _, body) = call(
            "GET",
            &format!("{repo}/collaborators/{login}/permission"),
            auth,
            None,
        );
        assert_eq!(status, 200, "{body}");
        body
    };
    for (login, permission_name, role) in [
        ("alice", "admin", "admin"),
        ("bob", "write", "maintain"),
        ("wendy", "write", "write"),
        ("tess", "read", "triage"),
        // No role: anyone reads a public repository.
        ("carol", "read", "read"),
    ] {
        let body = permission(login);
        assert_eq!(body["permission"], permission_name, "{login}: {body}");
        assert_eq!(body["role_name"], role, "{login}: {body}");
        assert_eq!(body["user"]["login"], login);
        assert_eq!(body["user"]["type"], "User");
        assert_eq!(body["user"]["role_name"], role);
    }
    assert_eq!(permission("alice")["user"]["permissions"]["admin"], true);
    assert_eq!(permission("bob")["user"]["permissions"]["admin"], false);
    assert_eq!(permission("bob")["user"]["permissions"]["push"], true);
    let bot = permission("parallelize%5Bbot%5D");
    assert_eq!(
        (bot["user"]["login"].as_str(), bot["user"]["type"].as_str()),
        (Some(APP_BOT_LOGIN), Some("Bot"))
    );
    gh.assert_no_violations();
}

/// A fork's pull request: the fork is the head repository, its commits are in the base
/// repository under `refs/pull/<n>/head` only, which git fetches (and nobody pushes to).
#[test]
fn fork_pull_requests_live_under_refs_pull() {
    let (_key, gh, _src) = setup(true);
    let (auth, repo) = app_auth(&gh);
    let auth = Some(auth.as_str());
    let token = gh.issue_token(INSTALLATION);
    let (n, sha) = gh.open_fork_pull(
        OWNER,
        REPO,
        "contrib",
        "feature",
        "main",
        "Faster loops",
        "carol",
        &[("app.py", Some("print('fork')\n"))],
    );
    assert_eq!(n, 1);
    assert_eq!(gh.branch_sha(OWNER, REPO, "feature"), None);
    assert_eq!(
        gh.file_at(OWNER, REPO, &sha, "app.py").as_deref(),
        Some("print('fork')\n")
    );
    let topic = gh.push_commit(OWNER, REPO, "topic", "t", &[("t.py", Some("t = 1\n"))]);
    assert_eq!(
        gh.open_pull(OWNER, REPO, "topic", "main", "Topic", "alice"),
        2
    );

    let (status, _, pr) = call("GET", &format!("{repo}/pulls/1"), auth, None);
    assert_eq!(status, 200, "{pr}");
    assert_eq!(pr["head"]["sha"], sha.as_str());
    assert_eq!(pr["head"]["ref"], "feature");
    assert_eq!(pr["head"]["label"], "contrib:feature");
    assert_eq!(pr["head"]["user"]["login"], "contrib");
    let head_repo = &pr["head"]["repo"];
    assert_eq!(head_repo["full_name"], format!("contrib/{REPO}"));
    assert_eq!(head_repo["owner"]["login"], "contrib");
    assert_eq!(head_repo["fork"], true);
    assert_eq!(
        head_repo["clone_url"],
        gh.clone_url("contrib", REPO).as_str()
    );
    assert_ne!(head_repo["id"], pr["base"]["repo"]["id"]);
    assert_eq!(pr["base"]["repo"]["full_name"], format!("{OWNER}/{REPO}"));
    assert_eq!(pr["base"]["repo"]["fork"], false);
    assert_eq!(
        (pr["user"]["login"].as_str(), pr["user"]["type"].as_str()),
        (Some("carol"), Some("User"))
    );
    let (_, _, same) = call("GET", &format!("{repo}/pulls/2"), auth, None);
    assert_eq!(same["head"]["sha"], topic.after.as_str());
    assert_eq!(same["head"]["repo"]["full_name"], format!("{OWNER}/{REPO}"));
    assert_eq!(same["user"]["login"], "alice");

    let list = |q: &str| {
        let (status, _, body) = call("GET", &format!("{repo}/pulls?{q}"), auth, None);
        assert_eq!(status, 200, "{body}");
        numbers(&body)
    };
    assert_eq!(list(""), [1, 2]);
    assert_eq!(list("head=contrib:feature"), [1]);
    assert_eq!(list(&format!("head={OWNER}:feature")), Vec::<u64>::new());
    assert_eq!(list(&format!("head={OWNER}:topic")), [2]);
    assert_eq!(list("head=contrib"), [1]);

    // git sees refs/pull/<n>/head, for both kinds.
    let url = with_token(&gh.clone_url(OWNER, REPO), &token);
    let work = tempfile::tempdir().expect("tempdir");
    let refs = ok(git(&["ls-remote", &url], work.path()));
    assert!(refs.contains(&format!("{sha}\trefs/pull/1/head")), "{refs}");
    assert!(
        refs.contains(&format!("{}\trefs/pull/2/head", topic.after)),
        "{refs}"
    );
    ok(git(&["clone", "--quiet", &url, "c"], work.path()));
    let c = work.path().join("c");
    ok(git(&["fetch", "--quiet", "origin", "refs/pull/1/head"], &c));
    assert_eq!(ok(git(&["rev-parse", "FETCH_HEAD"], &c)).trim(), sha);
    // Nobody pushes to a pull request's ref (GitHub: "deny updating a hidden ref").
    ok(git(&["checkout", "--quiet", "FETCH_HEAD"], &c));
    std::fs::write(c.join("x.py"), "x = 1\n").unwrap();
    ok(git(&["add", "x.py"], &c));
    ok(git(&["commit", "--quiet", "-m", "x"], &c));
    let out = git(&["push", "--quiet", "origin", "HEAD:refs/pull/1/head"], &c);
    assert!(!out.status.success(), "pushed to refs/pull/1/head");
    assert_eq!(
        gh.pull_head_sha(OWNER, REPO, 1).as_deref(),
        Some(sha.as_str())
    );
    // The fork is not served.
    let fork_url = with_token(&gh.clone_url("contrib", REPO), &token);
    assert!(!git(&["ls-remote", &fork_url], work.path()).status.success());

    // Pushes move the refs: to the head branch (git or the helper), to the fork.
    ok(git(
        &[
            "push",
            "--quiet",
            "origin",
            "HEAD:refs/heads/topic",
            "--force",
        ],
        &c,
    ));
    let pushed = ok(git(&["rev-parse", "HEAD"], &c)).trim().to_owned();
    assert_eq!(
        gh.pull_head_sha(OWNER, REPO, 2).as_deref(),
        Some(pushed.as_str())
    );
    let refs = ok(git(&["ls-remote", &url, "refs/pull/2/head"], work.path()));
    assert!(refs.starts_with(&pushed), "{refs}");
    let again = gh.push_commit(OWNER, REPO, "topic", "t2", &[("t.py", Some("t = 2\n"))]);
    assert_eq!(gh.pull_head_sha(OWNER, REPO, 2), Some(again.after));
    let fork_push = gh.push_fork_pull(OWNER, REPO, 1, "more", &[("app.py", Some("y\n"))]);
    assert_eq!(fork_push.before, sha);
    let (_, _, pr) = call("GET", &format!("{repo}/pulls/1"), auth, None);
    assert_eq!(pr["head"]["sha"], fork_push.after.as_str());
    gh.assert_no_violations();
}

#[test]
fn reviews_are_checked_against_the_diff() {
    let (_key, gh, _src) = setup(true);
    let (auth, repo) = app_auth(&gh);
    let auth = Some(auth.as_str());
    let lines = |changed: Option<usize>| {
        (1..=20)
            .map(|i| match changed {
                Some(c) if c == i => format!("x{i} = {i} * 2\n"),
                _ => format!("x{i} = {i}\n"),
            })
            .collect::<String>()
    };
    gh.push_commit(
        OWNER,
        REPO,
        "main",
        "big",
        &[("big.py", Some(&lines(None)))],
    );
    let first = gh.push_commit(
        OWNER,
        REPO,
        "feature",
        "change line 10",
        &[
            ("big.py", Some(&lines(Some(10)))),
            ("new.py", Some("a\nb\nc\n")),
        ],
    );
    let head = gh.push_commit(OWNER, REPO, "feature", "delete", &[("app.py", None)]);
    let n = gh.open_pull(OWNER, REPO, "feature", "main", "Feature", "alice");
    let url = format!("{repo}/pulls/{n}/reviews");
    let review = |comments: Value, commit: Option<&str>| {
        let mut body = json!({"body": "Parallelize found things", "event": "COMMENT",
                              "comments": comments});
        if let Some(c) = commit {
            body["commit_id"] = json!(c);
        }
        call("POST", &url, auth, Some(body))
    };

    // On the diff: a changed line, context lines of its hunk (7..=13), a range in the hunk, a
    // new file, a deleted file's old side.
    let (status, _, body) = review(
        json!([
            {"path": "big.py", "line": 10, "side": "RIGHT", "body": "here"},
            {"path": "big.py", "line": 13, "body": "context"},
            {"path": "big.py", "start_line": 8, "line": 11, "side": "RIGHT",
             "start_side": "RIGHT", "body": "range"},
            {"path": "new.py", "line": 3, "body": "new file"},
            {"path": "app.py", "line": 1, "side": "LEFT", "body": "deleted"},
        ]),
        Some(&head.after),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["state"], "COMMENTED");
    assert_eq!(body["commit_id"], head.after.as_str());
    assert_eq!(body["body"], "Parallelize found things");
    assert_eq!(
        (
            body["user"]["login"].as_str(),
            body["user"]["type"].as_str()
        ),
        (Some(APP_BOT_LOGIN), Some("Bot"))
    );
    assert!(body["pull_request_url"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/repos/{OWNER}/{REPO}/pulls/{n}")));
    let stored = gh.reviews();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (
            stored[0].pull_number,
            stored[0].event.as_str(),
            stored[0].user.as_str()
        ),
        (n, "COMMENT", APP_BOT_LOGIN)
    );
    assert_eq!(stored[0].comments.len(), 5);
    assert_eq!(stored[0].commit_id, head.after);

    // Off the diff: GitHub's 422s, nothing stored.
    for (comment, error) in [
        (
            json!({"path": "big.py", "line": 2, "body": "b"}),
            "Line could not be resolved",
        ),
        (
            json!({"path": "big.py", "line": 14, "body": "b"}),
            "Line could not be resolved",
        ),
        (
            json!({"path": "README.md", "line": 1, "body": "b"}),
            "Path could not be resolved",
        ),
        (
            json!({"path": "app.py", "line": 1, "body": "b"}),
            "Line could not be resolved",
        ),
        (
            json!({"path": "big.py", "start_line": 2, "line": 10, "body": "b"}),
            "Line could not be resolved",
        ),
        (
            json!({"path": "big.py", "start_line": 10, "line": 10, "body": "b"}),
            "Pull request review thread start line must precede the end line.",
        ),
    ] {
        let (status, _, body) = review(json!([comment.clone()]), None);
        assert_eq!(status, 422, "{comment}: {body}");
        assert_eq!(body["message"], "Unprocessable Entity");
        assert_eq!(body["errors"], json!([error]), "{comment}");
    }
    // An older commit of the pull request: its own diff (no app.py deletion there yet).
    let (status, _, body) = review(
        json!([{"path": "app.py", "line": 1, "side": "LEFT", "body": "b"}]),
        Some(&first.after),
    );
    assert_eq!(status, 422, "{body}");
    let (status, _, body) = review(
        json!([{"path": "new.py", "line": 1, "body": "b"}]),
        Some(&first.after),
    );
    assert_eq!(
        (status, body["commit_id"].as_str()),
        (200, Some(first.after.as_str()))
    );
    // A commit that is not part of the pull request.
    let (status, _, body) = review(json!([]), Some(&"0".repeat(40)));
    assert_eq!(status, 422, "{body}");
    assert_eq!(gh.reviews().len(), 2);

    // A fork's pull request: the diff of refs/pull/<n>/head.
    let (fork, _) = gh.open_fork_pull(
        OWNER,
        REPO,
        "contrib",
        "feature",
        "main",
        "Fork",
        "carol",
        &[("README.md", Some("# demo\n\nMore.\n"))],
    );
    let (status, _, body) = call(
        "POST",
        &format!("{repo}/pulls/{fork}/reviews"),
        auth,
        Some(json!({"body": "ok", "event": "COMMENT",
                    "comments": [{"path": "README.md", "line": 3, "body": "x"}]})),
    );
    assert_eq!(status, 200, "{body}");
    gh.assert_no_violations();
}

#[test]
fn labels_show_on_pull_requests_and_issues() {
    let (_key, gh, _src) = setup(true);
    let (auth, repo) = app_auth(&gh);
    let auth = Some(auth.as_str());
    gh.push_commit(OWNER, REPO, "parallelize/x", "x", &[("x.py", Some("x\n"))]);
    let (status, _, pr) = call(
        "POST",
        &format!("{repo}/pulls"),
        auth,
        Some(json!({"title": "P", "head": "parallelize/x", "base": "main"})),
    );
    assert_eq!(status, 201, "{pr}");
    assert_eq!(pr["labels"], json!([]));
    assert_eq!(pr["user"]["login"], APP_BOT_LOGIN);
    let add = |labels: Value| {
        let (status, _, body) = call(
            "POST",
            &format!("{repo}/issues/1/labels"),
            auth,
            Some(json!({ "labels": labels })),
        );
        assert_eq!(status, 200, "{body}");
        body
    };
    let body = add(json!(["parallelize", "performance"]));
    assert_eq!(label_names(&body), ["parallelize", "performance"]);
    let body = add(json!(["performance", {"name": "needs review"}]));
    assert_eq!(
        label_names(&body),
        ["parallelize", "performance", "needs review"]
    );
    assert!(body[2]["url"]
        .as_str()
        .unwrap()
        .ends_with("/labels/needs%20review"));
    assert_eq!(
        gh.labels_of(OWNER, REPO, 1),
        ["parallelize", "performance", "needs review"]
    );
    let (_, _, got) = call("GET", &format!("{repo}/pulls/1"), auth, None);
    assert_eq!(
        label_names(&got["labels"]),
        ["parallelize", "performance", "needs review"]
    );
    let (_, _, list) = call("GET", &format!("{repo}/pulls"), auth, None);
    assert_eq!(label_names(&list[0]["labels"]).len(), 3);
    // Unknown issue.
    let (status, _, _) = call(
        "POST",
        &format!("{repo}/issues/9/labels"),
        auth,
        Some(json!({"labels": ["x"]})),
    );
    assert_eq!(status, 404);
    gh.assert_no_violations();
}

#[test]
fn issues_are_created_listed_and_updated() {
    let (_key, gh, _src) = setup(true);
    let (auth, repo) = app_auth(&gh);
    let auth = Some(auth.as_str());
    let (status, headers, issue) = call(
        "POST",
        &format!("{repo}/issues"),
        auth,
        Some(
            json!({"title": "Parallelize dashboard", "body": "Nothing yet",
                    "labels": ["parallelize-dashboard"]}),
        ),
    );
    assert_eq!(status, 201, "{issue}");
    assert_eq!(issue["number"], 1);
    assert_eq!(issue["state"], "open");
    assert_eq!(issue["user"]["login"], APP_BOT_LOGIN);
    assert_eq!(issue["user"]["type"], "Bot");
    assert_eq!(label_names(&issue["labels"]), ["parallelize-dashboard"]);
    assert!(issue.get("pull_request").is_none(), "{issue}");
    assert_eq!(
        header(&headers, "location"),
        Some(format!("{repo}/issues/1").as_str())
    );
    // Pull requests share the numbering, and are issues too.
    gh.push_commit(OWNER, REPO, "topic", "t", &[("t.py", Some("t\n"))]);
    assert_eq!(
        gh.open_pull(OWNER, REPO, "topic", "main", "Topic", "alice"),
        2
    );

    let list = |q: &str| {
        let (status, headers, body) = call("GET", &format!("{repo}/issues?{q}"), auth, None);
        assert_eq!(status, 200, "{body}");
        (numbers(&body), body, headers)
    };
    let (all, body, _) = list("");
    assert_eq!(all, [2, 1]);
    assert!(body[0]["pull_request"]["url"]
        .as_str()
        .unwrap()
        .ends_with("/pulls/2"));
    assert!(body[1].get("pull_request").is_none());
    assert_eq!(list("direction=asc").0, [1, 2]);
    assert_eq!(
        list("creator=parallelize%5Bbot%5D&labels=parallelize-dashboard&state=all&per_page=100").0,
        [1]
    );
    assert_eq!(list("creator=alice").0, [2]);
    assert_eq!(
        list("labels=parallelize-dashboard,other").0,
        Vec::<u64>::new()
    );
    let (first, _, headers) = list("per_page=1");
    assert_eq!(first, [2]);
    let link = header(&headers, "link").expect("a Link header");
    assert!(link.contains("page=2>; rel=\"next\""), "{link}");
    assert_eq!(list("per_page=1&page=2").0, [1]);

    // Comments on an issue.
    let (status, _, c) = call(
        "POST",
        &format!("{repo}/issues/1/comments"),
        auth,
        Some(json!({"body": "status"})),
    );
    assert_eq!(status, 201, "{c}");
    assert!(c["html_url"]
        .as_str()
        .unwrap()
        .contains("/issues/1#issuecomment-"));
    let (_, _, comments) = call("GET", &format!("{repo}/issues/1/comments"), auth, None);
    assert_eq!(comments.as_array().map(Vec::len), Some(1));

    // Update: body, title, state.
    let (status, _, updated) = call(
        "PATCH",
        &format!("{repo}/issues/1"),
        auth,
        Some(json!({"body": "2 findings", "title": "Dashboard"})),
    );
    assert_eq!(status, 200, "{updated}");
    assert_eq!(
        (updated["body"].as_str(), updated["title"].as_str()),
        (Some("2 findings"), Some("Dashboard"))
    );
    assert_eq!(updated["comments"], 1);
    let (status, _, closed) = call(
        "PATCH",
        &format!("{repo}/issues/1"),
        auth,
        Some(json!({"state": "closed"})),
    );
    assert_eq!((status, closed["state"].as_str()), (200, Some("closed")));
    assert!(closed["closed_at"].is_string());
    assert_eq!(list("").0, [2]);
    assert_eq!(list("state=closed").0, [1]);
    let stored = gh.issues();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (
            stored[0].body.as_deref(),
            stored[0].state.as_str(),
            stored[0].user.as_str()
        ),
        (Some("2 findings"), "closed", APP_BOT_LOGIN)
    );
    // A pull request through the issues API.
    let (status, _, pr) = call(
        "PATCH",
        &format!("{repo}/issues/2"),
        auth,
        Some(json!({"title": "Topic (renamed)"})),
    );
    assert_eq!(status, 200, "{pr}");
    assert_eq!(gh.pulls(OWNER, REPO)[0].title, "Topic (renamed)");
    assert_eq!(
        call(
            "PATCH",
            &format!("{repo}/issues/7"),
            auth,
            Some(json!({"body": "x"}))
        )
        .0,
        404
    );
    gh.assert_no_violations();
}

#[test]
fn people_comment_and_the_app_reacts() {
    let (_key, gh, _src) = setup(true);
    let (auth, repo) = app_auth(&gh);
    let auth = Some(auth.as_str());
    gh.push_commit(OWNER, REPO, "topic", "t", &[("t.py", Some("t\n"))]);
    let n = gh.open_pull(OWNER, REPO, "topic", "main", "Topic", "alice");
    gh.set_permission(OWNER, REPO, "alice", "write");
    let id = gh.add_comment(OWNER, REPO, n, "alice", "/parallelize");
    let stranger = gh.add_comment(OWNER, REPO, n, "mallory", "/parallelize please");
    let (status, _, mine) = call(
        "POST",
        &format!("{repo}/issues/{n}/comments"),
        auth,
        Some(json!({"body": "On it"})),
    );
    assert_eq!(status, 201, "{mine}");
    gh.edit_comment(OWNER, REPO, id, "/parallelize now");

    let (status, _, list) = call("GET", &format!("{repo}/issues/{n}/comments"), auth, None);
    assert_eq!(status, 200, "{list}");
    let who: Vec<(&str, &str, &str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["user"]["login"].as_str().unwrap(),
                c["user"]["type"].as_str().unwrap(),
                c["author_association"].as_str().unwrap(),
                c["body"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        who,
        [
            ("alice", "User", "COLLABORATOR", "/parallelize now"),
            ("mallory", "User", "NONE", "/parallelize please"),
            (APP_BOT_LOGIN, "Bot", "NONE", "On it"),
        ]
    );
    let comments = gh.comments();
    assert_eq!(
        comments.iter().map(|c| c.user.as_str()).collect::<Vec<_>>(),
        ["alice", "mallory", APP_BOT_LOGIN]
    );

    for (comment, content) in [(id, "eyes"), (stranger, "confused")] {
        let (status, _, body) = call(
            "POST",
            &format!("{repo}/issues/comments/{comment}/reactions"),
            auth,
            Some(json!({ "content": content })),
        );
        assert_eq!(status, 201, "{body}");
        assert_eq!(body["user"]["login"], APP_BOT_LOGIN);
    }
    let reactions = gh.reactions();
    assert_eq!(
        reactions
            .iter()
            .map(|x| (x.comment_id, x.content.as_str()))
            .collect::<Vec<_>>(),
        [(id, "eyes"), (stranger, "confused")]
    );
    gh.assert_no_violations();
}
