//! `--output-format github`: GitHub Actions workflow commands (`::warning file=...::message`).

use std::io::Write;

use transforms::Safety;

use crate::check::Report;

/// Escape a message for a workflow command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value (also `:` and `,`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(out: &mut dyn Write, report: &Report) -> anyhow::Result<()> {
    for f in &report.findings {
        let level = match f.safety {
            Safety::Safe => "warning",
            Safety::Review => "notice",
        };
        let mut message = format!(
            "{} ({}, {})",
            f.message,
            f.strategy.as_str(),
            f.workload.as_str()
        );
        if f.safety == Safety::Review && !f.reasons.is_empty() {
            message.push_str("\nNot rewritten: ");
            message.push_str(&f.reasons.join("; "));
        }
        writeln!(
            out,
            "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&f.path),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            escape_property(&format!("{} {}", f.rule, f.name)),
            escape_data(&message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
