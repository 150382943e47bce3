//! Projects of several modules linked together (`Project::link`), as `parallelize check` links
//! every file it analyses (tests included): module state changed from another module, and
//! module-level objects returned across modules. Single-file fixtures cannot import a second
//! project module, so these cases live here.

use transforms::{check_file, FileAnalysis, Finding, Project, Safety, Settings};

/// `pkg/mod.py`: two process-pool loops, one over a callee reading `SCALE`, one over a callee
/// reading `CONFIG`. Both are safe when nothing else changes that state.
const MOD: &str = r#"import hashlib

SCALE = 1
CONFIG = {"scale": 1}


def spin(n):
    h = hashlib.sha256(str(n).encode())
    for _ in range(200):
        h = hashlib.sha256(h.digest())
    return len(h.hexdigest())


def work(n):
    return spin(n) * SCALE


def work_cfg(n):
    return spin(n) * CONFIG["scale"]


def work_all(numbers):
    out = []
    for n in numbers:
        out.append(work(n))
    return out


def work_cfg_all(numbers):
    out = []
    for n in numbers:
        out.append(work_cfg(n))
    return out
"#;

const SCALE_REASON: &str = "`work` reads module state `SCALE` that is changed at run time; worker processes would see its value at import";
const CONFIG_REASON: &str = "`work_cfg` reads module state `CONFIG` that is changed at run time; worker processes would see its value at import";

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
    check_file(
        &analyses[0],
        &project,
        &Settings::default(),
        transforms::RuleSet::all(),
    )
}

/// The finding of the loop in `function`.
fn in_function<'f>(findings: &'f [Finding], function: &str) -> &'f Finding {
    findings
        .iter()
        .find(|f| f.function.as_deref() == Some(function))
        .unwrap_or_else(|| panic!("no finding in `{function}`: {findings:#?}"))
}

/// `pkg/mod.py` with `other` as `pkg/other.py` (and an empty `pkg/__init__.py`).
fn with_other(other: &str) -> Vec<Finding> {
    check(&[
        ("pkg/mod.py", MOD),
        ("pkg/__init__.py", ""),
        ("pkg/other.py", other),
    ])
}

#[test]
fn nothing_changes_the_state_so_both_loops_stay_safe() {
    let findings =
        with_other("from pkg import mod\n\n\ndef run():\n    return mod.work_all([1] * 20)\n");
    for function in ["work_all", "work_cfg_all"] {
        let f = in_function(&findings, function);
        assert_eq!(f.safety, Safety::Safe, "{function}: {f:#?}");
    }
}

/// Writes to `SCALE` from another module: the loop over `work` becomes review, the loop over
/// `work_cfg` (which reads only `CONFIG`) stays safe.
#[test]
fn scale_changed_from_another_module_is_seen() {
    let cases = [
        ("attribute store", "from pkg import mod\n\n\ndef set_scale(v):\n    mod.SCALE = v\n"),
        ("dotted path", "import pkg.mod\n\n\ndef set_scale(v):\n    pkg.mod.SCALE = v\n"),
        ("alias, augmented", "import pkg.mod as m\n\n\ndef bump(v):\n    m.SCALE += v\n"),
        ("relative import", "from . import mod\n\n\ndef set_scale(v):\n    mod.SCALE = v\n"),
        ("setattr", "from pkg import mod\n\n\ndef set_scale(v):\n    setattr(mod, \"SCALE\", v)\n"),
        ("del", "from pkg import mod\n\n\ndef reset():\n    del mod.SCALE\n"),
        ("at import time", "from pkg import mod\n\nmod.SCALE = 3\n"),
        ("under __main__", "from pkg import mod\n\nif __name__ == \"__main__\":\n    mod.SCALE = 3\n    print(mod.work_all([1] * 20))\n"),
        ("import inside a test", "def test_scale():\n    from pkg import mod\n\n    mod.SCALE = 3\n    assert mod.work_all([1] * 20)\n"),
        ("test-time assignment", "import pkg.mod\n\n\ndef test_scale():\n    pkg.mod.SCALE = 3\n"),
        ("monkeypatch.setattr(module, name)", "from pkg import mod\n\n\ndef test_scale(monkeypatch):\n    monkeypatch.setattr(mod, \"SCALE\", 3)\n"),
        ("monkeypatch.setattr(\"pkg.mod.NAME\")", "def test_scale(monkeypatch):\n    monkeypatch.setattr(\"pkg.mod.SCALE\", 3)\n"),
        ("mock.patch", "from unittest import mock\n\n\ndef test_scale():\n    with mock.patch(\"pkg.mod.SCALE\", 3):\n        pass\n"),
        ("@patch decorator", "from unittest.mock import patch\n\n\n@patch(\"pkg.mod.SCALE\", 3)\ndef test_scale():\n    pass\n"),
        ("patch.object in a test class", "from unittest import mock\n\nfrom pkg import mod\n\n\nclass TestScale:\n    def test_scale(self):\n        with mock.patch.object(mod, \"SCALE\", 3):\n            pass\n"),
        ("mocker.patch.object", "from pkg import mod\n\n\ndef test_scale(mocker):\n    mocker.patch.object(mod, \"SCALE\", 3)\n"),
        ("patch.multiple", "from unittest import mock\n\n\ndef test_scale():\n    with mock.patch.multiple(\"pkg.mod\", SCALE=3):\n        pass\n"),
    ];
    for (case, other) in cases {
        let findings = with_other(other);
        let f = in_function(&findings, "work_all");
        assert_eq!(f.safety, Safety::Review, "{case}: {f:#?}");
        assert!(
            f.reasons.iter().any(|r| r == SCALE_REASON),
            "{case}: {:#?}",
            f.reasons
        );
        let g = in_function(&findings, "work_cfg_all");
        assert_eq!(g.safety, Safety::Safe, "{case}: only SCALE changed: {g:#?}");
    }
}

