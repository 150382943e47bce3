//! `parallelize explain CODE` and `parallelize rules`: the rules' own documentation.

use std::process::ExitCode;

use anyhow::bail;

use crate::cli::ExplainArgs;

pub fn run(args: &ExplainArgs) -> anyhow::Result<ExitCode> {
    let Some(info) = transforms::rules::info(&args.code) else {
        let known: Vec<&str> = transforms::rules::all().iter().map(|r| r.code).collect();
        bail!(
            "unknown rule `{}`; known rules: {}",
            args.code,
            known.join(", ")
        );
    };
    println!("# {} ({})\n", info.code, info.name);
    println!("{}", transforms::rules::doc_text(info).trim_end());
    Ok(ExitCode::SUCCESS)
}

pub fn list() -> anyhow::Result<ExitCode> {
    for r in transforms::rules::all() {
        println!("{}  {:<24} {}", r.code, r.name, r.summary);
    }
    Ok(ExitCode::SUCCESS)
}
