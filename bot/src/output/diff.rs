//! `--diff`: unified diffs of the safe fixes; nothing is written.

use std::io::Write;

use crate::check::Report;

pub fn write(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    for (path, (_, old, new)) in &report.fixed_texts {
        let diff = similar::TextDiff::from_lines(old.as_str(), new.as_str());
        write!(
            out,
            "{}",
            diff.unified_diff()
                .context_radius(3)
                .header(&format!("a/{path}"), &format!("b/{path}"))
        )?;
    }
    let n = report.fixed_texts.len();
    eprintln!("Would fix {n} file{}.", if n == 1 { "" } else { "s" });
    Ok(())
}
