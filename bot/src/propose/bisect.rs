//! Narrowing a red test run down to the rewrites that caused it.
//!
//! The rewrites are applied as a list. When the whole list turns tests red, the smallest failing
//! prefix is found by binary search: its last element is a culprit (alone, or together with the
//! elements before it). It is dropped with the tests it broke, and the rest is run again, until a
//! run is green or nothing is left. Each culprit costs about log2(n) + 1 test runs.
//!
//! A flaky test can only make this drop a rewrite that was fine, never keep one that failed: every
//! set that is kept has just passed a full run.

/// The outcome of [`drop_culprits`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrowed<T> {
    /// Candidates whose combined run is green, in input order.
    pub kept: Vec<T>,
    /// Culprits, in the order found, each with the tests that failed when it was added.
    pub dropped: Vec<(T, Vec<String>)>,
    /// Test runs made.
    pub runs: usize,
}

/// `candidates` together failed with `failing`; `run(subset)` applies exactly `subset` (on top of
/// the unchanged code) and returns the tests that now fail but passed before (empty = green).
/// The unchanged code (the empty subset) is known to be green.
pub fn drop_culprits<T: Clone, E>(
    candidates: &[T],
    failing: Vec<String>,
    mut run: impl FnMut(&[T], Step) -> Result<Vec<String>, E>,
) -> Result<Narrowed<T>, E> {
    let mut kept: Vec<T> = candidates.to_vec();
    let mut dropped = Vec::new();
    let mut runs = 0;
    let mut failing_all = failing;
    while !kept.is_empty() && !failing_all.is_empty() {
        // Invariant: prefix `lo` is green, prefix `hi` is red with `failing_hi`.
        let (mut lo, mut hi) = (0, kept.len());
        let mut failing_hi = failing_all.clone();
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            runs += 1;
            let failed = run(
                &kept[..mid],
                Step::Bisect {
                    trying: mid,
                    of: kept.len(),
                },
            )?;
            if failed.is_empty() {
                lo = mid;
            } else {
                hi = mid;
                failing_hi = failed;
            }
        }
        let culprit = kept.remove(hi - 1);
        dropped.push((culprit, failing_hi));
        if kept.is_empty() {
            break;
        }
        runs += 1;
        failing_all = run(&kept, Step::Confirm { kept: kept.len() })?;
    }
    Ok(Narrowed {
        kept,
        dropped,
        runs,
    })
}

/// What a run inside [`drop_culprits`] is for (for progress output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Trying the first `trying` of `of` remaining rewrites.
    Bisect { trying: usize, of: usize },
    /// Running the `kept` rewrites left after dropping a culprit.
    Confirm { kept: usize },
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fake test suite: each culprit breaks one test when applied; `pairs` break a test only
    /// when both are applied.
    fn suite<'a>(
        culprits: &'a [u32],
        pairs: &'a [(u32, u32)],
    ) -> impl Fn(&[u32]) -> Vec<String> + 'a {
        move |applied: &[u32]| {
            let mut failed: Vec<String> = culprits
                .iter()
                .filter(|c| applied.contains(c))
                .map(|c| format!("test_{c}"))
                .collect();
            for (a, b) in pairs {
                if applied.contains(a) && applied.contains(b) {
                    failed.push(format!("test_{a}_{b}"));
                }
            }
            failed
        }
    }

    fn narrow(n: u32, culprits: &[u32], pairs: &[(u32, u32)]) -> Narrowed<u32> {
        let all: Vec<u32> = (0..n).collect();
        let tests = suite(culprits, pairs);
        let first = tests(&all);
        drop_culprits(&all, first, |s, _| Ok::<_, ()>(tests(s))).expect("no error")
    }

    #[test]
    fn finds_a_single_culprit_among_many_in_log_runs() {
        let r = narrow(16, &[11], &[]);
        assert_eq!(r.dropped, vec![(11, vec!["test_11".to_owned()])]);
        assert_eq!(r.kept, (0..16).filter(|&i| i != 11).collect::<Vec<_>>());
        // 4 bisection steps + 1 confirming run.
        assert_eq!(r.runs, 5);
    }

    #[test]
    fn drops_every_independent_culprit_with_its_own_failures() {
        let r = narrow(9, &[0, 4, 8], &[]);
        let dropped: Vec<(u32, Vec<String>)> = r.dropped;
        assert_eq!(
            dropped,
            vec![
                (0, vec!["test_0".to_owned()]),
                (4, vec!["test_4".to_owned()]),
                (8, vec!["test_8".to_owned()]),
            ]
        );
        assert_eq!(r.kept, vec![1, 2, 3, 5, 6, 7]);
    }

    #[test]
    fn an_interaction_drops_the_later_member_only() {
        // 2 and 5 are fine alone and break a test together: dropping 5 is enough.
        let r = narrow(8, &[], &[(2, 5)]);
        assert_eq!(r.dropped, vec![(5, vec!["test_2_5".to_owned()])]);
        assert_eq!(r.kept, vec![0, 1, 2, 3, 4, 6, 7]);
    }

    #[test]
    fn a_single_failing_candidate_needs_no_runs() {
        let r = narrow(1, &[0], &[]);
        assert_eq!(r.dropped.len(), 1);
        assert!(r.kept.is_empty());
        assert_eq!(r.runs, 0);
    }

    #[test]
    fn a_green_start_drops_nothing() {
        let r = narrow(5, &[], &[]);
        assert_eq!(r.kept.len(), 5);
        assert!(r.dropped.is_empty());
        assert_eq!(r.runs, 0);
    }

    #[test]
    fn errors_from_a_run_stop_the_search() {
        let all = [1, 2, 3, 4];
        let r = drop_culprits(&all, vec!["t".into()], |_, _| {
            Err::<Vec<String>, _>("timeout")
        });
        assert_eq!(r, Err("timeout"));
    }
}
