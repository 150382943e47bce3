//! The GitHub Action (`action.yml` at the repository's root) end to end: its steps' `run:`
//! scripts, read from action.yml itself, run with bash the way a runner runs a composite
//! action's steps (`bash --noprofile --norc -eo pipefail`, `${{ ... }}` expressions substituted,
//! the step's `env:`, `GITHUB_OUTPUT`), in a checkout cloned over HTTP from the fake GitHub
//! (tests/common/fake_github.rs, behind Prism), with the built binary on PATH in place of the
//! PyPI wheel. Real venvs and pytest in the sandbox, as in the App's tests.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine as _;
use common::fake_github::{FakeGitHub, TestAppKey, APP_BOT_LOGIN};
use common::git_http::{git, run};
use serde_yaml_ng::Value as Yaml;

const INSTALLATION: u64 = 4343;
const OWNER: &str = "octo";
const NAME: &str = "ledger";
/// `replay-seconds` of the repository (see [`common::project_copy`]).
const REPLAY_SECONDS: f64 = 0.5;

/// One world at a time: each run measures speedups, which another test's run would skew on a
/// 2-core machine.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// action.yml, parsed.
struct Action {
    doc: Yaml,
}

impl Action {
    fn load() -> Action {
        let path = common::repo_root().join("action.yml");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let doc: Yaml = serde_yaml_ng::from_str(&text).expect("action.yml is YAML");
        Action { doc }
    }

    fn step(&self, id: &str) -> &Yaml {
        self.doc["runs"]["steps"]
            .as_sequence()
            .expect("runs.steps")
            .iter()
            .find(|s| s["id"].as_str() == Some(id))
            .unwrap_or_else(|| panic!("no step `{id}` in action.yml"))
    }

    fn default(&self, input: &str) -> String {
        let i = &self.doc["inputs"][input];
        assert!(!i.is_null(), "no input `{input}` in action.yml");
        i["default"].as_str().unwrap_or_default().to_owned()
    }

    /// The action's outputs, evaluated against the steps' outputs.
    fn outputs(&self, cx: &Contexts) -> BTreeMap<String, String> {
        self.doc["outputs"]
            .as_mapping()
            .expect("outputs")
            .iter()
            .map(|(k, v)| {
                let name = k.as_str().expect("output name").to_owned();
                let value = v["value"].as_str().expect("output value");
                (name, self.expand(value, cx))
            })
            .collect()
    }

    /// `text` with its `${{ ... }}` expressions evaluated: the few forms the action uses
    /// (`inputs.X`, `github.token`, `steps.ID.outputs.X`); any other form fails the test.
    fn expand(&self, text: &str, cx: &Contexts) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("${{") {
            out.push_str(&rest[..start]);
            let end = rest[start..]
                .find("}}")
                .unwrap_or_else(|| panic!("unclosed expression in {text:?}"))
                + start;
            let expr = rest[start + 3..end].trim();
            let value = if let Some(input) = expr.strip_prefix("inputs.") {
                match cx.inputs.get(input) {
                    Some(v) => v.clone(),
                    None => self.expand(&self.default(input), cx),
                }
            } else if expr == "github.token" {
                cx.github_token.clone()
            } else if let Some(path) = expr.strip_prefix("steps.") {
                let (step, output) = path
                    .split_once(".outputs.")
                    .unwrap_or_else(|| panic!("unsupported expression `{expr}`"));
                cx.steps
                    .get(step)
                    .and_then(|o| o.get(output))
                    .cloned()
                    .unwrap_or_default()
            } else {
                panic!("action.yml uses `{expr}`, which this test cannot evaluate")
            };
            out.push_str(&value);
            rest = &rest[end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// Run step `id` as a runner does, in `cwd`, with the runner's environment `env`.
    fn run_step(&self, id: &str, cx: &mut Contexts, cwd: &Path, env: &[(&str, String)]) -> Step {
        let step = self.step(id);
        assert_eq!(step["shell"].as_str(), Some("bash"), "step `{id}`");
        let script = step["run"].as_str().expect("run:");
        let scratch = tempfile::tempdir().expect("tempdir");
        let file = scratch.path().join(format!("{id}.sh"));
        std::fs::write(&file, self.expand(script, cx)).expect("write the script");
        let outputs = scratch.path().join("github_output");
        std::fs::write(&outputs, "").expect("GITHUB_OUTPUT");
        let mut cmd = Command::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
            .arg(&file)
            .current_dir(cwd)
            .env_clear()
            .env("GITHUB_OUTPUT", &outputs)
            .env("GITHUB_ACTIONS", "true")
            .env("CI", "true");
        for (k, v) in env {
            cmd.env(k, v);
        }
        if let Some(vars) = step["env"].as_mapping() {
            for (k, v) in vars {
                let value = v.as_str().expect("env values are strings");
                cmd.env(k.as_str().expect("env name"), self.expand(value, cx));
            }
        }
        let out = cmd.output().expect("run bash");
        let text = std::fs::read_to_string(&outputs).unwrap_or_default();
        let outputs: BTreeMap<String, String> = text
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        cx.steps.insert(id.to_owned(), outputs.clone());
        Step {
            ok: out.status.success(),
            stdout: common::text(&out.stdout),
            stderr: common::text(&out.stderr),
            outputs,
        }
    }
}

/// The contexts expressions read.
#[derive(Default)]
struct Contexts {
    inputs: BTreeMap<String, String>,
    github_token: String,
    steps: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug)]
struct Step {
    ok: bool,
    stdout: String,
    stderr: String,
    outputs: BTreeMap<String, String>,
}

impl Step {
    fn log(&self) -> String {
        format!("stdout:\n{}\nstderr:\n{}", self.stdout, self.stderr)
    }
}

/// The directory of the built `parallelize`, to put first on PATH.
fn binary_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_parallelize"))
        .parent()
        .expect("binary directory")
        .to_path_buf()
}

