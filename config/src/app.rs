//! Settings of the GitHub App server, `parallelize serve`.
//!
//! They are read from a TOML file (`--config FILE`, or parallelize-app.toml in the
//! current directory when there is one) and from environment variables. A variable that
//! is set wins over the file key of the same setting:
//!
//! | environment variable | file key | meaning | default |
//! |---|---|---|---|
//! | `PARALLELIZE_APP_ID` | `app-id` | the GitHub App's id, a positive integer | required |
//! | `PARALLELIZE_PRIVATE_KEY` (PEM text) or `PARALLELIZE_PRIVATE_KEY_PATH` | `private-key` or `private-key-path` | the App's RSA private key | one of them required |
//! | `PARALLELIZE_WEBHOOK_SECRET` | `webhook-secret` | the webhook secret; several for rotation: comma-separated in the variable, an array of strings in the file | required |
//! | `DATABASE_URL` | `database-url` | a `sqlite:` or `postgres://` (`postgresql://`) URL | `sqlite://parallelize.db?mode=rwc` |
//! | `PARALLELIZE_GITHUB_API_URL` | `github-api-url` | the GitHub REST API, an http(s) URL (trailing `/` dropped) | `https://api.github.com` |
//! | `PARALLELIZE_LISTEN` | `listen` | the address to serve on, `IP:port` or `localhost:port` | `127.0.0.1:3000` |
//! | `PARALLELIZE_WORKERS` | `workers` | jobs run at the same time, 1..=64 | 2 |
//!
//! Details:
//!
//! - The private key and its path are one setting: if either variable is set, the file's
//!   `private-key` / `private-key-path` are not used. Setting both variables, or both
//!   keys in the file, is an error. A relative `PARALLELIZE_PRIVATE_KEY_PATH` is relative
//!   to the current directory, a relative `private-key-path` to the settings file's
//!   directory. The key must be an unencrypted PEM `RSA PRIVATE KEY` (PKCS#1) or
//!   `PRIVATE KEY` (PKCS#8) block; PEM text written on one line with `\n` escapes is
//!   accepted.
//! - Variable values are trimmed; a variable that is empty or blank counts as not set.
//!   The webhook secrets of `PARALLELIZE_WEBHOOK_SECRET` are split at commas and
//!   trimmed. In the file, `webhook-secret` is one secret (used verbatim, commas
//!   included) or an array of them.
//! - The whole file is checked even when variables override some of its keys; the key
//!   file of `private-key-path` is only read when it is used.
//! - Errors are one line that names the setting and where its value came from:
//!   `PARALLELIZE_WORKERS=0: expected an integer from 1 to 64`, or for the file
//!   `parallelize-app.toml:7:11: workers: expected an integer from 1 to 64, found 0`
//!   (1-based line and column, like the repository configuration). Secret values are
//!   never shown, and passwords in URLs are replaced by `***`.
//!
//! An example file (the tests parse this block):
//!
//! ```toml
//! # parallelize-app.toml
//! app-id = 123456
//! # Relative to this file. Or inline: private-key = """-----BEGIN RSA PRIVATE KEY----- ..."""
//! private-key-path = "github-app.private-key.pem"
//! # One string, or several while rotating: the first one is the new secret.
//! webhook-secret = ["new webhook secret", "old webhook secret"]
//! database-url = "postgres://parallelize:db-password@db.internal:5432/parallelize"
//! github-api-url = "https://github.example.com/api/v3"
//! listen = "0.0.0.0:8080"
//! workers = 4
//! ```

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml_edit::Document;

use crate::error::{ConfigError, Ctx};
use crate::parse::fields;
use crate::suggest::closest;
use crate::values::{article, Field};

/// The settings file read when no file is given and it exists in the current directory.
pub const PARALLELIZE_APP_TOML_NAME: &str = "parallelize-app.toml";

/// One setting: its key in the file and its environment variable.
#[derive(Debug, Clone, Copy)]
struct Setting {
    key: &'static str,
    var: &'static str,
}

const APP_ID: Setting = Setting {
    key: "app-id",
    var: "PARALLELIZE_APP_ID",
};
const PRIVATE_KEY: Setting = Setting {
    key: "private-key",
    var: "PARALLELIZE_PRIVATE_KEY",
};
const PRIVATE_KEY_PATH: Setting = Setting {
    key: "private-key-path",
    var: "PARALLELIZE_PRIVATE_KEY_PATH",
};
const WEBHOOK_SECRET: Setting = Setting {
    key: "webhook-secret",
    var: "PARALLELIZE_WEBHOOK_SECRET",
};
const DATABASE_URL: Setting = Setting {
    key: "database-url",
    var: "DATABASE_URL",
};
const GITHUB_API_URL: Setting = Setting {
    key: "github-api-url",
    var: "PARALLELIZE_GITHUB_API_URL",
};
const LISTEN: Setting = Setting {
    key: "listen",
    var: "PARALLELIZE_LISTEN",
};
const WORKERS: Setting = Setting {
    key: "workers",
    var: "PARALLELIZE_WORKERS",
};

