//! The `check` and `explain` commands as a user drives them: exit codes, formats, fixes,
//! suppressions, configuration errors, cross-module analysis, bad files.

mod common;

use std::path::Path;

use common::{parallelize, text};

const HEAVY: &str = "import hashlib\n\n\ndef digest(data):\n    h = hashlib.sha256()\n    for _ in range(100):\n        h.update(data)\n    return h.hexdigest()\n";

fn write(dir: &Path, rel: &str, content: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(p, content).expect("write");
}

fn project(loop_src: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(tmp.path(), "mod.py", &format!("{HEAVY}\n\n{loop_src}"));
    tmp
}

const SAFE_LOOP: &str = "def run(blobs):\n    out = []\n    for b in blobs:\n        out.append(digest(b))\n    return out\n";

#[test]
fn exit_codes_follow_the_linter_convention() {
    let clean = tempfile::tempdir().expect("tempdir");
    write(clean.path(), "a.py", "x = 1\n");
    assert_eq!(
        parallelize(&["check", "."], clean.path()).status.code(),
        Some(0)
    );
    let dirty = project(SAFE_LOOP);
    assert_eq!(
        parallelize(&["check", "."], dirty.path()).status.code(),
        Some(1)
    );
    let missing = parallelize(&["check", "nope"], clean.path());
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("nope: no such file or directory"));
    let bad_select = parallelize(&["check", "--select", "XYZ1", "."], clean.path());
    assert_eq!(bad_select.status.code(), Some(2));
    assert!(text(&bad_select.stderr).contains("invalid rule selector `XYZ1`"));
}

#[test]
fn locals_bound_to_each_other_are_reviewed_not_followed_forever() {
    // `a = b` and `b = a` in two branches: following a local to its value to see whether it is
    // the caller's once overflowed the stack.
    let tmp = tempfile::tempdir().expect("tempdir");
    write(
        tmp.path(),
        "cycle.py",
        "import hashlib\n\n\ndef work(x):\n    h = str(x).encode()\n    for _ in range(50000):\n        h = hashlib.sha256(h).digest()\n    return h.hex()\n\n\ndef f(flag):\n    if flag:\n        a = b\n    else:\n        b = a\n    return [work(n) for n in a]\n",
    );
    let out = parallelize(&["check", "cycle.py"], tmp.path());
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        stdout.contains("cycle.py:16:12: PAR102 [review]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("each item of `a` is of a type the analysis does not know"),
        "{stdout}"
    );
}

#[test]
fn text_output_is_ruff_like_with_reasons_for_review() {
    let tmp = project("def run(blobs):\n    out = []\n    for b in blobs:\n        out.append(digest(b))\n        print(b)\n    return out\n\n\ndef ok(blobs):\n    out = []\n    for b in blobs:\n        out.append(digest(b))\n    return out\n");
    let out = parallelize(&["check", "mod.py"], tmp.path());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("mod.py:21:5: PAR101 [safe]"), "{stdout}");
    assert!(stdout.contains("mod.py:13:5: PAR104 [review]"), "{stdout}");
    assert!(
        stdout.contains("    - writes output (`print`) whose order would change"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Found 2 findings in 1 files: 1 fixable with --fix, 1 to review"),
        "{stdout}"
    );
}

#[test]
fn json_output_has_the_stable_shape() {
    let tmp = project(SAFE_LOOP);
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["version"], 1);
    assert_eq!(v["files"], 1);
    let f = &v["findings"][0];
    let keys: Vec<&str> = f
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "rule",
        "name",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "workload",
        "strategy",
        "safety",
        "reasons",
        "message",
        "fix",
    ] {
        assert!(keys.contains(&k), "missing `{k}` in {f}");
    }
    assert_eq!(f["rule"], "PAR101");
    assert_eq!(f["path"], "mod.py");
    assert_eq!(f["line"], 13);
    assert_eq!(f["workload"], "cpu");
    assert_eq!(f["strategy"], "process-pool");
    assert_eq!(f["safety"], "safe");
    assert_eq!(f["fix"]["applicability"], "safe");
    // The edits of one fix apply on their own to the original text.
    let original = std::fs::read_to_string(tmp.path().join("mod.py")).expect("read");
    let mut edits: Vec<(usize, usize, String)> = f["fix"]["edits"]
        .as_array()
        .expect("edits")
        .iter()
        .map(|e| {
            (
                e["start"].as_u64().expect("start") as usize,
                e["end"].as_u64().expect("end") as usize,
                e["content"].as_str().expect("content").to_owned(),
            )
        })
        .collect();
    edits.sort();
    let mut result = String::new();
    let mut pos = 0;
    for (s, e, c) in edits {
        result.push_str(&original[pos..s]);
        result.push_str(&c);
        pos = e;
    }
    result.push_str(&original[pos..]);
    assert!(result.contains("with ProcessPoolExecutor() as executor:\n        out = list(executor.map(digest, blobs, chunksize=8))"), "{result}");
    assert!(
        result.contains("from concurrent.futures import ProcessPoolExecutor\n"),
        "{result}"
    );
}

