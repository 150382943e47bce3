//! Running fixtures with the real interpreter: a fixture module's `main()` (or a script) in a
//! fresh process under the `spawn` start method, and copying fixtures with their project
//! settings.

use std::path::Path;
use std::process::Command;

use super::{python, text};

/// Imports the fixture and prints `repr(main())`. Scripts (no `main`) are run directly as
/// `python name.py` and choose `spawn` themselves under their `__main__` guard.
const RUNNER: &str = r#"
import importlib, multiprocessing, sys
multiprocessing.set_start_method("spawn")
sys.path.insert(0, sys.argv[1])
module = importlib.import_module(sys.argv[2])
print("RESULT:", repr(module.main()))
"#;

/// What one run printed and how it ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Run {
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `dir/name.py` (its `main()`, or the script) with `PYTHONHASHSEED=0` and Python's
/// default output buffering; paths of `dir` in stderr are replaced by `<DIR>`.
pub fn run_python(dir: &Path, name: &str) -> Run {
    let file = format!("{name}.py");
    let is_script = !std::fs::read_to_string(dir.join(&file))
        .unwrap_or_default()
        .contains("def main(");
    let mut cmd = Command::new(python());
    if is_script {
        cmd.arg(&file);
    } else {
        cmd.args(["-c", RUNNER]).arg(dir).arg(name);
    }
    let out = cmd
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONUNBUFFERED")
        .output()
        .expect("run python");
    let shown = dir.display().to_string();
    Run {
        status: out.status.code(),
        stdout: text(&out.stdout),
        stderr: text(&out.stderr).replace(&shown, "<DIR>"),
    }
}

/// Copies a fixture into `dir`; leading comment lines `# requires-python: >=3.11` and
/// `# dependencies: numpy` become the project's `requires-python` and dependencies in a
/// `pyproject.toml` next to it (`default_requires` when the fixture names none).
pub fn copy_into(dir: &Path, fixture: &Path, default_requires: Option<&str>) -> String {
    let name = fixture
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("name")
        .to_owned();
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::copy(fixture, dir.join(format!("{name}.py"))).expect("copy fixture");
    let source = std::fs::read_to_string(fixture).expect("read fixture");
    let pyproject = dir.join("pyproject.toml");
    let header = || source.lines().take_while(|l| l.starts_with('#'));
    let requires = header()
        .find_map(|l| l.strip_prefix("# requires-python: "))
        .or(default_requires);
    let deps: Vec<String> = header()
        .find_map(|l| l.strip_prefix("# dependencies: "))
        .map(|d| d.split(',').map(|n| format!("\"{}\"", n.trim())).collect())
        .unwrap_or_default();
    if requires.is_none() && deps.is_empty() {
        std::fs::remove_file(&pyproject).ok();
    } else {
        let mut project = format!("[project]\nname = \"{name}\"\n");
        if let Some(spec) = requires {
            project.push_str(&format!("requires-python = \"{spec}\"\n"));
        }
        if !deps.is_empty() {
            project.push_str(&format!("dependencies = [{}]\n", deps.join(", ")));
        }
        std::fs::write(&pyproject, project).expect("write pyproject.toml");
    }
    name
}