/// Every setting, in the order of the documentation.
const SETTINGS: &[Setting] = &[
    APP_ID,
    PRIVATE_KEY,
    PRIVATE_KEY_PATH,
    WEBHOOK_SECRET,
    DATABASE_URL,
    GITHUB_API_URL,
    LISTEN,
    WORKERS,
];

/// What the checks of each setting expect, for messages.
const EXPECT_APP_ID: &str = "a positive integer";
const EXPECT_WORKERS: &str = "an integer from 1 to 64";
const EXPECT_DATABASE_URL: &str = "a sqlite: or postgres:// URL";
const EXPECT_GITHUB_API_URL: &str =
    "an http:// or https:// URL such as https://api.github.com or https://github.example.com/api/v3";
const EXPECT_LISTEN: &str =
    "an IP address and port such as 127.0.0.1:3000, 0.0.0.0:8080, [::1]:3000 or localhost:3000";
const NOT_PEM: &str = "not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----)";

/// A secret string. `Debug` shows `Secret(***)` and `Display` shows `***`, never the
/// value; [`Secret::expose`] returns it.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret value itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Why the app settings could not be loaded. `Display` is one line that names the
/// setting and where its value came from, and never contains a secret.
#[derive(thiserror::Error, Debug)]
pub enum AppSettingsError {
    /// The settings file cannot be read or is not valid TOML, or one of its keys is
    /// unknown or has a bad value: `path:line:column: key: problem`, or
    /// `path: cannot read: reason`.
    #[error(transparent)]
    File(#[from] ConfigError),
    /// An environment variable has a bad value, or conflicts with another one:
    /// `NAME=value: problem` (without the value for secrets, with URL passwords
    /// replaced by `***`).
    #[error("{message}")]
    Env {
        /// The variable, e.g. `PARALLELIZE_WORKERS`.
        variable: &'static str,
        /// The whole message.
        message: String,
    },
    /// A required setting is neither in the environment nor in the file.
    #[error("{message}")]
    Missing {
        /// The setting's environment variable, e.g. `PARALLELIZE_APP_ID`.
        variable: &'static str,
        /// The whole message.
        message: String,
    },
}

/// The settings of `parallelize serve`; see the [module documentation](crate::app) for where
/// they come from. `Debug` shows no secret.
#[derive(Clone)]
pub struct AppSettings {
    /// `PARALLELIZE_APP_ID` / `app-id`: the GitHub App's id.
    pub app_id: u64,
    /// `PARALLELIZE_PRIVATE_KEY` / `private-key` (or the contents of the file named by
    /// `PARALLELIZE_PRIVATE_KEY_PATH` / `private-key-path`): the App's private key, the
    /// PEM block alone (`-----BEGIN ...` to `-----END ...-----` and a newline).
    pub private_key_pem: Secret,
    /// `PARALLELIZE_WEBHOOK_SECRET` / `webhook-secret`: the accepted webhook secrets, at
    /// least one, in the order given.
    pub webhook_secrets: Vec<Secret>,
    /// `DATABASE_URL` / `database-url`: may contain a password; log
    /// [`AppSettings::redacted_database_url`] instead.
    pub database_url: String,
    /// `PARALLELIZE_GITHUB_API_URL` / `github-api-url`, without trailing `/`.
    pub github_api_url: String,
    /// `PARALLELIZE_LISTEN` / `listen`.
    pub listen: SocketAddr,
    /// `PARALLELIZE_WORKERS` / `workers`, 1..=64.
    pub workers: usize,
    /// The settings file, when one was read (relative paths joined to `cwd`).
    pub source: Option<PathBuf>,
}

impl AppSettings {
    /// The default of `database-url`.
    pub const DEFAULT_DATABASE_URL: &'static str = "sqlite://parallelize.db?mode=rwc";
    /// The default of `github-api-url`.
    pub const DEFAULT_GITHUB_API_URL: &'static str = "https://api.github.com";
    /// The default of `listen`.
    pub const DEFAULT_LISTEN: SocketAddr =
        SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 3000));
    /// The default of `workers`.
    pub const DEFAULT_WORKERS: usize = 2;
    /// The largest allowed `workers`.
    pub const MAX_WORKERS: usize = 64;

    /// Loads the settings from the environment and a settings file.
    ///
    /// `file`: `Some(path)` = that file, which must exist (relative to `cwd` if
    /// relative); `None` = [`PARALLELIZE_APP_TOML_NAME`] in `cwd` if it is there.
    /// `env`: looks up an environment variable, e.g. `&|k| std::env::var(k).ok()`.
    ///
    /// ```
    /// use config::AppSettings;
    ///
    /// let dir = tempfile::tempdir().unwrap();
    /// let env = |name: &str| match name {
    ///     "PARALLELIZE_APP_ID" => Some("42".to_owned()),
    ///     "PARALLELIZE_PRIVATE_KEY" => {
    ///         Some("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----".to_owned())
    ///     }
    ///     "PARALLELIZE_WEBHOOK_SECRET" => Some("new, old".to_owned()),
    ///     _ => None,
    /// };
    /// let settings = AppSettings::load(None, dir.path(), &env).unwrap();
    /// assert_eq!(settings.app_id, 42);
    /// assert_eq!(settings.webhook_secrets.len(), 2);
    /// assert_eq!(settings.workers, 2);
    /// assert!(!format!("{settings:?}").contains("old"));
    /// ```
    pub fn load(
        file: Option<&Path>,
        cwd: &Path,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, AppSettingsError> {
        let env = Env(env);
        let (shown, path, text) = match file {
            Some(given) => {
                let path = cwd.join(given);
                let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
                    path: given.to_path_buf(),
                    source,
                })?;
                (given.to_path_buf(), path, Some(text))
            }
            None => {
                let shown = PathBuf::from(PARALLELIZE_APP_TOML_NAME);
                let path = cwd.join(PARALLELIZE_APP_TOML_NAME);
                let text = if path.is_file() {
                    let text =
                        std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
                            path: shown.clone(),
                            source,
                        })?;
                    Some(text)
                } else {
                    None
                };
                (shown, path, text)
            }
        };
        let file = match &text {
            Some(text) => Some(FileValues::parse(text, &shown, &path)?),
            None => None,
        };
        let sources = Sources {
            env,
            file: file.as_ref(),
            cwd,
        };

        let app_id = match sources.env.get(APP_ID.var) {
            Some(value) => parse_app_id(&value).ok_or_else(|| {
                env_error(APP_ID.var, &value, format_args!("expected {EXPECT_APP_ID}"))
            })?,
            None => sources
                .file
                .and_then(|f| f.app_id)
                .ok_or_else(|| sources.missing(APP_ID, "the GitHub App's id is required"))?,
        };
        let private_key_pem = sources.private_key()?;
        let webhook_secrets = match sources.env.get(WEBHOOK_SECRET.var) {
            Some(value) => env_webhook_secrets(&value).map_err(|why| {
                env_secret_error(
                    WEBHOOK_SECRET.var,
                    format_args!("{why} (comma-separated list)"),
                )
            })?,
            None => sources
                .file
                .and_then(|f| f.webhook_secrets.clone())
                .ok_or_else(|| {
                    sources.missing(
                        WEBHOOK_SECRET,
                        "the webhook secret is required to verify GitHub's deliveries",
                    )
                })?,
        };
        let database_url = match sources.env.get(DATABASE_URL.var) {
            Some(value) => {
                check_database_url(&value).map_err(|expected| {
                    env_error(
                        DATABASE_URL.var,
                        &redact_url(&value),
                        format_args!("expected {expected}"),
                    )
                })?;
                value
            }
            None => sources
                .file
                .and_then(|f| f.database_url.clone())
                .unwrap_or_else(|| Self::DEFAULT_DATABASE_URL.to_owned()),
        };
        let github_api_url = match sources.env.get(GITHUB_API_URL.var) {
            Some(value) => github_api_url(&value).ok_or_else(|| {
                env_error(
                    GITHUB_API_URL.var,
                    &redact_url(&value),
                    format_args!("expected {EXPECT_GITHUB_API_URL}"),
                )
            })?,
            None => sources
                .file
                .and_then(|f| f.github_api_url.clone())
                .unwrap_or_else(|| Self::DEFAULT_GITHUB_API_URL.to_owned()),
        };
        let listen = match sources.env.get(LISTEN.var) {
            Some(value) => parse_listen(&value).ok_or_else(|| {
                env_error(LISTEN.var, &value, format_args!("expected {EXPECT_LISTEN}"))
            })?,
            None => sources
                .file
                .and_then(|f| f.listen)
                .unwrap_or(Self::DEFAULT_LISTEN),
        };
        let workers = match sources.env.get(WORKERS.var) {
            Some(value) => value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=Self::MAX_WORKERS).contains(n))
                .ok_or_else(|| {
                    env_error(
                        WORKERS.var,
                        &value,
                        format_args!("expected {EXPECT_WORKERS}"),
                    )
                })?,
            None => sources
                .file
                .and_then(|f| f.workers)
                .unwrap_or(Self::DEFAULT_WORKERS),
        };
        Ok(Self {
            app_id,
            private_key_pem,
            webhook_secrets,
            database_url,
            github_api_url,
            listen,
            workers,
            source: file.map(|_| path),
        })
    }

    /// `database_url` with its password (and any `password=` parameter) replaced by
    /// `***`, for logs.
    pub fn redacted_database_url(&self) -> String {
        redact_url(&self.database_url)
    }
}

