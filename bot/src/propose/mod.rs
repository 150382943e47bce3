//! `parallelize propose`: the bot's whole job on a local repository.
//!
//! ```text
//! scratch clone (git2) ─► analyse ─► setup in the sandbox ─► baseline tests ─► apply safe fixes
//!   ─► tests again ─► bisect culprits away until green ─► commit on parallelize/<base>
//!   ─► fetch the branch back ─► render PR.md + result.json
//! ```
//!
//! The user's working tree is never written; everything happens in a clone under the temp
//! directory, which is kept (its path is printed) so logs and the rendered text can be read.

mod bisect;
pub(crate) mod git;
mod junit;
pub(crate) mod progress;
mod project;
pub(crate) mod publish;
pub(crate) mod render;
mod replay;
pub(crate) mod report;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use config::RepoConfig;
use transforms::{FileAnalysis, Finding, Safety};

use crate::check;
use crate::cli::{Isolation as IsolationArg, ProposeArgs};
use crate::discover::SourceFile;
use crate::sandbox::{Isolation, Job, Limits, Sandbox, Status as RunStatus};

use progress::Progress;
use report::{Change, ProposeResult, Status, StepRun, Suite};

pub fn run(args: &ProposeArgs) -> anyhow::Result<ExitCode> {
    let path = args.path.clone().unwrap_or_else(|| PathBuf::from("."));
    if !path.is_dir() {
        bail!(
            "{}: expected the directory of a project in a git repository",
            path.display()
        );
    }
    let mut progress = Progress::new(args.quiet);
    let origin = git::origin(&path, args.base.as_deref())?;
    let env = |k: &str| std::env::var(k).ok();
    // Before any work: a wrong token or repository is said at once, not after the tests.
    let publisher = match args.publish {
        true => {
            progress.stage("checking the repository on GitHub");
            Some(publish::Publisher::connect(&env)?)
        }
        false => None,
    };
    if !origin.dirty.is_empty() {
        progress.note(format!(
            "note: {} file(s) with uncommitted changes are not part of the run (it uses `{}` at {})",
            origin.dirty.len(),
            origin.base,
            &origin.base_commit[..12.min(origin.base_commit.len())]
        ));
    }

    progress.stage(format!(
        "cloning `{}` into a scratch directory",
        origin.base
    ));
    let name = origin
        .root
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("repo")
        .to_owned();
    let run_dir = tempfile::Builder::new()
        .prefix(&format!("parallelize-{name}-"))
        .tempdir()
        .context("cannot create a scratch directory")?
        .keep();
    let clone_dir = run_dir.join("clone");
    let repo = git::scratch_clone(&origin, &clone_dir)?;
    let output = args
        .output
        .clone()
        .map(|o| std::path::absolute(&o).unwrap_or(o))
        .unwrap_or_else(|| clone_dir.join(".parallelize"));
    exclude_from_git(&clone_dir, &output);
    // The project may be a directory of a larger repository: work there in the clone.
    let project_dir = clone_dir.join(&origin.project);

    progress.stage("analysing");
    if !project_dir.is_dir() {
        bail!(
            "{} is not part of branch `{}` (is it committed?)",
            origin.project.display(),
            origin.base
        );
    }
    let (_, config) = RepoConfig::discover(&project_dir).map_err(|e| anyhow!("{e}"))?;
    let verified = verify(
        &Checkout {
            clone: &clone_dir,
            project: &project_dir,
            run_dir: &run_dir,
            repository: match &publisher {
                Some(p) => p.full_name().to_owned(),
                None => origin.root.display().to_string(),
            },
            base: origin.base.clone(),
            base_commit: origin.base_commit.clone(),
        },
        &config,
        &Options {
            select: &args.select,
            ignore: &args.ignore,
            python: &args.python,
            isolation: args.isolation,
            only: None,
            declined: &BTreeSet::new(),
        },
        &mut progress,
    )?;
    let mut result = verified.result;
    let branch = format!("{}{}", config.bot.branch_prefix, origin.base);
    let Some(changed) = verified.changed else {
        if let Some(publisher) = &publisher {
            if matches!(result.status, Status::NothingToPropose | Status::AllDropped) {
                // As the App does: the bot's open pull request is closed, saying why.
                progress.stage(format!(
                    "looking for an open pull request from `{branch}` in {}",
                    publisher.full_name()
                ));
                let at = (
                    branch.as_str(),
                    origin.base.as_str(),
                    origin.base_commit.as_str(),
                );
                if let Some(closed) = publisher.close_if_open(&clone_dir, at, &result.message)? {
                    result.message.push_str(&format!(
                        " #{} was closed: nothing left to propose.",
                        closed.number
                    ));
                    result.pull_request = Some(closed);
                }
            }
            publish_outputs(&env, &result)?;
        }
        return finish(&mut progress, &mut result, &output, &config);
    };
    let title = result.title.clone().unwrap_or_default();
    if args.dry_run {
        result.status = Status::DryRun;
        result.message = format!(
            "Dry run: {} rewrite(s) verified; nothing committed (without --dry-run they go to `{branch}`).",
            result.applied.len()
        );
        return finish(&mut progress, &mut result, &output, &config);
    }
    progress.stage(format!("committing on `{branch}`"));
    let message = render::commit_message(&title, &result);
    let commit = git::commit(&repo, &branch, &changed, &message)?;
    if publisher.is_none() {
        // With --publish the branch goes to GitHub instead: a workflow's checkout is thrown
        // away after the job (and is often shallow, which a fetch into it cannot handle).
        git::fetch_back(&origin.root, &clone_dir, &branch)?;
    }
    result.status = Status::Proposed;
    result.branch = Some(branch.clone());
    result.commit = Some(commit);
    result.message = format!(
        "{} rewrite(s) verified and committed on `{branch}`; review with `git diff {}..{branch}`.",
        result.applied.len(),
        origin.base
    );
    if let Some(publisher) = &publisher {
        progress.stage(format!(
            "publishing `{branch}` to {}",
            publisher.full_name()
        ));
        if publisher.taken_over(&clone_dir, &branch, &origin.base_commit)? {
            result.message = publish::taken_over_message(&branch, publisher.full_name());
        } else {
            // The App's body: the same template, rendered from the same result.
            let body = render::body(&result, &config)?;
            let published = publisher.publish(
                &clone_dir,
                (&branch, &origin.base),
                (&title, &body),
                &config.bot.labels,
            )?;
            result.message = format!(
                "{} rewrite(s) verified and proposed in #{}{} (branch `{branch}`).",
                result.applied.len(),
                published.number,
                published
                    .url
                    .as_deref()
                    .map(|u| format!(", {u}"))
                    .unwrap_or_default()
            );
            result.pull_request = Some(published);
        }
        publish_outputs(&env, &result)?;
    }
    finish(&mut progress, &mut result, &output, &config)
}

