//! How to set up and test the analysed project: the venv, the install steps (the repo config's
//! `setup-command`, else what the project's files ask for) and the test command.

use std::path::{Path, PathBuf};

use config::RepoConfig;

/// Package-installer settings passed from the bot's environment to the setup steps (never to
/// the tests): certificate bundles, proxies, package indexes. Nothing else reaches the sandbox.
pub const INSTALLER_VARIABLES: &[&str] = &[
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
    "PIP_CERT",
    "PIP_INDEX_URL",
    "PIP_EXTRA_INDEX_URL",
    "PIP_FIND_LINKS",
    "PIP_DEFAULT_TIMEOUT",
    "UV_INDEX_URL",
    "UV_EXTRA_INDEX_URL",
    "UV_DEFAULT_INDEX",
    "UV_INDEX",
    "UV_FIND_LINKS",
    "UV_NATIVE_TLS",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "no_proxy",
];

/// The [`INSTALLER_VARIABLES`] set in the bot's environment.
pub fn installer_env() -> Vec<(String, String)> {
    INSTALLER_VARIABLES
        .iter()
        .filter_map(|k| std::env::var(k).ok().map(|v| ((*k).to_owned(), v)))
        .collect()
}

/// Local files and directories those variables point to (a CA bundle, a wheel directory):
/// the sandbox must let setup read them.
pub fn installer_paths() -> Vec<PathBuf> {
    installer_env()
        .into_iter()
        .flat_map(|(_, v)| {
            v.split([' ', ',', ':'])
                .map(PathBuf::from)
                .collect::<Vec<_>>()
        })
        .filter(|p| {
            p.is_absolute() && p.exists() && !["/usr", "/etc"].iter().any(|s| p.starts_with(s))
        })
        .collect()
}

/// The default test command; pytest writes per-test results through `PYTEST_ADDOPTS`.
pub const DEFAULT_TEST_COMMAND: &str = "python -m pytest -q";

/// Extras that usually carry test dependencies, in the order they are tried.
const TEST_EXTRAS: &[&str] = &["test", "tests", "testing", "dev"];

/// Requirement files installed when present (after the project itself).
const REQUIREMENT_FILES: &[&str] = &[
    "requirements.txt",
    "requirements-test.txt",
    "requirements-tests.txt",
    "test-requirements.txt",
    "requirements-dev.txt",
    "dev-requirements.txt",
    "requirements/test.txt",
    "requirements/tests.txt",
    "requirements/dev.txt",
];

/// One setup step: what it is for and the shell command.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    pub name: String,
    pub command: String,
}

/// Tools used to build the venv.
#[derive(Debug, Clone)]
pub struct Tools {
    /// The interpreter the venv is made from (absolute).
    pub python: PathBuf,
    /// `uv`, when installed: venvs and installs in seconds.
    pub uv: Option<PathBuf>,
}

