//! Matching project files against the `include` and `exclude` globs.
//!
//! Paths are relative to the project root and matched with forward slashes. `*` and
//! `?` never match `/`; `**` matches any number of directories.
//!
//! * An `include` pattern without a `/` (such as `*.py`) matches a file name at any
//!   depth; a pattern with a `/` (such as `src/**/*.py`) matches the whole relative path.
//! * An `exclude` pattern without a `/` (such as `build` or `*_pb2.py`) matches any
//!   path component; a pattern with a `/` (such as `tests/fixtures`) matches the
//!   relative path. Either way everything below an excluded directory is excluded.
//! * [`DEFAULT_EXCLUDES`] are always excluded; `exclude` adds to them.
//!
//! A leading `/` or `./` anchors a pattern to the root (`/build` is only the top-level
//! `build`, as in `.gitignore`); a trailing `/` is ignored.

use std::path::{Component, Path};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Directories that are always excluded, whatever the configuration says.
pub const DEFAULT_EXCLUDES: &[&str] = &[
    ".git",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "build",
    "dist",
    "node_modules",
    "__pycache__",
    ".parallelize_cache",
    "site-packages",
];

/// Compiled `include` / `exclude` globs; see the module documentation for the rules.
#[derive(Debug, Clone)]
pub struct FileFilter {
    include: GlobSet,
    exclude: GlobSet,
}

impl FileFilter {
    /// Compiles `include` and `exclude` (plus [`DEFAULT_EXCLUDES`]). On error, returns
    /// the offending pattern and the reason.
    pub(crate) fn new(include: &[String], exclude: &[String]) -> Result<Self, (String, String)> {
        let mut inc = GlobSetBuilder::new();
        for pattern in include {
            add_globs(&mut inc, pattern, false).map_err(|e| (pattern.clone(), e))?;
        }
        let mut exc = GlobSetBuilder::new();
        let defaults = DEFAULT_EXCLUDES.iter().map(|s| (*s).to_owned());
        for pattern in defaults.chain(exclude.iter().cloned()) {
            add_globs(&mut exc, &pattern, true).map_err(|e| (pattern.clone(), e))?;
        }
        let build = |b: GlobSetBuilder| b.build().map_err(|e| (String::new(), e.to_string()));
        Ok(Self {
            include: build(inc)?,
            exclude: build(exc)?,
        })
    }

    /// Whether the file at `rel_path` (relative to the project root) is to be analysed:
    /// it matches an `include` pattern and neither it nor a parent directory is
    /// excluded. Absolute paths and paths containing `..` are never included.
    pub fn is_included(&self, rel_path: &Path) -> bool {
        match normalize(rel_path) {
            Some(path) if !path.is_empty() => {
                self.include.is_match(&path) && !self.exclude.is_match(&path)
            }
            _ => false,
        }
    }

    /// Whether the directory `rel_dir` (relative to the project root) is excluded, so a
    /// walker can skip it entirely. The root itself (an empty path) is never excluded.
    pub fn is_excluded_dir(&self, rel_dir: &Path) -> bool {
        match normalize(rel_dir) {
            Some(path) if !path.is_empty() => self.exclude.is_match(&path),
            Some(_) => false,
            // Outside the root: nothing to walk there.
            None => true,
        }
    }
}

/// Checks that `pattern` is a usable `include` / `exclude` glob; the error says why not.
pub(crate) fn check_pattern(pattern: &str) -> Result<(), String> {
    add_globs(&mut GlobSetBuilder::new(), pattern, true)
}

/// Adds the globs that implement `pattern` (see the module documentation) to `builder`.
fn add_globs(builder: &mut GlobSetBuilder, pattern: &str, exclude: bool) -> Result<(), String> {
    let unanchored = pattern
        .strip_prefix("./")
        .or_else(|| pattern.strip_prefix('/'));
    let anchored = unanchored.is_some();
    let trimmed = unanchored.unwrap_or(pattern).trim_end_matches('/');
    if trimmed.is_empty() {
        return Err("a pattern must not be empty".to_owned());
    }
    let base = if anchored || trimmed.contains('/') {
        trimmed.to_owned()
    } else {
        format!("**/{trimmed}")
    };
    let mut globs = vec![base.clone()];
    if exclude {
        globs.push(format!("{base}/**"));
    }
    for glob in globs {
        let compiled = GlobBuilder::new(&glob)
            .literal_separator(true)
            .build()
            .map_err(|e| e.kind().to_string())?;
        builder.add(compiled);
    }
    Ok(())
}

