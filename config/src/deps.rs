//! The distributions a project declares as dependencies, from the files packaging tools read:
//! pyproject.toml (`[project]` dependencies and optional dependencies, `[dependency-groups]`,
//! Poetry's tables), `requirements*.txt` and `requirements/*.txt`, setup.cfg and setup.py.
//!
//! Rules use this to decide whether a rewrite may import a library the code does not import
//! yet (PAR301 proposes NumPy only to projects that depend on it). Unreadable or malformed
//! files contribute nothing: this never fails.

use std::collections::BTreeSet;
use std::path::Path;

use toml_edit::{Document, Item};

/// A distribution name normalised as PEP 503 does: lower case, runs of `-_.` as one `-`.
pub fn normalize_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut sep = false;
    for c in name.chars() {
        if matches!(c, '-' | '_' | '.') {
            sep = true;
            continue;
        }
        if sep && !out.is_empty() {
            out.push('-');
        }
        sep = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// The distribution name a PEP 508 requirement starts with (`numpy>=1.24; python_version>'3'`
/// gives `numpy`), normalised; `None` for options (`-r other.txt`), URLs and empty lines.
pub fn requirement_name(req: &str) -> Option<String> {
    let req = req.trim();
    let name: String = req
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let rest = req[name.len()..].trim_start();
    // What may follow a name: extras, a version, a marker, `@ url`; `git+https://...` or a
    // path is no name.
    if !(rest.is_empty() || rest.starts_with(['[', '<', '>', '=', '!', '~', ';', '@', '(', ','])) {
        return None;
    }
    Some(normalize_name(&name))
}

/// Every dependency declared in `root`'s packaging files.
pub fn project_dependencies(root: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Ok(text) = std::fs::read_to_string(root.join("pyproject.toml")) {
        from_pyproject(&text, &mut out);
    }
    let mut requirement_files = Vec::new();
    for dir in [root.to_path_buf(), root.join("requirements")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let in_subdir = dir != root;
            if name.ends_with(".txt") && (in_subdir || name.starts_with("requirements")) {
                requirement_files.push(entry.path());
            }
        }
    }
    requirement_files.sort();
    for file in requirement_files {
        if let Ok(text) = std::fs::read_to_string(&file) {
            out.extend(
                text.lines()
                    .filter_map(|l| requirement_name(l.split('#').next().unwrap_or(""))),
            );
        }
    }
    if let Ok(text) = std::fs::read_to_string(root.join("setup.cfg")) {
        from_setup_cfg(&text, &mut out);
    }
    if let Ok(text) = std::fs::read_to_string(root.join("setup.py")) {
        from_setup_py(&text, &mut out);
    }
    out
}

fn strings_of(item: &Item, out: &mut BTreeSet<String>) {
    if let Some(array) = item.as_array() {
        out.extend(
            array
                .iter()
                .filter_map(|v| v.as_str())
                .filter_map(requirement_name),
        );
    }
}

fn from_pyproject(text: &str, out: &mut BTreeSet<String>) {
    let Ok(doc) = Document::parse(text) else {
        return;
    };
    if let Some(project) = doc.get("project") {
        if let Some(deps) = project.get("dependencies") {
            strings_of(deps, out);
        }
        if let Some(extras) = project
            .get("optional-dependencies")
            .and_then(|e| e.as_table_like())
        {
            for (_, deps) in extras.iter() {
                strings_of(deps, out);
            }
        }
    }
    if let Some(groups) = doc.get("dependency-groups").and_then(|g| g.as_table_like()) {
        for (_, deps) in groups.iter() {
            strings_of(deps, out);
        }
    }
    if let Some(poetry) = doc.get("tool").and_then(|t| t.get("poetry")) {
        let mut tables = vec![poetry.get("dependencies"), poetry.get("dev-dependencies")];
        if let Some(groups) = poetry.get("group").and_then(|g| g.as_table_like()) {
            tables.extend(groups.iter().map(|(_, g)| g.get("dependencies")));
        }
        for table in tables
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_table_like())
        {
            out.extend(
                table
                    .iter()
                    .map(|(k, _)| normalize_name(k))
                    .filter(|k| k != "python"),
            );
        }
    }
}