impl Tools {
    /// `python` (a name on PATH or a path) and `uv` looked up on PATH and in ~/.local/bin.
    pub fn find(python: &str) -> Result<Self, String> {
        let found = which(python).ok_or_else(|| {
            format!("cannot find the Python interpreter `{python}` (pass --python PATH)")
        })?;
        // Resolve shims (pyenv, asdf) to the interpreter they run.
        let out = std::process::Command::new(&found)
            .args(["-c", "import sys; print(sys.executable)"])
            .output()
            .map_err(|e| format!("cannot run {}: {e}", found.display()))?;
        if !out.status.success() {
            return Err(format!(
                "{} does not run: {}",
                found.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        let real = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let python = if real.is_empty() {
            found
        } else {
            PathBuf::from(real)
        };
        let uv = which("uv").or_else(|| {
            let home = std::env::var_os("HOME")?;
            let p = Path::new(&home).join(".local/bin/uv");
            p.is_file().then_some(p)
        });
        Ok(Self { python, uv })
    }

    /// Directories the sandbox must make readable for these tools to run: the interpreter's
    /// installation prefix (a venv links to it) and uv's directory.
    pub fn readable_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = Vec::new();
        let out = std::process::Command::new(&self.python)
            .args(["-c", "import sys; print(sys.base_prefix)"])
            .env_clear()
            .output();
        if let Ok(out) = out {
            let prefix = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            if !prefix.is_empty() {
                dirs.push(PathBuf::from(prefix));
            }
        }
        if let Ok(real) = std::fs::canonicalize(&self.python) {
            if let Some(dir) = real.parent() {
                dirs.push(dir.to_path_buf());
            }
        }
        if let Some(dir) = self.uv.as_deref().and_then(Path::parent) {
            dirs.push(dir.to_path_buf());
        }
        dirs.sort();
        dirs.dedup();
        // Directories the sandbox shows anyway need no extra bind.
        dirs.retain(|d| {
            !["/usr", "/bin", "/lib", "/etc"]
                .iter()
                .any(|s| d.starts_with(s))
        });
        dirs
    }
}

/// The steps that prepare `clone` (a checkout of the project) with a venv at `venv`.
pub fn setup_steps(clone: &Path, venv: &Path, config: &RepoConfig, tools: &Tools) -> Vec<Step> {
    let venv_q = quote(&venv.to_string_lossy());
    let python_q = quote(&tools.python.to_string_lossy());
    let custom = config.setup_command.as_deref();
    let mut steps = vec![Step {
        name: "venv".into(),
        command: match &tools.uv {
            // A custom setup command may call `pip`: seed it into uv's venv.
            Some(uv) => format!(
                "{} venv --quiet{} --python {python_q} {venv_q}",
                quote(&uv.to_string_lossy()),
                if custom.is_some() { " --seed" } else { "" }
            ),
            None => format!("{python_q} -m venv {venv_q}"),
        },
    }];
    if let Some(cmd) = custom {
        steps.push(Step {
            name: "setup-command".into(),
            command: cmd.to_owned(),
        });
        return steps;
    }
    let mut args: Vec<String> = Vec::new();
    if is_installable(clone) {
        let extras = declared_extras(clone);
        let wanted: Vec<&str> = TEST_EXTRAS
            .iter()
            .copied()
            .filter(|e| extras.iter().any(|x| x == e))
            .take(1)
            .collect();
        let target = if wanted.is_empty() {
            ".".to_owned()
        } else {
            format!(".[{}]", wanted.join(","))
        };
        args.push("-e".into());
        args.push(quote(&target));
    }
    for f in REQUIREMENT_FILES {
        if clone.join(f).is_file() {
            args.push("-r".into());
            args.push(quote(f));
        }
    }
    if config.test_command.is_none() {
        args.push("pytest".into());
    }
    if args.is_empty() {
        return steps;
    }
    let install = match &tools.uv {
        Some(uv) => format!(
            "{} pip install --quiet --python {} {}",
            quote(&uv.to_string_lossy()),
            quote(&venv.join("bin/python").to_string_lossy()),
            args.join(" ")
        ),
        None => format!(
            "{} -m pip install --quiet --disable-pip-version-check {}",
            quote(&venv.join("bin/python").to_string_lossy()),
            args.join(" ")
        ),
    };
    steps.push(Step {
        name: "install".into(),
        command: install,
    });
    steps
}

/// The test command from the config, else pytest.
pub fn test_command(config: &RepoConfig) -> String {
    config
        .test_command
        .clone()
        .unwrap_or_else(|| DEFAULT_TEST_COMMAND.to_owned())
}

/// A project that declares how to build it: a pyproject.toml with a `[build-system]`, or a
/// setup.py / setup.cfg. (A `[project]` table alone is common in applications that are never
/// installed; their requirement files are used instead.)
fn is_installable(clone: &Path) -> bool {
    if clone.join("setup.py").is_file() || clone.join("setup.cfg").is_file() {
        return true;
    }
    let Ok(text) = std::fs::read_to_string(clone.join("pyproject.toml")) else {
        return false;
    };
    let Ok(doc) = text.parse::<toml_edit::DocumentMut>() else {
        return false;
    };
    doc.get("build-system").is_some()
}

/// `[project.optional-dependencies]` names from pyproject.toml.
fn declared_extras(clone: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(clone.join("pyproject.toml")) else {
        return Vec::new();
    };
    let Ok(doc) = text.parse::<toml_edit::DocumentMut>() else {
        return Vec::new();
    };
    doc.get("project")
        .and_then(|p| p.get("optional-dependencies"))
        .and_then(|o| o.as_table_like())
        .map(|t| t.iter().map(|(k, _)| k.to_owned()).collect())
        .unwrap_or_default()
}

/// Single-quote `s` for /bin/sh (plain words stay unquoted for readability).
pub fn quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:@+".contains(c))
    {
        return s.to_owned();
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// `name` if it is a path to an executable file, else the first match on PATH.
fn which(name: &str) -> Option<PathBuf> {
    let p = Path::new(name);
    if p.components().count() > 1 {
        return p.is_file().then(|| std::path::absolute(p).ok()).flatten();
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|c| c.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tools(uv: bool) -> Tools {
        Tools {
            python: PathBuf::from("/usr/bin/python3"),
            uv: uv.then(|| PathBuf::from("/opt/uv/uv")),
        }
    }

    fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, text) in files {
            let p = dir.path().join(name);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        }
        dir
    }

    fn commands(dir: &Path, config: &RepoConfig, uv: bool) -> Vec<String> {
        setup_steps(dir, Path::new("/run/venv"), config, &tools(uv))
            .into_iter()
            .map(|s| s.command)
            .collect()
    }

    #[test]
    fn a_package_is_installed_editable_with_its_test_extra() {
        let dir = project(&[(
            "pyproject.toml",
            "[build-system]\nrequires = [\"setuptools\"]\n[project]\nname = \"p\"\n\
             [project.optional-dependencies]\ndocs = [\"x\"]\ntests = [\"pytest\"]\ndev = [\"y\"]\n",
        )]);
        assert_eq!(
            commands(dir.path(), &RepoConfig::default(), true),
            vec![
                "/opt/uv/uv venv --quiet --python /usr/bin/python3 /run/venv".to_owned(),
                "/opt/uv/uv pip install --quiet --python /run/venv/bin/python -e '.[tests]' pytest"
                    .to_owned(),
            ]
        );
    }

    #[test]
    fn an_application_installs_its_requirement_files_with_pip_without_uv() {
        let dir = project(&[
            ("pyproject.toml", "[project]\nname = \"app\"\n"),
            ("requirements.txt", "requests\n"),
            ("requirements/dev.txt", "pytest\n"),
        ]);
        assert_eq!(
            commands(dir.path(), &RepoConfig::default(), false),
            vec![
                "/usr/bin/python3 -m venv /run/venv".to_owned(),
                "/run/venv/bin/python -m pip install --quiet --disable-pip-version-check \
                 -r requirements.txt -r requirements/dev.txt pytest"
                    .to_owned(),
            ]
        );
    }

    #[test]
    fn a_setup_command_replaces_the_install_and_gets_pip_seeded() {
        let dir = project(&[("setup.py", "")]);
        let config = RepoConfig {
            setup_command: Some("pip install -e . && make fixtures".into()),
            ..RepoConfig::default()
        };
        assert_eq!(
            commands(dir.path(), &config, true),
            vec![
                "/opt/uv/uv venv --quiet --seed --python /usr/bin/python3 /run/venv".to_owned(),
                "pip install -e . && make fixtures".to_owned(),
            ]
        );
    }

    #[test]
    fn quoting_survives_spaces_and_quotes() {
        assert_eq!(quote("/a b/it's"), "'/a b/it'\\''s'");
        assert_eq!(quote("plain/path-1.0"), "plain/path-1.0");
    }
}
