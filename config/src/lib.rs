//! Repository configuration for `parallelize`.
//!
//! The settings live in `[tool.parallelize]` of pyproject.toml or at the top level of a
//! parallelize.toml (which wins when both exist). Every key is kebab-case; unknown
//! keys, wrong types and bad values are errors that name the file, the 1-based line and
//! column of the offending key or value, what is wrong and what is allowed:
//!
//! ```text
//! pyproject.toml:12:1: unknown key `max-worker` in [tool.parallelize]; did you mean `max-workers`?
//! ```
//!
//! ```toml
//! [tool.parallelize]
//! include = ["src/**/*.py"]          # default ["**/*.py"]
//! exclude = ["tests/fixtures"]       # added to DEFAULT_EXCLUDES
//! select = ["PAR1", "PAR2"]          # default ["ALL"]
//! ignore = ["PAR103"]
//! max-workers = 8                    # 1..=1024
//! max-concurrency = 64               # 1..=10000
//! setup-command = "pip install -e .[test]"
//! test-command = "pytest -q"
//! test-timeout = "15m"               # or seconds: 900 (the default)
//! network-in-tests = false
//! rewrite-tests = false             # rewrite loops in test code too
//!
//! [tool.parallelize.bot]             # [bot] in parallelize.toml
//! on-push = true
//! schedule = "weekly"                # off | daily | weekly | monthly
//! labels = ["parallelize"]
//! open-pr-limit = 1                  # 0..=100
//! branch-prefix = "parallelize/"
//! max-break-even = 1000             # propose a pool only if it pays off from this many items
//! min-speedup = 1.2                  # ...and the replay measured it at least this much faster
//! replay-seconds = 1.0               # one replayed run of the original lasts about this long
//! dashboard = false                  # an issue listing the findings left for review
//! ```
//!
//! The settings of the GitHub App server (`parallelize serve`) are in [`app`]:
//! [`AppSettings::load`] reads parallelize-app.toml and environment variables.
//!
//! The only I/O is reading the configuration files that [`RepoConfig::discover`] and
//! [`RepoConfig::load_file`] are asked to look at, and the settings file and private key
//! file that [`AppSettings::load`] is asked to read.

pub mod app;
mod deps;
mod error;
mod filter;
mod parse;
mod python;
mod repo;
mod selection;
mod span;
mod suggest;
mod values;

pub use app::{AppSettings, AppSettingsError, Secret, PARALLELIZE_APP_TOML_NAME};
pub use deps::{normalize_name, project_dependencies, requirement_name};
pub use error::ConfigError;
pub use filter::{FileFilter, DEFAULT_EXCLUDES};
pub use python::{parse_min_python, requires_python_from_pyproject};
pub use repo::{BotConfig, RepoConfig, Schedule, Speedup, PARALLELIZE_TOML_NAME, PYPROJECT_NAME};
pub use selection::{is_valid_selector, RuleSelection};
pub use values::parse_duration;
