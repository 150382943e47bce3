//! Finding the project root and loading configuration files from disk.

use std::fs;
use std::path::Path;
use std::time::Duration;

use config::{ConfigError, RepoConfig, Schedule};

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create dirs");
    }
    fs::write(path, text).expect("write file");
}

#[test]
fn walks_up_from_a_nested_directory() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("repo");
    fs::create_dir_all(root.join(".git")).expect("git dir");
    let pyproject = root.join("pyproject.toml");
    write(
        &pyproject,
        "[project]\nrequires-python = \">=3.11\"\n[tool.parallelize]\nmax-workers = 6\n[tool.parallelize.bot]\nschedule = \"off\"\n",
    );
    let nested = root.join("src/pkg/sub");
    fs::create_dir_all(&nested).expect("nested dirs");

    let (found, config) = RepoConfig::discover(&nested).expect("discover");
    assert_eq!(found, root);
    assert_eq!(config.max_workers, Some(6));
    assert_eq!(config.bot.schedule, Schedule::Off);
    assert_eq!(config.requires_python.as_deref(), Some(">=3.11"));
    assert_eq!(config.min_python, Some((3, 11)));
    assert_eq!(config.source, Some(pyproject));

    // Starting at the root itself finds the same.
    let (found_at_root, same) = RepoConfig::discover(&root).expect("discover");
    assert_eq!((found_at_root, same), (root, config));
}

#[test]
fn parallelize_toml_wins_over_pyproject() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    write(
        &root.join("pyproject.toml"),
        "[project]\nrequires-python = \">=3.8\"\n[tool.parallelize]\nmax-workers = 2\ntest-timeout = 60\n",
    );
    let standalone = root.join("parallelize.toml");
    write(
        &standalone,
        "max-workers = 16\n[bot]\nlabels = [\"speed\"]\n",
    );
    fs::create_dir_all(root.join("pkg")).expect("dir");

    let (found, config) = RepoConfig::discover(&root.join("pkg")).expect("discover");
    assert_eq!(found, root);
    assert_eq!(config.source, Some(standalone));
    assert_eq!(config.max_workers, Some(16));
    // pyproject's [tool.parallelize] is not merged in...
    assert_eq!(config.test_timeout, Duration::from_secs(900));
    assert_eq!(config.bot.labels, vec!["speed".to_owned()]);
    // ...but its requires-python still counts.
    assert_eq!(config.requires_python.as_deref(), Some(">=3.8"));
    assert_eq!(config.min_python, Some((3, 8)));
}

#[test]
fn nearest_pyproject_without_table_is_the_root() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let outer = tmp.path();
    write(
        &outer.join("pyproject.toml"),
        "[tool.parallelize]\nmax-workers = 2\n",
    );
    let sub = outer.join("services/api");
    write(
        &sub.join("pyproject.toml"),
        "[project]\nname = \"api\"\nrequires-python = \"^3.11\"\n",
    );
    fs::create_dir_all(sub.join("app")).expect("dir");

    let (found, config) = RepoConfig::discover(&sub.join("app")).expect("discover");
    assert_eq!(found, sub);
    let expected = RepoConfig {
        requires_python: Some("^3.11".to_owned()),
        min_python: None,
        ..RepoConfig::default()
    };
    assert_eq!(config, expected);
}

#[test]
fn stops_at_the_repository_root() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(
        &tmp.path().join("pyproject.toml"),
        "[tool.parallelize]\nmax-workers = 2\n",
    );
    let repo = tmp.path().join("checkout");
    fs::create_dir_all(repo.join(".git")).expect("git dir");
    let start = repo.join("src");
    fs::create_dir_all(&start).expect("dir");

    let (found, config) = RepoConfig::discover(&start).expect("discover");
    assert_eq!(found, start);
    assert_eq!(config, RepoConfig::default());
}

#[test]
fn discover_reports_errors_with_the_file_path() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("parallelize.toml");
    write(&file, "# settings\nmax-workers = 4\nschedule = \"daily\"\n");
    let error = RepoConfig::discover(tmp.path()).expect_err("schedule belongs in [bot]");
    assert_eq!(
        error.to_string(),
        format!(
            "{}:3:1: unknown key `schedule` in the top level; allowed keys are `include`, `exclude`, `select`, `ignore`, `max-workers`, `max-concurrency`, `setup-command`, `test-command`, `test-timeout`, `network-in-tests`, `rewrite-tests`, `bot`",
            file.display()
        )
    );
    assert!(matches!(
        error,
        ConfigError::Invalid {
            line: 3,
            column: 1,
            ..
        }
    ));
}