#[test]
fn diff_writes_nothing_and_fix_is_idempotent() {
    let tmp = project(SAFE_LOOP);
    let before = std::fs::read_to_string(tmp.path().join("mod.py")).expect("read");
    let diff = parallelize(&["check", "--diff", "."], tmp.path());
    let d = text(&diff.stdout);
    assert!(
        d.contains("--- a/mod.py")
            && d.contains("+        out = list(executor.map(digest, blobs, chunksize=8))"),
        "{d}"
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("mod.py")).expect("read"),
        before,
        "--diff must not write"
    );

    let fix = parallelize(&["check", "--fix", "."], tmp.path());
    assert_eq!(
        fix.status.code(),
        Some(0),
        "all findings fixed: {}",
        text(&fix.stdout)
    );
    let fixed = std::fs::read_to_string(tmp.path().join("mod.py")).expect("read");
    assert_ne!(fixed, before);
    let again = parallelize(&["check", "--fix", "."], tmp.path());
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("mod.py")).expect("read"),
        fixed,
        "a second --fix changed the file"
    );
}

#[test]
fn suppression_comments_and_selection() {
    let tmp = project("def run(blobs):\n    out = []\n    for b in blobs:  # parallelize: ignore[PAR101]\n        out.append(digest(b))\n    return out\n\n\ndef run2(blobs):\n    out = []\n    for b in blobs:  # parallelize: ignore\n        out.append(digest(b))\n    return out\n\n\ndef run3(blobs):\n    out = []\n    for b in blobs:  # parallelize: ignore[PAR2]\n        out.append(digest(b))\n    return out\n");
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let lines: Vec<u64> = v["findings"]
        .as_array()
        .expect("arr")
        .iter()
        .map(|f| f["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(
        lines,
        vec![27],
        "only the loop whose ignore names another rule is reported"
    );
    let ignored = parallelize(&["check", "--ignore", "PAR1", "."], tmp.path());
    assert_eq!(ignored.status.code(), Some(0));
    let selected = parallelize(&["check", "--select", "PAR2", "."], tmp.path());
    assert_eq!(selected.status.code(), Some(0));
}

#[test]
fn config_is_read_and_errors_name_the_place() {
    let tmp = project(SAFE_LOOP);
    write(
        tmp.path(),
        "pyproject.toml",
        "[project]\nname = \"demo\"\n\n[tool.parallelize]\nmax-workers = 3\n",
    );
    let out = parallelize(&["check", "--diff", "."], tmp.path());
    assert!(
        text(&out.stdout).contains("ProcessPoolExecutor(max_workers=3)"),
        "{}",
        text(&out.stdout)
    );

    write(
        tmp.path(),
        "pyproject.toml",
        "[tool.parallelize]\nmax-workers = 3\nmax-worker = 2\n",
    );
    let bad = parallelize(&["check", "."], tmp.path());
    assert_eq!(bad.status.code(), Some(2));
    let err = text(&bad.stderr);
    assert!(
        err.contains("pyproject.toml:3:1: unknown key `max-worker`"),
        "{err}"
    );
    assert!(err.contains("did you mean `max-workers`"), "{err}");

    write(
        tmp.path(),
        "pyproject.toml",
        "[tool.parallelize]\nignore = [\"PAR1\"]\n",
    );
    assert_eq!(
        parallelize(&["check", "."], tmp.path()).status.code(),
        Some(0)
    );
}

#[test]
fn cross_module_effects_are_followed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(tmp.path(), "pkg/__init__.py", "");
    write(tmp.path(), "pkg/util.py", &format!("{HEAVY}\nSEEN = []\n\n\ndef tracked(data):\n    SEEN.append(data)\n    return digest(data)\n"));
    write(tmp.path(), "pkg/app.py", "from .util import digest, tracked\n\n\ndef pure(blobs):\n    out = []\n    for b in blobs:\n        out.append(digest(b))\n    return out\n\n\ndef impure(blobs):\n    out = []\n    for b in blobs:\n        out.append(tracked(b))\n    return out\n");
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = v["findings"].as_array().expect("arr");
    assert_eq!(f.len(), 2, "{v}");
    assert_eq!(f[0]["safety"], "safe", "{v}");
    assert_eq!(f[1]["safety"], "review", "{v}");
    let reasons = f[1]["reasons"].to_string();
    assert!(
        reasons.contains("changes module state `SEEN` (in `pkg.util`)"),
        "{reasons}"
    );
}