/// `install_requires` and `extras_require` values of setup.cfg's `[options]` sections.
fn from_setup_cfg(text: &str, out: &mut BTreeSet<String>) {
    let mut section = String::new();
    let mut in_list = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.to_owned();
            in_list = false;
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        let continuation = line.starts_with([' ', '\t']);
        if continuation {
            if in_list {
                out.extend(requirement_name(trimmed));
            }
            continue;
        }
        let (key, value) = trimmed.split_once('=').unwrap_or((trimmed, ""));
        in_list = (section == "[options]" && key.trim() == "install_requires")
            || section == "[options.extras_require]";
        if in_list {
            out.extend(requirement_name(value));
        }
    }
}

/// Quoted requirement strings inside `install_requires=[...]` / `extras_require={...}`.
fn from_setup_py(text: &str, out: &mut BTreeSet<String>) {
    for key in ["install_requires", "extras_require"] {
        let mut rest = text;
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            // Only a literal right after the keyword (`install_requires=[...]`); a variable
            // (`install_requires=REQUIRES`) is not followed.
            let Some(after_eq) = rest.trim_start().strip_prefix('=') else {
                continue;
            };
            let literal = after_eq.trim_start();
            let close = match literal.chars().next() {
                Some('[') => ']',
                Some('{') => '}',
                _ => continue,
            };
            let open = rest.len() - literal.len();
            // Nested lists of an extras dict: read up to the closing brace.
            let end = rest[open..]
                .find(if close == '}' { "}" } else { "]" })
                .map_or(rest.len(), |e| open + e);
            // In an extras dict only the strings inside its lists are requirements.
            let mut depth = usize::from(close == ']');
            let mut quote: Option<char> = None;
            let mut current = String::new();
            for c in rest[open + 1..end].chars() {
                match (quote, c) {
                    (Some(q), c) if c == q => {
                        if depth > 0 {
                            out.extend(requirement_name(&current));
                        }
                        current.clear();
                        quote = None;
                    }
                    (Some(_), c) => current.push(c),
                    (None, '"' | '\'') => quote = Some(c),
                    (None, '[') => depth += 1,
                    (None, ']') => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            rest = &rest[end..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_normalised() {
        assert_eq!(normalize_name("Scikit_Learn"), "scikit-learn");
        assert_eq!(
            requirement_name("NumPy>=1.24; python_version > '3.8'"),
            Some("numpy".into())
        );
        assert_eq!(
            requirement_name("pandas[performance] ~= 2.2"),
            Some("pandas".into())
        );
        assert_eq!(requirement_name("-r base.txt"), None);
        assert_eq!(requirement_name("git+https://example.invalid/x.git"), None);
        assert_eq!(requirement_name("   "), None);
    }

    #[test]
    fn every_packaging_file_counts() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::write(
            root.join("pyproject.toml"),
            "[project]\nname = \"x\"\ndependencies = [\"numpy>=2\"]\n[project.optional-dependencies]\ntest = [\"pytest\"]\n[dependency-groups]\ndev = [\"ruff\"]\n[tool.poetry.dependencies]\npython = \"^3.11\"\nattrs = \"*\"\n",
        )
        .expect("write");
        std::fs::write(
            root.join("requirements-dev.txt"),
            "# comment\nrequests==2.0  # pinned\n-r other.txt\n",
        )
        .expect("write");
        std::fs::create_dir(root.join("requirements")).expect("mkdir");
        std::fs::write(root.join("requirements/base.txt"), "Pandas\n").expect("write");
        std::fs::write(root.join("notes.txt"), "scipy\n").expect("write");
        std::fs::write(
            root.join("setup.cfg"),
            "[metadata]\nname = x\n[options]\ninstall_requires =\n    click>=8\n    tomli; python_version<'3.11'\n[options.extras_require]\nfast = orjson\n",
        )
        .expect("write");
        std::fs::write(
            root.join("setup.py"),
            "REQUIRES = ['lxml']\n# install_requires: see below\nsetup(name='x', install_requires=['six', \"idna>=3\"], extras_require = {'img': ['pillow']})\nsetup(install_requires=REQUIRES)\n",
        )
        .expect("write");
        let deps = project_dependencies(root);
        let want = [
            "attrs", "click", "idna", "numpy", "orjson", "pandas", "pillow", "pytest", "requests",
            "ruff", "six", "tomli",
        ];
        assert_eq!(deps.iter().map(String::as_str).collect::<Vec<_>>(), want);
        assert!(project_dependencies(&root.join("missing")).is_empty());
    }
}