#[test]
fn load_file_chooses_the_format_by_name() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let pyproject = tmp.path().join("pyproject.toml");
    write(
        &pyproject,
        "[project]\nrequires-python = \">=3.9\"\n[tool.parallelize]\nignore = [\"PAR3\"]\n",
    );
    let config = RepoConfig::load_file(&pyproject).expect("load");
    assert_eq!(config.ignore, vec!["PAR3".to_owned()]);
    assert_eq!(config.min_python, Some((3, 9)));
    assert_eq!(config.source, Some(pyproject.clone()));

    let custom = tmp.path().join("ci-parallelize.toml");
    write(&custom, "ignore = [\"PAR2\"]\nnetwork-in-tests = true\n");
    let config = RepoConfig::load_file(&custom).expect("load");
    assert_eq!(config.ignore, vec!["PAR2".to_owned()]);
    assert!(config.network_in_tests);
    assert_eq!(config.source, Some(custom));
    assert_eq!(config.requires_python, None);

    // A pyproject.toml without our table gives the defaults and its requires-python.
    write(&pyproject, "[project]\nrequires-python = \">=3.12\"\n");
    let config = RepoConfig::load_file(&pyproject).expect("load");
    assert_eq!(config.min_python, Some((3, 12)));
    assert_eq!(config.source, None);
    assert_eq!(config.ignore, Vec::<String>::new());

    let error = RepoConfig::load_file(&tmp.path().join("missing.toml")).expect_err("missing");
    assert!(matches!(error, ConfigError::Io { .. }), "{error:?}");
}

#[test]
fn file_filter_from_config() {
    let config = RepoConfig::from_pyproject_str(
        "[tool.parallelize]\ninclude = [\"src/**/*.py\"]\nexclude = [\"src/generated\"]\n",
        Path::new("pyproject.toml"),
    )
    .expect("valid")
    .expect("table");
    let filter = config.file_filter().expect("filter");
    assert!(filter.is_included(Path::new("src/app/main.py")));
    assert!(!filter.is_included(Path::new("src/generated/models.py")));
    assert!(!filter.is_included(Path::new("src/.venv/lib/x.py")));
    assert!(!filter.is_included(Path::new("tests/test_main.py")));
    assert!(filter.is_excluded_dir(Path::new("src/generated")));
    assert!(filter.is_excluded_dir(Path::new("src/__pycache__")));

    let defaults = RepoConfig::default().file_filter().expect("filter");
    assert!(defaults.is_included(Path::new("tests/test_main.py")));
    assert!(!defaults.is_included(Path::new("dist/pkg/mod.py")));

    let bad = RepoConfig {
        exclude: vec!["a/[b".to_owned()],
        ..RepoConfig::default()
    };
    assert_eq!(
        bad.file_filter().expect_err("bad glob").to_string(),
        "<config>:1:1: invalid glob \"a/[b\" in `include` or `exclude`: unclosed character class; missing ']'"
    );
}

/// The dependencies come from the packaging files next to the configuration that was found,
/// with or without a `[tool.parallelize]` table (PAR301/PAR302 read them).
#[test]
fn dependencies_are_read_next_to_the_config() {
    let tmp = tempfile::tempdir().expect("tempdir");
    fs::create_dir(tmp.path().join(".git")).expect("dir");
    write(
        &tmp.path().join("pyproject.toml"),
        "[project]\nname = \"x\"\ndependencies = [\"NumPy>=2\"]\n",
    );
    write(&tmp.path().join("requirements-dev.txt"), "pandas==3.1.1\n");
    fs::create_dir_all(tmp.path().join("src")).expect("dir");
    let (_, config) = RepoConfig::discover(&tmp.path().join("src")).expect("discover");
    let deps: Vec<&str> = config.dependencies.iter().map(String::as_str).collect();
    assert_eq!(deps, ["numpy", "pandas"]);

    let explicit = RepoConfig::load_file(&tmp.path().join("pyproject.toml")).expect("load");
    assert_eq!(explicit.dependencies, config.dependencies);
}
