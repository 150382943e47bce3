//! The settings of `parallelize serve`: environment, parallelize-app.toml, defaults,
//! and errors that name the setting without showing secrets.

use std::collections::HashMap;
use std::fs;
use std::net::SocketAddr;
use std::path::Path;

use config::{AppSettings, AppSettingsError, ConfigError, Secret, PARALLELIZE_APP_TOML_NAME};

/// A fake RSA key (not a real key: only its shape is checked). `KEYMATERIAL` must never
/// appear in output.
const KEY: &str = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAwKEYMATERIALxyzFAKEonlyForTests0123456789+/A\nAQAB\n-----END RSA PRIVATE KEY-----\n";
const KEY_MARKER: &str = "KEYMATERIAL";
/// A second fake key, in PKCS#8 form, to tell the sources apart.
const KEY2: &str = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCKEYMATERIAL2\n-----END PRIVATE KEY-----\n";
const HOOK_NEW: &str = "hook-secret-NEW-5f2a";
const HOOK_OLD: &str = "hook-secret-OLD-9c1e";
const DB_PASSWORD: &str = "db-PASSWORD-7733";

/// An environment lookup over `pairs`.
fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    move |name| map.get(name).cloned()
}

/// The required variables plus `extra` (which replace them when named the same; an
/// empty value removes a variable).
fn env_with(extra: &[(&'static str, &str)]) -> impl Fn(&str) -> Option<String> {
    let mut pairs: Vec<(&str, &str)> = vec![
        ("PARALLELIZE_APP_ID", "1234"),
        ("PARALLELIZE_PRIVATE_KEY", KEY),
        ("PARALLELIZE_WEBHOOK_SECRET", HOOK_NEW),
    ];
    for &(name, value) in extra {
        pairs.retain(|(n, _)| *n != name);
        if !value.is_empty() {
            pairs.push((name, value));
        }
    }
    env_of(&pairs)
}

fn no_env(_: &str) -> Option<String> {
    None
}

/// A temporary directory with parallelize-app.toml containing `text`.
fn dir_with_file(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join(PARALLELIZE_APP_TOML_NAME), text).expect("write");
    dir
}

fn load(dir: &Path, env: &dyn Fn(&str) -> Option<String>) -> Result<AppSettings, AppSettingsError> {
    AppSettings::load(None, dir, env)
}

/// The error message of loading from `dir` with `env`.
fn error(dir: &Path, env: &dyn Fn(&str) -> Option<String>) -> String {
    match load(dir, env) {
        Ok(settings) => panic!("expected an error, got {settings:?}"),
        Err(e) => e.to_string(),
    }
}

/// The error message for a settings file with the required keys and `body`, without
/// environment variables.
fn file_error(body: &str) -> String {
    let text = format!("app-id = 1\nwebhook-secret = \"s\"\nprivate-key = '''{KEY}'''\n{body}");
    let dir = dir_with_file(&text);
    error(dir.path(), &no_env)
}

/// The error message for the required variables plus `extra`, without a file.
fn env_error(extra: &[(&'static str, &str)]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    error(dir.path(), &env_with(extra))
}

/// Every key, with values that differ from the defaults and from [`env_with`].
fn full_file() -> String {
    format!(
        r#"app-id = 99
private-key = """
{KEY2}"""
webhook-secret = ["{HOOK_NEW}", "{HOOK_OLD}"]
database-url = "postgres://parallelize:{DB_PASSWORD}@db.internal:5432/parallelize"
github-api-url = "https://ghe.example.com/api/v3/"
listen = "0.0.0.0:8080"
workers = 8
"#
    )
}

fn secrets(settings: &AppSettings) -> Vec<&str> {
    settings
        .webhook_secrets
        .iter()
        .map(Secret::expose)
        .collect()
}

#[test]
fn defaults_with_only_the_required_variables() {
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(dir.path(), &env_with(&[])).expect("valid");
    assert_eq!(settings.app_id, 1234);
    assert_eq!(settings.private_key_pem.expose(), KEY);
    assert_eq!(secrets(&settings), [HOOK_NEW]);
    assert_eq!(settings.database_url, "sqlite://parallelize.db?mode=rwc");
    assert_eq!(settings.database_url, AppSettings::DEFAULT_DATABASE_URL);
    assert_eq!(settings.github_api_url, "https://api.github.com");
    assert_eq!(
        settings.listen,
        "127.0.0.1:3000".parse::<SocketAddr>().unwrap()
    );
    assert_eq!(settings.listen, AppSettings::DEFAULT_LISTEN);
    assert_eq!(settings.workers, 2);
    assert_eq!(settings.source, None);
}

#[test]
fn every_key_from_the_file() {
    let dir = dir_with_file(&full_file());
    let settings = load(dir.path(), &no_env).expect("valid");
    assert_eq!(settings.app_id, 99);
    assert_eq!(settings.private_key_pem.expose(), KEY2);
    assert_eq!(secrets(&settings), [HOOK_NEW, HOOK_OLD]);
    assert_eq!(
        settings.database_url,
        format!("postgres://parallelize:{DB_PASSWORD}@db.internal:5432/parallelize")
    );
    assert_eq!(settings.github_api_url, "https://ghe.example.com/api/v3");
    assert_eq!(
        settings.listen,
        "0.0.0.0:8080".parse::<SocketAddr>().unwrap()
    );
    assert_eq!(settings.workers, 8);
    assert_eq!(
        settings.source,
        Some(dir.path().join(PARALLELIZE_APP_TOML_NAME))
    );
}

#[test]
fn an_empty_file_gives_the_defaults() {
    let dir = dir_with_file("# nothing yet\n");
    let settings = load(dir.path(), &env_with(&[])).expect("valid");
    assert_eq!(settings.workers, AppSettings::DEFAULT_WORKERS);
    assert_eq!(settings.github_api_url, AppSettings::DEFAULT_GITHUB_API_URL);
    assert_eq!(
        settings.source,
        Some(dir.path().join(PARALLELIZE_APP_TOML_NAME))
    );
}

#[test]
fn environment_beats_the_file_key_by_key() {
    let dir = dir_with_file(&full_file());
    let from_file = load(dir.path(), &no_env).expect("valid");
    let key_path = dir.path().join("env-key.pem");
    fs::write(&key_path, KEY).expect("write");
    let key_path = key_path.to_str().expect("utf-8").to_owned();
    let overrides: [(&str, &str); 9] = [
        ("PARALLELIZE_APP_ID", "7"),
        ("PARALLELIZE_PRIVATE_KEY", KEY),
        ("PARALLELIZE_PRIVATE_KEY_PATH", &key_path),
        ("PARALLELIZE_WEBHOOK_SECRET", "from-env"),
        ("DATABASE_URL", "sqlite::memory:"),
        ("PARALLELIZE_GITHUB_API_URL", "http://localhost:9000/"),
        ("PARALLELIZE_LISTEN", "[::1]:9999"),
        ("PARALLELIZE_WORKERS", "64"),
        // Blank variables count as unset.
        ("PARALLELIZE_WORKERS", "   "),
    ];
    for (i, (name, value)) in overrides.into_iter().enumerate() {
        let settings = load(dir.path(), &env_of(&[(name, value)])).expect(name);
        let blank = i == 8;
        // The overridden setting comes from the environment...
        match name {
            "PARALLELIZE_APP_ID" => assert_eq!(settings.app_id, 7),
            "PARALLELIZE_PRIVATE_KEY" | "PARALLELIZE_PRIVATE_KEY_PATH" => {
                assert_eq!(settings.private_key_pem.expose(), KEY)
            }
            "PARALLELIZE_WEBHOOK_SECRET" => assert_eq!(secrets(&settings), ["from-env"]),
            "DATABASE_URL" => assert_eq!(settings.database_url, "sqlite::memory:"),
            "PARALLELIZE_GITHUB_API_URL" => {
                assert_eq!(settings.github_api_url, "http://localhost:9000")
            }
            "PARALLELIZE_LISTEN" => assert_eq!(settings.listen.to_string(), "[::1]:9999"),
            "PARALLELIZE_WORKERS" if blank => assert_eq!(settings.workers, 8),
            "PARALLELIZE_WORKERS" => assert_eq!(settings.workers, 64),
            _ => unreachable!(),
        }
        // ... and all the others from the file.
        if !name.starts_with("PARALLELIZE_APP_ID") {
            assert_eq!(settings.app_id, from_file.app_id, "{name}");
        }
        if !name.starts_with("PARALLELIZE_PRIVATE_KEY") {
            assert_eq!(settings.private_key_pem.expose(), KEY2, "{name}");
        }
        if name != "PARALLELIZE_WEBHOOK_SECRET" {
            assert_eq!(secrets(&settings), secrets(&from_file), "{name}");
        }
        if name != "DATABASE_URL" {
            assert_eq!(settings.database_url, from_file.database_url, "{name}");
        }
        if name != "PARALLELIZE_GITHUB_API_URL" {
            assert_eq!(settings.github_api_url, from_file.github_api_url, "{name}");
        }
        if name != "PARALLELIZE_LISTEN" {
            assert_eq!(settings.listen, from_file.listen, "{name}");
        }
        if name != "PARALLELIZE_WORKERS" || blank {
            assert_eq!(settings.workers, from_file.workers, "{name}");
        }
    }
}

#[test]
fn an_explicit_file_must_exist_and_is_relative_to_cwd() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("etc")).expect("mkdir");
    fs::write(dir.path().join("etc/app.toml"), "workers = 3\n").expect("write");
    // Named explicitly: read, even though it is not called parallelize-app.toml.
    let settings = AppSettings::load(Some(Path::new("etc/app.toml")), dir.path(), &env_with(&[]))
        .expect("valid");
    assert_eq!(settings.workers, 3);
    assert_eq!(settings.source, Some(dir.path().join("etc/app.toml")));
    // An explicit file wins over parallelize-app.toml, which is not read.
    fs::write(dir.path().join(PARALLELIZE_APP_TOML_NAME), "workers = 0\n").expect("write");
    let settings = AppSettings::load(Some(Path::new("etc/app.toml")), dir.path(), &env_with(&[]))
        .expect("valid");
    assert_eq!(settings.workers, 3);

    let error = AppSettings::load(Some(Path::new("missing.toml")), dir.path(), &env_with(&[]))
        .expect_err("missing file");
    assert!(
        error
            .to_string()
            .starts_with("missing.toml: cannot read: No such file or directory"),
        "{error}"
    );
    assert!(matches!(
        error,
        AppSettingsError::File(ConfigError::Io { .. })
    ));
}

#[test]
fn both_private_key_sources_at_the_same_level() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("key.pem"), KEY).expect("write");
    assert_eq!(
        error(
            dir.path(),
            &env_with(&[("PARALLELIZE_PRIVATE_KEY_PATH", "key.pem")])
        ),
        "PARALLELIZE_PRIVATE_KEY and PARALLELIZE_PRIVATE_KEY_PATH are both set: set only one"
    );
    assert_eq!(
        file_error("private-key-path = \"key.pem\"\n"),
        "parallelize-app.toml:8:1: private-key-path: private-key is also set (line 3); set only one of them"
    );
    // In the file it is an error even when the environment overrides both.
    let text = format!("private-key-path = \"key.pem\"\nprivate-key = '''{KEY}'''\n");
    let dir = dir_with_file(&text);
    assert_eq!(
        error(dir.path(), &env_with(&[])),
        "parallelize-app.toml:2:1: private-key: private-key-path is also set (line 1); set only one of them"
    );
}

