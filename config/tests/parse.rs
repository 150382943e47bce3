//! Parsing `[tool.parallelize]` and parallelize.toml: values, defaults and errors.

use std::path::{Path, PathBuf};
use std::time::Duration;

use config::{BotConfig, ConfigError, RepoConfig, Schedule};

const FULL_PYPROJECT: &str = r#"[project]
name = "demo"
requires-python = ">=3.9,<4"

[tool.parallelize]
include = ["src/**/*.py", "scripts/*.py"]
exclude = ["tests/fixtures", "*_pb2.py"]
select = ["PAR1", "PAR201"]
ignore = ["PAR103"]
max-workers = 8
max-concurrency = 64
setup-command = "pip install -e .[test]"
test-command = "pytest -q"
test-timeout = "1h30m"
network-in-tests = true
rewrite-tests = true

[tool.parallelize.bot]
on-push = false
schedule = "daily"
labels = ["perf", "bot"]
open-pr-limit = 0
branch-prefix = "bots/par-"
dashboard = true
max-break-even = 250
min-speedup = 1.5
replay-seconds = 0.25
"#;

fn pyproject(text: &str) -> Result<Option<RepoConfig>, ConfigError> {
    RepoConfig::from_pyproject_str(text, Path::new("pyproject.toml"))
}

fn standalone(text: &str) -> Result<RepoConfig, ConfigError> {
    RepoConfig::from_parallelize_toml_str(text, Path::new("parallelize.toml"))
}