/// Mutations of the `CONFIG` dict from another module.
#[test]
fn config_mutated_from_another_module_is_seen() {
    let cases = [
        ("from-import, item store", "from pkg.mod import CONFIG\n\n\ndef configure(v):\n    CONFIG[\"scale\"] = v\n"),
        ("from-import, .update", "from pkg.mod import CONFIG\n\n\ndef configure(v):\n    CONFIG.update(scale=v)\n"),
        ("from-import, .clear", "from pkg.mod import CONFIG\n\n\ndef reset():\n    CONFIG.clear()\n"),
        ("mod.CONFIG.update", "from pkg import mod\n\n\ndef configure(v):\n    mod.CONFIG.update(scale=v)\n"),
        ("mod.CONFIG[k] =", "from pkg import mod\n\n\ndef configure(v):\n    mod.CONFIG[\"scale\"] = v\n"),
        ("del mod.CONFIG[k]", "from pkg import mod\n\n\ndef configure():\n    del mod.CONFIG[\"scale\"]\n"),
        ("setdefault at import time", "from pkg.mod import CONFIG\n\nCONFIG.setdefault(\"extra\", 2)\n"),
        ("through a helper that mutates its argument", "from pkg import mod\n\n\ndef fill(d, v):\n    d[\"scale\"] = v\n\n\ndef configure(v):\n    fill(mod.CONFIG, v)\n"),
        ("monkeypatch.setitem", "from pkg import mod\n\n\ndef test_scale(monkeypatch):\n    monkeypatch.setitem(mod.CONFIG, \"scale\", 3)\n"),
        ("patch.dict", "from unittest import mock\n\n\ndef test_scale():\n    with mock.patch.dict(\"pkg.mod.CONFIG\", {\"scale\": 3}):\n        pass\n"),
    ];
    for (case, other) in cases {
        let findings = with_other(other);
        let f = in_function(&findings, "work_cfg_all");
        assert_eq!(f.safety, Safety::Review, "{case}: {f:#?}");
        assert!(
            f.reasons.iter().any(|r| r == CONFIG_REASON),
            "{case}: {:#?}",
            f.reasons
        );
        let g = in_function(&findings, "work_all");
        assert_eq!(
            g.safety,
            Safety::Safe,
            "{case}: only CONFIG changed: {g:#?}"
        );
    }
}