/// The step outputs of a `--publish` run (`$GITHUB_OUTPUT`).
fn publish_outputs(
    env: &dyn Fn(&str) -> Option<String>,
    result: &ProposeResult,
) -> anyhow::Result<()> {
    let pr = result.pull_request.as_ref();
    let proposed = pr.is_some_and(|p| p.operation != "closed");
    let status = serde_json::to_value(result.status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    publish::write_outputs(
        env,
        &[
            (
                "pull-request-number",
                pr.map(|p| p.number.to_string()).unwrap_or_default(),
            ),
            (
                "pull-request-url",
                pr.and_then(|p| p.url.clone()).unwrap_or_default(),
            ),
            (
                "pull-request-operation",
                pr.map(|p| p.operation).unwrap_or("none").to_owned(),
            ),
            (
                "rewrites",
                if proposed { result.applied.len() } else { 0 }.to_string(),
            ),
            ("status", status),
        ],
    )?;
    Ok(())
}

/// The checked-out repository [`verify`] works in (a scratch clone, never the user's tree).
pub struct Checkout<'a> {
    /// The clone's root.
    pub clone: &'a Path,
    /// The project inside it (the clone's root, or a directory of a larger repository).
    pub project: &'a Path,
    /// Scratch space for the venv, reports and logs.
    pub run_dir: &'a Path,
    /// How the repository is named in the result.
    pub repository: String,
    pub base: String,
    pub base_commit: String,
}

/// How [`verify`] runs.
pub struct Options<'a> {
    pub select: &'a [String],
    pub ignore: &'a [String],
    pub python: &'a str,
    pub isolation: IsolationArg,
    /// Only findings in these files (paths relative to the clone's root, as in findings) are
    /// reviewed or applied: a push's changed files. `None`: every file.
    pub only: Option<&'a BTreeSet<String>>,
    /// [`fingerprint`]s of rewrites people declined (a bot pull request closed without
    /// merging): such findings are listed for review with the reason, never applied.
    pub declined: &'a BTreeSet<String>,
}

/// What identifies a rewrite across commits: the rule, the file and the code it replaces with
/// whitespace normalised (line numbers and indentation may change; the code may not).
pub fn fingerprint(f: &Finding, original: &str) -> String {
    let code = original.get(f.start_byte..f.end_byte).unwrap_or_default();
    let normalised = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut hasher = blake3::Hasher::new();
    for part in [f.rule, f.path.as_str(), normalised.as_str()] {
        hasher.update(part.as_bytes());
        hasher.update(b"\0");
    }
    hasher.finalize().to_hex()[..32].to_owned()
}

/// The reason given for a declined rewrite.
pub const DECLINED_REASON: &str = "a pull request proposing this rewrite was closed without \
     merging, so it is not proposed again; comment `/parallelize` on a pull request to ask for it";

/// A file the kept rewrites change, as it was before them.
pub struct Original {
    pub text: String,
    pub module: String,
    pub is_package: bool,
}

/// What [`verify`] found and proved.
pub struct Verified {
    /// The run's report; `title` is set when rewrites were kept.
    pub result: ProposeResult,
    /// Every finding in scope, `review` ones included (check-run annotations).
    pub findings: Vec<Finding>,
    /// The files the kept rewrites change (written in the clone), when there is something to
    /// commit; `None` when the run stopped (see `result.status` and `result.message`).
    pub changed: Option<Vec<String>>,
    /// The original text of every file a safe rewrite could change.
    pub originals: BTreeMap<String, Original>,
}

impl Verified {
    fn stopped(result: ProposeResult, findings: Vec<Finding>) -> Self {
        Self {
            result,
            findings,
            changed: None,
            originals: BTreeMap::new(),
        }
    }

    /// `path` with exactly `chosen` applied to its original text (one rewrite alone, say).
    pub fn rewrite(&self, path: &str, chosen: &[Finding]) -> anyhow::Result<String> {
        let original = self
            .originals
            .get(path)
            .ok_or_else(|| anyhow!("{path}: no rewrite was verified in this file"))?;
        Ok(rewrite_text(path, original, chosen)?.0)
    }
}

/// `original` with `chosen` applied, and the indices of `chosen` that applied.
fn rewrite_text(
    path: &str,
    original: &Original,
    chosen: &[Finding],
) -> anyhow::Result<(String, Vec<usize>)> {
    let analysis = FileAnalysis::new(
        path,
        &original.module,
        original.is_package,
        original.text.as_bytes(),
    )
    .map_err(|e| anyhow!("{path}: {e}"))?;
    transforms::apply_fixes(&analysis, chosen)
        .map_err(|e| anyhow!("{path}: the rewrite does not apply: {e}"))
}

