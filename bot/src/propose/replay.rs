//! The replay benchmark: each candidate's own call from the tests, through the original and the
//! rewritten function, compared and timed (`replay_plugin.py` does the work in the sandbox).
//!
//! A rewrite is proposed only when the replay found the same outcome (result or exception,
//! the arguments afterwards, the output) and measured it faster by at least `min-speedup` in
//! the lower quartile of its paired runs: one slow round in five does not sink a rewrite, two
//! do.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::{check, render, Runner};

/// Timed runs of each version.
pub const ROUNDS: usize = 5;

/// The replay plugin.
const PLUGIN: &str = include_str!("replay_plugin.py");

/// What the replay measured and compared of one rewrite.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Replay {
    /// The test whose call was replayed.
    pub test: String,
    /// Items the test's call had; items of one replayed run (the test's items replicated
    /// `factor` times, in `calls` calls).
    pub test_items: u64,
    pub items: u64,
    pub factor: u64,
    pub calls: u64,
    /// Seconds one run of the original was sized to (`replay-seconds`).
    pub sized_to: f64,
    /// Seconds of each run, in the order they ran (alternating, ABBA).
    pub original_seconds: Vec<f64>,
    pub rewrite_seconds: Vec<f64>,
    /// Median of the paired ratios (original over rewrite), their lower quartile (what the
    /// policy compares with `min-speedup`) and half their range over the median.
    pub speedup: f64,
    pub low: f64,
    pub spread: f64,
    /// Pickled size of one item of the loop's iterable, when it is a parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes_per_item: Option<u64>,
    pub compared: Vec<Compared>,
}

/// One comparison of the two versions' outcomes.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Compared {
    /// "the test's call" or "the replayed items".
    pub what: String,
    /// The start method the rewrite ran under, for a process pool.
    pub method: Option<String>,
    /// `None`: the same result or exception, arguments afterwards and output.
    pub difference: Option<String>,
}

/// What the plugin writes per target.
#[derive(Debug, Deserialize)]
struct Raw {
    #[serde(default)]
    original: Vec<f64>,
    #[serde(default)]
    rewrite: Vec<f64>,
    #[serde(default)]
    items: u64,
    #[serde(default)]
    factor: u64,
    #[serde(default)]
    calls: u64,
    bytes_per_item: Option<u64>,
    #[serde(default)]
    compared: Vec<Compared>,
    error: Option<String>,
}

impl Replay {
    fn from_raw(raw: Raw, test: &str, test_items: u64, sized_to: f64) -> Result<Replay, String> {
        if let Some(error) = raw.error {
            return Err(error);
        }
        let Some((speedup, low, spread)) = paired_stats(&raw.original, &raw.rewrite) else {
            return Err("no timed run finished".to_owned());
        };
        Ok(Replay {
            test: test.to_owned(),
            test_items,
            items: raw.items,
            factor: raw.factor,
            calls: raw.calls,
            sized_to,
            original_seconds: raw.original,
            rewrite_seconds: raw.rewrite,
            speedup,
            low,
            spread,
            bytes_per_item: raw.bytes_per_item,
            compared: raw.compared,
        })
    }

    /// Whether more runs could change the verdict: the same outcome, a median of at least `min`
    /// but a lower quartile under it. On a shared machine the CPU's speed can change by half for
    /// seconds at a time (other virtual machines on the host), so a few runs of each version
    /// land in a slow spell.
    pub fn undecided(&self, min: f64) -> bool {
        self.difference().is_none() && self.speedup >= min && self.low < min
    }

    /// This replay and `more` runs of the same call, pooled: every run and comparison of both,
    /// the statistics over all the pairs (the verdict still needs the lower quartile).
    pub fn pooled(mut self, more: Replay) -> Replay {
        self.original_seconds.extend(more.original_seconds);
        self.rewrite_seconds.extend(more.rewrite_seconds);
        self.compared.extend(more.compared);
        if let Some((speedup, low, spread)) =
            paired_stats(&self.original_seconds, &self.rewrite_seconds)
        {
            (self.speedup, self.low, self.spread) = (speedup, low, spread);
        }
        self
    }

    /// The first difference the comparisons found, said in full.
    pub fn difference(&self) -> Option<String> {
        self.compared.iter().find_map(|c| {
            let d = c.difference.as_ref()?;
            Some(match &c.method {
                Some(m) => format!("{} (under `{m}`): {d}", c.what),
                None => format!("{}: {d}", c.what),
            })
        })
    }

    /// Median seconds of the original's and the rewrite's runs.
    pub fn medians(&self) -> (f64, f64) {
        (
            median(&self.original_seconds),
            median(&self.rewrite_seconds),
        )
    }

