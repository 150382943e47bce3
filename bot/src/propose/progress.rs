//! Progress of a `propose` run on stderr: a spinner per stage on a terminal, one line per stage
//! otherwise (CI logs, pipes).

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    quiet: bool,
    stage: Option<(String, Instant)>,
}

impl Progress {
    /// A spinner when stderr is a terminal, plain lines otherwise, nothing when `quiet`.
    pub fn new(quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Self {
            bar,
            quiet,
            stage: None,
        }
    }

    /// Start a stage; the previous one is reported done.
    pub fn stage(&mut self, what: impl Into<String>) {
        self.finish_stage();
        let what = what.into();
        match &self.bar {
            Some(bar) => {
                bar.reset_elapsed();
                bar.set_message(what.clone());
            }
            None if !self.quiet => eprintln!("parallelize: {what} ..."),
            None => {}
        }
        self.stage = Some((what, Instant::now()));
    }

    /// A line of detail under the current stage.
    pub fn note(&self, line: impl AsRef<str>) {
        match &self.bar {
            Some(bar) => bar.println(format!("  {}", line.as_ref())),
            None if !self.quiet => eprintln!("parallelize:   {}", line.as_ref()),
            None => {}
        }
    }

    fn finish_stage(&mut self) {
        if let Some((what, started)) = self.stage.take() {
            let secs = started.elapsed().as_secs_f64();
            match &self.bar {
                Some(bar) => bar.println(format!("✓ {what} ({secs:.1} s)")),
                None if !self.quiet => eprintln!("parallelize: {what}: done in {secs:.1} s"),
                None => {}
            }
        }
    }

    /// The current stage failed: report it (no check mark).
    pub fn fail(&mut self) {
        if let Some((what, started)) = self.stage.take() {
            let secs = started.elapsed().as_secs_f64();
            match &self.bar {
                Some(bar) => bar.println(format!("✗ {what} ({secs:.1} s)")),
                None if !self.quiet => eprintln!("parallelize: {what}: FAILED after {secs:.1} s"),
                None => {}
            }
        }
        self.clear();
    }

    /// Report the last stage done and remove the spinner.
    pub fn done(&mut self) {
        self.finish_stage();
        self.clear();
    }

    fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