#[test]
fn private_key_sources_at_different_levels() {
    let dir = dir_with_file("private-key-path = \"no-such-key.pem\"\n");
    // The variable wins and the file's key file is not even read.
    let settings = load(dir.path(), &env_with(&[])).expect("valid");
    assert_eq!(settings.private_key_pem.expose(), KEY);
    // A path in the environment beats an inline key in the file.
    let text = format!("private-key = '''{KEY2}'''\n");
    let dir = dir_with_file(&text);
    fs::write(dir.path().join("env.pem"), KEY).expect("write");
    let env = env_with(&[
        ("PARALLELIZE_PRIVATE_KEY", ""),
        ("PARALLELIZE_PRIVATE_KEY_PATH", "env.pem"),
    ]);
    assert_eq!(
        load(dir.path(), &env)
            .expect("valid")
            .private_key_pem
            .expose(),
        KEY
    );
    let without = env_with(&[("PARALLELIZE_PRIVATE_KEY", "")]);
    assert_eq!(
        load(dir.path(), &without)
            .expect("valid")
            .private_key_pem
            .expose(),
        KEY2
    );
}

#[test]
fn private_key_from_a_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir_all(dir.path().join("conf/keys")).expect("mkdir");
    fs::write(
        dir.path().join("conf/keys/app.pem"),
        format!("Bag Attributes\n    friendlyName: app\n{KEY}\n"),
    )
    .expect("write");
    // A relative variable is relative to the current directory; only the block is kept.
    let env = env_with(&[
        ("PARALLELIZE_PRIVATE_KEY", ""),
        ("PARALLELIZE_PRIVATE_KEY_PATH", "conf/keys/app.pem"),
    ]);
    let settings = load(dir.path(), &env).expect("valid");
    assert_eq!(settings.private_key_pem.expose(), KEY);
    // An absolute path.
    let absolute = dir.path().join("conf/keys/app.pem");
    let env = env_with(&[
        ("PARALLELIZE_PRIVATE_KEY", ""),
        (
            "PARALLELIZE_PRIVATE_KEY_PATH",
            absolute.to_str().expect("utf-8"),
        ),
    ]);
    assert_eq!(
        load(dir.path(), &env)
            .expect("valid")
            .private_key_pem
            .expose(),
        KEY
    );
    // A relative private-key-path is relative to the settings file.
    fs::write(
        dir.path().join("conf/app.toml"),
        "private-key-path = \"keys/app.pem\"\n",
    )
    .expect("write");
    let env = env_with(&[("PARALLELIZE_PRIVATE_KEY", "")]);
    let settings =
        AppSettings::load(Some(Path::new("conf/app.toml")), dir.path(), &env).expect("valid");
    assert_eq!(settings.private_key_pem.expose(), KEY);
}

