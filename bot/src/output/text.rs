//! Default text output: one ruff-style line per finding, reasons below `review` ones.

use std::collections::BTreeMap;
use std::io::Write;

use transforms::Safety;

use crate::check::Report;

pub fn write(out: &mut dyn Write, report: &Report, fixed: bool) -> anyhow::Result<()> {
    let mut safe = 0;
    let mut review = 0;
    for f in &report.findings {
        let applied = fixed && f.safety == Safety::Safe && report.fixed_texts.contains_key(&f.path);
        let tag = match (f.safety, applied) {
            (Safety::Safe, true) => "fixed",
            (Safety::Safe, false) => "safe",
            (Safety::Review, _) => "review",
        };
        writeln!(
            out,
            "{}:{}:{}: {} [{}] {} ({}, {})",
            f.path,
            f.line,
            f.column,
            f.rule,
            tag,
            f.message,
            f.strategy.as_str(),
            f.workload.as_str()
        )?;
        match f.safety {
            Safety::Safe => safe += 1,
            Safety::Review => {
                review += 1;
                for r in &f.reasons {
                    writeln!(out, "    - {r}")?;
                }
            }
        }
    }
    let total = safe + review;
    if total == 0 {
        writeln!(out, "No findings in {} files.", report.files)?;
    } else {
        let action = if fixed { "fixed" } else { "fixable with --fix" };
        writeln!(out, "Found {total} finding{} in {} files: {safe} {action}, {review} to review (not changed).", if total == 1 { "" } else { "s" }, report.files)?;
    }
    Ok(())
}

pub fn write_statistics(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    let mut by_rule: BTreeMap<&str, (usize, usize, &str)> = BTreeMap::new();
    for f in &report.findings {
        let e = by_rule.entry(f.rule).or_insert((0, 0, f.name));
        match f.safety {
            Safety::Safe => e.0 += 1,
            Safety::Review => e.1 += 1,
        }
    }
    for (rule, (safe, review, name)) in by_rule {
        writeln!(
            out,
            "{:>5}  {rule}  {name}  (safe {safe}, review {review})",
            safe + review
        )?;
    }
    Ok(())
}