fn path_with_binary() -> String {
    format!(
        "{}:{}",
        binary_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

struct World {
    _key: TestAppKey,
    github: FakeGitHub,
    action: Action,
    /// The workflow's token: an installation token of the repository, like `github.token`.
    token: String,
    dir: tempfile::TempDir,
    _one: std::sync::MutexGuard<'static, ()>,
}

impl World {
    /// The fake GitHub with `octo/ledger` made of tests/projects/all-kept, its replays sized to
    /// [`REPLAY_SECONDS`].
    fn ledger() -> World {
        let (_copy, ledger) = common::project_copy("all-kept", REPLAY_SECONDS);
        World::new(&ledger)
    }

    /// The fake GitHub with `octo/ledger` made of `source`.
    fn new(source: &Path) -> World {
        let one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let key = TestAppKey::generate(12345);
        let github = FakeGitHub::start(&key);
        github.add_installation(INSTALLATION, OWNER);
        github.create_repo(INSTALLATION, OWNER, NAME, "main", source);
        let token = github.issue_token(INSTALLATION);
        World {
            _key: key,
            github,
            action: Action::load(),
            token,
            dir: tempfile::tempdir().expect("tempdir"),
            _one: one,
        }
    }

    /// What actions/checkout does by default: a shallow clone (`fetch-depth: 1`) of the default
    /// branch over HTTP, authenticated with an `Authorization` header (never a URL).
    fn checkout(&self, name: &str) -> PathBuf {
        let dest = self.dir.path().join(name);
        let basic = base64::engine::general_purpose::STANDARD
            .encode(format!("x-access-token:{}", self.token));
        run(
            git()
                .arg("-c")
                .arg(format!("http.extraHeader=Authorization: Basic {basic}"))
                .args(["clone", "--quiet", "--depth", "1"])
                .arg(self.github.clone_url(OWNER, NAME))
                .arg(&dest),
            b"",
        );
        dest
    }

    /// The runner's environment for a step.
    fn runner_env(&self, repository: &str) -> Vec<(&'static str, String)> {
        let temp = self.dir.path().join("runner-temp");
        std::fs::create_dir_all(&temp).expect("RUNNER_TEMP");
        vec![
            ("PATH", path_with_binary()),
            ("HOME", self.dir.path().display().to_string()),
            ("GITHUB_REPOSITORY", repository.to_owned()),
            ("GITHUB_API_URL", self.github.api_url()),
            ("RUNNER_TEMP", temp.display().to_string()),
        ]
    }

    /// Both steps of the action, as a workflow runs them after actions/checkout; `inputs` are
    /// the workflow's `with:`.
    fn run_action(&self, checkout: &Path, inputs: &[(&str, &str)]) -> (Step, Contexts) {
        self.run_action_as(checkout, inputs, &self.token, &format!("{OWNER}/{NAME}"))
    }

    fn run_action_as(
        &self,
        checkout: &Path,
        inputs: &[(&str, &str)],
        github_token: &str,
        repository: &str,
    ) -> (Step, Contexts) {
        let mut cx = Contexts {
            inputs: inputs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            github_token: github_token.to_owned(),
            ..Contexts::default()
        };
        let env = self.runner_env(repository);
        let install = self.action.run_step("install", &mut cx, checkout, &env);
        assert!(install.ok, "the install step failed:\n{}", install.log());
        let step = self.action.run_step("propose", &mut cx, checkout, &env);
        for secret in [self.token.as_str(), github_token]
            .into_iter()
            .filter(|s| !s.is_empty())
        {
            assert!(
                !step.stdout.contains(secret) && !step.stderr.contains(secret),
                "the token reached the log:\n{}",
                step.log()
            );
        }
        (step, cx)
    }

    fn report(&self, name: &str) -> String {
        let path = self
            .dir
            .path()
            .join("runner-temp/parallelize-report")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn file(&self, rev: &str, path: &str) -> String {
        self.github
            .file_at(OWNER, NAME, rev, path)
            .unwrap_or_else(|| panic!("{path} missing at {rev}"))
    }

    fn pushes(&self) -> usize {
        self.github
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/git-receive-pack"))
            .count()
    }
}

/// `parent` of `commit` in the fake's repository.
fn parent_of(world: &World, commit: &str) -> String {
    let repo = git2::Repository::open_bare(
        world
            .github
            .state()
            .repos
            .get(&format!("{OWNER}/{NAME}"))
            .expect("repository")
            .git_dir
            .clone(),
    )
    .expect("open");
    let c = repo
        .find_commit(git2::Oid::from_str(commit).expect("oid"))
        .expect("commit");
    c.parent_id(0).expect("parent").to_string()
}

#[test]
fn the_action_opens_one_pull_request_a_second_run_updates_it_and_it_closes_when_nothing_is_left() {
    let world = World::ledger();

    // 1. The first run: one pull request from parallelize/main into main.
    let checkout = world.checkout("first");
    let (step, cx) = world.run_action(&checkout, &[]);
    assert!(step.ok, "{}", step.log());
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:?}");
    let pr = &pulls[0];
    assert_eq!(
        (
            pr.state.as_str(),
            pr.head_ref.as_str(),
            pr.base_ref.as_str(),
            pr.user.as_str()
        ),
        ("open", "parallelize/main", "main", APP_BOT_LOGIN)
    );
    // The App's rendering of this run's result: what propose wrote to PR.md.
    let body = pr.body.clone().unwrap_or_default();
    assert_eq!(body, world.report("PR.md"));
    assert!(body.contains("8 passed before, 8 passed after"), "{body}");
    assert!(!body.contains("/tmp/"), "{body}");
    let result: serde_json::Value =
        serde_json::from_str(&world.report("result.json")).expect("result.json");
    assert_eq!(result["status"], "proposed");
    // Which rewrites pay off is measured on this (loaded) machine: every one kept has its row.
    let applied: Vec<(String, String)> = result["applied"]
        .as_array()
        .expect("applied")
        .iter()
        .map(|c| {
            (
                c["path"].as_str().unwrap_or_default().to_owned(),
                format!(
                    "| ✅ | `{}:{}`",
                    c["path"].as_str().unwrap_or_default(),
                    c["line"]
                ),
            )
        })
        .collect();
    assert!(!applied.is_empty(), "{result}");
    for (_, row) in &applied {
        assert!(
            body.lines().any(|l| l.starts_with(row.as_str())),
            "{row}:\n{body}"
        );
    }
    assert_eq!(pr.title, result["title"].as_str().unwrap_or_default());
    assert_eq!(
        result["pull_request"]["number"],
        serde_json::json!(pr.number)
    );
    assert_eq!(
        world.github.labels_of(OWNER, NAME, pr.number),
        vec!["parallelize".to_owned()]
    );
    // The branch holds the verified rewrites, on top of main.
    let tip = world
        .github
        .branch_sha(OWNER, NAME, "parallelize/main")
        .expect("the bot's branch was pushed");
    let main = world.github.branch_sha(OWNER, NAME, "main").expect("main");
    assert_eq!(parent_of(&world, &tip), main);
    for (path, _) in &applied {
        let rewritten = world.file("parallelize/main", path);
        assert_ne!(rewritten, world.file("main", path));
        assert!(rewritten.contains("Executor"), "{rewritten}");
    }
    // The action's outputs, as a later step of the workflow would read them.
    let outputs = world.action.outputs(&cx);
    assert_eq!(outputs["pull-request-number"], pr.number.to_string());
    assert_eq!(outputs["pull-request-operation"], "created");
    assert_eq!(outputs["rewrites"], applied.len().to_string());
    assert_eq!(outputs["status"], "proposed");
    assert!(
        outputs["pull-request-url"].ends_with(&format!("/pull/{}", pr.number)),
        "{outputs:?}"
    );
    assert!(
        step.stdout.contains(&format!("#{}", pr.number)),
        "{}",
        step.log()
    );
    let number = pr.number;

    // 2. A person changes main; the next run rebuilds the branch and updates the same PR.
    let note = "# reviewed by a person\n";
    let checksums = format!("{}{note}", world.file("main", "ledger/checksums.py"));
    world.github.push_commit(
        OWNER,
        NAME,
        "main",
        "A human's change",
        &[("ledger/checksums.py", Some(&checksums))],
    );
    let checkout = world.checkout("second");
    let (step, cx) = world.run_action(&checkout, &[]);
    assert!(step.ok, "{}", step.log());
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "never a second pull request: {pulls:?}");
    assert_eq!(pulls[0].number, number);
    assert_eq!(pulls[0].state, "open");
    assert_eq!(
        pulls[0].body.clone().unwrap_or_default(),
        world.report("PR.md")
    );
    let tip = world
        .github
        .branch_sha(OWNER, NAME, "parallelize/main")
        .expect("the bot's branch");
    let main = world.github.branch_sha(OWNER, NAME, "main").expect("main");
    assert_eq!(parent_of(&world, &tip), main, "rebuilt on the new main");
    assert!(world
        .file("parallelize/main", "ledger/checksums.py")
        .contains(note.trim()));
    let outputs = world.action.outputs(&cx);
    assert_eq!(outputs["pull-request-number"], number.to_string());
    assert_eq!(outputs["pull-request-operation"], "updated");

    // 3. The project ignores every rule now: nothing is left to propose, the PR is closed
    //    with the App's comment, and nothing is pushed.
    let pyproject = world
        .file("main", "pyproject.toml")
        .replace("max-workers = 2", "max-workers = 2\nignore = [\"ALL\"]");
    world.github.push_commit(
        OWNER,
        NAME,
        "main",
        "Not now",
        &[("pyproject.toml", Some(&pyproject))],
    );
    let pushes = world.pushes();
    let bot_tip = world.github.branch_sha(OWNER, NAME, "parallelize/main");
    let checkout = world.checkout("third");
    let (step, cx) = world.run_action(&checkout, &[]);
    assert!(step.ok, "{}", step.log());
    assert_eq!(world.pushes(), pushes, "nothing pushed");
    assert_eq!(
        world.github.branch_sha(OWNER, NAME, "parallelize/main"),
        bot_tip
    );
    let pulls = world.github.pulls(OWNER, NAME);
    assert_eq!(pulls.len(), 1, "{pulls:?}");
    assert_eq!(pulls[0].state, "closed");
    let comments = world.github.comments();
    assert_eq!(comments.len(), 1, "{comments:?}");
    assert!(
        comments[0].body.starts_with("Closing: after ")
            && comments[0]
                .body
                .contains("no verified rewrite is left to propose"),
        "{}",
        comments[0].body
    );
    let outputs = world.action.outputs(&cx);
    assert_eq!(outputs["pull-request-operation"], "closed");
    assert_eq!(outputs["rewrites"], "0");
    assert_eq!(outputs["status"], "nothing-to-propose");
    world.github.assert_no_violations();
}

#[test]
fn a_bot_branch_with_a_person_s_commit_is_never_overwritten() {
    let world = World::ledger();
    // Someone pushed their own work to the bot's branch name.
    world.github.push_commit(
        OWNER,
        NAME,
        "parallelize/main",
        "My own experiment",
        &[("NOTES.md", Some("mine\n"))],
    );
    let theirs = world.github.branch_sha(OWNER, NAME, "parallelize/main");
    let checkout = world.checkout("guarded");
    let (step, cx) = world.run_action(&checkout, &[]);
    assert!(step.ok, "{}", step.log());
    assert!(
        step.stdout
            .contains("has commits not made by parallelize[bot]")
            && step.stdout.contains("left alone"),
        "{}",
        step.log()
    );
    assert_eq!(
        world.github.branch_sha(OWNER, NAME, "parallelize/main"),
        theirs
    );
    assert_eq!(world.pushes(), 0);
    assert!(world.github.pulls(OWNER, NAME).is_empty());
    let outputs = world.action.outputs(&cx);
    assert_eq!(outputs["pull-request-operation"], "none");
    assert_eq!(outputs["rewrites"], "0");
    world.github.assert_no_violations();
}

#[test]
fn a_repository_with_nothing_to_parallelize_gets_no_pull_request() {
    let source = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        source.path().join("pyproject.toml"),
        "[project]\nname = \"calm\"\nversion = \"0.1.0\"\n",
    )
    .expect("write");
    std::fs::write(
        source.path().join("calm.py"),
        "def add(a, b):\n    return a + b\n",
    )
    .expect("write");
    let world = World::new(source.path());
    let checkout = world.checkout("calm");
    let (step, cx) = world.run_action(&checkout, &[]);
    assert!(step.ok, "{}", step.log());
    assert!(world.github.pulls(OWNER, NAME).is_empty());
    assert_eq!(
        world.github.branch_sha(OWNER, NAME, "parallelize/main"),
        None
    );
    assert_eq!(world.pushes(), 0);
    let outputs = world.action.outputs(&cx);
    assert_eq!(outputs["pull-request-operation"], "none");
    assert_eq!(outputs["pull-request-number"], "");
    assert_eq!(outputs["rewrites"], "0");
    assert_eq!(outputs["status"], "nothing-to-propose");
    world.github.assert_no_violations();
}

