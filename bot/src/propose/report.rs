//! What a `propose` run produced: the machine-readable `result.json` and the data the pull
//! request templates render.

use serde::Serialize;
use transforms::{CheckItem, Finding};

use super::junit::{Cases, Outcome};
use super::project::Step;

/// Why the run ended where it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// A branch with verified rewrites was written.
    Proposed,
    /// Everything was verified; `--dry-run` kept it from being committed.
    DryRun,
    /// No rewrite was proven safe: nothing to verify or commit.
    NothingToPropose,
    /// Every safe rewrite broke a test and was dropped.
    AllDropped,
    /// The setup of the project failed.
    SetupFailed,
    /// The tests failed (or timed out) on the unchanged code.
    BaselineFailed,
    /// The test command ran no test.
    NoTests,
}

impl Status {
    /// Exit code of `propose`: 0 when the run completed, 2 when it could not verify.
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Proposed | Status::DryRun | Status::NothingToPropose | Status::AllDropped => 0,
            Status::SetupFailed | Status::BaselineFailed | Status::NoTests => 2,
        }
    }
}

/// One finding in the report, with what the engine explained and what the tests showed.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    #[serde(flatten)]
    pub finding: Finding,
    pub function: Option<String>,
    pub rationale: String,
    pub checklist: Vec<CheckItem>,
    /// For dropped rewrites: the tests that passed before and failed with it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub failing_tests: Vec<String>,
    /// The tests that call the function holding the rewrite (measured on the unchanged code);
    /// `None` when not measured (module-level code, or no trace run).
    pub tests: Option<Vec<String>>,
    /// Those tests' summed durations before and after.
    pub tests_seconds: Option<(f64, f64)>,
    /// The loop's items and time per item as the tests ran it (trace run, unchanged code);
    /// `None` when no test ran the loop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measured: Option<Measured>,
    /// From `measured` and the calibration: the break-even item count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payoff: Option<Payoff>,
    /// The replay of the tests' own call, original against rewrite ([`super::replay`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replay: Option<super::replay::Replay>,
    /// What identifies the rewrite across commits ([`super::fingerprint`]); empty for findings
    /// in files without a safe rewrite.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
}

impl Change {
    /// A setting the rewrite spells in its checklist (`max_workers=2` under "Worker count
    /// bounded", `chunksize=8` under "Chunked"): the code span of that item starting with `key`.
    pub fn spelled(&self, item: &str, key: &str) -> Option<&str> {
        let evidence = &self.checklist.iter().find(|i| i.item == item)?.evidence;
        evidence.split('`').find(|s| s.starts_with(key))
    }

    pub fn new(finding: &Finding) -> Self {
        Self {
            function: finding.function.clone(),
            rationale: finding.rationale.clone(),
            checklist: finding.checklist.clone(),
            finding: finding.clone(),
            failing_tests: Vec::new(),
            tests: None,
            tests_seconds: None,
            measured: None,
            payoff: None,
            replay: None,
            fingerprint: String::new(),
        }
    }
}

/// What the trace run measured of one loop: every execution the tests made of it (up to 200),
/// summarised.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Measured {
    /// Executions of the loop measured.
    pub executions: usize,
    /// Items of the longest execution, and the test that ran it.
    pub items: u64,
    pub test: String,
    /// Which call of the function in that test made it (1 for the first; `None` when it was
    /// made from another thread than the main one, where the replay does not look).
    #[serde(skip)]
    pub call: Option<u64>,
    /// The function's qualified name, as the interpreter spells it (`Class.method`).
    #[serde(skip)]
    pub qualname: Option<String>,
    /// The time of one item over all the executions (their time over their items), in
    /// seconds: the tests' workload as a whole, so a test that mocks the work away counts for
    /// its share only. Measured under line tracing of the loop's own frame, so slightly high for
    /// very cheap items.
    pub seconds_per_item: f64,
}

/// One execution of a loop in the trace run.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct LoopRun {
    pub items: u64,
    pub seconds: f64,
    pub test: Option<String>,
    pub call: Option<u64>,
    pub qualname: Option<String>,
}

