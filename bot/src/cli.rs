//! Command-line interface (stable: see DESIGN.md).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "parallelize",
    version,
    about = "Find sequential Python that can safely run in parallel, and rewrite it"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Report loops that could run in parallel; with --fix, rewrite the ones proven safe.
    Check(CheckArgs),
    /// Do the bot's whole job on a local git repository: rewrite in a scratch clone, verify with
    /// the project's tests in a sandbox, commit on `parallelize/<base>`, write the PR text.
    Propose(ProposeArgs),
    /// Run the GitHub App: webhooks in, verified pull requests out.
    Serve(ServeArgs),
    /// Print a rule's documentation (`parallelize explain PAR101`).
    Explain(ExplainArgs),
    /// List every rule.
    Rules,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Sarif,
    Github,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files or directories to check (default: the current directory).
    pub paths: Vec<PathBuf>,
    /// Apply every `safe` fix in place.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print the fixes as a unified diff; write nothing.
    #[arg(long)]
    pub diff: bool,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub output_format: OutputFormat,
    /// Rule codes or prefixes to enable, comma-separated (replaces the config's `select`).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Rule codes or prefixes to disable, comma-separated (added to the config's `ignore`).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Print counts per rule instead of each finding.
    #[arg(long)]
    pub statistics: bool,
    /// Do not read or write the cache in `.parallelize_cache/`.
    #[arg(long)]
    pub no_cache: bool,
    /// Use this configuration file instead of discovering pyproject.toml / parallelize.toml.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Only parse every file (benchmark floor); report nothing.
    #[arg(long, hide = true)]
    pub parse_only: bool,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// Rule code, e.g. PAR101.
    pub code: String,
}

/// How the project's setup and tests are isolated.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Isolation {
    /// bubblewrap when it is installed and works, else a scrubbed environment and limits.
    Auto,
    /// Require bubblewrap; stop if it is not usable.
    Bubblewrap,
    /// Scrubbed environment, scratch HOME/TMPDIR and resource limits only.
    None,
}

#[derive(Args, Debug)]
pub struct ProposeArgs {
    /// A path inside the git repository (default: the current directory).
    pub path: Option<PathBuf>,
    /// The branch to start from (default: the checked-out branch).
    #[arg(long)]
    pub base: Option<String>,
    /// Verify everything, but commit nothing and leave the repository untouched.
    #[arg(long)]
    pub dry_run: bool,
    /// Where to write PR.md and result.json (default: `.parallelize/` in the scratch clone).
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// The Python interpreter the project's venv is made from.
    #[arg(long, default_value = "python3")]
    pub python: String,
    #[arg(long, value_enum, default_value_t = Isolation::Auto)]
    pub isolation: Isolation,
    /// Rule codes or prefixes to enable, comma-separated (replaces the config's `select`).
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Rule codes or prefixes to disable, comma-separated (added to the config's `ignore`).
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// No progress output (the result lines are still printed).
    #[arg(long, short)]
    pub quiet: bool,
    /// Publish the result on GitHub, as the App would (for a GitHub Actions workflow; see
    /// `action.yml`): force-push `<branch-prefix><base>` to the repository and open or update
    /// its one pull request into the base, with the App's title, body and labels; close that
    /// pull request when nothing is left to propose. A branch with someone else's commits is
    /// left alone. The branch is not fetched back into the local repository. Reads GITHUB_TOKEN (required; never printed), GITHUB_REPOSITORY
    /// (`owner/name`, required) and GITHUB_API_URL (default https://api.github.com), and
    /// appends `pull-request-number`, `pull-request-url`, `pull-request-operation`, `rewrites`
    /// and `status` to the file GITHUB_OUTPUT names, when set.
    #[arg(long, conflicts_with = "dry_run")]
    pub publish: bool,
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// App settings file (default: `parallelize-app.toml` in the current directory, when
    /// present). Environment variables override it: PARALLELIZE_APP_ID,
    /// PARALLELIZE_PRIVATE_KEY or PARALLELIZE_PRIVATE_KEY_PATH, PARALLELIZE_WEBHOOK_SECRET,
    /// DATABASE_URL, PARALLELIZE_GITHUB_API_URL, PARALLELIZE_LISTEN, PARALLELIZE_WORKERS.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Seconds a claimed job stays reserved without a heartbeat: after a crash, its job runs
    /// again this long after the last heartbeat (workers renew every third of it).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub job_lease: u64,
    /// Seconds between two looks for repositories whose scheduled sweep is due (a new
    /// installation's repositories are swept at the first look).
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86400))]
    pub sweep_tick: u64,
    /// Python interpreter the repositories' virtual environments are made with.
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// How repositories' setup and tests are isolated. The App runs code it does not control,
    /// so bubblewrap is required unless `auto` or `none` is chosen explicitly.
    #[arg(long, value_enum, default_value_t = Isolation::Bubblewrap)]
    pub isolation: Isolation,
}