#[test]
fn private_key_inline() {
    let dir = tempfile::tempdir().expect("tempdir");
    // PEM text on one line with `\n` escapes, as some deployment tools store it.
    let escaped = KEY.trim_end().replace('\n', "\\n");
    let settings = load(
        dir.path(),
        &env_with(&[("PARALLELIZE_PRIVATE_KEY", &escaped)]),
    )
    .expect("valid");
    assert_eq!(settings.private_key_pem.expose(), KEY);
    // In the file: a multi-line string, or a basic string with escapes.
    let basic = KEY.replace('\n', "\\n");
    for text in [
        format!("private-key = \"\"\"\n{KEY}\"\"\"\n"),
        format!("private-key = \"{basic}\"\n"),
    ] {
        let dir = dir_with_file(&text);
        let env = env_with(&[("PARALLELIZE_PRIVATE_KEY", "")]);
        let settings = load(dir.path(), &env).expect(&text);
        assert_eq!(settings.private_key_pem.expose(), KEY);
    }
}

#[test]
fn missing_required_settings() {
    let dir = dir_with_file("workers = 2\n");
    let cases = [
        (
            "PARALLELIZE_APP_ID",
            "PARALLELIZE_APP_ID is not set (nor app-id in parallelize-app.toml): the GitHub App's id is required",
        ),
        (
            "PARALLELIZE_PRIVATE_KEY",
            "PARALLELIZE_PRIVATE_KEY and PARALLELIZE_PRIVATE_KEY_PATH are not set (nor private-key or private-key-path in parallelize-app.toml): the GitHub App's private key is required",
        ),
        (
            "PARALLELIZE_WEBHOOK_SECRET",
            "PARALLELIZE_WEBHOOK_SECRET is not set (nor webhook-secret in parallelize-app.toml): the webhook secret is required to verify GitHub's deliveries",
        ),
    ];
    for (name, message) in cases {
        let error = load(dir.path(), &env_with(&[(name, "")])).expect_err(name);
        assert_eq!(error.to_string(), message);
        assert!(
            matches!(error, AppSettingsError::Missing { variable, .. } if variable == name),
            "{error:?}"
        );
    }
    // An empty variable is not set.
    assert_eq!(
        error(dir.path(), &env_with(&[("PARALLELIZE_APP_ID", "")])),
        cases[0].1
    );
    // Without a file, the message says where the file was looked for.
    let empty = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        error(empty.path(), &no_env),
        format!(
            "PARALLELIZE_APP_ID is not set (nor app-id in a settings file: none was given and there is no parallelize-app.toml in {}): the GitHub App's id is required",
            empty.path().display()
        )
    );
    // An explicit file is named as given.
    fs::write(empty.path().join("app.toml"), "").expect("write");
    let error = AppSettings::load(Some(Path::new("app.toml")), empty.path(), &no_env)
        .expect_err("missing")
        .to_string();
    assert_eq!(
        error,
        "PARALLELIZE_APP_ID is not set (nor app-id in app.toml): the GitHub App's id is required"
    );
}