    /// `64 items: 2.41 s → 1.29 s, 1.87× ±3%` (`bold` puts the ratio in bold).
    pub fn summary(&self, bold: bool) -> String {
        let (before, after) = self.medians();
        let ratio = format!("{:.2}×", self.speedup);
        let ratio = if bold { format!("**{ratio}**") } else { ratio };
        format!(
            "{} items: {} → {}, {ratio} ±{:.0}%",
            self.items,
            render::duration(before),
            render::duration(after),
            self.spread * 100.0
        )
    }

    /// Where the items came from: `the 30 items of `t` replicated 146×`.
    pub fn source(&self) -> String {
        let mut s = format!("{} items of `{}`", self.test_items, self.test);
        if self.factor > 1 {
            s.push_str(&format!(" replicated {}×", self.factor));
        }
        if self.calls > 1 {
            s.push_str(&format!(", {} calls a run", self.calls));
        }
        s
    }
}

/// The statistics of the paired runs' ratios (original over rewrite); `None` without a pair.
fn paired_stats(original: &[f64], rewrite: &[f64]) -> Option<(f64, f64, f64)> {
    let ratios: Vec<f64> = original
        .iter()
        .zip(rewrite)
        .filter(|(_, r)| **r > 0.0)
        .map(|(o, r)| o / r)
        .collect();
    (!ratios.is_empty()).then(|| ratio_stats(&ratios))
}

/// Median, lower quartile (the lower half's median, so 1 bad run in 5 is tolerated, 2 are
/// not) and half the range over the median.
fn ratio_stats(ratios: &[f64]) -> (f64, f64, f64) {
    let mut sorted = ratios.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = median(&sorted);
    let low = sorted[(sorted.len() - 1) / 4];
    let spread = if mid > 0.0 {
        (sorted[sorted.len() - 1] - sorted[0]) / 2.0 / mid
    } else {
        0.0
    };
    (mid, low, spread)
}

fn median(values: &[f64]) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// The policy's verdict on one replayed candidate.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Same outcome and fast enough: proposed.
    Keep,
    /// The outcome changed: the rewrite is dropped, with this reason.
    Changed(String),
    /// Not measured fast enough, or not replayed: listed for review with this reason.
    NotProposed(String),
}

/// The verdict on a rewrite whose call in `test` was replayed (`None`: the replay did not
/// reach the call).
pub fn verdict(test: &str, replay: Option<&Result<Replay, String>>, min: f64) -> Verdict {
    match replay {
        None => Verdict::NotProposed(format!(
            "not proposed: the replay did not reach its call in `{test}` (does the test call it differently on every run?), so no speedup was measured"
        )),
        Some(Err(error)) => Verdict::NotProposed(format!(
            "not proposed: its call in `{test}` could not be replayed ({error}), so no speedup was measured"
        )),
        Some(Ok(r)) => {
            if let Some(d) = r.difference() {
                return Verdict::Changed(format!(
                    "the replay of `{test}` found a different outcome with the rewrite: {d}"
                ));
            }
            if r.low < min {
                return Verdict::NotProposed(format!(
                    "not faster enough: {}, {} runs each, from the {}; one run in four or more was under {min}× (`min-speedup`)",
                    r.summary(false),
                    r.original_seconds.len(),
                    r.source()
                ));
            }
            Verdict::Keep
        }
    }
}

/// One call to replay.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub key: String,
    pub path: String,
    pub original: String,
    pub qualname: String,
    pub line: usize,
    pub test: String,
    pub call: u64,
    pub items: u64,
    pub process_pool: bool,
    /// Replicate the items (or repeat the calls) this many times instead of sizing a run to
    /// about `replay-seconds`: a second replay runs at the first one's size, so their runs pool.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wanted: Option<u64>,
}