/// Analyse the checkout, set the project up in the sandbox, run the tests before and after the
/// safe rewrites, and bisect away the rewrites that break a test. The kept rewrites are left
/// written in the clone; nothing is committed.
pub fn verify(
    checkout: &Checkout<'_>,
    config: &RepoConfig,
    opts: &Options<'_>,
    progress: &mut Progress,
) -> anyhow::Result<Verified> {
    let Checkout {
        clone: clone_dir,
        project: project_dir,
        run_dir,
        ..
    } = *checkout;
    progress.stage("analysing");
    let prepared = check::prepare(
        &[project_dir.to_path_buf()],
        project_dir,
        config,
        opts.select,
        opts.ignore,
    )?;
    let files: Vec<SourceFile> = prepared
        .files
        .into_iter()
        .map(|mut f| {
            if let Ok(rel) = f.abs.strip_prefix(clone_dir) {
                f.display = rel.to_string_lossy().replace('\\', "/");
            }
            f
        })
        .collect();
    let mut analysis = check::analyse(&files, &prepared.settings, &prepared.selection)?;
    if let Some(only) = opts.only {
        // The whole project is analysed (cross-module facts), findings are kept for `only`.
        analysis.findings.retain(|f| only.contains(&f.path));
    }
    if !opts.declined.is_empty() {
        // Declined rewrites say why they are not applied (the report, the check run).
        let declined: Vec<usize> = {
            let workspace = Workspace::new(&files, &analysis.findings)?;
            (0..analysis.findings.len())
                .filter(|&i| opts.declined.contains(&workspace.fingerprint(i)))
                .collect()
        };
        for i in declined {
            analysis.findings[i]
                .reasons
                .push(DECLINED_REASON.to_owned());
        }
    }
    let workspace = Workspace::new(&files, &analysis.findings)?;
    let candidates = workspace.applicable(opts.declined);
    let mut result = ProposeResult {
        version: 1,
        status: Status::NothingToPropose,
        message: String::new(),
        repository: checkout.repository.clone(),
        base: checkout.base.clone(),
        base_commit: checkout.base_commit.clone(),
        branch: None,
        commit: None,
        clone: clone_dir.display().to_string(),
        isolation: String::new(),
        setup: Vec::new(),
        test_command: project::test_command(config),
        before: None,
        after: None,
        test_runs: 0,
        applied: Vec::new(),
        dropped: Vec::new(),
        review: analysis
            .findings
            .iter()
            .enumerate()
            .filter(|(i, _)| !candidates.contains(i))
            .map(|(i, f)| {
                let mut change = Change::new(f);
                change.fingerprint = workspace.fingerprint(i);
                change
            })
            .collect(),
        faster: Vec::new(),
        slower: Vec::new(),
        title: None,
        calibration: None,
        pull_request: None,
    };
    progress.note(format!(
        "{} file(s): {} rewrite(s) proven safe, {} finding(s) for review",
        files.len(),
        candidates.len(),
        result.review.len()
    ));
    if candidates.is_empty() {
        result.message = format!(
            "No rewrite could be proven safe ({} finding(s) listed for review); nothing to verify or commit.",
            result.review.len()
        );
        return Ok(Verified::stopped(result, analysis.findings));
    }

    // The sandbox and the project's environment.
    let tools = project::Tools::find(opts.python).map_err(|e| anyhow!(e))?;
    let venv = run_dir.join("venv");
    let reports = run_dir.join("reports");
    let logs = run_dir.join("logs");
    let plugins = run_dir.join("plugins");
    for d in [&venv, &reports, &logs, &plugins] {
        std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    let readable: Vec<PathBuf> = tools
        .readable_dirs()
        .into_iter()
        .chain(project::installer_paths())
        .chain([plugins.clone()])
        .collect();
    let make_sandbox = |timeout: Duration| {
        Sandbox::new(
            &run_dir.join("sandbox"),
            vec![clone_dir.to_path_buf(), venv.clone(), reports.clone()],
            readable.clone(),
            Limits::with_timeout(timeout),
            opts.isolation != IsolationArg::None,
        )
    };
    let sandbox = make_sandbox(config.test_timeout)?;
    if opts.isolation == IsolationArg::Bubblewrap && sandbox.isolation() != Isolation::Bubblewrap {
        bail!(
            "--isolation bubblewrap was requested, but {}",
            sandbox.describe(false)
        );
    }
    result.isolation = sandbox.describe(config.network_in_tests);
    progress.note(format!("isolation: {}", result.isolation));
    let mut runner = Runner {
        sandbox: &sandbox,
        clone: clone_dir,
        project: project_dir,
        venv: &venv,
        reports: &reports,
        logs: &logs,
        plugins: &plugins,
        command: result.test_command.clone(),
        network: config.network_in_tests,
        timeout_secs: config.test_timeout.as_secs(),
        replay_seconds: config.bot.replay_seconds.as_secs_f64(),
        runs: 0,
    };

    for step in project::setup_steps(project_dir, &venv, config, &tools) {
        progress.stage(format!("setup: {}", step.name));
        let log = logs.join(format!("setup-{}.log", step.name));
        let mut env = runner.env(None);
        env.extend(project::installer_env());
        // Installing is work too: not while another run measures.
        let measuring = replay::MeasureLock::shared()?;
        let outcome = sandbox.run(&Job {
            shell: &step.command,
            cwd: project_dir,
            env: &env,
            network: true,
            log: &log,
        })?;
        drop(measuring);
        let ok = outcome.success();
        result.setup.push(StepRun {
            step: step.clone(),
            seconds: outcome.duration.as_secs_f64(),
            status: describe_status(&outcome.status, config.test_timeout.as_secs()),
            log: log.display().to_string(),
        });
        if !ok {
            progress.fail();
            result.status = Status::SetupFailed;
            result.message = format!(
                "Setup step `{}` failed ({}): `{}`. Nothing was changed. Last lines of {}:\n{}",
                step.name,
                describe_status(&outcome.status, config.test_timeout.as_secs()),
                step.command,
                log.display(),
                indent(&outcome.tail)
            );
            return Ok(Verified::stopped(result, analysis.findings));
        }
    }

    progress.stage(format!("tests on the unchanged code: {}", runner.command));
    let before = runner.run("before")?;
    if let Some(problem) = baseline_problem(&before) {
        progress.fail();
        result.status =
            if before.passed + before.failed + before.errors == 0 && before.exit == "exit 5" {
                Status::NoTests
            } else {
                Status::BaselineFailed
            };
        result.message = problem;
        result.before = Some(before);
        result.test_runs = runner.runs;
        return Ok(Verified::stopped(result, analysis.findings));
    }
    progress.note(format!(
        "{} passed, {} skipped in {:.1} s",
        before.passed, before.skipped, before.seconds
    ));

    let traced: Vec<(usize, &Finding)> = candidates
        .iter()
        .map(|&i| (i, &analysis.findings[i]))
        .filter(|(_, f)| f.function.is_some())
        .collect();
    let touching = if traced.is_empty() {
        None
    } else {
        progress.stage("finding the tests that call each rewritten function");
        runner.trace(&traced)?
    };
    // What a pool costs here, with the modules of the process-pool rewrites imported by every
    // worker (threads share the interpreter that imported them already).
    // Measurements (the calibration, the replays) take the machine to themselves.
    let mut measuring = if touching.is_some() {
        progress.stage("waiting for the machine to measure on (other runs measure one at a time)");
        Some(replay::MeasureLock::exclusive()?)
    } else {
        None
    };
    if touching.is_some() {
        progress.stage("measuring what starting a pool costs on this machine");
        let modules: BTreeSet<String> = traced
            .iter()
            .filter(|(_, f)| f.strategy == transforms::Strategy::ProcessPool)
            .filter_map(|(_, f)| files.iter().find(|s| s.display == f.path))
            .map(|s| s.module.clone())
            .collect();
        result.calibration = runner.calibrate(config, &modules)?;
    }

    // The policy: a rewrite is proposed only when the tests ran its loop (so its cost was
    // measured) and its pool pays off from at most `max-break-even` items. The others are
    // listed with their numbers, never dropped silently.
    let mut candidates = candidates;
    let proven = candidates.len();
    let max_break_even = u64::from(config.bot.max_break_even);
    // Each candidate's change, with what the trace run measured of it, made once.
    let mut measured: BTreeMap<usize, Change> = BTreeMap::new();
    candidates.retain(|&i| {
        let mut change = Change::new(&analysis.findings[i]);
        change.fingerprint = workspace.fingerprint(i);
        let traced = touching.as_ref().and_then(|t| t.get(&i));
        if touching.is_some() && change.finding.function.is_some() {
            change.tests = Some(traced.map(|t| t.tests.clone()).unwrap_or_default());
        }
        change.measured = traced.and_then(Traced::measured);
        change.payoff = payoff(&change, result.calibration.as_ref());
        match not_worth_it(&change, touching.is_some(), max_break_even) {
            None => {
                measured.insert(i, change);
                true
            }
            Some(reason) => {
                change.finding.reasons.insert(0, reason);
                result.review.push(change);
                false
            }
        }
    });
    if candidates.is_empty() {
        progress.fail();
        result.message = format!(
            "None of the {proven} rewrite(s) proven safe was measured to pay off (each is listed with its numbers or why it could not be measured); nothing to commit."
        );
        result.before = Some(before);
        result.test_runs = runner.runs;
        return Ok(Verified::stopped(result, analysis.findings));
    }

    // A rewrite that deadlocks must not cost the whole `test-timeout` per bisection step: runs
    // of rewritten code get three times the baseline's time plus a minute, within the limit.
    let after_timeout = config
        .test_timeout
        .min(Duration::from_secs_f64(before.seconds * 3.0 + 60.0));
    let after_sandbox = make_sandbox(after_timeout)?;

    // The replay: each candidate's own call from the tests, through the original and the
    // rewrite, compared and timed. Proposed: the same outcome, at least `min-speedup` faster.
    let mut targets: Vec<replay::Target> = Vec::new();
    for &i in &candidates {
        let Some(change) = measured.get(&i) else {
            continue;
        };
        let (Some(m), Some((path, original))) = (
            change.measured.as_ref(),
            workspace.files.get(&change.finding.path),
        ) else {
            continue;
        };
        let (Some(call), Some(qualname)) = (m.call, m.qualname.clone()) else {
            continue;
        };
        let key = i.to_string();
        targets.push(replay::Target {
            original: replay::save_original(&plugins.join("originals"), &key, &original.text)?,
            key,
            path: path.display().to_string(),
            qualname,
            line: change.finding.line,
            test: m.test.clone(),
            call,
            items: m.items,
            process_pool: change.finding.strategy == transforms::Strategy::ProcessPool,
            wanted: None,
        });
    }
    let replay_timeout = config.test_timeout.min(Duration::from_secs_f64(
        before.seconds * 3.0 + 60.0 + 30.0 * targets.len() as f64,
    ));
    let replay_sandbox = if targets.is_empty() {
        None
    } else {
        Some(make_sandbox(replay_timeout)?)
    };
    let min_speedup = config.bot.min_speedup.ratio();
    let mut replays = BTreeMap::new();
    if let Some(replay_sandbox) = &replay_sandbox {
        runner.sandbox = replay_sandbox;
        runner.timeout_secs = replay_timeout.as_secs();
        progress.stage(format!(
            "replaying the tests' calls of {} rewrite(s), original against rewrite",
            targets.len()
        ));
        workspace.write(&candidates)?;
        replays = runner.replay(&targets)?;
        // A slow spell of the machine can sink a few rounds of a rewrite that is fast: those
        // whose median is fast enough but whose lower quartile is not are replayed once more
        // and decided on all their runs.
        let undecided: Vec<replay::Target> = targets
            .iter()
            .filter_map(|t| match replays.get(&t.key) {
                Some(Ok(r)) if r.undecided(min_speedup) => Some(replay::Target {
                    wanted: Some(r.factor.max(1) * r.calls.max(1)),
                    ..t.clone()
                }),
                _ => None,
            })
            .collect();
        if !undecided.is_empty() {
            progress.stage(format!(
                "replaying {} rewrite(s) again: their runs were too uneven to decide",
                undecided.len()
            ));
            for (key, again) in runner.replay(&undecided)? {
                let pooled = match (replays.remove(&key), again) {
                    (Some(Ok(first)), Ok(second)) => Ok(first.pooled(second)),
                    (_, again) => again,
                };
                replays.insert(key, pooled);
            }
        }
        workspace.write(&[])?;
    }
    measuring.take();
    candidates.retain(|&i| {
        let Some(mut change) = measured.remove(&i) else {
            return false;
        };
        let replayed = replays.get(&i.to_string());
        if let Some(Ok(r)) = replayed {
            change.replay = Some(r.clone());
        }
        let verdict = if change.measured.as_ref().is_some_and(|m| m.call.is_none()) {
            replay::Verdict::NotProposed(
                "not proposed: the tests call it only from other threads than the main one, where the replay does not capture calls, so no speedup was measured".to_owned(),
            )
        } else {
            let test = change.measured.as_ref().map(|m| m.test.as_str());
            replay::verdict(test.unwrap_or_default(), replayed, min_speedup)
        };
        match verdict {
            replay::Verdict::Keep => {
                measured.insert(i, change);
                true
            }
            replay::Verdict::Changed(reason) => {
                progress.note(format!("dropped {}:{}: {reason}", change.finding.path, change.finding.line));
                change.finding.reasons.insert(0, reason);
                result.dropped.push(change);
                false
            }
            replay::Verdict::NotProposed(reason) => {
                change.finding.reasons.insert(0, reason);
                result.review.push(change);
                false
            }
        }
    });
    if candidates.is_empty() {
        progress.fail();
        result.status = if result.dropped.is_empty() {
            Status::NothingToPropose
        } else {
            Status::AllDropped
        };
        result.message = format!(
            "None of the {proven} rewrite(s) proven safe was replayed with the same outcome and measured at least {min_speedup}× faster (each is listed with its numbers or why); nothing to commit."
        );
        result.before = Some(before);
        result.test_runs = runner.runs;
        return Ok(Verified::stopped(result, analysis.findings));
    }

    runner.sandbox = &after_sandbox;
    runner.timeout_secs = after_timeout.as_secs();

    progress.stage(format!("applying {} rewrite(s)", candidates.len()));
    workspace.write(&candidates)?;
    progress.stage("tests on the rewritten code");
    let first_after = runner.run("after")?;
    let failing = runner.failing(&first_after, &before);
    let mut last: (Vec<usize>, Suite) = (candidates.clone(), first_after);
    let narrowed = if failing.is_empty() {
        bisect::Narrowed {
            kept: candidates.clone(),
            dropped: Vec::new(),
            runs: 0,
        }
    } else {
        progress.note(format!(
            "{} test(s) that passed before fail now: {}",
            failing.len(),
            summarize(&failing, 5)
        ));
        progress.stage("finding the rewrite(s) that broke them");
        bisect::drop_culprits(&candidates, failing, |subset, step| {
            progress.note(match step {
                bisect::Step::Bisect { trying, of } => {
                    format!("bisect: trying the first {trying} of {of} rewrites")
                }
                bisect::Step::Confirm { kept } => {
                    format!("culprit dropped: re-running with {kept} rewrite(s)")
                }
            });
            workspace.write(subset)?;
            let suite = runner.run("bisect")?;
            let failing = runner.failing(&suite, &before);
            last = (subset.to_vec(), suite);
            Ok::<_, anyhow::Error>(failing)
        })?
    };
    // Leave the clone with exactly the kept rewrites.
    workspace.write(&narrowed.kept)?;
    let after = if last.0 == narrowed.kept {
        Some(last.1)
    } else {
        None
    };
    result.test_runs = runner.runs;
    for (i, failing_tests) in &narrowed.dropped {
        if let Some(mut change) = measured.remove(i) {
            change.failing_tests = failing_tests.clone();
            result.dropped.push(change);
        }
    }
    result.applied = narrowed
        .kept
        .iter()
        .filter_map(|i| measured.remove(i))
        .map(|mut change| {
            if let (Some(tests), Some(after)) = (&change.tests, &after) {
                change.tests_seconds = Some((before.seconds_of(tests), after.seconds_of(tests)));
            }
            change
        })
        .collect();
    if let Some(after) = &after {
        let (faster, slower) = report::timing_changes(&before, after, 5);
        result.faster = faster;
        result.slower = slower;
    }
    result.before = Some(before);
    result.after = after;

    if narrowed.kept.is_empty() {
        result.status = Status::AllDropped;
        result.message = format!(
            "Every rewrite proven safe broke a test and was dropped ({}); nothing to commit.",
            result.dropped.len()
        );
        return Ok(Verified::stopped(result, analysis.findings));
    }
    result.title = Some(render::title(&result.applied));
    let changed = workspace.changed_paths(&narrowed.kept);
    let originals = workspace
        .files
        .into_iter()
        .map(|(path, (_, original))| (path, original))
        .collect();
    Ok(Verified {
        result,
        findings: analysis.findings,
        changed: Some(changed),
        originals,
    })
}

/// Render and write PR.md and result.json, print where they are, and pick the exit code.
fn finish(
    progress: &mut Progress,
    result: &mut ProposeResult,
    output: &Path,
    config: &RepoConfig,
) -> anyhow::Result<ExitCode> {
    progress.stage("writing the pull-request text");
    std::fs::create_dir_all(output)
        .with_context(|| format!("cannot create the output directory {}", output.display()))?;
    let body = render::body(result, config)?;
    let pr = output.join("PR.md");
    let json = output.join("result.json");
    check::write_atomically(&pr, &body)?;
    let mut text = serde_json::to_string_pretty(result).context("cannot serialise result.json")?;
    text.push('\n');
    check::write_atomically(&json, &text)?;
    progress.done();
    let code = result.status.exit_code();
    if code == 0 {
        println!("{}", result.message);
    } else {
        eprintln!("parallelize: {}", result.message);
    }
    if let Some(title) = &result.title {
        println!("title: {title}");
    }
    println!("pull-request text: {}", pr.display());
    println!("details: {}", json.display());
    Ok(ExitCode::from(code))
}

/// Why the baseline cannot carry a proposal, if it cannot.
fn baseline_problem(before: &Suite) -> Option<String> {
    if before.exit.starts_with("timed out") {
        return Some(format!(
            "The tests did not finish on the unchanged code: {} (`test-timeout`); the whole \
             process group was killed. Nothing was changed. Log: {}",
            before.exit, before.log
        ));
    }
    let failing: Vec<&String> = before
        .cases
        .iter()
        .filter(|(_, c)| matches!(c.outcome, junit::Outcome::Failed | junit::Outcome::Error))
        .map(|(id, _)| id)
        .collect();
    if before.exit == "exit 5" && before.passed + failing.len() == 0 {
        return Some(format!(
            "The test command ran no test (pytest exit 5): a rewrite cannot be verified without \
             tests. Nothing was changed. Log: {}",
            before.log
        ));
    }
    if before.exit != "exit 0" || !failing.is_empty() {
        let names: Vec<String> = failing.iter().map(|s| s.to_string()).collect();
        return Some(format!(
            "The tests fail on the unchanged code ({}{}); parallelize never proposes on top of \
             failing tests. Nothing was changed. Log: {}",
            before.exit,
            if names.is_empty() {
                String::new()
            } else {
                format!(", {} failing: {}", names.len(), summarize(&names, 5))
            },
            before.log
        ));
    }
    None
}

fn summarize(names: &[String], limit: usize) -> String {
    let mut s = names
        .iter()
        .take(limit)
        .map(|n| n.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > limit {
        s.push_str(&format!(" and {} more", names.len() - limit));
    }
    s
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn describe_status(status: &RunStatus, timeout_secs: u64) -> String {
    match status {
        RunStatus::Exited(code) => format!("exit {code}"),
        RunStatus::Signaled(sig) => format!("killed by signal {sig}"),
        RunStatus::TimedOut => format!("timed out after {timeout_secs} s"),
    }
}

/// Keep the output directory out of `git status` in the clone.
fn exclude_from_git(clone: &Path, output: &Path) {
    if let Ok(rel) = output.strip_prefix(clone) {
        let exclude = clone.join(".git/info/exclude");
        let mut text = std::fs::read_to_string(&exclude).unwrap_or_default();
        text.push_str(&format!("/{}/\n", rel.to_string_lossy()));
        let _ = std::fs::create_dir_all(clone.join(".git/info"));
        let _ = std::fs::write(&exclude, text);
    }
}

/// Why a rewrite proven safe is not proposed: no test ran its loop, or its pool does not pay off
/// from `max_break_even` items (or at all) on this machine. `None`: it may be proposed.
fn not_worth_it(change: &Change, traced: bool, max_break_even: u64) -> Option<String> {
    let strategy = change.finding.strategy;
    if !matches!(
        strategy,
        transforms::Strategy::ProcessPool | transforms::Strategy::ThreadPool
    ) {
        return Some(format!(
            "not proposed: `propose` measures and replays pool rewrites only, so whether this {} rewrite is faster was not measured (`check --fix` applies it)",
            strategy.as_str()
        ));
    }
    let Some(measured) = &change.measured else {
        let why = if change.finding.function.is_none() {
            "the loop is at module level, where the trace run does not time loops"
        } else if !traced {
            "the trace run could not run (the test command is not pytest, or did not load the plugin)"
        } else {
            "no test runs this loop"
        };
        return Some(format!(
            "not proposed: {why}, so what it costs and whether a pool pays off could not be measured"
        ));
    };
    let Some(payoff) = change.payoff else {
        return Some(
            "not proposed: what a pool costs on this machine could not be measured (the calibration run failed; its log is with the reports)".to_owned(),
        );
    };
    let per_item = format!(
        "{} an item ({} items in `{}`)",
        render::duration(measured.seconds_per_item),
        measured.items,
        measured.test
    );
    match payoff.break_even {
        None => Some(format!(
            "not worth a pool: at {per_item}, one round trip to a worker costs more than a worker saves; it never pays off"
        )),
        Some(n) if n > max_break_even => Some(format!(
            "not worth a pool: at {per_item}, it pays off only from {n} items (`max-break-even` is {max_break_even})"
        )),
        Some(_) => None,
    }
}

/// The break-even of a measured rewrite on the calibrated pool of its strategy, with the
/// workers and chunksize the rewrite uses (from its checklist; the calibrated workers and one
/// item a task otherwise).
fn payoff(change: &Change, calibration: Option<&report::Calibration>) -> Option<report::Payoff> {
    let measured = change.measured.as_ref()?;
    let calibration = calibration?;
    let cost = match change.finding.strategy {
        transforms::Strategy::ProcessPool => &calibration.process,
        transforms::Strategy::ThreadPool => &calibration.thread,
        _ => return None,
    };
    let setting = |item: &str, key: &str| -> Option<u64> {
        change.spelled(item, key)?.strip_prefix(key)?.parse().ok()
    };
    let workers = setting("Worker count bounded", "max_workers=")
        .map_or(cost.workers, |w| w as usize)
        .min(
            if change.finding.strategy == transforms::Strategy::ProcessPool {
                calibration.cpus.max(1)
            } else {
                usize::MAX
            },
        );
    let chunksize = setting("Chunked", "chunksize=").unwrap_or(1);
    Some(report::Payoff::new(cost, measured, workers, chunksize))
}

/// What the trace run saw of one finding: the tests that call its function, and per execution
/// of its loop `(items, seconds, test)`.
#[derive(Debug, Default, serde::Deserialize)]
struct Traced {
    tests: Vec<String>,
    #[serde(default)]
    runs: Vec<report::LoopRun>,
}

impl Traced {
    fn measured(&self) -> Option<report::Measured> {
        report::Measured::from_runs(&self.runs)
    }
}

/// The calibration script of the pool costs.
const CALIBRATE: &str = include_str!("calibrate.py");

/// The pytest plugin of the trace run.
const TRACE_PLUGIN: &str = include_str!("trace_plugin.py");

/// Runs the test command in the sandbox and reads its JUnit report.
struct Runner<'a> {
    sandbox: &'a Sandbox,
    clone: &'a Path,
    project: &'a Path,
    venv: &'a Path,
    reports: &'a Path,
    logs: &'a Path,
    plugins: &'a Path,
    command: String,
    network: bool,
    timeout_secs: u64,
    /// Seconds one replayed run of the original is sized to (`replay-seconds`).
    replay_seconds: f64,
    runs: usize,
}

impl Runner<'_> {
    /// The variables of a setup step or test run: the venv first on PATH; pytest's JUnit
    /// report when `junit` is given.
    fn env(&self, junit: Option<&Path>) -> Vec<(String, String)> {
        let parent_path =
            std::env::var("PATH").unwrap_or_else(|_| "/usr/local/bin:/usr/bin:/bin".into());
        let mut env = vec![
            (
                "PATH".to_owned(),
                format!("{}:{parent_path}", self.venv.join("bin").display()),
            ),
            ("VIRTUAL_ENV".to_owned(), self.venv.display().to_string()),
            ("UV_PYTHON_DOWNLOADS".to_owned(), "never".to_owned()),
            ("PIP_DISABLE_PIP_VERSION_CHECK".to_owned(), "1".to_owned()),
            // No stale or new bytecode next to the sources the runs rewrite.
            ("PYTHONDONTWRITEBYTECODE".to_owned(), "1".to_owned()),
        ];
        if let Some(junit) = junit {
            env.push((
                "PYTEST_ADDOPTS".to_owned(),
                format!(
                    "--junitxml={} -o junit_family=xunit1 -p no:cacheprovider",
                    junit.display()
                ),
            ));
        }
        env
    }

    /// The test command in the project directory, network as configured.
    fn exec(
        &self,
        env: &[(String, String)],
        log: &Path,
    ) -> Result<crate::sandbox::Outcome, crate::sandbox::SandboxError> {
        self.sandbox.run(&Job {
            shell: &self.command,
            cwd: self.project,
            env,
            network: self.network,
            log,
        })
    }

    fn run(&mut self, label: &str) -> anyhow::Result<Suite> {
        self.runs += 1;
        let n = self.runs;
        let junit = self.reports.join(format!("{n:02}-{label}.xml"));
        let log = self.logs.join(format!("tests-{n:02}-{label}.log"));
        let _ = std::fs::remove_file(&junit);
        let env = self.env(Some(&junit));
        // Not while another run measures: its numbers would include this suite's work.
        let _measuring = replay::MeasureLock::shared()?;
        let started = Instant::now();
        let outcome = self.exec(&env, &log)?;
        let seconds = started.elapsed().as_secs_f64();
        let cases = if junit.is_file() {
            junit::read(&junit)?
        } else {
            BTreeMap::new()
        };
        Ok(Suite::from_cases(
            cases,
            seconds,
            describe_status(&outcome.status, self.timeout_secs),
            log.display().to_string(),
        ))
    }

    /// One run of the unchanged code with the trace plugin: which tests call the function
    /// holding each finding (index -> test ids).
    /// `None` when nothing could be measured (the test command is not pytest).
    fn trace(
        &mut self,
        targets: &[(usize, &Finding)],
    ) -> anyhow::Result<Option<BTreeMap<usize, Traced>>> {
        self.runs += 1;
        let n = self.runs;
        let plugin = self.plugins.join("parallelize_trace.py");
        check::write_atomically(&plugin, TRACE_PLUGIN)?;
        let out = self.reports.join(format!("{n:02}-trace.json"));
        let log = self.logs.join(format!("tests-{n:02}-trace.log"));
        let spec: Vec<(String, String, String, usize)> = targets
            .iter()
            .map(|(i, f)| {
                (
                    i.to_string(),
                    self.clone.join(&f.path).display().to_string(),
                    f.function.clone().unwrap_or_default(),
                    f.line,
                )
            })
            .collect();
        let mut env = self.env(None);
        env.push((
            "PYTEST_ADDOPTS".to_owned(),
            "-p parallelize_trace -p no:cacheprovider".to_owned(),
        ));
        env.push(("PYTHONPATH".to_owned(), self.plugins.display().to_string()));
        env.push((
            "PARALLELIZE_TRACE_TARGETS".to_owned(),
            serde_json::to_string(&spec)?,
        ));
        env.push((
            "PARALLELIZE_TRACE_OUT".to_owned(),
            out.display().to_string(),
        ));
        // The trace times each item too: not while another run measures.
        let measuring = replay::MeasureLock::shared()?;
        self.exec(&env, &log)?;
        drop(measuring);
        // A suite that cannot load the plugin (not pytest) leaves no file: nothing measured.
        let Ok(text) = std::fs::read_to_string(&out) else {
            return Ok(None);
        };
        let hits: BTreeMap<String, Traced> = serde_json::from_str(&text)
            .with_context(|| format!("cannot read the trace report {}", out.display()))?;
        Ok(Some(
            hits.into_iter()
                .filter_map(|(k, v)| k.parse().ok().map(|k| (k, v)))
                .collect(),
        ))
    }

    /// One run of the calibration script in the sandbox: what a process pool and a thread pool
    /// cost here, every worker importing `modules`. `None` when it did not run to the end (the
    /// reason is in its log).
    fn calibrate(
        &mut self,
        config: &RepoConfig,
        modules: &BTreeSet<String>,
    ) -> anyhow::Result<Option<report::Calibration>> {
        let script = self.plugins.join("parallelize_calibrate.py");
        check::write_atomically(&script, CALIBRATE)?;
        let out = self.reports.join("calibration.json");
        let log = self.logs.join("calibration.log");
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let process_workers = config.max_workers.map_or(cpus, |w| w as usize);
        let thread_workers = config
            .max_workers
            .map_or((cpus + 4).min(32), |w| w as usize);
        let mut command = format!(
            "python {} {} {process_workers} {thread_workers}",
            project::quote(&script.display().to_string()),
            project::quote(&out.display().to_string()),
        );
        for m in modules {
            command.push(' ');
            command.push_str(&project::quote(m));
        }
        let env = self.env(None);
        self.sandbox.run(&Job {
            shell: &command,
            cwd: self.project,
            env: &env,
            network: false,
            log: &log,
        })?;
        let Ok(text) = std::fs::read_to_string(&out) else {
            return Ok(None);
        };
        let calibration = serde_json::from_str(&text)
            .with_context(|| format!("cannot read the calibration {}", out.display()))?;
        Ok(Some(calibration))
    }

    /// Tests that passed in `before` and fail in `after`; when the command failed without
    /// naming a test (a crash, a timeout, no JUnit report), the failure itself.
    fn failing(&self, after: &Suite, before: &Suite) -> Vec<String> {
        let mut failing = after.newly_failing(before);
        if failing.is_empty() && after.exit != "exit 0" {
            failing.push(format!("(the test command: {})", after.exit));
        }
        failing
    }
}

/// The clone's Python files as they were, and the findings' fixes, so any subset of rewrites
/// can be written.
struct Workspace<'a> {
    /// Per display path: the file's location and original text.
    files: BTreeMap<String, (PathBuf, Original)>,
    findings: &'a [Finding],
}

