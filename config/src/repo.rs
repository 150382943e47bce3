//! The repository configuration and where it is read from.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use toml_edit::Document;

use crate::error::{ConfigError, Ctx};
use crate::filter::FileFilter;
use crate::parse::{self, PARALLELIZE_TOML, PYPROJECT};
use crate::python::{parse_min_python, requires_python_in};
use crate::selection::RuleSelection;

/// The file name of the standalone configuration file.
pub const PARALLELIZE_TOML_NAME: &str = "parallelize.toml";
/// The file name of the Python project file.
pub const PYPROJECT_NAME: &str = "pyproject.toml";

/// How often the GitHub App looks at a repository on its own (`bot.schedule`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Schedule {
    /// Never; only pushes (if `on-push`) and explicit requests.
    Off,
    /// Once a day.
    Daily,
    /// Once a week (the default).
    #[default]
    Weekly,
    /// Once a month.
    Monthly,
}

impl Schedule {
    /// The configuration spelling: `off`, `daily`, `weekly` or `monthly`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
        }
    }

    /// The schedule spelled `name` in configuration files (exact, lower case).
    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Off, Self::Daily, Self::Weekly, Self::Monthly]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Settings of the GitHub App for this repository (`[tool.parallelize.bot]`, or `[bot]`
/// in parallelize.toml).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotConfig {
    /// `on-push`: analyse after pushes to the default branch (default `true`).
    pub on_push: bool,
    /// `schedule`: periodic sweeps (default weekly).
    pub schedule: Schedule,
    /// `labels`: labels put on opened pull requests (default `["parallelize"]`).
    pub labels: Vec<String>,
    /// `open-pr-limit`: at most this many open bot PRs from pushes and sweeps, 0..=100
    /// (default 1; 0 = none). A `/parallelize` command is an explicit request and may exceed it.
    pub open_pr_limit: u32,
    /// `dashboard`: keep one issue listing the findings left for review (default `false`).
    pub dashboard: bool,
    /// `branch-prefix`: prefix of the bot's branch names (default `parallelize/`).
    pub branch_prefix: String,
    /// `max-break-even`: a rewrite is proposed only when its pool pays off from at most this
    /// many items, measured on the tests' items and the runner's pool costs (default 1000,
    /// 1..=1000000).
    pub max_break_even: u32,
    /// `min-speedup`: a rewrite is proposed only when the replay of the tests' own inputs runs
    /// it at least this many times faster than the original, beyond the noise (default 1.2,
    /// 1.0..=100.0).
    pub min_speedup: Speedup,
    /// `replay-seconds`: how long one run of the original lasts in a replay, its items
    /// replicated to fill it (default 1.0, 0.1..=10.0). Longer runs tell small speed-ups from
    /// noise more surely; shorter ones keep jobs short.
    pub replay_seconds: std::time::Duration,
}

/// A speed ratio as configured, kept in hundredths so settings stay comparable with `Eq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Speedup(u32);

impl Speedup {
    pub fn from_hundredths(hundredths: u32) -> Self {
        Self(hundredths)
    }

    /// The ratio, e.g. `1.2`.
    pub fn ratio(self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl fmt::Display for Speedup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.ratio())
    }
}

impl Default for BotConfig {
    fn default() -> Self {
        Self {
            on_push: true,
            schedule: Schedule::Weekly,
            labels: vec!["parallelize".to_owned()],
            open_pr_limit: 1,
            dashboard: false,
            branch_prefix: "parallelize/".to_owned(),
            max_break_even: 1000,
            min_speedup: Speedup(120),
            replay_seconds: std::time::Duration::from_secs(1),
        }
    }
}

