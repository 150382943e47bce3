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
