//! `--output-format json`: `{"version": 1, "files": N, "findings": [...], "skipped": [...]}`.

use std::io::Write;

use serde::Serialize;

use crate::check::{Report, Skipped};

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: usize,
    findings: &'a [transforms::Finding],
    skipped: &'a [Skipped],
}

pub fn write(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    let doc = JsonReport {
        version: 1,
        files: report.files,
        findings: &report.findings,
        skipped: &report.skipped,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)?;
    Ok(())
}