impl fmt::Debug for AppSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppSettings")
            .field("app_id", &self.app_id)
            .field("private_key_pem", &self.private_key_pem)
            .field("webhook_secrets", &self.webhook_secrets)
            .field("database_url", &self.redacted_database_url())
            .field("github_api_url", &redact_url(&self.github_api_url))
            .field("listen", &self.listen)
            .field("workers", &self.workers)
            .field("source", &self.source)
            .finish()
    }
}

/// Looks up environment variables.
struct Env<'a>(&'a dyn Fn(&str) -> Option<String>);

impl Env<'_> {
    /// The trimmed value of `var`; unset, empty and blank variables are `None`.
    fn get(&self, var: &str) -> Option<String> {
        (self.0)(var)
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    }
}

/// Where the values come from: the environment, then the file.
struct Sources<'a> {
    env: Env<'a>,
    file: Option<&'a FileValues<'a>>,
    cwd: &'a Path,
}

impl Sources<'_> {
    /// The error for a required setting that is set nowhere.
    fn missing(&self, setting: Setting, why: &str) -> AppSettingsError {
        self.missing_message(setting.var, setting.var, "is", setting.key, why)
    }

    /// `{vars} {verb} not set (nor {keys} in <file>): {why}`.
    fn missing_message(
        &self,
        variable: &'static str,
        vars: &str,
        verb: &str,
        keys: &str,
        why: &str,
    ) -> AppSettingsError {
        let file = match self.file {
            Some(file) => format!("nor {keys} in {}", file.shown.display()),
            None => format!(
                "nor {keys} in a settings file: none was given and there is no {PARALLELIZE_APP_TOML_NAME} in {}",
                self.cwd.display()
            ),
        };
        AppSettingsError::Missing {
            variable,
            message: format!("{vars} {verb} not set ({file}): {why}"),
        }
    }

    /// The private key: from `PARALLELIZE_PRIVATE_KEY`, the file named by
    /// `PARALLELIZE_PRIVATE_KEY_PATH`, or the same from the file.
    fn private_key(&self) -> Result<Secret, AppSettingsError> {
        let inline = self.env.get(PRIVATE_KEY.var);
        let path = self.env.get(PRIVATE_KEY_PATH.var);
        match (inline, path) {
            (Some(_), Some(_)) => Err(AppSettingsError::Env {
                variable: PRIVATE_KEY.var,
                message: format!(
                    "{} and {} are both set: set only one",
                    PRIVATE_KEY.var, PRIVATE_KEY_PATH.var
                ),
            }),
            (Some(text), None) => pem_private_key(&text).map(Secret).map_err(|why| {
                env_secret_error(
                    PRIVATE_KEY.var,
                    with_path_hint(why, &text, PRIVATE_KEY_PATH.var),
                )
            }),
            (None, Some(path)) => {
                let error = |why: &dyn fmt::Display| env_error(PRIVATE_KEY_PATH.var, &path, why);
                let bytes = std::fs::read(self.cwd.join(&path))
                    .map_err(|e| error(&format_args!("cannot read: {}", io_reason(&e))))?;
                pem_from_bytes(bytes).map(Secret).map_err(|why| error(&why))
            }
            (None, None) => match self
                .file
                .and_then(|f| f.private_key.as_ref().map(|k| (f, k)))
            {
                Some((_, FileKey::Inline(pem))) => Ok(pem.clone()),
                Some((file, FileKey::Path { path, span })) => file.read_key(path, span),
                None => Err(self.missing_message(
                    PRIVATE_KEY.var,
                    &format!("{} and {}", PRIVATE_KEY.var, PRIVATE_KEY_PATH.var),
                    "are",
                    &format!("{} or {}", PRIVATE_KEY.key, PRIVATE_KEY_PATH.key),
                    "the GitHub App's private key is required",
                )),
            },
        }
    }
}