impl Measured {
    /// From the executions; `None` when there is none. The longest execution made from the
    /// main thread is the one reported and replayed (the longest of all when none is): the
    /// most work the tests give the loop, where a test that mocks the work away gives little.
    pub fn from_runs(runs: &[LoopRun]) -> Option<Measured> {
        let largest = runs.iter().max_by(|a, b| {
            (a.call.is_some(), a.seconds)
                .partial_cmp(&(b.call.is_some(), b.seconds))
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        let items: u64 = runs.iter().map(|r| r.items).sum();
        let seconds: f64 = runs.iter().map(|r| r.seconds).sum();
        if items == 0 {
            return None;
        }
        Some(Measured {
            executions: runs.len(),
            items: largest.items,
            test: largest.test.clone().unwrap_or_default(),
            call: largest.call,
            qualname: largest.qualname.clone(),
            seconds_per_item: seconds / items as f64,
        })
    }
}

/// What a pool costs on the runner, measured by the calibration run (`calibrate.py`).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct Calibration {
    pub python: String,
    /// `fork`, `forkserver` or `spawn`: the start method the project's interpreter uses.
    pub start_method: String,
    pub cpus: usize,
    pub process: PoolCost,
    pub thread: PoolCost,
}

/// One pool kind's measured costs.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq)]
pub struct PoolCost {
    pub workers: usize,
    /// Starting the pool, every worker importing the project's modules, shutting it down.
    pub fixed_seconds: f64,
    /// One round trip of a trivial task.
    pub seconds_per_task: f64,
}

impl PoolCost {
    /// Time of `items` items of `per_item` seconds each on this pool, `chunksize` items a task,
    /// with `workers` of them at once (the model behind the break-even: the fixed cost, then the
    /// items shared by the workers, plus one round trip per task).
    pub fn pooled_seconds(&self, per_item: f64, items: u64, chunksize: u64, workers: usize) -> f64 {
        let n = items as f64;
        let w = workers.max(1) as f64;
        let tasks = (n / chunksize.max(1) as f64).ceil();
        self.fixed_seconds + n * per_item / w + tasks * self.seconds_per_task
    }

    /// The smallest item count from which the pool is faster than the loop; `None` when it
    /// never is (the round trip costs more than what a worker saves per item).
    pub fn break_even(&self, per_item: f64, chunksize: u64, workers: usize) -> Option<u64> {
        let w = workers.max(1) as f64;
        let saved = per_item * (1.0 - 1.0 / w) - self.seconds_per_task / chunksize.max(1) as f64;
        if saved <= 0.0 {
            return None;
        }
        Some((self.fixed_seconds / saved).ceil().max(1.0) as u64)
    }
}

/// The break-even of one rewrite and what the model predicts at the tests' item count.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Payoff {
    /// Items from which the pool pays off; `None`: never, at any count.
    pub break_even: Option<u64>,
    /// Predicted (not measured) speedup at the largest item count the tests used.
    pub predicted_speedup: f64,
    pub workers: usize,
    pub chunksize: u64,
}

impl Payoff {
    pub fn new(cost: &PoolCost, measured: &Measured, workers: usize, chunksize: u64) -> Payoff {
        let sequential = measured.seconds_per_item * measured.items as f64;
        let pooled = cost.pooled_seconds(
            measured.seconds_per_item,
            measured.items,
            chunksize,
            workers,
        );
        Payoff {
            break_even: cost.break_even(measured.seconds_per_item, chunksize, workers),
            predicted_speedup: if pooled > 0.0 {
                sequential / pooled
            } else {
                0.0
            },
            workers,
            chunksize,
        }
    }
}

/// One setup step as it ran.
#[derive(Debug, Clone, Serialize)]
pub struct StepRun {
    #[serde(flatten)]
    pub step: Step,
    pub seconds: f64,
    pub status: String,
    pub log: String,
}

/// Totals of one test run.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Suite {
    pub passed: usize,
    pub failed: usize,
    pub errors: usize,
    pub skipped: usize,
    /// Wall time of the whole test command.
    pub seconds: f64,
    /// `exit 0`, `exit 1`, `killed by signal 9`, `timed out after 900 s`.
    pub exit: String,
    pub log: String,
    #[serde(skip)]
    pub cases: Cases,
}

