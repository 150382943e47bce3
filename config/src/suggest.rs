//! "Did you mean" suggestions for misspelt keys.

/// The known key closest to `unknown` by edit distance, if it is close enough to be a
/// plausible typo (at most 2 edits, or a third of the key's length for long keys).
/// Otherwise a known key that `unknown` ends with after a `-`, so that ruff-style
/// `extend-exclude` suggests `exclude`.
pub(crate) fn closest<'k>(unknown: &str, known: &[&'k str]) -> Option<&'k str> {
    let limit = (unknown.chars().count() / 3).max(2);
    known
        .iter()
        .map(|&k| (edit_distance(unknown, k), k))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
        .or_else(|| {
            known.iter().copied().find(|k| {
                unknown
                    .strip_suffix(k)
                    .is_some_and(|head| head.ends_with('-'))
            })
        })
}

/// Levenshtein distance between `a` and `b`, in characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("max-worker", "max-workers"), 1);
        assert_eq!(edit_distance("max_workers", "max-workers"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn suggestions() {
        let known = ["max-workers", "max-concurrency", "include", "bot"];
        assert_eq!(closest("max-worker", &known), Some("max-workers"));
        assert_eq!(closest("max_workers", &known), Some("max-workers"));
        assert_eq!(closest("inclde", &known), Some("include"));
        assert_eq!(closest("bots", &known), Some("bot"));
        assert_eq!(closest("colour", &known), None);
        assert_eq!(closest("extend-include", &known), Some("include"));
        assert_eq!(closest("xinclude-more", &known), None);
    }
}