/// `setattr(mod, name, v)` with a name not known statically may change any variable of `mod`.
#[test]
fn setattr_with_an_unknown_name_changes_every_variable() {
    let cases = [
        ("setattr", "from pkg import mod\n\n\ndef configure(name, v):\n    setattr(mod, name, v)\n"),
        ("__dict__", "from pkg import mod\n\n\ndef configure(values):\n    mod.__dict__.update(values)\n"),
        ("patch.multiple(**values)", "from unittest import mock\n\nfrom pkg import mod\n\n\ndef test_x(values):\n    with mock.patch.multiple(mod, **values):\n        pass\n"),
    ];
    for (case, other) in cases {
        let findings = with_other(other);
        for (function, reason) in [("work_all", SCALE_REASON), ("work_cfg_all", CONFIG_REASON)] {
            let f = in_function(&findings, function);
            assert_eq!(f.safety, Safety::Review, "{case}: {function}: {f:#?}");
            assert!(
                f.reasons.iter().any(|r| r == reason),
                "{case}: {:#?}",
                f.reasons
            );
        }
    }
}

/// `pkg/__init__.py` re-exports `CONFIG`: a change through `pkg.CONFIG` is a change of the
/// object `pkg.mod` reads.
#[test]
fn changes_through_a_package_re_export_are_seen() {
    let findings = check(&[
        ("pkg/mod.py", MOD),
        ("pkg/__init__.py", "from .mod import CONFIG\n"),
        (
            "app.py",
            "from pkg import CONFIG\n\n\ndef configure(v):\n    CONFIG[\"scale\"] = v\n",
        ),
    ]);
    let f = in_function(&findings, "work_cfg_all");
    assert_eq!(f.safety, Safety::Review, "{f:#?}");
    assert!(
        f.reasons.iter().any(|r| r == CONFIG_REASON),
        "{:#?}",
        f.reasons
    );
}

/// Names that are not the module: a parameter or local called `mod`, another object's
/// attribute, a module outside the project.
#[test]
fn writes_to_other_things_change_nothing() {
    let cases = [
        ("a parameter named like the module", "from pkg import mod\n\n\ndef f(mod):\n    mod.SCALE = 3\n"),
        ("a local named like the module", "from pkg import mod\n\n\ndef f():\n    mod = object()\n    mod.SCALE = 3\n"),
        ("a module outside the project", "import json\n\n\ndef f():\n    json.SCALE = 3\n"),
        ("reading, not writing", "from pkg import mod\nfrom pkg.mod import CONFIG\n\n\ndef f():\n    return mod.SCALE, CONFIG.get(\"scale\"), mod.work_all([1] * 20)\n"),
        ("a patch of another module", "from unittest import mock\n\n\ndef test_x():\n    with mock.patch(\"pkg.other.SCALE\", 3):\n        pass\n"),
    ];
    for (case, other) in cases {
        let findings = with_other(other);
        for function in ["work_all", "work_cfg_all"] {
            let f = in_function(&findings, function);
            assert_eq!(f.safety, Safety::Safe, "{case}: {function}: {f:#?}");
        }
    }
}

/// The reader is in another module than the state: `pkg.settings.SCALE` through
/// `import pkg.settings`, and `CONFIG` through `from pkg.settings import CONFIG`.
#[test]
fn reads_through_imports_see_changes_from_a_third_module() {
    let settings = "CONFIG = {\"scale\": 1}\nSCALE = 1\n";
    let work = r#"import hashlib
import pkg.settings
from pkg.settings import CONFIG


def spin(n):
    h = hashlib.sha256(str(n).encode())
    for _ in range(200):
        h = hashlib.sha256(h.digest())
    return len(h.hexdigest())


def by_path(n):
    return spin(n) * pkg.settings.SCALE


def by_name(n):
    return spin(n) * CONFIG["scale"]


def all_by_path(numbers):
    out = []
    for n in numbers:
        out.append(by_path(n))
    return out


def all_by_name(numbers):
    out = []
    for n in numbers:
        out.append(by_name(n))
    return out
"#;
    let base = [
        ("pkg/work.py", work),
        ("pkg/__init__.py", ""),
        ("pkg/settings.py", settings),
    ];
    let findings = check(&base);
    for function in ["all_by_path", "all_by_name"] {
        assert_eq!(in_function(&findings, function).safety, Safety::Safe);
    }
    let mut changed = base.to_vec();
    changed.push((
        "run.py",
        "from pkg import settings\n\nsettings.SCALE = 2\nsettings.CONFIG[\"scale\"] = 2\n",
    ));
    let findings = check(&changed);
    for (function, name) in [("all_by_path", "by_path"), ("all_by_name", "by_name")] {
        let f = in_function(&findings, function);
        assert_eq!(f.safety, Safety::Review, "{f:#?}");
        assert!(
            f.reasons
                .iter()
                .any(|r| r.starts_with(&format!("`{name}` reads module state"))
                    && r.ends_with("that is changed at run time; worker processes would see its value at import")),
            "{:#?}",
            f.reasons
        );
    }
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
        f.reasons.contains(&"`returns_argument` may return its argument itself (or a part of it); a worker process would return a copy, breaking aliasing".to_owned()),
        "{:#?}",
        f.reasons
    );
}