/// The error message of a pyproject.toml with `body` under `[tool.parallelize]`.
fn settings_error(body: &str) -> String {
    match pyproject(&format!("[tool.parallelize]\n{body}")) {
        Ok(config) => panic!("expected an error, got {config:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn every_key_is_read_from_pyproject() {
    let config = pyproject(FULL_PYPROJECT)
        .expect("valid")
        .expect("has table");
    let expected = RepoConfig {
        include: vec!["src/**/*.py".into(), "scripts/*.py".into()],
        exclude: vec!["tests/fixtures".into(), "*_pb2.py".into()],
        select: vec!["PAR1".into(), "PAR201".into()],
        ignore: vec!["PAR103".into()],
        max_workers: Some(8),
        max_concurrency: Some(64),
        setup_command: Some("pip install -e .[test]".into()),
        test_command: Some("pytest -q".into()),
        test_timeout: Duration::from_secs(5400),
        network_in_tests: true,
        rewrite_tests: true,
        bot: BotConfig {
            on_push: false,
            schedule: Schedule::Daily,
            labels: vec!["perf".into(), "bot".into()],
            open_pr_limit: 0,
            branch_prefix: "bots/par-".into(),
            dashboard: true,
            max_break_even: 250,
            min_speedup: config::Speedup::from_hundredths(150),
            replay_seconds: Duration::from_millis(250),
        },
        requires_python: Some(">=3.9,<4".into()),
        min_python: Some((3, 9)),
        dependencies: Default::default(),
        source: Some(PathBuf::from("pyproject.toml")),
    };
    assert_eq!(config, expected);
    let selection = config.rule_selection();
    assert!(selection.is_enabled("PAR101"));
    assert!(!selection.is_enabled("PAR103"));
    assert!(selection.is_enabled("PAR201"));
    assert!(!selection.is_enabled("PAR202"));
}

#[test]
fn every_key_is_read_from_parallelize_toml() {
    let text = FULL_PYPROJECT
        .replace(
            "[project]\nname = \"demo\"\nrequires-python = \">=3.9,<4\"\n\n",
            "",
        )
        .replace("[tool.parallelize]\n", "")
        .replace("[tool.parallelize.bot]", "[bot]");
    let config = standalone(&text).expect("valid");
    let mut expected = pyproject(FULL_PYPROJECT)
        .expect("valid")
        .expect("has table");
    expected.requires_python = None;
    expected.min_python = None;
    expected.source = Some(PathBuf::from("parallelize.toml"));
    assert_eq!(config, expected);
}

#[test]
fn defaults() {
    let config = RepoConfig::default();
    assert_eq!(config.include, vec!["**/*.py".to_owned()]);
    assert!(config.exclude.is_empty());
    assert_eq!(config.select, vec!["ALL".to_owned()]);
    assert!(config.ignore.is_empty());
    assert_eq!(config.max_workers, None);
    assert_eq!(config.max_concurrency, None);
    assert_eq!(config.setup_command, None);
    assert_eq!(config.test_command, None);
    assert_eq!(config.test_timeout, Duration::from_secs(900));
    assert!(!config.network_in_tests);
    assert!(!config.rewrite_tests);
    assert_eq!(config.requires_python, None);
    assert_eq!(config.min_python, None);
    assert_eq!(config.source, None);
    let bot = BotConfig::default();
    assert_eq!(config.bot, bot);
    assert!(bot.on_push);
    assert_eq!(bot.schedule, Schedule::Weekly);
    assert_eq!(bot.labels, vec!["parallelize".to_owned()]);
    assert_eq!(bot.open_pr_limit, 1);
    assert!(!bot.dashboard);
    assert_eq!(bot.branch_prefix, "parallelize/");

    // An empty table gives the defaults, plus the source and requires-python.
    let text = "[project]\nrequires-python = \"~=3.10\"\n[tool.parallelize]\n";
    let parsed = pyproject(text).expect("valid").expect("has table");
    let expected = RepoConfig {
        requires_python: Some("~=3.10".into()),
        min_python: Some((3, 10)),
        source: Some(PathBuf::from("pyproject.toml")),
        ..RepoConfig::default()
    };
    assert_eq!(parsed, expected);
    assert_eq!(
        standalone("").expect("valid").source,
        Some(PathBuf::from("parallelize.toml"))
    );
}

#[test]
fn table_spellings() {
    // No table at all.
    assert_eq!(
        pyproject("[project]\nname = \"x\"\n[tool.ruff]\nline-length = 99\n").expect("valid"),
        None
    );
    // Only the bot sub-table makes [tool.parallelize] exist implicitly.
    let config = pyproject("[tool.parallelize.bot]\nschedule = \"off\"\n")
        .expect("valid")
        .expect("table");
    assert_eq!(config.bot.schedule, Schedule::Off);
    // Dotted keys and inline tables.
    let config =
        pyproject("[tool]\nparallelize.max-workers = 3\nparallelize.bot.schedule = \"monthly\"\n")
            .expect("valid")
            .expect("table");
    assert_eq!(
        (config.max_workers, config.bot.schedule),
        (Some(3), Schedule::Monthly)
    );
    let config = pyproject(
        "[tool.parallelize]\nbot = { labels = [\"a\"], on-push = false }\ntest-timeout = 30\n",
    )
    .expect("valid")
    .expect("table");
    assert_eq!(config.bot.labels, vec!["a".to_owned()]);
    assert!(!config.bot.on_push);
    assert_eq!(config.test_timeout, Duration::from_secs(30));
}

#[test]
fn unknown_key_with_suggestion() {
    let text =
        "[project]\nname = \"x\"\n\n[tool.parallelize]\ninclude = [\"**/*.py\"]\nmax-worker = 4\n";
    let error = pyproject(text).expect_err("unknown key");
    assert_eq!(
        error.to_string(),
        "pyproject.toml:6:1: unknown key `max-worker` in [tool.parallelize]; did you mean `max-workers`?"
    );
    match error {
        ConfigError::Invalid {
            path, line, column, ..
        } => {
            assert_eq!(
                (path, line, column),
                (PathBuf::from("pyproject.toml"), 6, 1)
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(
        settings_error("  max_workers = 4\n"),
        "pyproject.toml:2:3: unknown key `max_workers` in [tool.parallelize]; did you mean `max-workers`?"
    );
}

#[test]
fn unknown_key_without_suggestion() {
    assert_eq!(
        settings_error("colour = \"blue\"\n"),
        "pyproject.toml:2:1: unknown key `colour` in [tool.parallelize]; allowed keys are `include`, `exclude`, `select`, `ignore`, `max-workers`, `max-concurrency`, `setup-command`, `test-command`, `test-timeout`, `network-in-tests`, `rewrite-tests`, `bot`"
    );
    assert_eq!(
        standalone("extend-exclude = []\n").expect_err("unknown").to_string(),
        "parallelize.toml:1:1: unknown key `extend-exclude` in the top level; did you mean `exclude`?"
    );
}

#[test]
fn unknown_key_in_bot_table() {
    let text = "[tool.parallelize]\nmax-workers = 2\n\n[tool.parallelize.bot]\nschedule = \"daily\"\n    open-pr-limits = 3\n";
    assert_eq!(
        pyproject(text).expect_err("unknown").to_string(),
        "pyproject.toml:6:5: unknown key `open-pr-limits` in [tool.parallelize.bot]; did you mean `open-pr-limit`?"
    );
    assert_eq!(
        standalone("[bot]\nlabel = [\"x\"]\n")
            .expect_err("unknown")
            .to_string(),
        "parallelize.toml:2:1: unknown key `label` in [bot]; did you mean `labels`?"
    );
    assert_eq!(
        settings_error("bot = { whatever = 1 }\n"),
        "pyproject.toml:2:9: unknown key `whatever` in [tool.parallelize.bot]; allowed keys are `on-push`, `schedule`, `labels`, `open-pr-limit`, `branch-prefix`, `dashboard`, `max-break-even`, `min-speedup`, `replay-seconds`"
    );
}

#[test]
fn wrong_types() {
    assert_eq!(
        settings_error("max-workers = \"4\"\n"),
        "pyproject.toml:2:15: `max-workers` must be an integer, found string"
    );
    assert_eq!(
        settings_error("network-in-tests = \"yes\"\n"),
        "pyproject.toml:2:20: `network-in-tests` must be a boolean (true or false), found string"
    );
    assert_eq!(
        settings_error("include = \"*.py\"\n"),
        "pyproject.toml:2:11: `include` must be an array of strings, found string"
    );
    assert_eq!(
        settings_error("select = [\"PAR1\", 101]\n"),
        "pyproject.toml:2:19: `select` must be an array of strings, found an integer element"
    );
    assert_eq!(
        settings_error("test-command = [\"pytest\"]\n"),
        "pyproject.toml:2:16: `test-command` must be a string, found array"
    );
    assert_eq!(
        settings_error("bot = 5\n"),
        "pyproject.toml:2:7: `bot` must be a table, found integer"
    );
    assert_eq!(
        settings_error("max-workers = 2.5\n"),
        "pyproject.toml:2:15: `max-workers` must be an integer, found float"
    );
    assert_eq!(
        settings_error("test-timeout = true\n"),
        "pyproject.toml:2:16: `test-timeout` must be a positive integer number of seconds or a duration string like \"90s\", \"15m\", \"1h30m\", found boolean"
    );
    assert_eq!(
        pyproject("[[tool.parallelize]]\nmax-workers = 1\n")
            .expect_err("array of tables")
            .to_string(),
        "pyproject.toml:1:1: `tool.parallelize` must be a table, found array of tables"
    );
    assert_eq!(
        pyproject("tool = { parallelize = 1 }\n")
            .expect_err("not a table")
            .to_string(),
        "pyproject.toml:1:24: `tool.parallelize` must be a table, found integer"
    );
    assert_eq!(
        standalone("[bot]\non-push = 1\n")
            .expect_err("type")
            .to_string(),
        "parallelize.toml:2:11: `on-push` must be a boolean (true or false), found integer"
    );
}

#[test]
fn bad_values() {
    assert_eq!(
        settings_error("max-workers = 0\n"),
        "pyproject.toml:2:15: `max-workers` must be between 1 and 1024, found 0"
    );
    assert_eq!(
        settings_error("max-workers = 1025\n"),
        "pyproject.toml:2:15: `max-workers` must be between 1 and 1024, found 1025"
    );
    assert_eq!(
        settings_error("max-concurrency = -3\n"),
        "pyproject.toml:2:19: `max-concurrency` must be between 1 and 10000, found -3"
    );
    assert_eq!(
        settings_error("test-command = \"  \"\n"),
        "pyproject.toml:2:16: `test-command` must not be empty"
    );
    assert_eq!(
        settings_error("setup-command = \"\"\n"),
        "pyproject.toml:2:17: `setup-command` must not be empty"
    );
    assert_eq!(
        settings_error("[tool.parallelize.bot]\nschedule = \"hourly\"\n"),
        "pyproject.toml:3:12: invalid `schedule` \"hourly\"; expected one of \"off\", \"daily\", \"weekly\", \"monthly\""
    );
    assert_eq!(
        settings_error("bot.min-speedup = 0.9\n"),
        "pyproject.toml:2:19: `min-speedup` must be between 1 and 100, found 0.9"
    );
    assert_eq!(
        settings_error("bot.min-speedup = \"fast\"\n"),
        "pyproject.toml:2:19: `min-speedup` must be a number, found string"
    );
    assert_eq!(
        settings_error("bot.replay-seconds = 0\n"),
        "pyproject.toml:2:22: `replay-seconds` must be between 0.1 and 10, found 0"
    );
    assert_eq!(
        settings_error("bot.open-pr-limit = 101\n"),
        "pyproject.toml:2:21: `open-pr-limit` must be between 0 and 100, found 101"
    );
    assert_eq!(
        settings_error("bot.labels = [\"ok\", \"\"]\n"),
        "pyproject.toml:2:21: `labels` entries must be non-empty strings"
    );
    assert_eq!(
        settings_error("bot.branch-prefix = \"my branch/\"\n"),
        "pyproject.toml:2:21: invalid `branch-prefix` \"my branch/\": must not contain spaces or control characters; it must be the start of a valid git branch name, such as \"parallelize/\""
    );
    assert_eq!(
        settings_error("exclude = [\"ok\", \"src/[a-\"]\n"),
        "pyproject.toml:2:18: invalid glob \"src/[a-\" in `exclude`: unclosed character class; missing ']'"
    );
}

#[test]
fn bad_durations() {
    assert_eq!(
        settings_error("test-timeout = \"15 minutes\"\n"),
        "pyproject.toml:2:16: invalid duration \"15 minutes\" for `test-timeout`; expected a positive integer number of seconds or a duration string like \"90s\", \"15m\", \"1h30m\""
    );
    assert_eq!(
        settings_error("test-timeout = 0\n"),
        "pyproject.toml:2:16: `test-timeout` must be a positive integer number of seconds or a duration string like \"90s\", \"15m\", \"1h30m\", found 0"
    );
    assert_eq!(
        settings_error("test-timeout = \"0s\"\n"),
        "pyproject.toml:2:16: invalid duration \"0s\" for `test-timeout`; expected a positive integer number of seconds or a duration string like \"90s\", \"15m\", \"1h30m\""
    );
    for (text, seconds) in [
        ("\"90s\"", 90),
        ("\"15m\"", 900),
        ("\"1h\"", 3600),
        ("\"1h30m\"", 5400),
        ("45", 45),
    ] {
        let config = pyproject(&format!("[tool.parallelize]\ntest-timeout = {text}\n"))
            .expect("valid")
            .expect("table");
        assert_eq!(config.test_timeout, Duration::from_secs(seconds), "{text}");
    }
}

#[test]
fn bad_rule_codes() {
    assert_eq!(
        settings_error("select = [\"PAR1\"]\nignore = [\"PAR103\", \"par2\"]\n"),
        "pyproject.toml:3:21: invalid rule selector \"par2\" in `ignore`; expected `ALL` or a rule code or prefix: `PAR` followed by up to 3 digits, such as \"PAR\", \"PAR1\", \"PAR101\""
    );
    assert_eq!(
        settings_error("select = [\"PAR1011\"]\n"),
        "pyproject.toml:2:11: invalid rule selector \"PAR1011\" in `select`; expected `ALL` or a rule code or prefix: `PAR` followed by up to 3 digits, such as \"PAR\", \"PAR1\", \"PAR101\""
    );
    let config =
        pyproject("[tool.parallelize]\nselect = [\"ALL\", \"PAR\"]\nignore = [\"PAR30\"]\n")
            .expect("valid")
            .expect("table");
    assert_eq!(config.select, vec!["ALL".to_owned(), "PAR".to_owned()]);
    assert_eq!(config.ignore, vec!["PAR30".to_owned()]);
}

#[test]
fn toml_syntax_errors() {
    let error = pyproject("[project]\nname = \"x\"\n\n[tool.parallelize]\nmax-workers = \n")
        .expect_err("syntax");
    assert_eq!(
        error.to_string(),
        "pyproject.toml:5:15: invalid TOML: string values must be quoted, expected literal string"
    );
    assert!(
        matches!(
            error,
            ConfigError::Syntax {
                line: 5,
                column: 15,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(
        standalone("max-workers = 1\nmax-workers = 2\n")
            .expect_err("duplicate")
            .to_string(),
        "parallelize.toml:2:1: invalid TOML: duplicate key `max-workers`"
    );
    assert_eq!(
        standalone("labels = [\"é\",\n")
            .expect_err("unclosed")
            .to_string(),
        "parallelize.toml:1:15: invalid TOML: unclosed array, expected `]`"
    );
    // A syntax error anywhere in pyproject.toml is reported, even outside our table.
    assert_eq!(
        pyproject("[project\nname = 1\n")
            .expect_err("syntax")
            .to_string(),
        "pyproject.toml:1:9: invalid TOML: unclosed table, expected `]`"
    );
}

#[test]
fn io_error_display() {
    let error =
        RepoConfig::load_file(Path::new("/nonexistent/dir/parallelize.toml")).expect_err("missing");
    let text = error.to_string();
    assert!(
        text.starts_with("/nonexistent/dir/parallelize.toml: cannot read: "),
        "{text}"
    );
    assert!(!text.contains('\n'));
    assert_eq!(error.line_col(), None);
    assert_eq!(error.path(), Path::new("/nonexistent/dir/parallelize.toml"));
}

#[test]
fn foreign_tables_are_not_checked() {
    let text =
        "[project]\nname = \"x\"\nwhatever = 1\n[tool.other]\nmax-worker = 1\n[tool.parallelize]\n";
    assert!(pyproject(text).expect("valid").is_some());
}
