//! Projects of several modules linked together (`Project::link`), as `parallelize check` links
//! every file it analyses: module-level objects returned across modules. Single-file fixtures
//! cannot import a second project module, so these cases live here.

use transforms::{check_file, FileAnalysis, Finding, Project, Safety, Settings};

/// Link `files` (path relative to the root, source) and return the findings of the first one.
fn check(files: &[(&str, &str)]) -> Vec<Finding> {
    let analyses: Vec<FileAnalysis> = files
        .iter()
        .map(|(path, src)| {
            let (module, is_package) = transforms::module::module_name_for(path);
            FileAnalysis::new(path, &module, is_package, src.as_bytes()).expect("parses")
        })
        .collect();
    let refs: Vec<&FileAnalysis> = analyses.iter().collect();
    let project = Project::link(&refs);
    check_file(&analyses[0], &project, &Settings::default())
}

/// The finding of the loop in `function`.
fn in_function<'f>(findings: &'f [Finding], function: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.function.as_deref() == Some(function))
        .unwrap_or_else(|| panic!("no finding in `{function}`: {findings:#?}"))
}

/// A callee in one module returns a module-level object of another.
#[test]
fn module_objects_returned_across_modules() {
    let consts = r#"import hashlib

MISSING = object()
LIMIT = 5


def spin(n):
    h = hashlib.sha256(str(n).encode())
    for _ in range(200):
        h = hashlib.sha256(h.digest())
    return h.hexdigest()


def lookup(n):
    spin(n)
    return MISSING
"#;
    let app = r#"from pkg import consts
from pkg.consts import LIMIT, MISSING, spin


def imported(n):
    spin(n)
    return MISSING


def attribute(n):
    spin(n)
    return consts.MISSING


def through_helper(n):
    return consts.lookup(n)


def constant(n):
    spin(n)
    return LIMIT


def fresh(n):
    return len(spin(n)) * 2


def run_imported(numbers):
    out = []
    for n in numbers:
        out.append(imported(n))
    return out


def run_attribute(numbers):
    out = []
    for n in numbers:
        out.append(attribute(n))
    return out


def run_through_helper(numbers):
    out = []
    for n in numbers:
        out.append(through_helper(n))
    return out


def run_constant(numbers):
    out = []
    for n in numbers:
        out.append(constant(n))
    return out


def run_fresh(numbers):
    out = []
    for n in numbers:
        out.append(fresh(n))
    return out
"#;
    let findings = check(&[
        ("pkg/app.py", app),
        ("pkg/__init__.py", ""),
        ("pkg/consts.py", consts),
    ]);
    for (function, callee) in [
        ("run_imported", "imported"),
        ("run_attribute", "attribute"),
        ("run_through_helper", "through_helper"),
    ] {
        let f = in_function(&findings, function);
        assert_eq!(f.safety, Safety::Review, "{f:#?}");
        let want = format!("`{callee}` may return the module-level object `pkg.consts.MISSING` (or a part of it); a worker process would return a copy, not that object");
        assert!(f.reasons.contains(&want), "{:#?}", f.reasons);
    }
    for function in ["run_constant", "run_fresh"] {
        let f = in_function(&findings, function);
        assert_eq!(f.safety, Safety::Safe, "{f:#?}");
    }
}

/// The callee is in another top-level package of the project (`lib` for a loop in `app`): what
/// it returns is still followed.
#[test]
fn returns_are_followed_into_another_top_level_package() {
    let consts = r#"import hashlib

MISSING = object()


def lookup(n):
    h = hashlib.sha256(str(n).encode())
    for _ in range(200):
        h = hashlib.sha256(h.digest())
    return MISSING


def pick(row):
    h = hashlib.sha256(str(row).encode())
    for _ in range(200):
        h = hashlib.sha256(h.digest())
    return row
"#;
    let app = r#"from lib import consts


def through_local(n):
    found = consts.lookup(n + 1)
    return found


def returns_argument(row):
    return consts.pick(row)


def run_through_local(numbers):
    out = []
    for n in numbers:
        out.append(through_local(n))
    return out


def run_returns_argument(rows):
    out = []
    for row in rows:
        out.append(returns_argument(row))
    return out
"#;
    let findings = check(&[
        ("app/run.py", app),
        ("app/__init__.py", ""),
        ("lib/__init__.py", ""),
        ("lib/consts.py", consts),
    ]);
    let f = in_function(&findings, "run_through_local");
    assert_eq!(f.safety, Safety::Review, "{f:#?}");
    assert!(
        f.reasons.contains(&"`through_local` may return the module-level object `lib.consts.MISSING` (or a part of it); a worker process would return a copy, not that object".to_owned()),
        "{:#?}",
        f.reasons
    );
    let f = in_function(&findings, "run_returns_argument");
    assert_eq!(f.safety, Safety::Review, "{f:#?}");
    assert!(
        f.reasons.contains(&"`returns_argument` may return its argument itself; a worker process would return a copy, breaking aliasing".to_owned()),
        "{:#?}",
        f.reasons
    );
}