/// An outlined loop body (PAR104) whose result is an object of another module: picked by a
/// builtin (`max(consts.TABLE, ...)`), or returned by a callee there and kept in a local. The
/// helper's result is judged with the same summaries as a callee's; a fresh result stays safe.
#[test]
fn outlined_results_that_are_another_modules_objects() {
    let consts = r#"import hashlib

TABLE = [[0], [1, 1], [2, 2, 2]]
MISSING = object()


def spin(n):
    h = hashlib.sha256(str(n).encode())
    for _ in range(200):
        h = hashlib.sha256(h.digest())
    return h.digest()[0]


def lookup(n):
    spin(n)
    return MISSING
"#;
    let app = r#"from pkg import consts


def picked(numbers):
    out = []
    for n in numbers:
        width = consts.spin(n) % 3 + 1
        out.append(max(consts.TABLE[:width], key=len))
    return out


def through_local(numbers):
    out = []
    for n in numbers:
        found = consts.lookup(n)
        out.append(found)
    return out


def fresh(numbers):
    out = []
    for n in numbers:
        a = consts.spin(n)
        b = consts.spin(n + 1)
        out.append(max(a, b) + sum(consts.TABLE[a % 3]))
    return out
"#;
    let findings = check(&[
        ("pkg/app.py", app),
        ("pkg/__init__.py", ""),
        ("pkg/consts.py", consts),
    ]);
    for (function, reason) in [
        ("picked", "the per-item result `max(consts.TABLE[:width], key=len)` may be the module-level object `pkg.consts.TABLE` (or a part of it); a worker process would return a copy, not that object"),
        ("through_local", "the per-item result `found` may be the module-level object `pkg.consts.MISSING` (or a part of it); a worker process would return a copy, not that object"),
    ] {
        let f = in_function(&findings, function);
        assert_eq!(f.safety, Safety::Review, "{f:#?}");
        assert!(f.reasons.contains(&reason.to_owned()), "{:#?}", f.reasons);
    }
    let f = in_function(&findings, "fresh");
    assert_eq!(f.safety, Safety::Safe, "{f:#?}");
}

/// `pkg/work.py`: a loop over a module constant of ints whose callee calls `.to_bytes()` on the
/// item: safe only while no code of the project can put another object into the constant.
const WORK: &str = r#"import hashlib

SEEDS = [11, 23, 37, 41, 59, 61, 73, 89, 97, 101, 113, 127, 131, 149, 151, 163]


def stretch(seed):
    h = seed.to_bytes(8, "big")
    for _ in range(300):
        h = hashlib.sha256(h).digest()
    return h.hex()[:12]


def run():
    out = []
    for seed in SEEDS:
        out.append(stretch(seed))
    return out
"#;

#[test]
fn a_module_constant_is_trusted_only_while_no_module_can_change_it() {
    let alone = check(&[("pkg/work.py", WORK), ("pkg/__init__.py", "")]);
    let f = in_function(&alone, "run");
    assert_eq!(f.safety, Safety::Safe, "{f:#?}");
    for other in [
        // Imported by name: the object may be changed under the other module's name.
        "from pkg.work import SEEDS\n\n\ndef setup():\n    SEEDS.append(object())\n",
        // Changed through the module.
        "from pkg import work\n\n\ndef setup():\n    work.SEEDS.append(object())\n",
        // Bound to a variable of another module, changed through it later.
        "from pkg import work\n\nx = work.SEEDS\n\n\ndef setup():\n    x.append(object())\n",
        // Code in a string may change anything.
        "def setup():\n    exec(\"from pkg import work; work.SEEDS.append(object())\")\n",
    ] {
        let findings = check(&[
            ("pkg/work.py", WORK),
            ("pkg/__init__.py", ""),
            ("pkg/other.py", other),
        ]);
        let f = in_function(&findings, "run");
        assert_eq!(f.safety, Safety::Review, "{other}\n{f:#?}");
    }
}
