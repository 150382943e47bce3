//! Shared helpers for the binary's integration tests.
#![allow(dead_code)]

pub mod app;
pub mod db;
pub mod execute;
pub mod fake_github;
pub mod git_http;
pub mod replicas;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's root. `CARGO_MANIFEST_DIR` is read when the test runs (cargo sets it):
/// the compile-time value is wrong for a binary that a shared target directory reuses from a
/// clone at another path.
pub fn repo_root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .join("..")
}

pub fn fixtures(kind: &str) -> Vec<PathBuf> {
    python_files(&repo_root().join("tests/fixtures").join(kind))
}

/// The `.py` files directly in `dir`, sorted.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    files
}

/// The test venv's interpreter (pytest, requests, numpy), made by `scripts/setup-tests.sh`.
pub fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("PARALLELIZE_TEST_PYTHON") {
        return PathBuf::from(p);
    }
    let venv = std::env::var_os("PARALLELIZE_TEST_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join(".venv-tests"));
    let py = venv.join("bin/python");
    assert!(
        py.exists(),
        "{} is missing: run `scripts/setup-tests.sh` first (it creates the test venv)",
        py.display()
    );
    py
}

/// A copy of the directory `from` at `to`, without Python's and parallelize's caches.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read fixture dir") {
        let entry = entry.expect("entry");
        let name = entry.file_name();
        if name == "__pycache__" || name == ".pytest_cache" || name == ".parallelize_cache" {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// `tests/projects/<project>` copied into a temporary directory, with `replay-seconds` (one
/// replayed run of the original; default 1 s) set to `replay_seconds` in its
/// `[tool.parallelize.bot]` table (the project must end with that table). The end-to-end tests
/// of the App and the Action replay each rewrite five times each way, sized to this (half a
/// second: a third measured a process pool at 1.31x +-103% while another test replayed at the
/// same time, under `min-speedup`'s 1.05 in one run of four), and the default size is kept by
/// `bot/tests/propose.rs`.
pub fn project_copy(project: &str, replay_seconds: f64) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(project);
    copy_dir(&repo_root().join("tests/projects").join(project), &path);
    let pyproject = path.join("pyproject.toml");
    let text = std::fs::read_to_string(&pyproject).expect("pyproject.toml");
    let bot = text
        .rfind("[tool.parallelize.bot]")
        .expect("a [tool.parallelize.bot] table");
    assert!(
        !text[bot..].contains("\n["),
        "[tool.parallelize.bot] must be the last table of {project}'s pyproject.toml"
    );
    let text = format!("{}\nreplay-seconds = {replay_seconds:?}\n", text.trim_end());
    std::fs::write(&pyproject, text).expect("write pyproject.toml");
    (dir, path)
}

/// `PATH` for a `parallelize serve` started with a cleared environment: this process's `PATH`,
/// with `~/.local/bin` first when uv is installed there (`scripts/setup-tests.sh` puts it there).
/// The product looks for uv on `PATH` (and in `$HOME/.local/bin`): with it a job's venv and
/// install take about a second, against some fifteen for `python -m venv` and pip, as in a
/// deployment (the image installs uv). `bot/tests/action.rs` keeps the runner's environment,
/// where the product falls back to venv and pip.
pub fn path_with_uv() -> String {
    let path = std::env::var("PATH").unwrap_or_default();
    match std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".local/bin"))
        .filter(|d| d.join("uv").is_file())
    {
        Some(dir) => format!("{}:{path}", dir.display()),
        None => path,
    }
}

pub fn parallelize(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallelize"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run parallelize")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