/// `private-key` or `private-key-path` in the file.
enum FileKey {
    /// The checked PEM block.
    Inline(Secret),
    /// The path as written, and where the value is.
    Path {
        path: String,
        span: Option<Range<usize>>,
    },
}

/// The values set in the settings file, each checked.
struct FileValues<'a> {
    ctx: Ctx<'a>,
    /// The file as named in messages.
    shown: &'a Path,
    /// The directory that relative `private-key-path`s are relative to.
    dir: PathBuf,
    app_id: Option<u64>,
    private_key: Option<FileKey>,
    webhook_secrets: Option<Vec<Secret>>,
    database_url: Option<String>,
    github_api_url: Option<String>,
    listen: Option<SocketAddr>,
    workers: Option<usize>,
}

impl<'a> FileValues<'a> {
    /// Parses and checks the text of the settings file `shown` (found at `path`).
    fn parse(text: &'a str, shown: &'a Path, path: &Path) -> Result<Self, ConfigError> {
        let ctx = Ctx::new(shown, text);
        let doc = Document::parse(text).map_err(|e| ctx.syntax(&e))?;
        let mut values = FileValues {
            ctx,
            shown,
            dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            app_id: None,
            private_key: None,
            webhook_secrets: None,
            database_url: None,
            github_api_url: None,
            listen: None,
            workers: None,
        };
        // The first of `private-key` / `private-key-path`, to reject the second.
        let mut key_field: Option<(&str, Option<Range<usize>>)> = None;
        let ctx = &values.ctx;
        for field in fields(doc.as_table()) {
            match field.name {
                "app-id" => {
                    let n = file_integer(&field, ctx, EXPECT_APP_ID)?;
                    let id = u64::try_from(n).ok().filter(|&id| id > 0);
                    values.app_id = Some(id.ok_or_else(|| found(&field, ctx, EXPECT_APP_ID, n))?);
                }
                "private-key" | "private-key-path" => {
                    if let Some((other, other_span)) = &key_field {
                        let (line, _) = ctx
                            .index
                            .line_col(other_span.clone().map_or(0, |s| s.start));
                        let span = field.key_span.clone().or_else(|| field.span());
                        return Err(ctx.invalid(
                            span,
                            format!(
                                "{}: {other} is also set (line {line}); set only one of them",
                                field.name
                            ),
                        ));
                    }
                    key_field = Some((field.name, field.key_span.clone().or_else(|| field.span())));
                    values.private_key = Some(if field.name == PRIVATE_KEY.key {
                        let text = file_str(&field, ctx, "a string with the PEM text")?;
                        let pem = pem_private_key(text).map_err(|why| {
                            let why = with_path_hint(why, text, PRIVATE_KEY_PATH.key);
                            problem(&field, ctx, why)
                        })?;
                        FileKey::Inline(Secret(pem))
                    } else {
                        let expected = "a path to the .pem file";
                        let path = file_str(&field, ctx, expected)?;
                        if path.trim().is_empty() {
                            return Err(problem(
                                &field,
                                ctx,
                                format_args!("expected {expected}, found an empty string"),
                            ));
                        }
                        FileKey::Path {
                            path: path.to_owned(),
                            span: field.span(),
                        }
                    });
                }
                "webhook-secret" => {
                    values.webhook_secrets = Some(file_webhook_secrets(&field, ctx)?)
                }
                "database-url" => {
                    let url = file_str(&field, ctx, EXPECT_DATABASE_URL)?;
                    check_database_url(url).map_err(|expected| {
                        found(&field, ctx, expected, format!("{:?}", redact_url(url)))
                    })?;
                    values.database_url = Some(url.to_owned());
                }
                "github-api-url" => {
                    let url = file_str(&field, ctx, EXPECT_GITHUB_API_URL)?;
                    let checked = github_api_url(url).ok_or_else(|| {
                        found(
                            &field,
                            ctx,
                            EXPECT_GITHUB_API_URL,
                            format!("{:?}", redact_url(url)),
                        )
                    })?;
                    values.github_api_url = Some(checked);
                }
                "listen" => {
                    let text = file_str(&field, ctx, EXPECT_LISTEN)?;
                    let address = parse_listen(text)
                        .ok_or_else(|| found(&field, ctx, EXPECT_LISTEN, format!("{text:?}")))?;
                    values.listen = Some(address);
                }
                "workers" => {
                    let n = file_integer(&field, ctx, EXPECT_WORKERS)?;
                    let workers = usize::try_from(n)
                        .ok()
                        .filter(|n| (1..=AppSettings::MAX_WORKERS).contains(n));
                    values.workers =
                        Some(workers.ok_or_else(|| found(&field, ctx, EXPECT_WORKERS, n))?);
                }
                _ => return Err(unknown_key(&field, ctx)),
            }
        }
        Ok(values)
    }