#[test]
fn bad_files_are_skipped_with_a_reason_never_a_crash() {
    let tmp = project(SAFE_LOOP);
    write(tmp.path(), "broken.py", "def f(:\n    pass\n");
    std::fs::write(tmp.path().join("latin1.py"), b"x = '\xe9'\n").expect("write");
    write(
        tmp.path(),
        "deep.py",
        &format!("x = {}1{}\n", "(".repeat(3000), ")".repeat(3000)),
    );
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let skipped = v["skipped"].to_string();
    assert!(
        skipped.contains("broken.py") && skipped.contains("syntax error at 1:"),
        "{skipped}"
    );
    assert!(
        skipped.contains("latin1.py") && skipped.contains("not valid UTF-8"),
        "{skipped}"
    );
    assert!(
        skipped.contains("deep.py") && skipped.contains("nested deeper than"),
        "{skipped}"
    );
    assert_eq!(v["files"], 4);
    let text_out = parallelize(&["check", "."], tmp.path());
    assert!(
        text(&text_out.stderr).contains("warning: broken.py: skipped: syntax error"),
        "{}",
        text(&text_out.stderr)
    );
}

#[test]
fn github_and_sarif_formats() {
    let tmp = project(SAFE_LOOP);
    let gh = text(&parallelize(&["check", "--output-format", "github", "."], tmp.path()).stdout);
    assert!(gh.starts_with("::warning file=mod.py,line=13,col=5,endLine=14,endColumn=30,title=PAR101 loop-to-process-pool::"), "{gh}");
    let sarif: serde_json::Value = serde_json::from_slice(
        &parallelize(&["check", "--output-format", "sarif", "."], tmp.path()).stdout,
    )
    .expect("sarif json");
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"][0]["ruleId"], "PAR101");
    assert_eq!(
        sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        13
    );
    assert!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .len()
            >= 5
    );
}

#[test]
fn statistics_and_explain() {
    let tmp = project(SAFE_LOOP);
    let stats = text(&parallelize(&["check", "--statistics", "."], tmp.path()).stdout);
    assert!(
        stats.contains("1  PAR101  loop-to-process-pool  (safe 1, review 0)"),
        "{stats}"
    );
    let explain = parallelize(&["explain", "PAR101"], tmp.path());
    assert_eq!(explain.status.code(), Some(0));
    let doc = text(&explain.stdout);
    assert!(
        doc.contains("## When it is not applied") && doc.contains("ProcessPoolExecutor"),
        "{doc}"
    );
    let unknown = parallelize(&["explain", "PAR999"], tmp.path());
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("unknown rule `PAR999`"));
}

#[test]
fn cache_is_reused_and_invalidated_by_a_change_in_an_imported_module() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(tmp.path(), "pkg/__init__.py", "");
    write(tmp.path(), "pkg/util.py", HEAVY);
    write(tmp.path(), "pkg/app.py", "from .util import digest\n\n\ndef run(blobs):\n    out = []\n    for b in blobs:\n        out.append(digest(b))\n    return out\n");
    let cold = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let cache = tmp.path().join(".parallelize_cache");
    assert!(
        cache.join(".gitignore").is_file(),
        "the cache ignores itself in git"
    );
    let warm = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    assert_eq!(
        cold.stdout, warm.stdout,
        "a warm run reports exactly what the cold run did"
    );
    let v: serde_json::Value = serde_json::from_slice(&warm.stdout).expect("json");
    assert_eq!(v["findings"][0]["safety"], "safe");

    // Only util.py changes: digest now prints. app.py's finding must change with it.
    write(
        tmp.path(),
        "pkg/util.py",
        &HEAVY.replace(
            "    return h.hexdigest()",
            "    print(data)\n    return h.hexdigest()",
        ),
    );
    let after = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&after.stdout).expect("json");
    assert_eq!(v["findings"][0]["safety"], "review", "stale cache: {v}");
    let uncached = parallelize(
        &["check", "--no-cache", "--output-format", "json", "."],
        tmp.path(),
    );
    assert_eq!(uncached.stdout, after.stdout);
}