#[test]
fn bad_environment_values() {
    let cases: &[(&str, &str, &str)] = &[
        ("PARALLELIZE_APP_ID", "abc", "PARALLELIZE_APP_ID=abc: expected a positive integer"),
        ("PARALLELIZE_APP_ID", "0", "PARALLELIZE_APP_ID=0: expected a positive integer"),
        ("PARALLELIZE_APP_ID", "-5", "PARALLELIZE_APP_ID=-5: expected a positive integer"),
        ("PARALLELIZE_APP_ID", " 1 2\n", "PARALLELIZE_APP_ID=1 2: expected a positive integer"),
        (
            "PARALLELIZE_PRIVATE_KEY",
            "not a key",
            "PARALLELIZE_PRIVATE_KEY: not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----)",
        ),
        (
            "PARALLELIZE_PRIVATE_KEY",
            "/etc/parallelize/app.private-key.pem",
            "PARALLELIZE_PRIVATE_KEY: not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----); to name a key file, use PARALLELIZE_PRIVATE_KEY_PATH",
        ),
        (
            "PARALLELIZE_WEBHOOK_SECRET",
            "a,,b",
            "PARALLELIZE_WEBHOOK_SECRET: empty secret in position 2 (comma-separated list)",
        ),
        (
            "PARALLELIZE_WEBHOOK_SECRET",
            "a, b ,",
            "PARALLELIZE_WEBHOOK_SECRET: empty secret in position 3 (comma-separated list)",
        ),
        (
            "DATABASE_URL",
            "mysql://root:hunter2@db/app",
            "DATABASE_URL=mysql://root:***@db/app: expected a sqlite: or postgres:// URL",
        ),
        ("DATABASE_URL", "sqlite:", "DATABASE_URL=sqlite:: expected a sqlite: or postgres:// URL"),
        (
            "PARALLELIZE_GITHUB_API_URL",
            "api.github.com",
            "PARALLELIZE_GITHUB_API_URL=api.github.com: expected an http:// or https:// URL such as https://api.github.com or https://github.example.com/api/v3",
        ),
        (
            "PARALLELIZE_LISTEN",
            "example.com:80",
            "PARALLELIZE_LISTEN=example.com:80: expected an IP address and port such as 127.0.0.1:3000, 0.0.0.0:8080, [::1]:3000 or localhost:3000",
        ),
        ("PARALLELIZE_WORKERS", "0", "PARALLELIZE_WORKERS=0: expected an integer from 1 to 64"),
        ("PARALLELIZE_WORKERS", "65", "PARALLELIZE_WORKERS=65: expected an integer from 1 to 64"),
        ("PARALLELIZE_WORKERS", "two", "PARALLELIZE_WORKERS=two: expected an integer from 1 to 64"),
    ];
    for &(name, value, message) in cases {
        let dir = tempfile::tempdir().expect("tempdir");
        let error = load(dir.path(), &env_with(&[(name, value)])).expect_err(value);
        assert_eq!(error.to_string(), message, "{name}={value:?}");
        assert!(
            matches!(error, AppSettingsError::Env { variable, .. } if variable == name),
            "{error:?}"
        );
    }
    // The key file of PARALLELIZE_PRIVATE_KEY_PATH.
    let path_error = |path: &str| {
        env_error(&[
            ("PARALLELIZE_PRIVATE_KEY", ""),
            ("PARALLELIZE_PRIVATE_KEY_PATH", path),
        ])
    };
    assert_eq!(
        path_error("/x/key.pem"),
        "PARALLELIZE_PRIVATE_KEY_PATH=/x/key.pem: cannot read: No such file or directory"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let public = dir.path().join("public.pem");
    fs::write(
        &public,
        "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n",
    )
    .expect("write");
    let binary = dir.path().join("key.der");
    fs::write(&binary, [0x30, 0x82, 0xff, 0xfe]).expect("write");
    assert_eq!(
        path_error(public.to_str().expect("utf-8")),
        format!(
            "PARALLELIZE_PRIVATE_KEY_PATH={}: not a PEM private key (found -----BEGIN PUBLIC KEY-----, expected -----BEGIN ... PRIVATE KEY-----)",
            public.display()
        )
    );
    assert_eq!(
        path_error(binary.to_str().expect("utf-8")),
        format!(
            "PARALLELIZE_PRIVATE_KEY_PATH={}: not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----)",
            binary.display()
        )
    );
}

#[test]
fn bad_file_values() {
    // Lines 1-7 hold the required keys; `body` starts on line 8.
    let cases: &[(&str, &str)] = &[
        (
            "workers = \"4\"\n",
            "parallelize-app.toml:8:11: workers: expected an integer from 1 to 64, found a string",
        ),
        (
            "workers = 0\n",
            "parallelize-app.toml:8:11: workers: expected an integer from 1 to 64, found 0",
        ),
        (
            "workers = 65\n",
            "parallelize-app.toml:8:11: workers: expected an integer from 1 to 64, found 65",
        ),
        (
            "listen = 3000\n",
            "parallelize-app.toml:8:10: listen: expected an IP address and port such as 127.0.0.1:3000, 0.0.0.0:8080, [::1]:3000 or localhost:3000, found an integer",
        ),
        (
            "listen = \"localhost\"\n",
            "parallelize-app.toml:8:10: listen: expected an IP address and port such as 127.0.0.1:3000, 0.0.0.0:8080, [::1]:3000 or localhost:3000, found \"localhost\"",
        ),
        (
            "database-url = \"mysql://root:hunter2@db/app\"\n",
            "parallelize-app.toml:8:16: database-url: expected a sqlite: or postgres:// URL, found \"mysql://root:***@db/app\"",
        ),
        (
            "github-api-url = \"https://api.github.com?x=1\"\n",
            "parallelize-app.toml:8:18: github-api-url: expected an http:// or https:// URL such as https://api.github.com or https://github.example.com/api/v3, found \"https://api.github.com?x=1\"",
        ),
        (
            "github-api-url = [\"https://api.github.com\"]\n",
            "parallelize-app.toml:8:18: github-api-url: expected an http:// or https:// URL such as https://api.github.com or https://github.example.com/api/v3, found an array",
        ),
    ];
    for &(body, message) in cases {
        assert_eq!(file_error(body), message, "{body}");
    }
    // app-id, private key and webhook secret replace the required keys.
    let only = |text: &str| {
        let dir = dir_with_file(text);
        error(dir.path(), &no_env)
    };
    assert_eq!(
        only("# The GitHub App\n\napp-id = \"abc\"\n"),
        "parallelize-app.toml:3:10: app-id: expected a positive integer, found a string"
    );
    assert_eq!(
        only("app-id = -3\n"),
        "parallelize-app.toml:1:10: app-id: expected a positive integer, found -3"
    );
    let secret_cases: &[(&str, &str)] = &[
        (
            "webhook-secret = []",
            "parallelize-app.toml:2:18: webhook-secret: expected at least one secret, found an empty array",
        ),
        (
            "webhook-secret = \"  \"",
            "parallelize-app.toml:2:18: webhook-secret: empty secret",
        ),
        (
            "webhook-secret = [\"a\", \"\"]",
            "parallelize-app.toml:2:24: webhook-secret: empty secret in position 2",
        ),
        (
            "webhook-secret = [\"a\", 2]",
            "parallelize-app.toml:2:24: webhook-secret: expected a string in position 2, found an integer",
        ),
        (
            "webhook-secret = { value = \"a\" }",
            "parallelize-app.toml:2:18: webhook-secret: expected a string or an array of strings, found an inline table",
        ),
    ];
    for &(line, message) in secret_cases {
        assert_eq!(only(&format!("app-id = 1\n{line}\n")), message, "{line}");
    }
    let key_cases: &[(&str, &str)] = &[
        (
            "private-key = \"not a key\"",
            "parallelize-app.toml:3:15: private-key: not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----)",
        ),
        (
            "private-key = \"keys/app.pem\"",
            "parallelize-app.toml:3:15: private-key: not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----); to name a key file, use private-key-path",
        ),
        (
            "private-key = 12",
            "parallelize-app.toml:3:15: private-key: expected a string with the PEM text, found an integer",
        ),
        (
            "private-key-path = \"\"",
            "parallelize-app.toml:3:20: private-key-path: expected a path to the .pem file, found an empty string",
        ),
    ];
    for &(line, message) in key_cases {
        assert_eq!(
            only(&format!("app-id = 1\nwebhook-secret = \"s\"\n{line}\n")),
            message,
            "{line}"
        );
    }
    // The key file of private-key-path is named with its full path.
    let dir =
        dir_with_file("app-id = 1\nwebhook-secret = \"s\"\nprivate-key-path = \"keys/app.pem\"\n");
    assert_eq!(
        error(dir.path(), &no_env),
        format!(
            "parallelize-app.toml:3:20: private-key-path: cannot read {}: No such file or directory",
            dir.path().join("keys/app.pem").display()
        )
    );
    fs::create_dir(dir.path().join("keys")).expect("mkdir");
    fs::write(dir.path().join("keys/app.pem"), "ssh-rsa AAAA\n").expect("write");
    assert_eq!(
        error(dir.path(), &no_env),
        format!(
            "parallelize-app.toml:3:20: private-key-path: {}: not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----)",
            dir.path().join("keys/app.pem").display()
        )
    );
}

#[test]
fn file_values_are_checked_even_when_overridden() {
    let dir = dir_with_file("workers = 0\n");
    assert_eq!(
        error(dir.path(), &env_with(&[("PARALLELIZE_WORKERS", "4")])),
        "parallelize-app.toml:1:11: workers: expected an integer from 1 to 64, found 0"
    );
}

#[test]
fn unknown_keys() {
    let error_of = |text: &str| {
        let dir = dir_with_file(text);
        error(dir.path(), &env_with(&[]))
    };
    assert_eq!(
        error_of("workers = 2\ndatabse-url = \"sqlite::memory:\"\n"),
        "parallelize-app.toml:2:1: unknown key `databse-url`; did you mean `database-url`?"
    );
    assert_eq!(
        error_of("webhook-secrets = [\"a\"]\n"),
        "parallelize-app.toml:1:1: unknown key `webhook-secrets`; did you mean `webhook-secret`?"
    );
    assert_eq!(
        error_of("  app_id = 3\n"),
        "parallelize-app.toml:1:3: unknown key `app_id`; did you mean `app-id`?"
    );
    // An environment variable's name suggests its key.
    assert_eq!(
        error_of("PARALLELIZE_LISTEN = \"0.0.0.0:80\"\n"),
        "parallelize-app.toml:1:1: unknown key `PARALLELIZE_LISTEN`; did you mean `listen`?"
    );
    assert_eq!(
        error_of("\n[server]\nport = 3\n"),
        "parallelize-app.toml:2:2: unknown key `server`; allowed keys are `app-id`, `private-key`, `private-key-path`, `webhook-secret`, `database-url`, `github-api-url`, `listen`, `workers`"
    );
    // TOML syntax errors are positioned too.
    let syntax = error_of("workers = \n");
    assert!(
        syntax.starts_with("parallelize-app.toml:1:11: invalid TOML:"),
        "{syntax}"
    );
}

#[test]
fn webhook_secret_rotation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = env_with(&[("PARALLELIZE_WEBHOOK_SECRET", "  new secret , old ,x")]);
    let settings = load(dir.path(), &env).expect("valid");
    assert_eq!(secrets(&settings), ["new secret", "old", "x"]);
    // In the file: an array, or one string used verbatim (commas included).
    let text = "webhook-secret = [\"new\", \" old \"]\n";
    let dir = dir_with_file(text);
    let env = env_with(&[("PARALLELIZE_WEBHOOK_SECRET", "")]);
    assert_eq!(
        secrets(&load(dir.path(), &env).expect("valid")),
        ["new", " old "]
    );
    let dir = dir_with_file("webhook-secret = \"a,b\"\n");
    assert_eq!(secrets(&load(dir.path(), &env).expect("valid")), ["a,b"]);
}

