//! `parallelize`: finds sequential Python that can safely run in parallel, rewrites it, and
//! proposes it. This binary is the command-line face; the analysis lives in `transforms`.

mod cache;
mod check;
mod cli;
mod discover;
mod explain;
mod github;
mod output;
mod propose;
mod remote;
mod sandbox;
mod serve;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Check(args) => check::run(&args),
        cli::Command::Propose(args) => propose::run(&args),
        cli::Command::Serve(args) => serve::run(&args),
        cli::Command::Explain(args) => explain::run(&args),
        cli::Command::Rules => explain::list(),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("parallelize: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
