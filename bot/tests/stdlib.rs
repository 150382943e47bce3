//! `check --fix` on a copy of the local CPython standard library (about 1,800 files, with syntax
//! errors, non-UTF-8 files and very deep nesting among them): never a crash, bad files skipped
//! with a reason, every rewritten file still valid for CPython, and a second run changes nothing.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{parallelize, python, text};

fn stdlib_dir() -> PathBuf {
    let out = Command::new(python())
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python");
    PathBuf::from(text(&out.stdout).trim())
}

fn copy_py_tree(from: &Path, to: &Path, files: &mut usize) {
    for entry in std::fs::read_dir(from).expect("read_dir").flatten() {
        let p = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name == "site-packages" || name == "__pycache__" {
            continue;
        }
        let ty = entry.file_type().expect("file type");
        if ty.is_dir() {
            copy_py_tree(&p, &to.join(&*name), files);
        } else if ty.is_file() && name.ends_with(".py") {
            std::fs::create_dir_all(to).expect("mkdir");
            std::fs::copy(&p, to.join(&*name)).expect("copy");
            *files += 1;
        }
    }
}

fn snapshot(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            snapshot(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.insert(p.clone(), std::fs::read(&p).expect("read"));
        }
    }
}

#[test]
fn fix_never_crashes_on_the_stdlib_and_is_idempotent() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("stdlib");
    let mut files = 0;
    copy_py_tree(&stdlib_dir(), &root, &mut files);
    assert!(files > 1000, "only {files} stdlib files found");

    let mut before = BTreeMap::new();
    snapshot(&root, &mut before);
    let first = parallelize(
        &[
            "check",
            "--fix",
            "--no-cache",
            "--output-format",
            "json",
            ".",
        ],
        &root,
    );
    let stderr = text(&first.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        matches!(first.status.code(), Some(0 | 1)),
        "exit {:?}: {stderr}",
        first.status.code()
    );
    let report: serde_json::Value = serde_json::from_slice(&first.stdout).expect("json report");
    let skipped = report["skipped"].as_array().expect("skipped");
    assert!(
        !skipped.is_empty(),
        "the stdlib has files with syntax errors and non-UTF-8 bytes"
    );
    for s in skipped {
        assert!(
            !s["reason"].as_str().unwrap_or("").is_empty(),
            "skipped without a reason: {s}"
        );
    }

    let mut after = BTreeMap::new();
    snapshot(&root, &mut after);
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(p, c)| before.get(*p) != Some(*c))
        .map(|(p, _)| p)
        .collect();
    for p in &changed {
        let ok = Command::new(python())
            .args([
                "-c",
                "import ast, sys; ast.parse(open(sys.argv[1], encoding='utf-8').read())",
            ])
            .arg(p)
            .output()
            .expect("python");
        assert!(
            ok.status.success(),
            "{} no longer parses: {}",
            p.display(),
            text(&ok.stderr)
        );
    }

    let second = parallelize(&["check", "--fix", "--no-cache", "."], &root);
    assert!(
        matches!(second.status.code(), Some(0 | 1)),
        "{}",
        text(&second.stderr)
    );
    let mut again = BTreeMap::new();
    snapshot(&root, &mut again);
    let changed_again: Vec<&PathBuf> = again
        .iter()
        .filter(|(p, c)| after.get(*p) != Some(*c))
        .map(|(p, _)| p)
        .collect();
    assert!(
        changed_again.is_empty(),
        "a second --fix changed {changed_again:?}"
    );
}