#[test]
fn listen_addresses() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (value, expected) in [
        ("localhost:8080", "127.0.0.1:8080"),
        ("0.0.0.0:80", "0.0.0.0:80"),
        ("[::]:3000", "[::]:3000"),
        (" 10.1.2.3:0 ", "10.1.2.3:0"),
    ] {
        let env = env_with(&[("PARALLELIZE_LISTEN", value)]);
        let settings = load(dir.path(), &env).expect(value);
        assert_eq!(settings.listen.to_string(), expected);
    }
    let dir = dir_with_file("listen = \"localhost:4000\"\n");
    let settings = load(dir.path(), &env_with(&[])).expect("valid");
    assert_eq!(settings.listen.to_string(), "127.0.0.1:4000");
    for bad in ["3000", "localhost", "localhost:65536", "127.0.0.1", "[::1]"] {
        assert!(
            env_error(&[("PARALLELIZE_LISTEN", bad)])
                .starts_with(&format!("PARALLELIZE_LISTEN={bad}: expected")),
            "{bad}"
        );
    }
}

#[test]
fn workers_range() {
    let dir = tempfile::tempdir().expect("tempdir");
    for n in ["1", "64"] {
        let settings = load(dir.path(), &env_with(&[("PARALLELIZE_WORKERS", n)])).expect(n);
        assert_eq!(settings.workers.to_string(), n);
    }
    for n in [1, 64] {
        let dir = dir_with_file(&format!("workers = {n}\n"));
        assert_eq!(load(dir.path(), &env_with(&[])).expect("valid").workers, n);
    }
    for bad in ["0", "65", "-1", "1.5", "99999999999999999999999"] {
        assert_eq!(
            env_error(&[("PARALLELIZE_WORKERS", bad)]),
            format!("PARALLELIZE_WORKERS={bad}: expected an integer from 1 to 64")
        );
    }
}

