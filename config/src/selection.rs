//! Rule selection with ruff's `select` / `ignore` semantics.

/// Whether `selector` is a valid entry of `select` or `ignore`: the literal `ALL`, or
/// `PAR` followed by at most three digits (`PAR`, `PAR1`, `PAR10`, `PAR101`).
pub fn is_valid_selector(selector: &str) -> bool {
    if selector == "ALL" {
        return true;
    }
    match selector.strip_prefix("PAR") {
        Some(digits) => digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()),
        None => false,
    }
}

/// Which rules are enabled, from `select` and `ignore` lists of code prefixes.
///
/// A code is enabled when it matches a `select` prefix and the most specific (longest)
/// matching prefix among `select` and `ignore` comes from `select`; on a tie `ignore`
/// wins. `ALL` matches every code and is the least specific prefix. An empty `select`
/// means `ALL` (to turn every rule off, ignore `ALL`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSelection {
    select: Vec<String>,
    ignore: Vec<String>,
}

impl Default for RuleSelection {
    /// Every rule enabled.
    fn default() -> Self {
        Self {
            select: vec!["ALL".to_owned()],
            ignore: Vec::new(),
        }
    }
}

impl RuleSelection {
    /// A selection from `select` and `ignore` prefixes (e.g. `RepoConfig::select` and
    /// `RepoConfig::ignore`). Entries are used as given; see [`is_valid_selector`].
    pub fn new(
        select: impl IntoIterator<Item = impl AsRef<str>>,
        ignore: impl IntoIterator<Item = impl AsRef<str>>,
    ) -> Self {
        let mut select: Vec<String> = select.into_iter().map(|s| s.as_ref().to_owned()).collect();
        if select.is_empty() {
            select.push("ALL".to_owned());
        }
        let ignore = ignore.into_iter().map(|s| s.as_ref().to_owned()).collect();
        Self { select, ignore }
    }

    /// Whether the rule `code` (e.g. `PAR101`) is enabled.
    pub fn is_enabled(&self, code: &str) -> bool {
        let Some(selected) = most_specific(&self.select, code) else {
            return false;
        };
        most_specific(&self.ignore, code).is_none_or(|ignored| selected > ignored)
    }
}

/// The specificity of the most specific prefix in `prefixes` that matches `code`:
/// 0 for `ALL`, otherwise the prefix length.
fn most_specific(prefixes: &[String], code: &str) -> Option<usize> {
    prefixes
        .iter()
        .filter_map(|p| match p.as_str() {
            "ALL" => Some(0),
            p if code.starts_with(p) => Some(p.len()),
            _ => None,
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::{is_valid_selector, RuleSelection};

    const NONE: [&str; 0] = [];

    #[test]
    fn selectors() {
        for ok in ["ALL", "PAR", "PAR1", "PAR10", "PAR101"] {
            assert!(is_valid_selector(ok), "{ok}");
        }
        for bad in [
            "", "all", "PA", "par101", "PAR1011", "PAR1a", "E501", "PAR 1", "ALLX",
        ] {
            assert!(!is_valid_selector(bad), "{bad}");
        }
    }

    #[test]
    fn default_enables_everything() {
        let s = RuleSelection::default();
        assert!(s.is_enabled("PAR101"));
        assert!(s.is_enabled("PAR302"));
        let empty = RuleSelection::new(NONE, NONE);
        assert!(empty.is_enabled("PAR211"));
        assert_eq!(empty, RuleSelection::default());
    }

    #[test]
    fn prefix_select_with_specific_ignore() {
        let s = RuleSelection::new(["PAR1"], ["PAR103"]);
        assert!(s.is_enabled("PAR101"));
        assert!(s.is_enabled("PAR104"));
        assert!(!s.is_enabled("PAR103"));
        assert!(!s.is_enabled("PAR201"));
    }

    #[test]
    fn all_with_ignored_group() {
        let s = RuleSelection::new(["ALL"], ["PAR2"]);
        assert!(!s.is_enabled("PAR201"));
        assert!(!s.is_enabled("PAR213"));
        assert!(s.is_enabled("PAR101"));
        assert!(s.is_enabled("PAR301"));
    }

    #[test]
    fn more_specific_select_beats_broader_ignore() {
        let s = RuleSelection::new(["PAR", "PAR201"], ["PAR2"]);
        assert!(s.is_enabled("PAR201"));
        assert!(!s.is_enabled("PAR202"));
        assert!(s.is_enabled("PAR101"));
    }

    #[test]
    fn ignore_wins_ties_and_all() {
        assert!(!RuleSelection::new(["PAR1"], ["PAR1"]).is_enabled("PAR101"));
        assert!(!RuleSelection::new(["ALL"], ["ALL"]).is_enabled("PAR101"));
        assert!(!RuleSelection::new(NONE, ["ALL"]).is_enabled("PAR101"));
        assert!(!RuleSelection::new(["ALL"], ["PAR"]).is_enabled("PAR101"));
        assert!(RuleSelection::new(["PAR"], ["ALL"]).is_enabled("PAR101"));
    }
}