/// The repository configuration: `[tool.parallelize]` in pyproject.toml, or the top level
/// of parallelize.toml (same keys, kebab-case). Unknown keys and bad values are errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoConfig {
    /// `include`: globs of files to analyse (default `["**/*.py"]`); see [`FileFilter`].
    pub include: Vec<String>,
    /// `exclude`: globs to skip, in addition to [`crate::DEFAULT_EXCLUDES`] (default empty).
    pub exclude: Vec<String>,
    /// `select`: enabled rule codes or prefixes (default `["ALL"]`); see [`RuleSelection`].
    pub select: Vec<String>,
    /// `ignore`: disabled rule codes or prefixes (default empty).
    pub ignore: Vec<String>,
    /// `max-workers`: upper bound for pool sizes in rewrites, 1..=1024.
    pub max_workers: Option<u32>,
    /// `max-concurrency`: upper bound for concurrent async tasks in rewrites, 1..=10000.
    pub max_concurrency: Option<u32>,
    /// `setup-command`: shell command preparing the test environment.
    pub setup_command: Option<String>,
    /// `test-command`: shell command running the tests.
    pub test_command: Option<String>,
    /// `test-timeout`: wall-time limit of one test run (default 900 s).
    pub test_timeout: Duration,
    /// `network-in-tests`: allow network access in test runs (default `false`).
    pub network_in_tests: bool,
    /// `rewrite-tests`: rewrite loops in test code too (`tests/`, `test_*.py`, `*_test.py`,
    /// `conftest.py`; default `false`: reported as `review`).
    pub rewrite_tests: bool,
    /// The `bot` table.
    pub bot: BotConfig,
    /// `[project] requires-python` from pyproject.toml, verbatim.
    pub requires_python: Option<String>,
    /// The lowest `(major, minor)` Python that `requires_python` allows, when it has a
    /// readable lower bound (see [`crate::parse_min_python`]).
    pub min_python: Option<(u32, u32)>,
    /// Distributions the project declares (see [`crate::project_dependencies`]), read from
    /// the packaging files next to the configuration.
    pub dependencies: std::collections::BTreeSet<String>,
    /// The file the settings were read from; `None` when they are the defaults.
    pub source: Option<PathBuf>,
}

impl Default for RepoConfig {
    fn default() -> Self {
        Self {
            include: vec!["**/*.py".to_owned()],
            exclude: Vec::new(),
            select: vec!["ALL".to_owned()],
            ignore: Vec::new(),
            max_workers: None,
            max_concurrency: None,
            setup_command: None,
            test_command: None,
            test_timeout: Duration::from_secs(900),
            network_in_tests: false,
            rewrite_tests: false,
            bot: BotConfig::default(),
            requires_python: None,
            min_python: None,
            dependencies: Default::default(),
            source: None,
        }
    }
}

impl RepoConfig {
    /// Parses the text of a pyproject.toml (`path` is used in messages and as `source`).
    ///
    /// Returns `Ok(None)` when there is no `[tool.parallelize]` table; use
    /// [`crate::requires_python_from_pyproject`] for `requires-python` in that case.
    /// Otherwise the config has `requires_python` / `min_python` filled from `[project]`.
    pub fn from_pyproject_str(text: &str, path: &Path) -> Result<Option<RepoConfig>, ConfigError> {
        let ctx = Ctx::new(path, text);
        let doc = Document::parse(text).map_err(|e| ctx.syntax(&e))?;
        let Some(tool) = doc.get("tool").and_then(|t| t.as_table_like()) else {
            return Ok(None);
        };
        let Some((key, item)) = tool.get_key_value("parallelize") else {
            return Ok(None);
        };
        let table = item.as_table_like().ok_or_else(|| {
            let span = item.span().or_else(|| key.span());
            let found = item.type_name();
            ctx.invalid(
                span,
                format!("`tool.parallelize` must be a table, found {found}"),
            )
        })?;
        let mut config = parse::settings(table, &ctx, &PYPROJECT)?;
        config.set_requires_python(requires_python_in(doc.as_table()));
        config.source = Some(path.to_path_buf());
        Ok(Some(config))
    }

    /// Parses the text of a parallelize.toml, whose keys are at the top level and whose
    /// bot settings are in `[bot]` (`path` is used in messages and as `source`).
    pub fn from_parallelize_toml_str(text: &str, path: &Path) -> Result<RepoConfig, ConfigError> {
        let ctx = Ctx::new(path, text);
        let doc = Document::parse(text).map_err(|e| ctx.syntax(&e))?;
        let mut config = parse::settings(doc.as_table(), &ctx, &PARALLELIZE_TOML)?;
        config.source = Some(path.to_path_buf());
        Ok(config)
    }