impl Runner<'_> {
    /// One run of the targets' tests with the replay plugin, on the rewritten code (written by
    /// the caller). Per target key: the replay, or why it failed; a missing key: never reached.
    pub(super) fn replay(
        &mut self,
        targets: &[Target],
    ) -> anyhow::Result<BTreeMap<String, Result<Replay, String>>> {
        self.runs += 1;
        let n = self.runs;
        let plugin = self.plugins.join("parallelize_replay.py");
        check::write_atomically(&plugin, PLUGIN)?;
        let out = self.reports.join(format!("{n:02}-replay.json"));
        let spec_path = self.reports.join(format!("{n:02}-replay-spec.json"));
        let log = self.logs.join(format!("tests-{n:02}-replay.log"));
        let spec = serde_json::json!({
            "out": out.display().to_string(),
            "seconds": self.replay_seconds,
            "rounds": ROUNDS,
            "targets": targets,
        });
        check::write_atomically(&spec_path, &serde_json::to_string(&spec)?)?;
        let _ = std::fs::remove_file(&out);
        let mut env = self.env(None);
        env.push((
            "PYTEST_ADDOPTS".to_owned(),
            "-p parallelize_replay -p no:cacheprovider".to_owned(),
        ));
        env.push(("PYTHONPATH".to_owned(), self.plugins.display().to_string()));
        env.push((
            "PARALLELIZE_REPLAY".to_owned(),
            spec_path.display().to_string(),
        ));
        let outcome = self.exec(&env, &log)?;
        let Ok(text) = std::fs::read_to_string(&out) else {
            let why = format!(
                "the replay run ended with {} before writing its results (log: {})",
                super::describe_status(&outcome.status, self.timeout_secs),
                log.display()
            );
            return Ok(targets
                .iter()
                .map(|t| (t.key.clone(), Err(why.clone())))
                .collect());
        };
        let raw: BTreeMap<String, Raw> = serde_json::from_str(&text)
            .with_context(|| format!("cannot read the replay report {}", out.display()))?;
        Ok(raw
            .into_iter()
            .filter_map(|(key, raw)| {
                let t = targets.iter().find(|t| t.key == key)?;
                Some((
                    key,
                    Replay::from_raw(raw, &t.test, t.items, self.replay_seconds),
                ))
            })
            .collect())
    }
}

/// A lock on this machine for measuring (`$TMPDIR/parallelize-measure.lock`). Measurements (the
/// calibration, the replays) hold it exclusively; test-suite runs hold it shared. So runs of
/// `propose` (and the App's workers) measure one at a time, and no other run's test suite or
/// pools slow down a measurement while it is taken. Released when dropped.
pub struct MeasureLock {
    _file: std::fs::File,
}

impl MeasureLock {
    /// Wait for the machine to measure on: no other measurement and no test suite running.
    pub fn exclusive() -> anyhow::Result<MeasureLock> {
        Self::acquire(libc::LOCK_EX)
    }

    /// Wait until no measurement runs; other test suites may run alongside.
    pub fn shared() -> anyhow::Result<MeasureLock> {
        Self::acquire(libc::LOCK_SH)
    }

    fn acquire(operation: libc::c_int) -> anyhow::Result<MeasureLock> {
        use std::os::fd::AsRawFd;
        let path = std::env::temp_dir().join("parallelize-measure.lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot open the measurement lock {}", path.display()))?;
        // SAFETY: flock on a file descriptor this function owns for the lock's lifetime.
        let rc = unsafe { libc::flock(file.as_raw_fd(), operation) };
        if rc != 0 {
            return Err(std::io::Error::last_os_error())
                .with_context(|| format!("cannot lock {}", path.display()));
        }
        Ok(MeasureLock { _file: file })
    }
}