    /// Reads the key file named by `private-key-path` (relative to the file's directory).
    fn read_key(
        &self,
        path: &str,
        span: &Option<Range<usize>>,
    ) -> Result<Secret, AppSettingsError> {
        let full = self.dir.join(path);
        let error = |why: String| {
            let message = format!("{}: {why}", PRIVATE_KEY_PATH.key);
            AppSettingsError::File(self.ctx.invalid(span.clone(), message))
        };
        let bytes = std::fs::read(&full)
            .map_err(|e| error(format!("cannot read {}: {}", full.display(), io_reason(&e))))?;
        pem_from_bytes(bytes)
            .map(Secret)
            .map_err(|why| error(format!("{}: {why}", full.display())))
    }
}

/// `key: problem` at the value of `field`.
fn problem(field: &Field<'_>, ctx: &Ctx<'_>, problem: impl fmt::Display) -> ConfigError {
    ctx.invalid(field.span(), format!("{}: {problem}", field.name))
}

/// `key: expected ..., found <value>` at the value of `field`.
fn found(
    field: &Field<'_>,
    ctx: &Ctx<'_>,
    expected: &str,
    value: impl fmt::Display,
) -> ConfigError {
    problem(
        field,
        ctx,
        format_args!("expected {expected}, found {value}"),
    )
}

/// `key: expected ..., found a <type>` at the value of `field`.
fn type_error(field: &Field<'_>, ctx: &Ctx<'_>, expected: &str) -> ConfigError {
    found(field, ctx, expected, article(field.item.type_name()))
}

/// The string value of `field`.
fn file_str<'f>(field: &Field<'f>, ctx: &Ctx<'_>, expected: &str) -> Result<&'f str, ConfigError> {
    field
        .item
        .as_str()
        .ok_or_else(|| type_error(field, ctx, expected))
}

/// The integer value of `field`.
fn file_integer(field: &Field<'_>, ctx: &Ctx<'_>, expected: &str) -> Result<i64, ConfigError> {
    field
        .item
        .as_integer()
        .ok_or_else(|| type_error(field, ctx, expected))
}

