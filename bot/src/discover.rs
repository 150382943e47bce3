//! Finding the Python files to check and their import names.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use config::FileFilter;

/// One Python file to analyse.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub abs: PathBuf,
    /// Path as shown to the user: relative to the current directory when below it.
    pub display: String,
    /// Path relative to the project root (where the configuration is), `/`-separated: what
    /// the test-code rule (`tests/`, `test_*.py`, ...) looks at.
    pub rel: String,
    /// Dotted import name, from the package structure (`__init__.py` chain).
    pub module: String,
    pub is_package: bool,
}

/// Expand `paths` (files and directories) into Python files, honouring `.gitignore` and the
/// config's include/exclude. Files named explicitly are always checked.
pub fn discover(
    paths: &[PathBuf],
    root: &Path,
    filter: &FileFilter,
) -> anyhow::Result<Vec<SourceFile>> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let mut found: BTreeMap<PathBuf, ()> = BTreeMap::new();
    for p in paths {
        let abs = if p.is_absolute() {
            p.clone()
        } else {
            cwd.join(p)
        };
        if !abs.exists() {
            bail!("{}: no such file or directory", p.display());
        }
        if abs.is_file() {
            found.insert(normalize(&abs), ());
            continue;
        }
        let walker_root = abs.clone();
        let root_owned = root.to_path_buf();
        let filter_dirs = filter.clone();
        let walker = ignore::WalkBuilder::new(&walker_root)
            .hidden(true)
            .git_ignore(true)
            .git_exclude(true)
            .parents(true)
            .require_git(false)
            .filter_entry(move |e| {
                let is_dir = e.file_type().is_some_and(|t| t.is_dir());
                if !is_dir {
                    return true;
                }
                match e.path().strip_prefix(&root_owned) {
                    Ok(rel) if !rel.as_os_str().is_empty() => !filter_dirs.is_excluded_dir(rel),
                    _ => true,
                }
            })
            .build();
        for entry in walker {
            let entry = entry.with_context(|| format!("cannot walk {}", walker_root.display()))?;
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("py") {
                continue;
            }
            let rel = path.strip_prefix(root).unwrap_or(path);
            if !filter.is_included(rel) {
                continue;
            }
            found.insert(normalize(path), ());
        }
    }
    Ok(found
        .into_keys()
        .map(|abs| {
            let (module, is_package) = module_name(&abs);
            let display = abs
                .strip_prefix(&cwd)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| abs.to_string_lossy().into_owned());
            let rel = abs
                .strip_prefix(root)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| display.clone());
            SourceFile {
                abs,
                display,
                rel,
                module,
                is_package,
            }
        })
        .collect())
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `pkg/sub/mod.py` with `__init__.py` in `pkg/` and `pkg/sub/` -> `pkg.sub.mod`.
pub fn module_name(file: &Path) -> (String, bool) {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("module")
        .to_owned();
    let is_package = stem == "__init__";
    let mut parts: Vec<String> = if is_package { vec![] } else { vec![stem] };
    let mut dir = file.parent();
    while let Some(d) = dir {
        if !d.join("__init__.py").is_file() {
            break;
        }
        match d.file_name().and_then(|n| n.to_str()) {
            Some(name) => parts.push(name.to_owned()),
            None => break,
        }
        dir = d.parent();
    }
    parts.reverse();
    (parts.join("."), is_package)
}
