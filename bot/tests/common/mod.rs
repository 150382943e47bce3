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