/// `webhook-secret`: one non-blank string or a non-empty array of them.
fn file_webhook_secrets(field: &Field<'_>, ctx: &Ctx<'_>) -> Result<Vec<Secret>, ConfigError> {
    if let Some(secret) = field.item.as_str() {
        if secret.trim().is_empty() {
            return Err(problem(field, ctx, "empty secret"));
        }
        return Ok(vec![Secret::new(secret)]);
    }
    let array = field
        .item
        .as_array()
        .ok_or_else(|| type_error(field, ctx, "a string or an array of strings"))?;
    if array.is_empty() {
        return Err(found(field, ctx, "at least one secret", "an empty array"));
    }
    let mut secrets = Vec::with_capacity(array.len());
    for (i, element) in array.iter().enumerate() {
        let position = i + 1;
        let message = match element.as_str() {
            Some(secret) if !secret.trim().is_empty() => {
                secrets.push(Secret::new(secret));
                continue;
            }
            Some(_) => format!("empty secret in position {position}"),
            None => format!(
                "expected a string in position {position}, found {}",
                article(element.type_name())
            ),
        };
        return Err(ctx.invalid(element.span(), format!("{}: {message}", field.name)));
    }
    Ok(secrets)
}

/// The error for a key that is not a setting, with a suggestion when one is close
/// (including the key of an environment variable's name).
fn unknown_key(field: &Field<'_>, ctx: &Ctx<'_>) -> ConfigError {
    let name = field.name;
    let keys: Vec<&str> = SETTINGS.iter().map(|s| s.key).collect();
    let suggestion = SETTINGS
        .iter()
        .find(|s| s.var.eq_ignore_ascii_case(name))
        .map(|s| s.key)
        .or_else(|| closest(name, &keys));
    let hint = match suggestion {
        Some(key) => format!("did you mean `{key}`?"),
        None => {
            let list: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            format!("allowed keys are {}", list.join(", "))
        }
    };
    let span = field.key_span.clone().or_else(|| field.item.span());
    ctx.invalid(span, format!("unknown key `{name}`; {hint}"))
}

/// `NAME=value: problem`, with `value` made printable on one line.
fn env_error(variable: &'static str, value: &str, problem: impl fmt::Display) -> AppSettingsError {
    AppSettingsError::Env {
        variable,
        message: format!("{variable}={}: {problem}", printable(value)),
    }
}

/// `NAME: problem`, for variables whose value must not be shown.
fn env_secret_error(variable: &'static str, problem: impl fmt::Display) -> AppSettingsError {
    AppSettingsError::Env {
        variable,
        message: format!("{variable}: {problem}"),
    }
}

/// `value` with control characters escaped and cut after 100 characters.
fn printable(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(100)
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect();
    if value.chars().nth(100).is_some() {
        out.push('…');
    }
    out
}

/// The reason of an I/O error without the trailing ` (os error N)`.
fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => text[..i].to_owned(),
        _ => text,
    }
}

/// A positive integer app id.
fn parse_app_id(text: &str) -> Option<u64> {
    text.parse::<u64>().ok().filter(|&id| id > 0)
}

/// The secrets of `PARALLELIZE_WEBHOOK_SECRET`: comma-separated, trimmed, non-empty.
fn env_webhook_secrets(value: &str) -> Result<Vec<Secret>, String> {
    value
        .split(',')
        .enumerate()
        .map(|(i, secret)| {
            let secret = secret.trim();
            if secret.is_empty() {
                Err(format!("empty secret in position {}", i + 1))
            } else {
                Ok(Secret::new(secret))
            }
        })
        .collect()
}

/// Checks a database URL: `sqlite:...`, `postgres://...` or `postgresql://...`, with
/// something after the scheme and no spaces. Returns what is expected otherwise.
fn check_database_url(url: &str) -> Result<(), &'static str> {
    let lower = url.to_ascii_lowercase();
    let known = ["sqlite:", "postgres://", "postgresql://"]
        .iter()
        .any(|scheme| lower.len() > scheme.len() && lower.starts_with(scheme));
    if known && !url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Ok(())
    } else {
        Err(EXPECT_DATABASE_URL)
    }
}

/// Checks a GitHub API URL (http or https, a host, no spaces, query or fragment) and
/// drops trailing slashes.
fn github_api_url(text: &str) -> Option<String> {
    let url = text.trim_end_matches('/');
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let host = rest.split('/').next().unwrap_or_default();
    let bad_char = |c: char| c.is_whitespace() || c.is_control() || c == '?' || c == '#';
    (!host.is_empty() && !url.contains(bad_char)).then(|| url.to_owned())
}

/// A socket address, or `localhost:PORT` (127.0.0.1).
fn parse_listen(text: &str) -> Option<SocketAddr> {
    if let Ok(address) = text.parse() {
        return Some(address);
    }
    let (host, port) = text.rsplit_once(':')?;
    let port: u16 = port.parse().ok()?;
    host.eq_ignore_ascii_case("localhost")
        .then_some(SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, port)))
}

