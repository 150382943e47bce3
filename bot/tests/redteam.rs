//! The red-team fixtures of `tests/redteam/` (see its README), written by people who had not read
//! the analysis:
//!
//! - traps, each proven by `python3 tests/redteam/prove.py traps` (a naive parallel rewrite run
//!   under `spawn` behaves differently): `check --fix` must leave each untouched, or rewrite it
//!   into code that, executed, behaves exactly like the original;
//! - positives, realistic code whose hand-made parallel version (`positives/parallel/`) behaves
//!   identically (`prove.py positives`): each must be rewritten, and the rewrite must behave
//!   exactly like the original; the few the engine leaves for review are listed with the reason.

mod common;

use std::path::Path;

use common::execute::{copy_into, run_python, Run};
use common::{parallelize, python, python_files, repo_root, text};

/// Positives the engine reports for review by design, with the reason it must give.
const REVIEW_BY_DESIGN: &[(&str, &str)] = &[
    // External programs: what they do is not known (files, network, shared state).
    ("par201_subprocess_probe", "external commands"),
    ("par212_subprocess_in_async", "external commands"),
    // The dict key is computed in the loop body: the rewrite would have to send it back.
    ("par104_named_keys", "the key stored in `table`"),
];

/// The fixtures were written for a project requiring Python 3.11 (`asyncio.to_thread` needs 3.9).
const REQUIRES: Option<&str> = Some(">=3.11");

/// Applies `check --fix` to a copy of `fixture` in `dir`: the original and the fixed text, and the
/// JSON report from before the fix.
fn fix(dir: &Path, fixture: &Path) -> (String, String, String, serde_json::Value) {
    let name = copy_into(dir, fixture, REQUIRES);
    let file = format!("{name}.py");
    let report = parallelize(
        &["check", "--no-cache", "--output-format", "json", &file],
        dir,
    );
    assert!(
        report.status.code().is_some_and(|c| c == 0 || c == 1),
        "{name}: check failed: {}",
        text(&report.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).expect("json");
    let before = std::fs::read_to_string(dir.join(&file)).expect("read");
    let fixed = parallelize(&["check", "--fix", "--no-cache", &file], dir);
    assert!(
        fixed.status.code().is_some_and(|c| c == 0 || c == 1),
        "{name}: check --fix failed: {}",
        text(&fixed.stderr)
    );
    let after = std::fs::read_to_string(dir.join(&file)).expect("read");
    (name, before, after, json)
}

/// The original (copied into `orig`) and the rewritten file (in `new`) must give the same
/// result, output and exit status; the rewrite must be valid for CPython itself.
fn assert_same_behaviour(orig: &Path, new: &Path, name: &str, after: &str) {
    let ast = std::process::Command::new(python())
        .args(["-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())"])
        .arg(new.join(format!("{name}.py")))
        .output()
        .expect("python");
    assert!(
        ast.status.success(),
        "{name}: CPython rejects the rewrite:\n{after}"
    );
    let a: Run = run_python(orig, name);
    let b: Run = run_python(new, name);
    assert_eq!(
        a, b,
        "{name}: the rewrite behaves differently\n--- rewritten ---\n{after}"
    );
}

#[test]
fn red_team_traps_are_never_rewritten_into_other_behaviour() {
    let traps = python_files(&repo_root().join("tests/redteam/traps"));
    assert!(traps.len() >= 60, "only {} traps", traps.len());
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut rewritten = Vec::new();
    for trap in &traps {
        let (orig, new) = (tmp.path().join("orig"), tmp.path().join("new"));
        let (name, before, after, _) = fix(&new, trap);
        if before != after {
            copy_into(&orig, trap, REQUIRES);
            assert_same_behaviour(&orig, &new, &name, &after);
            rewritten.push(name);
        }
        std::fs::remove_dir_all(&orig).ok();
        std::fs::remove_dir_all(&new).ok();
    }
    // A rewritten trap is one whose hazard the rewrite avoids (an in-order gather, a thread
    // pool where the naive rewrite used processes): few, and each executed above.
    assert!(
        rewritten.len() <= 10,
        "{} traps rewritten: {rewritten:?}",
        rewritten.len()
    );
}

#[test]
fn red_team_positives_are_rewritten_and_behave_the_same() {
    let positives = python_files(&repo_root().join("tests/redteam/positives"));
    assert!(positives.len() >= 20, "only {} positives", positives.len());
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut refused = Vec::new();
    for positive in &positives {
        let (orig, new) = (tmp.path().join("orig"), tmp.path().join("new"));
        let (name, before, after, json) = fix(&new, positive);
        let expected_review = REVIEW_BY_DESIGN.iter().find(|(n, _)| *n == name);
        match expected_review {
            Some((_, reason)) => {
                assert_eq!(
                    before, after,
                    "{name}: rewritten, but listed as review by design"
                );
                let reasons = json["findings"].to_string();
                assert!(
                    reasons.contains(reason),
                    "{name}: expected `{reason}` in {reasons}"
                );
            }
            None if before == after => refused.push(format!("{name}: {}", json["findings"])),
            None => {
                copy_into(&orig, positive, REQUIRES);
                assert_same_behaviour(&orig, &new, &name, &after);
            }
        }
        std::fs::remove_dir_all(&orig).ok();
        std::fs::remove_dir_all(&new).ok();
    }
    assert!(
        refused.is_empty(),
        "positives not rewritten:\n{}",
        refused.join("\n")
    );
}
