//! Differential tests: every `safe` rewrite is executed against the original with the real
//! Python interpreter (multiprocessing start method `spawn`), and must give identical results,
//! stdout, stderr and exit status. Traps must come out byte-for-byte untouched.

mod common;

use std::process::Command;

use common::execute::{copy_into, run_python};
use common::{fixtures, parallelize, python, text};

#[test]
fn safe_rewrites_behave_exactly_like_the_original() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut checked = 0;
    for fixture in fixtures("safe") {
        let orig_dir = tmp.path().join("orig");
        let new_dir = tmp.path().join("new");
        let name = copy_into(&orig_dir, &fixture, None);
        copy_into(&new_dir, &fixture, None);
        let file = format!("{name}.py");
        let fixed = parallelize(&["check", "--fix", "--no-cache", &file], &new_dir);
        assert!(
            fixed.status.code().is_some_and(|c| c == 0 || c == 1),
            "{name}: check --fix failed: {}",
            text(&fixed.stderr)
        );
        let before = std::fs::read_to_string(orig_dir.join(&file)).expect("read");
        let after = std::fs::read_to_string(new_dir.join(&file)).expect("read");
        assert_ne!(before, after, "{name}: expected a rewrite");
        // The rewrite must be valid for CPython itself, not only for tree-sitter.
        let ast = Command::new(python())
            .args(["-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())"])
            .arg(new_dir.join(&file))
            .output()
            .expect("python");
        assert!(
            ast.status.success(),
            "{name}: CPython rejects the rewrite: {}\n{after}",
            text(&ast.stderr)
        );
        assert!(
            after.contains("Executor")
                || after.contains("await asyncio.")
                || after.contains(".outer("),
            "{name}: no executor, asyncio or NumPy call in the rewrite:\n{after}"
        );

        let a = run_python(&orig_dir, &name);
        let b = run_python(&new_dir, &name);
        assert_eq!(
            a.status,
            Some(0),
            "{name}: the original fixture fails: {}",
            a.stderr
        );
        assert!(
            a.stdout.contains("RESULT:") || !before.contains("def main("),
            "{name}: no result printed"
        );
        assert_eq!(
            a.stdout, b.stdout,
            "{name}: stdout/result differ after the rewrite\n--- rewritten ---\n{after}"
        );
        assert_eq!(
            a.stderr, b.stderr,
            "{name}: stderr differs after the rewrite"
        );
        assert_eq!(a.status, b.status, "{name}: exit status differs");
        checked += 1;
        std::fs::remove_dir_all(&orig_dir).ok();
        std::fs::remove_dir_all(&new_dir).ok();
    }
    assert!(checked >= 7, "only {checked} safe fixtures were executed");
}

/// `max-concurrency` from the config bounds PAR211's helper (`limit=`): the bounded rewrite must
/// behave like the loop too, including which failure is raised.
#[test]
fn bounded_gather_behaves_like_the_loop() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let fixture = common::repo_root().join("tests/fixtures/safe/par211_await_loops.py");
    let (orig_dir, new_dir) = (tmp.path().join("orig"), tmp.path().join("new"));
    let name = copy_into(&orig_dir, &fixture, None);
    copy_into(&new_dir, &fixture, None);
    std::fs::write(
        new_dir.join("pyproject.toml"),
        "[project]\nname = \"bounded\"\nrequires-python = \">=3.11\"\n\n[tool.parallelize]\nmax-concurrency = 2\n",
    )
    .expect("write pyproject.toml");
    let file = format!("{name}.py");
    let fixed = parallelize(&["check", "--fix", "--no-cache", &file], &new_dir);
    assert!(
        fixed.status.code().is_some_and(|c| c == 0 || c == 1),
        "{}",
        text(&fixed.stderr)
    );
    let after = std::fs::read_to_string(new_dir.join(&file)).expect("read");
    assert!(
        after.contains(", limit=2)"),
        "no bound in the rewrite:\n{after}"
    );
    let (a, b) = (run_python(&orig_dir, &name), run_python(&new_dir, &name));
    assert_eq!(a.status, Some(0), "{}", a.stderr);
    assert!(a.stdout.contains("bad key b"), "{}", a.stdout);
    assert_eq!(a.stdout, b.stdout, "rewritten:\n{after}");
    assert_eq!(a.stderr, b.stderr);
}

#[test]
fn traps_come_out_untouched() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let traps = fixtures("trap");
    assert!(traps.len() >= 15, "trap fixtures missing");
    for fixture in traps {
        let name = copy_into(tmp.path(), &fixture, None);
        let file = format!("{name}.py");
        let out = parallelize(
            &[
                "check",
                "--fix",
                "--no-cache",
                "--output-format",
                "json",
                &file,
            ],
            tmp.path(),
        );
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: traps have review findings: {}",
            text(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let findings = json["findings"].as_array().expect("findings");
        assert!(
            !findings.is_empty(),
            "{name}: no finding: the trap is not exercised"
        );
        for f in findings {
            assert_eq!(f["safety"], "review", "{name}: {f}");
            assert!(f["fix"].is_null(), "{name}: a review finding carries a fix");
            assert!(
                !f["reasons"].as_array().expect("reasons").is_empty(),
                "{name}: review without reasons"
            );
        }
        let after = std::fs::read(tmp.path().join(&file)).expect("read");
        let before = std::fs::read(&fixture).expect("read");
        assert_eq!(before, after, "{name}: a trap was modified");
    }
}