/// `path` with forward slashes and without `.` components; `None` if it is absolute or
/// contains `..`.
fn normalize(path: &Path) -> Option<String> {
    let mut parts = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy()),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::{check_pattern, FileFilter};
    use std::path::Path;

    fn filter(include: &[&str], exclude: &[&str]) -> FileFilter {
        let own = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        FileFilter::new(&own(include), &own(exclude)).expect("valid globs")
    }

    #[test]
    fn default_include_and_excludes() {
        let f = filter(&["**/*.py"], &[]);
        assert!(f.is_included(Path::new("main.py")));
        assert!(f.is_included(Path::new("./pkg/sub/mod.py")));
        assert!(!f.is_included(Path::new("README.md")));
        assert!(!f.is_included(Path::new("build/lib/x.py")));
        assert!(!f.is_included(Path::new("pkg/.venv/lib/python3.12/site-packages/a.py")));
        assert!(!f.is_included(Path::new("pkg/__pycache__/m.py")));
        assert!(!f.is_included(Path::new("node_modules/x.py")));
        assert!(f.is_included(Path::new("builder/x.py")));
        assert!(f.is_excluded_dir(Path::new(".git")));
        assert!(f.is_excluded_dir(Path::new("a/b/dist")));
        assert!(f.is_excluded_dir(Path::new(".parallelize_cache")));
        assert!(f.is_excluded_dir(Path::new("venv/lib")));
        assert!(!f.is_excluded_dir(Path::new("src")));
        assert!(!f.is_excluded_dir(Path::new("")));
        assert!(f.is_excluded_dir(Path::new("../elsewhere")));
        assert!(!f.is_included(Path::new("/abs/main.py")));
        assert!(!f.is_included(Path::new("../main.py")));
    }

    #[test]
    fn user_patterns() {
        let f = filter(
            &["src/**/*.py", "scripts/*.py"],
            &["tests/fixtures", "*_pb2.py", "/legacy/"],
        );
        assert!(f.is_included(Path::new("src/a.py")));
        assert!(f.is_included(Path::new("src/pkg/a.py")));
        assert!(f.is_included(Path::new("scripts/run.py")));
        assert!(!f.is_included(Path::new("scripts/sub/run.py")));
        assert!(!f.is_included(Path::new("other/a.py")));
        assert!(!f.is_included(Path::new("src/pkg/api_pb2.py")));
        assert!(f.is_excluded_dir(Path::new("tests/fixtures")));
        assert!(!f.is_excluded_dir(Path::new("tests")));
        assert!(!f.is_excluded_dir(Path::new("src/tests/fixtures")));
        assert!(f.is_excluded_dir(Path::new("legacy")));
        assert!(!f.is_included(Path::new("legacy/old.py")));
        assert!(!f.is_excluded_dir(Path::new("src/legacy")));
        let anchored = filter(&["./*.py"], &["./tools"]);
        assert!(anchored.is_included(Path::new("setup.py")));
        assert!(!anchored.is_included(Path::new("pkg/mod.py")));
        assert!(anchored.is_excluded_dir(Path::new("tools")));
        assert!(!anchored.is_excluded_dir(Path::new("pkg/tools")));
        // Default excludes still apply alongside user excludes.
        assert!(!f.is_included(Path::new("src/build/a.py")));
    }

    #[test]
    fn basename_include() {
        let f = filter(&["*.pyw"], &[]);
        assert!(f.is_included(Path::new("a/b/c.pyw")));
        assert!(f.is_included(Path::new("c.pyw")));
        assert!(!f.is_included(Path::new("c.py")));
    }

    #[test]
    fn bad_patterns() {
        assert_eq!(
            check_pattern("src/[a-"),
            Err("unclosed character class; missing ']'".to_owned())
        );
        assert_eq!(
            check_pattern("./"),
            Err("a pattern must not be empty".to_owned())
        );
        assert_eq!(check_pattern("src/**/*.py"), Ok(()));
    }
}
