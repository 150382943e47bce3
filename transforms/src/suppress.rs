//! `# parallelize: ignore[PAR101, PAR2]` and bare `# parallelize: ignore` comments.

use std::collections::BTreeMap;

use crate::py;
use crate::source::Parsed;

/// Suppression comments by 1-based line.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// `None` = every rule; `Some(codes)` = those codes or prefixes.
    by_line: BTreeMap<usize, Option<Vec<String>>>,
}

impl Suppressions {
    pub fn parse(parsed: &Parsed) -> Self {
        let mut s = Suppressions::default();
        let src = parsed.text.as_str();
        if !src.contains("parallelize") {
            return s;
        }
        py::walk(parsed.root(), true, &mut |n| {
            if n.kind() != "comment" {
                return;
            }
            let line = parsed.lines.line_col(src, n.start_byte()).0;
            if let Some(codes) = parse_comment(py::text(src, n)) {
                s.by_line.insert(line, codes);
            }
        });
        s
    }

    pub fn is_suppressed(&self, line: usize, rule: &str) -> bool {
        match self.by_line.get(&line) {
            Some(None) => true,
            Some(Some(codes)) => codes.iter().any(|c| rule.starts_with(c.as_str())),
            None => false,
        }
    }
}

/// `Some(None)` for a bare ignore, `Some(Some(codes))` for a list, `None` if not a suppression.
fn parse_comment(comment: &str) -> Option<Option<Vec<String>>> {
    let idx = comment.find("parallelize:")?;
    let rest = comment[idx + "parallelize:".len()..].trim_start();
    let rest = rest.strip_prefix("ignore")?;
    let rest = rest.trim_start();
    if let Some(list) = rest.strip_prefix('[') {
        let end = list.find(']')?;
        let codes: Vec<String> = list[..end]
            .split(',')
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        return Some(Some(codes));
    }
    Some(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_forms() {
        assert_eq!(parse_comment("# parallelize: ignore"), Some(None));
        assert_eq!(
            parse_comment("# noqa  # parallelize: ignore[PAR101, PAR2]"),
            Some(Some(vec!["PAR101".into(), "PAR2".into()]))
        );
        assert_eq!(parse_comment("# ignore this"), None);
    }
}