#[test]
fn a_bad_token_or_repository_stops_the_run_with_a_clear_error_and_nothing_written() {
    let world = World::ledger();
    let checkout = world.checkout("bad");

    let wrong = "ghs_not-a-token-github-issued";
    let (step, _) = world.run_action_as(&checkout, &[], wrong, &format!("{OWNER}/{NAME}"));
    assert!(!step.ok, "{}", step.log());
    assert!(
        step.stderr.contains("refused the token in GITHUB_TOKEN")
            && step.stderr.contains("octo/ledger"),
        "{}",
        step.log()
    );
    assert!(!step.stderr.contains(wrong), "{}", step.log());

    // A repository the token does not cover: GitHub answers 404 (the fake, 401); either way
    // the error names the repository and the API.
    let (step, _) = world.run_action_as(&checkout, &[], &world.token, "octo/missing");
    assert!(!step.ok, "{}", step.log());
    assert!(
        step.stderr.contains("`octo/missing`") && step.stderr.contains(&world.github.api_url()),
        "{}",
        step.log()
    );

    // An empty token (the workflow passed none): said before anything is sent.
    let requests = world.github.requests().len();
    let (step, _) = world.run_action_as(&checkout, &[], "", &format!("{OWNER}/{NAME}"));
    assert!(!step.ok, "{}", step.log());
    assert!(
        step.stderr
            .contains("--publish needs a GitHub token in the environment variable GITHUB_TOKEN"),
        "{}",
        step.log()
    );
    assert_eq!(world.github.requests().len(), requests);

    // Nothing of any of them reached the repository, and no scratch clone was started.
    assert!(world.github.pulls(OWNER, NAME).is_empty());
    assert_eq!(
        world.github.branch_sha(OWNER, NAME, "parallelize/main"),
        None
    );
    assert_eq!(world.pushes(), 0);
    assert!(!step.stdout.contains("pull-request text"), "{}", step.log());
}