impl Suite {
    pub fn from_cases(cases: Cases, seconds: f64, exit: String, log: String) -> Self {
        let count = |o: Outcome| cases.values().filter(|c| c.outcome == o).count();
        Self {
            passed: count(Outcome::Passed),
            failed: count(Outcome::Failed),
            errors: count(Outcome::Error),
            skipped: count(Outcome::Skipped),
            seconds,
            exit,
            log,
            cases,
        }
    }

    /// Summed duration of `tests` in this run.
    pub fn seconds_of(&self, tests: &[String]) -> f64 {
        tests
            .iter()
            .filter_map(|t| self.cases.get(t))
            .map(|c| c.seconds)
            .sum()
    }

    /// Tests that passed in `before` and did not pass here (failed, errored, skipped or gone).
    pub fn newly_failing(&self, before: &Suite) -> Vec<String> {
        before
            .cases
            .iter()
            .filter(|(_, c)| c.outcome == Outcome::Passed)
            .filter(|(id, _)| {
                self.cases
                    .get(id.as_str())
                    .is_none_or(|c| c.outcome != Outcome::Passed)
            })
            .map(|(id, _)| id.clone())
            .chain(
                // Errors with ids unknown before: collection errors of a module, say.
                self.cases
                    .iter()
                    .filter(|(id, c)| {
                        c.outcome == Outcome::Error && !before.cases.contains_key(id.as_str())
                    })
                    .map(|(id, _)| id.clone()),
            )
            .collect()
    }
}

/// A test whose duration changed noticeably between the runs.
#[derive(Debug, Clone, Serialize)]
pub struct Timing {
    pub test: String,
    pub before: f64,
    pub after: f64,
}

/// Tests that got faster and slower (at least 20 % and 50 ms), largest change first, at most
/// `limit` each.
pub fn timing_changes(before: &Suite, after: &Suite, limit: usize) -> (Vec<Timing>, Vec<Timing>) {
    let mut faster = Vec::new();
    let mut slower = Vec::new();
    for (id, b) in &before.cases {
        let Some(a) = after.cases.get(id) else {
            continue;
        };
        if b.outcome != Outcome::Passed || a.outcome != Outcome::Passed {
            continue;
        }
        let diff = a.seconds - b.seconds;
        if diff.abs() < 0.05 || (diff.abs() / b.seconds.max(a.seconds).max(1e-9)) < 0.2 {
            continue;
        }
        let t = Timing {
            test: id.clone(),
            before: b.seconds,
            after: a.seconds,
        };
        if diff < 0.0 {
            faster.push(t);
        } else {
            slower.push(t);
        }
    }
    let by_change = |x: &Timing, y: &Timing| {
        (y.after - y.before)
            .abs()
            .total_cmp(&(x.after - x.before).abs())
    };
    faster.sort_by(by_change);
    slower.sort_by(by_change);
    faster.truncate(limit);
    slower.truncate(limit);
    (faster, slower)
}

/// Everything `result.json` holds (stable: version 1).
#[derive(Debug, Clone, Serialize)]
pub struct ProposeResult {
    pub version: u32,
    pub status: Status,
    /// One human sentence: what happened.
    pub message: String,
    pub repository: String,
    pub base: String,
    pub base_commit: String,
    /// The branch written to the repository (`None` for dry runs and runs without a result).
    pub branch: Option<String>,
    pub commit: Option<String>,
    /// The scratch clone the run worked in.
    pub clone: String,
    pub isolation: String,
    pub setup: Vec<StepRun>,
    pub test_command: String,
    pub before: Option<Suite>,
    pub after: Option<Suite>,
    /// Test-suite runs in all (baseline, after, bisection).
    pub test_runs: usize,
    pub applied: Vec<Change>,
    pub dropped: Vec<Change>,
    pub review: Vec<Change>,
    pub faster: Vec<Timing>,
    pub slower: Vec<Timing>,
    pub title: Option<String>,
    /// What a pool costs on the runner (`None` when the calibration could not run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calibration: Option<Calibration>,
    /// The pull request `propose --publish` opened, updated or closed on GitHub.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pull_request: Option<super::publish::Published>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::junit::Case;