/// `url` with the password of its user info and the values of `password=` parameters
/// replaced by `***`. Errs on the side of hiding too much when the URL is malformed.
fn redact_url(url: &str) -> String {
    // Credentials come after `scheme://` (or from the start when there is none) and end
    // at the last `@`.
    let start = url.find("://").map_or(0, |i| i + 3);
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    if let Some(at) = url[start..].rfind('@').map(|at| start + at) {
        if let Some(colon) = url[start..at].find(':').map(|c| start + c) {
            out.push_str(&url[..=colon]);
            out.push_str("***");
            rest = &url[at..];
        }
    }
    // `password=...` in a query string or a key=value connection string.
    let lower = rest.to_ascii_lowercase();
    let mut copied = 0;
    for (i, _) in lower.match_indices("password=") {
        let value_start = i + "password=".len();
        if value_start < copied {
            continue;
        }
        let value = &rest[value_start..];
        let value_len = match value.strip_prefix('\'') {
            Some(quoted) => quoted.find('\'').map_or(value.len(), |end| end + 2),
            None => value
                .find(|c: char| c == '&' || c == '#' || c.is_whitespace())
                .unwrap_or(value.len()),
        };
        out.push_str(&rest[copied..value_start]);
        out.push_str("***");
        copied = value_start + value_len;
    }
    out.push_str(&rest[copied..]);
    out
}

/// `why` plus a hint to use `path_setting` when the inline private key `text` looks
/// like the path of a key file.
fn with_path_hint(why: String, text: &str, path_setting: &str) -> String {
    let text = text.trim();
    let looks_like_path = !text.contains(['\n', ' '])
        && !text.contains("-----")
        && [".pem", ".key"]
            .iter()
            .any(|ext| text.to_ascii_lowercase().ends_with(ext));
    if looks_like_path {
        format!("{why}; to name a key file, use {path_setting}")
    } else {
        why
    }
}

/// The PEM private key in the bytes of a key file.
fn pem_from_bytes(bytes: Vec<u8>) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(text) => pem_private_key(&text),
        Err(_) => Err(NOT_PEM.to_owned()),
    }
}

/// The first PEM private key block in `text` (text around it is ignored), with a
/// final newline; or why there is none. Never includes any of the key in the message.
fn pem_private_key(text: &str) -> Result<String, String> {
    let unescaped;
    let text = if !text.contains('\n') && text.contains("\\n") {
        unescaped = text.replace("\\n", "\n");
        unescaped.as_str()
    } else {
        text
    };
    const BEGIN: &str = "-----BEGIN ";
    let mut other_label = None;
    for (start, _) in text.match_indices(BEGIN) {
        let after = &text[start + BEGIN.len()..];
        let Some(label) = after.find("-----").map(|end| &after[..end]) else {
            break;
        };
        if label.contains(['\n', '\r']) {
            continue;
        }
        if label.ends_with("PRIVATE KEY") {
            return pem_block(text, start, label);
        }
        other_label.get_or_insert(label);
    }
    Err(match other_label {
        Some(label) => format!(
            "not a PEM private key (found -----BEGIN {label}-----, expected -----BEGIN ... PRIVATE KEY-----)"
        ),
        None => NOT_PEM.to_owned(),
    })
}

/// The PEM block with `label` that starts at `start` in `text`.
fn pem_block(text: &str, start: usize, label: &str) -> Result<String, String> {
    let encrypted = |how: &str| {
        format!("the PEM private key is encrypted ({how}); use the unencrypted .pem file that GitHub generated")
    };
    match label {
        "RSA PRIVATE KEY" | "PRIVATE KEY" => {}
        "ENCRYPTED PRIVATE KEY" => return Err(encrypted("-----BEGIN ENCRYPTED PRIVATE KEY-----")),
        other => {
            return Err(format!(
                "expected the GitHub App's RSA private key (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----), found -----BEGIN {other}-----"
            ))
        }
    }
    let header = format!("-----BEGIN {label}-----");
    let footer = format!("-----END {label}-----");
    let body_start = start + header.len();
    let Some(body_len) = text[body_start..].find(&footer) else {
        return Err(format!(
            "not a PEM private key: {footer} is missing (is the key cut short?)"
        ));
    };
    let body = &text[body_start..body_start + body_len];
    if body.contains("Proc-Type:") {
        return Err(encrypted("Proc-Type: 4,ENCRYPTED"));
    }
    let base64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    let data = base64.trim_end_matches('=');
    let valid = !data.is_empty()
        && base64.len().is_multiple_of(4)
        && base64.len() - data.len() <= 2
        && data
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '/');
    if !valid {
        return Err(format!(
            "not a PEM private key: the text between {header} and {footer} is not base64"
        ));
    }
    Ok(format!(
        "{}\n",
        &text[start..body_start + body_len + footer.len()]
    ))
}

#[cfg(test)]
mod tests {
    use super::{github_api_url, io_reason, parse_listen, pem_private_key, printable, redact_url};