#[test]
fn database_and_api_urls() {
    let dir = tempfile::tempdir().expect("tempdir");
    for url in [
        "sqlite::memory:",
        "sqlite:data/app.db",
        "SQLITE://x.db",
        "postgres://localhost/app",
        "postgresql://u:p@h:5432/app?sslmode=require",
    ] {
        let settings = load(dir.path(), &env_with(&[("DATABASE_URL", url)])).expect(url);
        assert_eq!(settings.database_url, url);
    }
    for url in [
        "postgres://",
        "postgres:/x",
        "mysql://x",
        "x.db",
        "sqlite:a b",
    ] {
        assert!(
            env_error(&[("DATABASE_URL", url)])
                .ends_with(": expected a sqlite: or postgres:// URL"),
            "{url}"
        );
    }
    let env = env_with(&[("PARALLELIZE_GITHUB_API_URL", "https://ghe.corp/api/v3///")]);
    assert_eq!(
        load(dir.path(), &env).expect("valid").github_api_url,
        "https://ghe.corp/api/v3"
    );
}

#[test]
fn redacted_database_url() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("postgres://parallelize:{DB_PASSWORD}@db:5432/app?sslmode=require");
    let settings = load(dir.path(), &env_with(&[("DATABASE_URL", &url)])).expect("valid");
    assert_eq!(
        settings.redacted_database_url(),
        "postgres://parallelize:***@db:5432/app?sslmode=require"
    );
    let url = format!("postgres://db/app?user=u&password={DB_PASSWORD}");
    let settings = load(dir.path(), &env_with(&[("DATABASE_URL", &url)])).expect("valid");
    assert_eq!(
        settings.redacted_database_url(),
        "postgres://db/app?user=u&password=***"
    );
    let settings = load(dir.path(), &env_with(&[])).expect("valid");
    assert_eq!(
        settings.redacted_database_url(),
        "sqlite://parallelize.db?mode=rwc"
    );
}