    #[test]
    fn break_even_is_where_the_pool_catches_up_with_the_loop() {
        // 20 ms to start, 100 µs a round trip, 2 workers.
        let cost = PoolCost {
            workers: 2,
            fixed_seconds: 0.020,
            seconds_per_task: 0.000_100,
        };
        // 1 ms an item, 8 a task: each item saves 0.5 ms - 12.5 µs; 20 ms / 487.5 µs = 41.03.
        assert_eq!(cost.break_even(0.001, 8, 2), Some(42));
        let at = |n| 0.001 * n as f64 / cost.pooled_seconds(0.001, n, 8, 2);
        assert!(at(41) < 1.0 && at(42) > 1.0, "{} {}", at(41), at(42));
        // 50 µs an item, one a task: a round trip costs more than a worker saves.
        assert_eq!(cost.break_even(0.000_050, 1, 2), None);
        // One worker never pays.
        assert_eq!(cost.break_even(1.0, 1, 1), None);
    }

    #[test]
    fn a_loop_measurement_is_the_time_per_item_of_all_executions_and_the_longest_one() {
        let run = |items, seconds, test: &str, call| LoopRun {
            items,
            seconds,
            test: Some(test.to_owned()),
            call,
            qualname: Some("f".to_owned()),
        };
        let m = Measured::from_runs(&[
            run(10, 0.010, "t::small", Some(1)),
            run(40, 0.080, "t::large", Some(2)),
            run(20, 0.060, "t::slow", Some(1)),
            // Many items of a mocked-away workload.
            run(500, 0.002, "t::mocked", Some(1)),
        ])
        .expect("measured");
        assert_eq!(
            (m.executions, m.items, m.test.as_str(), m.call),
            (4, 40, "t::large", Some(2))
        );
        // 152 ms over 570 items.
        assert!((m.seconds_per_item - 0.152 / 570.0).abs() < 1e-12, "{m:?}");
        // A larger execution in another thread cannot be replayed: the main thread's is chosen.
        let m = Measured::from_runs(&[
            run(10, 0.010, "t::main", Some(1)),
            run(40, 0.080, "t::thread", None),
        ])
        .expect("measured");
        assert_eq!((m.items, m.test.as_str(), m.call), (10, "t::main", Some(1)));
        assert_eq!(Measured::from_runs(&[]), None);
    }

    fn suite(cases: &[(&str, Outcome, f64)]) -> Suite {
        let cases: Cases = cases
            .iter()
            .map(|(id, outcome, seconds)| {
                (
                    id.to_string(),
                    Case {
                        outcome: *outcome,
                        seconds: *seconds,
                    },
                )
            })
            .collect();
        Suite::from_cases(cases, 1.0, "exit 0".into(), String::new())
    }

    #[test]
    fn newly_failing_counts_failures_disappearances_and_new_errors_only() {
        let before = suite(&[
            ("a", Outcome::Passed, 0.1),
            ("b", Outcome::Passed, 0.1),
            ("c", Outcome::Failed, 0.1),
            ("d", Outcome::Passed, 0.1),
            ("e", Outcome::Skipped, 0.0),
        ]);
        let after = suite(&[
            ("a", Outcome::Passed, 0.1),
            ("b", Outcome::Error, 0.1),
            ("c", Outcome::Failed, 0.1),
            ("e", Outcome::Skipped, 0.0),
            ("tests.test_new", Outcome::Error, 0.0),
        ]);
        assert_eq!(
            after.newly_failing(&before),
            vec!["b", "d", "tests.test_new"]
        );
        assert_eq!((after.passed, after.errors, after.skipped), (1, 2, 1));
    }

    #[test]
    fn timing_changes_ignore_noise_and_sort_by_size() {
        let before = suite(&[
            ("big", Outcome::Passed, 4.0),
            ("small", Outcome::Passed, 1.0),
            ("noise", Outcome::Passed, 0.010),
            ("same", Outcome::Passed, 1.0),
            ("worse", Outcome::Passed, 0.2),
        ]);
        let after = suite(&[
            ("big", Outcome::Passed, 1.0),
            ("small", Outcome::Passed, 0.5),
            ("noise", Outcome::Passed, 0.040),
            ("same", Outcome::Passed, 1.1),
            ("worse", Outcome::Passed, 0.6),
        ]);
        let (faster, slower) = timing_changes(&before, &after, 5);
        let names = |v: &[Timing]| v.iter().map(|t| t.test.clone()).collect::<Vec<_>>();
        assert_eq!(names(&faster), vec!["big", "small"]);
        assert_eq!(names(&slower), vec!["worse"]);
    }
}