impl<'a> Workspace<'a> {
    fn new(files: &[SourceFile], findings: &'a [Finding]) -> anyhow::Result<Self> {
        let wanted: BTreeSet<&str> = findings
            .iter()
            .filter(|f| f.safety == Safety::Safe && f.fix.is_some())
            .map(|f| f.path.as_str())
            .collect();
        let mut map = BTreeMap::new();
        for f in files.iter().filter(|f| wanted.contains(f.display.as_str())) {
            let text = std::fs::read_to_string(&f.abs)
                .with_context(|| format!("cannot read {}", f.abs.display()))?;
            let original = Original {
                text,
                module: f.module.clone(),
                is_package: f.is_package,
            };
            map.insert(f.display.clone(), (f.abs.clone(), original));
        }
        Ok(Self {
            files: map,
            findings,
        })
    }

    /// The fingerprint of finding `i` (empty when its file holds no safe rewrite).
    fn fingerprint(&self, i: usize) -> String {
        let f = &self.findings[i];
        self.files
            .get(&f.path)
            .map(|(_, original)| fingerprint(f, &original.text))
            .unwrap_or_default()
    }

    /// Indices of the safe findings whose fixes apply together (an overlapping fix is left to
    /// a later run, as `check --fix` does), leaving out the `declined` ones.
    fn applicable(&self, declined: &BTreeSet<String>) -> Vec<usize> {
        let all: Vec<usize> = (0..self.findings.len())
            .filter(|&i| self.findings[i].safety == Safety::Safe && self.findings[i].fix.is_some())
            .filter(|&i| declined.is_empty() || !declined.contains(&self.fingerprint(i)))
            .collect();
        match self.texts(&all) {
            Ok((_, applied)) => applied,
            Err(_) => Vec::new(),
        }
    }