#[test]
fn process_pools_need_strong_evidence_of_cost_and_json_says_what_it_is() {
    // `digest` loops per call: a Python-level loop is strong evidence. `json.loads` alone only
    // costs with its data, which the analysis cannot size: reported, not rewritten.
    let tmp = project(&format!(
        "import json\n\n\n{SAFE_LOOP}\n\ndef parse_all(lines):\n    return [json.loads(s) for s in lines]\n"
    ));
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    let by_rule = |rule: &str| {
        findings
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule} in {v}"))
    };
    let strong = by_rule("PAR101");
    assert_eq!(strong["safety"], "safe", "{strong}");
    assert_eq!(strong["cost"]["tier"], "loops", "{strong}");
    assert_eq!(strong["cost"]["what"], "`for _ in range(100)`", "{strong}");
    assert_eq!(strong["cost"]["function"], "digest", "{strong}");
    let weak = by_rule("PAR102");
    assert_eq!(weak["safety"], "review", "{weak}");
    assert!(weak["fix"].is_null(), "{weak}");
    assert_eq!(weak["cost"]["tier"], "data", "{weak}");
    assert_eq!(weak["cost"]["what"], "`json.loads`", "{weak}");
    let reasons = weak["reasons"].to_string();
    assert!(
        reasons
            .contains("the per-item work's only cost is `json.loads` (cost grows with its data)"),
        "{reasons}"
    );
    // A thread pool's evidence is the I/O it overlaps.
    write(
        tmp.path(),
        "fetch.py",
        "import urllib.request\n\n\ndef fetch_all(urls):\n    pages = []\n    for u in urls:\n        pages.append(urllib.request.urlopen(u).read())\n    return pages\n",
    );
    let out = parallelize(
        &["check", "--output-format", "json", "fetch.py"],
        tmp.path(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let io = &v["findings"][0];
    assert_eq!(io["rule"], "PAR201", "{io}");
    assert_eq!(io["cost"]["tier"], "io", "{io}");
    // --fix leaves the weak one as it was.
    parallelize(&["check", "--fix", "."], tmp.path());
    let fixed = std::fs::read_to_string(tmp.path().join("mod.py")).expect("read");
    assert!(fixed.contains("executor.map(digest, blobs"), "{fixed}");
    assert!(
        fixed.contains("return [json.loads(s) for s in lines]"),
        "{fixed}"
    );
}

#[test]
fn test_code_is_reported_but_not_rewritten_unless_the_config_opts_in() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let code = format!("{HEAVY}\n\n{SAFE_LOOP}");
    for rel in [
        "tests/test_digest.py",
        "pkg/conftest.py",
        "pkg/digest_test.py",
        "pkg/digest.py",
    ] {
        write(tmp.path(), rel, &code);
    }
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 4, "{v}");
    for f in findings {
        let path = f["path"].as_str().expect("path");
        if path == "pkg/digest.py" {
            assert_eq!(f["safety"], "safe", "{f}");
        } else {
            assert_eq!(f["safety"], "review", "{f}");
            assert!(
                f["reasons"]
                    .to_string()
                    .contains(&format!("`{path}` is test code, which is not rewritten")),
                "{f}"
            );
        }
    }
    // Opting in makes them ordinary findings again.
    write(
        tmp.path(),
        "pyproject.toml",
        "[tool.parallelize]\nrewrite-tests = true\n",
    );
    let out = parallelize(&["check", "--output-format", "json", "."], tmp.path());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let safe = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["safety"] == "safe")
        .count();
    assert_eq!(safe, 4, "{v}");
}