#[test]
fn secret_formatting() {
    let secret = Secret::new(HOOK_NEW);
    assert_eq!(format!("{secret:?}"), "Secret(***)");
    assert_eq!(format!("{secret}"), "***");
    assert_eq!(format!("{secret:#?}"), "Secret(***)");
    assert_eq!(secret.expose(), HOOK_NEW);
    assert_eq!(Secret::from(HOOK_OLD.to_owned()).expose(), HOOK_OLD);
}

#[test]
fn secrets_are_not_in_debug_output() {
    let dir = dir_with_file(&full_file());
    let settings = load(dir.path(), &no_env).expect("valid");
    for debug in [format!("{settings:?}"), format!("{settings:#?}")] {
        for secret in [KEY_MARKER, HOOK_NEW, HOOK_OLD, DB_PASSWORD, "BEGIN"] {
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(debug.contains("Secret(***)"), "{debug}");
        assert!(
            debug.contains("postgres://parallelize:***@db.internal:5432/parallelize"),
            "{debug}"
        );
        assert!(debug.contains("app_id: 99"), "{debug}");
    }
    // The clone is just as discreet.
    assert!(!format!("{:?}", settings.clone()).contains(HOOK_NEW));
}

#[test]
fn secrets_are_not_in_error_messages() {
    let broken_key = KEY.replace("-----END RSA PRIVATE KEY-----", "");
    let dir = tempfile::tempdir().expect("tempdir");
    let key_file = dir.path().join("key.pem");
    fs::write(&key_file, &broken_key).expect("write");
    let key_file = key_file.to_str().expect("utf-8").to_owned();
    let hooks = format!("{HOOK_NEW},,{HOOK_OLD}");
    let db = format!("mysql://root:{DB_PASSWORD}@db/app");
    let db_kv = format!("host=db password={DB_PASSWORD}");
    let no_inline = ("PARALLELIZE_PRIVATE_KEY", "");
    let env_cases: Vec<Vec<(&'static str, &str)>> = vec![
        vec![("PARALLELIZE_PRIVATE_KEY", &broken_key)],
        vec![("PARALLELIZE_PRIVATE_KEY", KEY_MARKER)],
        vec![("PARALLELIZE_PRIVATE_KEY_PATH", &key_file)],
        vec![no_inline, ("PARALLELIZE_PRIVATE_KEY_PATH", &key_file)],
        vec![("PARALLELIZE_WEBHOOK_SECRET", &hooks)],
        vec![("DATABASE_URL", &db)],
        vec![("DATABASE_URL", &db_kv)],
        vec![(
            "PARALLELIZE_GITHUB_API_URL",
            "ftp://x:db-PASSWORD-7733@example.com",
        )],
    ];
    let mut messages = Vec::new();
    for extra in &env_cases {
        let error = load(dir.path(), &env_with(extra)).expect_err("invalid");
        messages.push((error.to_string(), format!("{error:?}")));
    }
    // The same in the file.
    let file_cases = [
        format!("private-key = '''{broken_key}'''\n"),
        format!("private-key = \"{KEY_MARKER}\"\n"),
        format!("private-key-path = '{key_file}'\n"),
        format!("webhook-secret = [\"{HOOK_NEW}\", \"\", \"{HOOK_OLD}\"]\n"),
        format!("webhook-secret = [\"{HOOK_NEW}\", 1]\n"),
        format!("database-url = \"{db}\"\n"),
        format!("database-url = \"{db_kv}\"\n"),
        format!("github-api-url = \"https://x:{DB_PASSWORD}@h/?q\"\n"),
    ];
    for text in &file_cases {
        let dir = dir_with_file(&format!("app-id = 1\nwebhook-secret = \"s\"\n{text}"));
        let error = load(dir.path(), &no_env).expect_err(text);
        messages.push((error.to_string(), format!("{error:?}")));
    }
    assert_eq!(messages.len(), 16);
    for (display, debug) in &messages {
        for secret in [KEY_MARKER, HOOK_NEW, HOOK_OLD, DB_PASSWORD] {
            assert!(!display.contains(secret), "{secret} in {display}");
            assert!(!debug.contains(secret), "{secret} in {debug}");
        }
        assert!(!display.contains('\n'), "{display}");
    }
}

/// The ```toml block of the module documentation in src/app.rs.
fn documented_example() -> String {
    let source = include_str!("../src/app.rs");
    let lines: Vec<&str> = source
        .lines()
        .skip_while(|line| line.trim() != "//! ```toml")
        .skip(1)
        .take_while(|line| line.trim() != "//! ```")
        .map(|line| {
            line.strip_prefix("//! ")
                .or_else(|| line.strip_prefix("//!"))
                .expect("doc comment line")
        })
        .collect();
    assert!(
        lines.len() > 5,
        "no ```toml block in the module documentation"
    );
    lines.join("\n") + "\n"
}

#[test]
fn the_documented_example_file_is_valid() {
    let dir = dir_with_file(&documented_example());
    fs::write(dir.path().join("github-app.private-key.pem"), KEY).expect("write");
    let settings = load(dir.path(), &no_env).expect("the documented example is valid");
    assert_eq!(settings.app_id, 123456);
    assert_eq!(settings.private_key_pem.expose(), KEY);
    assert_eq!(
        secrets(&settings),
        ["new webhook secret", "old webhook secret"]
    );
    assert_eq!(
        settings.database_url,
        "postgres://parallelize:db-password@db.internal:5432/parallelize"
    );
    assert_eq!(settings.github_api_url, "https://github.example.com/api/v3");
    assert_eq!(settings.listen.to_string(), "0.0.0.0:8080");
    assert_eq!(settings.workers, 4);
}

#[test]
fn the_documented_table_lists_every_setting() {
    let source = include_str!("../src/app.rs");
    for (variable, key, default) in [
        ("PARALLELIZE_APP_ID", "app-id", "required"),
        ("PARALLELIZE_WEBHOOK_SECRET", "webhook-secret", "required"),
        (
            "DATABASE_URL",
            "database-url",
            "`sqlite://parallelize.db?mode=rwc`",
        ),
        (
            "PARALLELIZE_GITHUB_API_URL",
            "github-api-url",
            "`https://api.github.com`",
        ),
        ("PARALLELIZE_LISTEN", "listen", "`127.0.0.1:3000`"),
        ("PARALLELIZE_WORKERS", "workers", "2"),
    ] {
        let row = source
            .lines()
            .find(|line| line.starts_with(&format!("//! | `{variable}` |")))
            .unwrap_or_else(|| panic!("no row for {variable}"));
        assert!(row.contains(&format!("| `{key}` |")), "{row}");
        assert!(row.trim_end().ends_with(&format!("| {default} |")), "{row}");
    }
    assert!(source.contains(
        "//! | `PARALLELIZE_PRIVATE_KEY` (PEM text) or `PARALLELIZE_PRIVATE_KEY_PATH` | `private-key` or `private-key-path` |"
    ));
    // The defaults in the table are the ones used.
    let dir = tempfile::tempdir().expect("tempdir");
    let settings = load(dir.path(), &env_with(&[])).expect("valid");
    assert_eq!(settings.database_url, "sqlite://parallelize.db?mode=rwc");
    assert_eq!(settings.github_api_url, "https://api.github.com");
    assert_eq!(settings.listen.to_string(), "127.0.0.1:3000");
    assert_eq!(settings.workers, 2);
    assert_eq!(settings.source, None);
}