/// Write `text`, the original of a file a replayed rewrite changes, where the plugin reads it.
pub fn save_original(dir: &Path, key: &str, text: &str) -> anyhow::Result<String> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let path = dir.join(format!("original-{key}.py"));
    check::write_atomically(&path, text)?;
    Ok(path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lower_quartile_tolerates_one_slow_round_in_five_but_not_two() {
        let (mid, low, spread) = ratio_stats(&[1.9, 1.1, 1.8, 2.0, 1.85]);
        assert_eq!((mid, low), (1.85, 1.8));
        assert!((spread - 0.45 / 1.85).abs() < 1e-12);
        let (_, low, _) = ratio_stats(&[1.9, 1.1, 1.15, 2.0, 1.85]);
        assert_eq!(low, 1.15);
        let (mid, low, _) = ratio_stats(&[1.5, 1.3, 1.4]);
        assert_eq!((mid, low), (1.4, 1.3));
    }

    fn replayed(original: &[f64], rewrite: &[f64], difference: Option<&str>) -> Replay {
        let raw = Raw {
            original: original.to_vec(),
            rewrite: rewrite.to_vec(),
            items: 100,
            factor: 4,
            calls: 1,
            bytes_per_item: None,
            compared: vec![Compared {
                what: "the test's call".to_owned(),
                method: Some("spawn".to_owned()),
                difference: difference.map(str::to_owned),
            }],
            error: None,
        };
        Replay::from_raw(raw, "t.py::t", 25, 1.0).expect("replay")
    }

    #[test]
    fn the_policy_keeps_only_the_same_outcome_measured_fast_enough() {
        let fast = replayed(&[1.0; 5], &[0.5, 0.5, 0.9, 0.5, 0.5], None);
        assert_eq!(verdict("t.py::t", Some(&Ok(fast)), 1.2), Verdict::Keep);
        // Two slow rounds in five: not proposed, with the replayed figures.
        let noisy = replayed(&[1.0; 5], &[0.5, 0.9, 0.9, 0.5, 0.5], None);
        let Verdict::NotProposed(why) = verdict("t.py::t", Some(&Ok(noisy)), 1.2) else {
            panic!("proposed");
        };
        assert!(
            why.starts_with("not faster enough: 100 items: 1.00 s → 500 ms, 2.00× ±"),
            "{why}"
        );
        assert!(
            why.contains("from the 25 items of `t.py::t` replicated 4×"),
            "{why}"
        );
        // A different outcome drops it however fast it is, and says where it differs.
        let changed = replayed(&[1.0; 5], &[0.1; 5], Some("the result[0]: 2 instead of 1"));
        assert_eq!(
            verdict("t.py::t", Some(&Ok(changed)), 1.2),
            Verdict::Changed(
                "the replay of `t.py::t` found a different outcome with the rewrite: the test's call (under `spawn`): the result[0]: 2 instead of 1".to_owned()
            )
        );
        // Never reached, or not replayable: not proposed, saying why.
        assert!(
            matches!(verdict("t.py::t", None, 1.2), Verdict::NotProposed(w) if w.contains("did not reach its call in `t.py::t`"))
        );
        let failed = Err("TypeError: its arguments cannot be copied".to_owned());
        assert!(
            matches!(verdict("t.py::t", Some(&failed), 1.2), Verdict::NotProposed(w) if w.contains("(TypeError: its arguments cannot be copied)"))
        );
    }

    #[test]
    fn a_replay_slowed_by_a_spell_of_the_machine_is_decided_by_more_runs() {
        // Median 1.67×, but two rounds in five ran in a slow spell: undecided at 1.2.
        let spell = replayed(&[1.0; 5], &[0.6, 0.95, 0.6, 0.9, 0.6], None);
        assert!(spell.low < 1.2 && spell.undecided(1.2));
        assert!(matches!(
            verdict("t.py::t", Some(&Ok(spell.clone())), 1.2),
            Verdict::NotProposed(_)
        ));
        // Five steady rounds more: 2 slow in 10, the lower quartile is fast enough.
        let pooled = spell
            .clone()
            .pooled(replayed(&[1.0; 5], &[0.6, 0.55, 0.6, 0.65, 0.6], None));
        assert_eq!(pooled.original_seconds.len(), 10);
        assert_eq!(pooled.compared.len(), 2);
        assert!((pooled.low - 1.0 / 0.65).abs() < 1e-12, "{}", pooled.low);
        assert_eq!(verdict("t.py::t", Some(&Ok(pooled)), 1.2), Verdict::Keep);
        // Slow again: still not proposed, with all ten runs counted.
        let slow = spell
            .clone()
            .pooled(replayed(&[1.0; 5], &[0.95, 0.9, 0.6, 0.9, 0.6], None));
        let Verdict::NotProposed(why) = verdict("t.py::t", Some(&Ok(slow)), 1.2) else {
            panic!("proposed");
        };
        assert!(why.contains("10 runs each"), "{why}");
        // A difference in the second replay drops it.
        let changed = spell
            .clone()
            .pooled(replayed(&[1.0; 5], &[0.5; 5], Some("the output")));
        assert!(matches!(
            verdict("t.py::t", Some(&Ok(changed)), 1.2),
            Verdict::Changed(_)
        ));
        // Clearly slow (the median under the minimum) or clearly fast: decided already.
        assert!(!replayed(&[1.0; 5], &[0.95; 5], None).undecided(1.2));
        assert!(!replayed(&[1.0; 5], &[0.5; 5], None).undecided(1.2));
    }

    #[test]
    fn a_replay_is_summarised_by_its_medians_and_where_its_items_came_from() {
        let raw = Raw {
            original: vec![1.0, 1.2, 1.1],
            rewrite: vec![0.5, 0.6, 0.55],
            items: 300,
            factor: 10,
            calls: 1,
            bytes_per_item: Some(40),
            compared: vec![],
            error: None,
        };
        let r = Replay::from_raw(raw, "t.py::t", 30, 1.0).expect("replay");
        assert_eq!(r.summary(true), "300 items: 1.10 s → 550 ms, **2.00×** ±0%");
        assert_eq!(r.source(), "30 items of `t.py::t` replicated 10×");
        assert_eq!(r.difference(), None);
    }
}