#[test]
fn the_install_step_uses_a_parallelize_of_the_wanted_version_already_on_path() {
    let action = Action::load();
    assert_eq!(
        action.default("version"),
        env!("CARGO_PKG_VERSION"),
        "action.yml installs another version than this build's"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let env = vec![
        ("PATH", path_with_binary()),
        ("RUNNER_TEMP", dir.path().display().to_string()),
    ];
    // An interpreter that does not exist: any attempt to install fails the step.
    let inputs = |version: &str| Contexts {
        inputs: BTreeMap::from([
            ("python".to_owned(), "/nonexistent/python3".to_owned()),
            ("version".to_owned(), version.to_owned()),
        ]),
        ..Contexts::default()
    };
    let mut cx = inputs(env!("CARGO_PKG_VERSION"));
    let step = action.run_step("install", &mut cx, dir.path(), &env);
    assert!(step.ok, "{}", step.log());
    assert_eq!(
        step.outputs.get("bin").map(PathBuf::from),
        Some(PathBuf::from(env!("CARGO_BIN_EXE_parallelize")))
    );
    // Another version is installed from PyPI, not taken from PATH.
    let mut cx = inputs("0.0.1");
    let step = action.run_step("install", &mut cx, dir.path(), &env);
    assert!(!step.ok, "{}", step.log());
    assert!(!step.outputs.contains_key("bin"), "{:?}", step.outputs);
}
