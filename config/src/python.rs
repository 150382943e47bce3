//! `[project] requires-python`: reading it and finding its lowest allowed version.

use toml_edit::Document;

/// The raw `[project] requires-python` string of a pyproject.toml, if the text is valid
/// TOML and has one. Never fails: an absent, mistyped or unparseable value is `None`.
pub fn requires_python_from_pyproject(text: &str) -> Option<String> {
    let doc = Document::parse(text).ok()?;
    requires_python_in(doc.as_table())
}

/// `[project] requires-python` of an already parsed pyproject.toml.
pub(crate) fn requires_python_in(root: &toml_edit::Table) -> Option<String> {
    let project = root.get("project")?.as_table_like()?;
    project.get("requires-python")?.as_str().map(str::to_owned)
}

/// The lowest `(major, minor)` Python version a PEP 440 specifier set allows, when it
/// has a lower bound: `>=3.9` and `>=3.8,<4` give `(3, 9)` and `(3, 8)`, `~=3.10` and
/// `==3.10.*` give `(3, 10)`, `>3.8` gives `(3, 8)` (3.8.1 is allowed). With several
/// lower bounds the highest wins. `None` when there is no lower bound or when any
/// clause is not PEP 440 (such as Poetry's `^3.11`).
pub fn parse_min_python(spec: &str) -> Option<(u32, u32)> {
    let mut lowest: Option<(u32, u32)> = None;
    for clause in spec.split(',') {
        let clause = clause.trim();
        let (op, version) = split_operator(clause)?;
        let version = version.trim();
        let (version, wildcard) = match version.strip_suffix(".*") {
            Some(v) => (v, true),
            None => (version, false),
        };
        if wildcard && !matches!(op, "==" | "!=") {
            return None;
        }
        let parts = version
            .split('.')
            .map(|p| p.parse::<u32>().ok())
            .collect::<Option<Vec<u32>>>()?;
        let major = *parts.first()?;
        let minor = parts.get(1).copied().unwrap_or(0);
        match op {
            "~=" if parts.len() < 2 => return None,
            ">=" | ">" | "~=" | "==" => {
                lowest = Some(lowest.map_or((major, minor), |l| l.max((major, minor))));
            }
            _ => {} // `<`, `<=`, `!=` do not raise the lower bound.
        }
    }
    lowest
}

/// Splits a clause into its comparison operator and version.
fn split_operator(clause: &str) -> Option<(&str, &str)> {
    // Longest operators first so that `>=` is not read as `>`.
    ["===", "~=", "==", "!=", "<=", ">=", "<", ">"]
        .into_iter()
        .find_map(|op| clause.strip_prefix(op).map(|rest| (op, rest)))
        .filter(|(op, _)| *op != "===")
}

#[cfg(test)]
mod tests {
    use super::{parse_min_python, requires_python_from_pyproject};

    #[test]
    fn lower_bounds() {
        assert_eq!(parse_min_python(">=3.9"), Some((3, 9)));
        assert_eq!(parse_min_python(">=3.8,<4"), Some((3, 8)));
        assert_eq!(parse_min_python(" >= 3.8 , < 4.0 "), Some((3, 8)));
        assert_eq!(parse_min_python("~=3.10"), Some((3, 10)));
        assert_eq!(parse_min_python("~=3.10.2"), Some((3, 10)));
        assert_eq!(parse_min_python("==3.10.*"), Some((3, 10)));
        assert_eq!(parse_min_python(">3.8"), Some((3, 8)));
        assert_eq!(parse_min_python(">=3"), Some((3, 0)));
        assert_eq!(parse_min_python(">=3.7.1"), Some((3, 7)));
        assert_eq!(parse_min_python(">=3.8, >=3.11, !=3.12.*"), Some((3, 11)));
    }

    #[test]
    fn no_lower_bound_or_unparseable() {
        assert_eq!(parse_min_python("<4"), None);
        assert_eq!(parse_min_python("!=3.9.*"), None);
        assert_eq!(parse_min_python("^3.11"), None);
        assert_eq!(parse_min_python(">=3.9,^3.11"), None);
        assert_eq!(parse_min_python("~=3"), None);
        assert_eq!(parse_min_python(">=3.*"), None);
        assert_eq!(parse_min_python("===3.9"), None);
        assert_eq!(parse_min_python(">=3.9rc1"), None);
        assert_eq!(parse_min_python(""), None);
        assert_eq!(parse_min_python(">=3.9 || >=3.11"), None);
    }

    #[test]
    fn reads_project_table() {
        let text = "[project]\nname = \"x\"\nrequires-python = \">=3.10\"\n";
        assert_eq!(
            requires_python_from_pyproject(text),
            Some(">=3.10".to_owned())
        );
        assert_eq!(
            requires_python_from_pyproject("[project]\nname = \"x\"\n"),
            None
        );
        assert_eq!(
            requires_python_from_pyproject("[project]\nrequires-python = 3\n"),
            None
        );
        assert_eq!(requires_python_from_pyproject("[project\n"), None);
    }
}
