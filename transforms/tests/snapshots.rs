//! Snapshot tests: every fixture under `tests/fixtures/` in, findings and fixed source out.
//! Review the diffs with `cargo insta review` when a rule changes on purpose.

use std::path::{Path, PathBuf};

use transforms::{apply_fixes, check_file, FileAnalysis, Project, RuleSet, Safety, Settings};

/// This crate's directory, read when the test runs (a shared target directory may hold a
/// binary built from a clone at another path).
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = manifest_dir().join("../tests/fixtures").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

/// A fixture's settings, from its leading comment lines: `# requires-python: >=3.11` stands for
/// the project's `requires-python`, `# dependencies: numpy, pandas` for its declared
/// dependencies (the differential test writes both into a `pyproject.toml`).
fn settings_of(bytes: &[u8]) -> Settings {
    let text = String::from_utf8_lossy(bytes);
    let header = || text.lines().take_while(|l| l.starts_with('#'));
    let min_python = header()
        .find_map(|l| l.strip_prefix("# requires-python: >="))
        .and_then(|v| v.trim().split_once('.'))
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
    let dependencies = header()
        .find_map(|l| l.strip_prefix("# dependencies: "))
        .map(|d| d.split(',').map(|n| n.trim().to_owned()).collect())
        .unwrap_or_default();
    Settings {
        min_python,
        dependencies,
        ..Settings::default()
    }
}

/// Findings and the fixed text, rendered for a snapshot.
fn render(path: &Path) -> (String, usize) {
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("fixture");
    let bytes = std::fs::read(path).expect("fixture readable");
    let settings = settings_of(&bytes);
    let file =
        FileAnalysis::new(&format!("{name}.py"), name, false, &bytes).expect("fixture parses");
    let project = Project::link(&[&file]);
    let findings = check_file(&file, &project, &settings, RuleSet::all());
    let mut out = String::new();
    for f in &findings {
        out.push_str(&format!(
            "{}:{}:{} {} [{}] {} / {} / {}\n",
            f.path,
            f.line,
            f.column,
            f.rule,
            match f.safety {
                Safety::Safe => "safe",
                Safety::Review => "review",
            },
            f.strategy.as_str(),
            f.workload.as_str(),
            f.message
        ));
        for r in &f.reasons {
            out.push_str(&format!("    - {r}\n"));
        }
    }
    let safe = findings.iter().filter(|f| f.safety == Safety::Safe).count();
    // Like `check --fix`: apply, re-analyse, repeat (two helpers outlined before the same
    // function land in separate rounds); every safe finding must end up applied.
    let mut file = file;
    let mut current = findings;
    let mut applied_total = 0;
    for _round in 0..4 {
        let project = Project::link(&[&file]);
        current = check_file(&file, &project, &settings, RuleSet::all());
        if !current.iter().any(|f| f.safety == Safety::Safe) {
            break;
        }
        let (fixed, applied) = apply_fixes(&file, &current).expect("fixes apply");
        assert!(
            !applied.is_empty(),
            "{name}: safe findings that never apply"
        );
        applied_total += applied.len();
        file = FileAnalysis::new(&format!("{name}.py"), name, false, fixed.as_bytes())
            .expect("fixed source parses");
    }
    assert!(
        !current.iter().any(|f| f.safety == Safety::Safe),
        "every safe finding of {name} must apply"
    );
    assert!(
        applied_total >= safe,
        "{name}: fewer fixes applied than safe findings"
    );
    if applied_total > 0 {
        out.push_str("---- fixed source ----\n");
        out.push_str(&file.parsed.text);
    }
    (out, safe)
}

#[test]
fn safe_fixtures() {
    for path in fixtures("safe") {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let (rendered, safe) = render(&path);
        assert!(
            safe > 0,
            "{name}: a `safe` fixture must have at least one safe finding:\n{rendered}"
        );
        insta::assert_snapshot!(format!("safe__{name}"), rendered);
    }
}

#[test]
fn trap_fixtures_are_reported_but_never_rewritten() {
    for path in fixtures("trap") {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let (rendered, safe) = render(&path);
        assert_eq!(safe, 0, "{name}: a trap must never be `safe`:\n{rendered}");
        assert!(
            rendered.contains("[review]"),
            "{name}: the trap is not exercised (no review finding):\n{rendered}"
        );
        insta::assert_snapshot!(format!("trap__{name}"), rendered);
    }
}

#[test]
fn explain_text_is_the_rule_doc_comment() {
    for info in transforms::rules::all() {
        let doc = transforms::rules::doc_text(info);
        for heading in [
            "## What it does",
            "## Why",
            "## Example",
            "## When it is not applied",
        ] {
            assert!(doc.contains(heading), "{} lacks `{heading}`", info.code);
        }
    }
    let src = std::fs::read_to_string(manifest_dir().join("src/rules/par101.rs")).expect("source");
    let doc = transforms::rules::doc_text(transforms::rules::info("PAR101").expect("PAR101"));
    let first = doc.lines().nth(1).expect("second line");
    assert!(
        src.contains(&format!("/// {first}")),
        "explain must print the source doc comment"
    );
}

/// One pass over each item's own data costs about what sending it to a worker costs: such loops
/// are not worth a pool and must not be reported (a bot that proposes process pools for string
/// joins gets uninstalled). Found in tabulate's test helpers by `bench/real_packages.py`.
#[test]
fn linear_helpers_are_not_reported() {
    let src = r#"
def cols_to_pipe_str(cols):
    return "|".join([str(col) for col in cols])


def total(row):
    t = 0
    for x in row:
        t += x
    return t


def rows_to_pipe_table_str(rows):
    lines = []
    for row in rows:
        line = cols_to_pipe_str(row)
        lines.append(line)
    return "\n".join(lines)


def totals(rows):
    return [total(r) for r in rows]
"#;
    let file = FileAnalysis::new("light.py", "light", false, src.as_bytes()).expect("parses");
    let project = Project::link(&[&file]);
    let findings = check_file(&file, &project, &Settings::default(), RuleSet::all());
    assert!(findings.is_empty(), "{findings:#?}");
}