    /// Finds the project root and its configuration, starting at `dir` (made absolute
    /// against the current directory if relative).
    ///
    /// The root is the nearest of `dir` and its ancestors that contains a
    /// parallelize.toml or a pyproject.toml (with or without `[tool.parallelize]`).
    /// When both files are there, parallelize.toml wins and pyproject.toml only supplies
    /// `requires-python`. Without a `[tool.parallelize]` table the defaults are used
    /// (`source` is `None`), still with `requires-python`. The walk does not go above a
    /// directory containing `.git` (a repository root): when nothing is found, the
    /// result is `dir` with the defaults.
    pub fn discover(dir: &Path) -> Result<(PathBuf, RepoConfig), ConfigError> {
        let start = std::path::absolute(dir).map_err(|source| ConfigError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        for candidate in start.ancestors() {
            let standalone = candidate.join(PARALLELIZE_TOML_NAME);
            let pyproject = candidate.join(PYPROJECT_NAME);
            let pyproject_text = read_if_file(&pyproject)?;
            let config = match read_if_file(&standalone)? {
                Some(text) => {
                    let mut config = Self::from_parallelize_toml_str(&text, &standalone)?;
                    let requires = pyproject_text
                        .as_deref()
                        .and_then(crate::requires_python_from_pyproject);
                    config.set_requires_python(requires);
                    Some(config)
                }
                None => match &pyproject_text {
                    Some(text) => Some(Self::from_pyproject_or_default(text, &pyproject)?),
                    None => None,
                },
            };
            if let Some(mut config) = config {
                config.dependencies = crate::project_dependencies(candidate);
                return Ok((candidate.to_path_buf(), config));
            }
            if candidate.join(".git").exists() {
                break;
            }
        }
        let config = RepoConfig {
            dependencies: crate::project_dependencies(&start),
            ..RepoConfig::default()
        };
        Ok((start, config))
    }

    /// Loads the file given explicitly (e.g. `--config FILE`). A file named
    /// pyproject.toml is read as one (defaults plus `requires-python` when it has no
    /// `[tool.parallelize]` table); any other name is read as parallelize.toml.
    pub fn load_file(path: &Path) -> Result<RepoConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config = if path.file_name().is_some_and(|n| n == PYPROJECT_NAME) {
            Self::from_pyproject_or_default(&text, path)?
        } else {
            Self::from_parallelize_toml_str(&text, path)?
        };
        if let Some(dir) = path.parent() {
            config.dependencies = crate::project_dependencies(dir);
        }
        Ok(config)
    }

    /// The compiled `include` / `exclude` matcher (paths relative to the project root).
    ///
    /// Patterns read from a file were already checked; an error here means a pattern
    /// set in code is not a valid glob (reported at line 1, column 1 of `source`).
    pub fn file_filter(&self) -> Result<FileFilter, ConfigError> {
        FileFilter::new(&self.include, &self.exclude).map_err(|(pattern, why)| {
            ConfigError::Invalid {
                path: self
                    .source
                    .clone()
                    .unwrap_or_else(|| PathBuf::from("<config>")),
                line: 1,
                column: 1,
                message: format!("invalid glob {pattern:?} in `include` or `exclude`: {why}"),
            }
        })
    }

    /// The rule selection made by `select` and `ignore`.
    pub fn rule_selection(&self) -> RuleSelection {
        RuleSelection::new(&self.select, &self.ignore)
    }

    /// Parses a pyproject.toml; defaults (with `requires-python`) when it has no table.
    fn from_pyproject_or_default(text: &str, path: &Path) -> Result<RepoConfig, ConfigError> {
        match Self::from_pyproject_str(text, path)? {
            Some(config) => Ok(config),
            None => {
                let mut config = RepoConfig::default();
                config.set_requires_python(crate::requires_python_from_pyproject(text));
                Ok(config)
            }
        }
    }

    /// Sets `requires_python` and the `min_python` derived from it.
    fn set_requires_python(&mut self, requires: Option<String>) {
        self.min_python = requires.as_deref().and_then(parse_min_python);
        self.requires_python = requires;
    }
}

/// The contents of `path` if it is a file, `None` if it does not exist or is not a file.
fn read_if_file(path: &Path) -> Result<Option<String>, ConfigError> {
    if !path.is_file() {
        return Ok(None);
    }
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ConfigError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}
