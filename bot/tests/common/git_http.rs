//! Git's smart HTTP protocol for the fake GitHub: `git http-backend` run as a CGI program, and the
//! git CLI with a configuration that ignores the machine's (no global or system config).

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// Author and committer of every commit the harness makes (fixed, so tests can rely on them).
pub const AUTHOR_NAME: &str = "Fake GitHub";
pub const AUTHOR_EMAIL: &str = "fake-github@example.com";

/// A `git` command that ignores the user's and the system's configuration, with the harness's
/// author and committer.
pub fn git() -> Command {
    let mut cmd = Command::new("git");
    cmd.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", AUTHOR_NAME)
        .env("GIT_AUTHOR_EMAIL", AUTHOR_EMAIL)
        .env("GIT_COMMITTER_NAME", AUTHOR_NAME)
        .env("GIT_COMMITTER_EMAIL", AUTHOR_EMAIL)
        .env("GIT_TERMINAL_PROMPT", "0");
    cmd
}

/// Runs `cmd` (feeding `stdin`), panics with its stderr when it fails, returns its trimmed stdout.
pub fn run(cmd: &mut Command, stdin: &[u8]) -> String {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn {cmd:?}: {e}"));
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for git");
    let _ = writer.join();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// One CGI request to `git http-backend`.
pub struct CgiRequest<'a> {
    /// The directory holding `<owner>/<name>.git`.
    pub project_root: &'a Path,
    pub method: &'a str,
    /// `/<owner>/<name>.git/info/refs`, `/<owner>/<name>.git/git-upload-pack`, ...
    pub path_info: &'a str,
    pub query: &'a str,
    /// Request headers, names in lower case.
    pub headers: &'a BTreeMap<String, String>,
    pub body: &'a [u8],
    /// The authenticated user: `git http-backend` only allows pushes (receive-pack) when set.
    pub remote_user: &'a str,
}

/// The CGI response: status, headers, body.
pub struct CgiResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Runs `git http-backend` for one request (blocking: call it from a blocking thread). The
/// request body is passed as is (`HTTP_CONTENT_ENCODING` tells the backend when it is gzipped);
/// the output is buffered, and its `Status:` header parsed (absent means 200).
pub fn http_backend(req: &CgiRequest) -> CgiResponse {
    let header = |name: &str| req.headers.get(name).cloned().unwrap_or_default();
    let mut cmd = git();
    cmd.arg("http-backend")
        .env("GIT_PROJECT_ROOT", req.project_root)
        .env("GIT_HTTP_EXPORT_ALL", "1")
        .env("GATEWAY_INTERFACE", "CGI/1.1")
        .env("SERVER_PROTOCOL", "HTTP/1.1")
        .env("REQUEST_METHOD", req.method)
        .env("PATH_INFO", req.path_info)
        .env("QUERY_STRING", req.query)
        .env("CONTENT_TYPE", header("content-type"))
        .env("CONTENT_LENGTH", req.body.len().to_string())
        .env("HTTP_CONTENT_ENCODING", header("content-encoding"))
        .env("HTTP_GIT_PROTOCOL", header("git-protocol"))
        .env("REMOTE_USER", req.remote_user)
        .env("REMOTE_ADDR", "127.0.0.1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn git http-backend");
    let mut stdin = child.stdin.take().expect("stdin");
    let body = req.body.to_vec();
    // Feed the body from another thread: the backend may write before it has read everything.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&body);
    });
    let mut out = Vec::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_end(&mut out)
        .expect("read http-backend output");
    let output = child.wait_with_output().expect("wait for http-backend");
    let _ = writer.join();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !stderr.trim().is_empty() {
        eprintln!("git http-backend {}: {}", req.path_info, stderr.trim());
    }

    let split = find(&out, b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| find(&out, b"\n\n").map(|i| (i, 2)));
    let Some((end, sep)) = split else {
        return CgiResponse {
            status: 500,
            headers: vec![],
            body: format!("git http-backend gave no headers: {stderr}").into_bytes(),
        };
    };
    let mut status = 200;
    let mut headers = Vec::new();
    for line in String::from_utf8_lossy(&out[..end]).lines() {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_owned();
        if name.eq_ignore_ascii_case("status") {
            status = value
                .split_whitespace()
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(500);
        } else {
            headers.push((name.trim().to_owned(), value));
        }
    }
    CgiResponse {
        status,
        headers,
        body: out[end + sep..].to_vec(),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