    /// The new text of every file touched by `subset`, and the indices actually applied.
    fn texts(&self, subset: &[usize]) -> anyhow::Result<(BTreeMap<String, String>, Vec<usize>)> {
        let mut by_file: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for &i in subset {
            by_file
                .entry(self.findings[i].path.as_str())
                .or_default()
                .push(i);
        }
        let mut texts = BTreeMap::new();
        let mut applied = Vec::new();
        for (path, idx) in by_file {
            let Some((_, original)) = self.files.get(path) else {
                continue;
            };
            let chosen: Vec<Finding> = idx.iter().map(|&i| self.findings[i].clone()).collect();
            let (text, used) = rewrite_text(path, original, &chosen)?;
            applied.extend(used.into_iter().map(|u| idx[u]));
            texts.insert(path.to_owned(), text);
        }
        applied.sort_unstable();
        Ok((texts, applied))
    }

    /// Write exactly `subset` into the clone (every other file back to its original text).
    fn write(&self, subset: &[usize]) -> anyhow::Result<()> {
        let (texts, _) = self.texts(subset)?;
        for (path, (abs, original)) in &self.files {
            let text = texts.get(path).unwrap_or(&original.text);
            check::write_atomically(abs, text)?;
        }
        Ok(())
    }

    /// Files `subset` changes, relative to the clone's root.
    fn changed_paths(&self, subset: &[usize]) -> Vec<String> {
        let mut paths: Vec<String> = subset
            .iter()
            .map(|&i| self.findings[i].path.clone())
            .collect();
        paths.sort();
        paths.dedup();
        paths
    }
}