    #[test]
    fn redaction() {
        let cases = [
            (
                "sqlite://parallelize.db?mode=rwc",
                "sqlite://parallelize.db?mode=rwc",
            ),
            ("sqlite::memory:", "sqlite::memory:"),
            ("postgres://host/db", "postgres://host/db"),
            ("postgres://user@host/db", "postgres://user@host/db"),
            (
                "postgres://user:pw@host:5432/db",
                "postgres://user:***@host:5432/db",
            ),
            (
                "postgres://user:p@ss:w/rd@host/db",
                "postgres://user:***@host/db",
            ),
            ("postgres://u:p?#x@host/db", "postgres://u:***@host/db"),
            (
                "postgres://host/db?user=u&password=pw&sslmode=require",
                "postgres://host/db?user=u&password=***&sslmode=require",
            ),
            (
                "postgres://host/db?sslpassword=pw",
                "postgres://host/db?sslpassword=***",
            ),
            ("host=db PASSWORD=pw user=u", "host=db PASSWORD=*** user=u"),
            (
                "host=db password='p w' user=u",
                "host=db password=*** user=u",
            ),
            (
                "mysql://root:toor@localhost/db",
                "mysql://root:***@localhost/db",
            ),
            ("mysql:root:toor@localhost", "mysql:***@localhost"),
            ("root:toor@localhost", "root:***@localhost"),
        ];
        for (url, redacted) in cases {
            assert_eq!(redact_url(url), redacted, "{url}");
        }
    }

    #[test]
    fn api_urls() {
        assert_eq!(
            github_api_url("https://api.github.com/").as_deref(),
            Some("https://api.github.com")
        );
        assert_eq!(
            github_api_url("HTTP://ghe.local:8080/api/v3//").as_deref(),
            Some("HTTP://ghe.local:8080/api/v3")
        );
        for bad in [
            "api.github.com",
            "ftp://x",
            "https://",
            "https:///api",
            "https://a b",
            "https://x/?q",
            "https://x/#f",
        ] {
            assert_eq!(github_api_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn listen_addresses() {
        let parse = |t: &str| parse_listen(t).map(|a| a.to_string());
        assert_eq!(parse("0.0.0.0:8080").as_deref(), Some("0.0.0.0:8080"));
        assert_eq!(parse("[::1]:3000").as_deref(), Some("[::1]:3000"));
        assert_eq!(parse("localhost:4000").as_deref(), Some("127.0.0.1:4000"));
        assert_eq!(parse("LOCALHOST:0").as_deref(), Some("127.0.0.1:0"));
        for bad in [
            "3000",
            ":3000",
            "localhost",
            "localhost:",
            "localhost:70000",
            "example.com:80",
            "1.2.3.4",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn pem_blocks() {
        let key =
            "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKxy\n-----END RSA PRIVATE KEY-----";
        assert_eq!(pem_private_key(key), Ok(format!("{key}\n")));
        // Text around the block is dropped; one-line text with `\n` escapes is accepted.
        assert_eq!(
            pem_private_key(&format!("Bag Attributes\n{key}\n\n")),
            Ok(format!("{key}\n"))
        );
        assert_eq!(
            pem_private_key(&key.replace('\n', "\\n")),
            Ok(format!("{key}\n"))
        );
        let pkcs8 = "-----BEGIN PRIVATE KEY-----\r\nMIIE\r\nvQIB\r\n-----END PRIVATE KEY-----\r\n";
        assert_eq!(
            pem_private_key(pkcs8),
            Ok(
                "-----BEGIN PRIVATE KEY-----\r\nMIIE\r\nvQIB\r\n-----END PRIVATE KEY-----\n"
                    .to_owned()
            )
        );

        let err = |text: &str| pem_private_key(text).expect_err(text);
        let not_pem = "not a PEM private key (expected -----BEGIN ... PRIVATE KEY-----)";
        assert_eq!(err(""), not_pem);
        assert_eq!(err("MIIBOgIBAAJBAK"), not_pem);
        assert_eq!(
            err("-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n"),
            "not a PEM private key (found -----BEGIN PUBLIC KEY-----, expected -----BEGIN ... PRIVATE KEY-----)"
        );
        assert_eq!(
            err("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n-----END OPENSSH PRIVATE KEY-----\n"),
            "expected the GitHub App's RSA private key (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----), found -----BEGIN OPENSSH PRIVATE KEY-----"
        );
        assert_eq!(
            err("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----"),
            "the PEM private key is encrypted (-----BEGIN ENCRYPTED PRIVATE KEY-----); use the unencrypted .pem file that GitHub generated"
        );
        assert!(err("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nMIIB\n-----END RSA PRIVATE KEY-----").contains("is encrypted (Proc-Type: 4,ENCRYPTED)"));
        assert_eq!(
            err("-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKxy\n"),
            "not a PEM private key: -----END RSA PRIVATE KEY----- is missing (is the key cut short?)"
        );
        for body in ["", "MIIBOgIBAAJBA", "MII*", "MI=B", "M==="] {
            let text = format!("-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----\n");
            assert_eq!(
                err(&text),
                "not a PEM private key: the text between -----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- is not base64",
                "{body:?}"
            );
        }
        // A mismatched END line does not close the block.
        assert!(
            err("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----")
                .contains("is missing")
        );
    }

    #[test]
    fn printable_values() {
        assert_eq!(printable("abc"), "abc");
        assert_eq!(printable("a\nb\tc"), "a\\nb\\tc");
        let long = "x".repeat(150);
        assert_eq!(printable(&long), format!("{}…", "x".repeat(100)));
    }

    #[test]
    fn io_reasons() {
        let error = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&error), "No such file or directory");
        let custom = std::io::Error::other("boom");
        assert_eq!(io_reason(&custom), "boom");
    }
}
