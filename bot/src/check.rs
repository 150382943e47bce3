//! `parallelize check`: discover, analyse in parallel, report; `--fix` and `--diff`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use config::{RepoConfig, RuleSelection};
use rayon::prelude::*;
use transforms::{FileAnalysis, Finding, Linkable, Project, Safety, Settings};

use crate::cli::{CheckArgs, OutputFormat};
use crate::discover::{self, SourceFile};
use crate::output;

/// A file that was not analysed, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// One file's findings, its (old, new) text when fixes apply, and a fix error.
type FileOutcome = (Vec<Finding>, Option<(String, String)>, Option<String>);

/// Everything one analysis pass produced.
pub struct Report {
    pub files: usize,
    pub findings: Vec<Finding>,
    pub skipped: Vec<Skipped>,
    /// Display path -> (absolute path, new text) for files with safe fixes.
    pub fixed_texts: BTreeMap<String, (PathBuf, String, String)>,
    /// Fix problems (a rewrite that did not re-parse), reported as warnings.
    pub fix_errors: Vec<Skipped>,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (root, config) = load_config(&paths, args.config.as_deref())?;
    let Prepared {
        files,
        settings,
        selection,
        select,
        ignore,
    } = prepare(&paths, &root, &config, &args.select, &args.ignore)?;

    if args.parse_only {
        // In the order `analyse` takes them: the floor it is compared with.
        let mut files: Vec<&SourceFile> = files.iter().collect();
        files.sort_by_cached_key(|f| {
            std::cmp::Reverse(std::fs::metadata(&f.abs).map_or(0, |m| m.len()))
        });
        let counts: Vec<usize> = files
            .par_iter()
            .filter_map(|f| {
                let t = std::time::Instant::now();
                let nodes = std::fs::read(&f.abs)
                    .ok()
                    .and_then(|b| transforms::source::parse(&b).ok())
                    .map(|p| p.tree.len());
                if std::env::var_os("PARALLELIZE_TIMINGS").is_some()
                    && t.elapsed().as_millis() > 100
                {
                    eprintln!("timing: {} {:?}", f.display, t.elapsed());
                }
                nodes
            })
            .collect();
        let nodes: usize = counts.iter().sum();
        eprintln!(
            "parsed {} of {} files ({nodes} syntax nodes)",
            counts.len(),
            files.len()
        );
        return Ok(ExitCode::SUCCESS);
    }

    // Report-only runs use the cache; --fix and --diff need the parsed files anyway.
    let use_cache = !args.no_cache && !args.fix && !args.diff;
    let settings_key = format!("{settings:?}|select={select:?}|ignore={ignore:?}");
    let fingerprint = if use_cache {
        crate::cache::fingerprint(&files, &settings_key)
    } else {
        None
    };
    let cached = fingerprint
        .as_deref()
        .and_then(|fp| crate::cache::load(&root, fp));
    let mut report = match cached {
        Some((count, findings, skipped)) => Report {
            files: count,
            findings,
            skipped,
            fixed_texts: BTreeMap::new(),
            fix_errors: vec![],
        },
        None => {
            let report = analyse(&files, &settings, &selection)?;
            if let Some(fp) = &fingerprint {
                crate::cache::store(&root, fp, report.files, &report.findings, &report.skipped);
            }
            report
        }
    };
    if args.fix {
        apply_fix_rounds(&files, &settings, &selection, &mut report)?;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.diff {
        output::diff::write(&mut out, &report)?;
    } else if args.statistics {
        output::text::write_statistics(&mut out, &report)?;
    } else {
        match args.output_format {
            OutputFormat::Text => output::text::write(&mut out, &report, args.fix)?,
            OutputFormat::Json => output::json::write(&mut out, &report)?,
            OutputFormat::Sarif => output::sarif::write(&mut out, &report)?,
            OutputFormat::Github => output::github::write(&mut out, &report)?,
        }
    }
    out.flush().ok();
    for s in report.skipped.iter().chain(report.fix_errors.iter()) {
        if args.output_format == OutputFormat::Text {
            eprintln!("warning: {}: skipped: {}", s.path, s.reason);
        }
    }
    let remaining = if args.fix {
        report
            .findings
            .iter()
            .filter(|f| {
                !(f.safety == Safety::Safe
                    && f.fix.is_some()
                    && report.fixed_texts.contains_key(&f.path))
            })
            .count()
    } else {
        report.findings.len()
    };
    Ok(if remaining == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// What one analysis needs besides the files' text: the files, engine settings and rule selection.
pub struct Prepared {
    pub files: Vec<SourceFile>,
    pub settings: Settings,
    pub selection: RuleSelection,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

/// Combine the repo config with command-line selectors (`select` replaces the config's,
/// `ignore` adds to it) and discover the files below `paths`.
pub fn prepare(
    paths: &[PathBuf],
    root: &Path,
    config: &RepoConfig,
    cli_select: &[String],
    cli_ignore: &[String],
) -> anyhow::Result<Prepared> {
    let mut select = if cli_select.is_empty() {
        config.select.clone()
    } else {
        cli_select.to_vec()
    };
    select.retain(|s| !s.is_empty());
    let mut ignore = config.ignore.clone();
    ignore.extend(cli_ignore.iter().filter(|s| !s.is_empty()).cloned());
    for code in select.iter().chain(ignore.iter()) {
        if !config::is_valid_selector(code) {
            return Err(anyhow!("invalid rule selector `{code}`: expected a code or prefix like PAR101, PAR1 or ALL"));
        }
    }
    let selection = RuleSelection::new(&select, &ignore);
    let filter = config.file_filter().map_err(|e| anyhow!("{e}"))?;
    let files = discover::discover(paths, root, &filter)?;
    let settings = Settings {
        max_workers: config.max_workers,
        min_python: config.min_python,
        max_concurrency: config.max_concurrency,
        dependencies: config.dependencies.clone(),
        rewrite_tests: config.rewrite_tests,
    };
    Ok(Prepared {
        files,
        settings,
        selection,
        select,
        ignore,
    })
}

pub(crate) fn load_config(
    paths: &[PathBuf],
    explicit: Option<&Path>,
) -> anyhow::Result<(PathBuf, RepoConfig)> {
    if let Some(file) = explicit {
        let config = RepoConfig::load_file(file).map_err(|e| anyhow!("{e}"))?;
        let root = file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let root = std::fs::canonicalize(&root).unwrap_or(root);
        return Ok((root, config));
    }
    let first = &paths[0];
    let dir = if first.is_file() {
        first.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        first.clone()
    };
    let dir = if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir
    };
    if !dir.exists() {
        return Err(anyhow!("{}: no such file or directory", first.display()));
    }
    RepoConfig::discover(&dir).map_err(|e| anyhow!("{e}"))
}

/// Parse and analyse every file (in parallel), link the project, run the rules.
pub fn analyse(
    files: &[SourceFile],
    settings: &Settings,
    selection: &RuleSelection,
) -> anyhow::Result<Report> {
    // Trees are kept for the first TREE_BUDGET bytes of source; beyond that a file keeps only its
    // text and linking facts, and is parsed again when its rules run. Small projects parse once;
    // huge trees stay within a bounded amount of memory.
    let kept_bytes = std::sync::atomic::AtomicUsize::new(0);
    let timings = std::env::var_os("PARALLELIZE_TIMINGS").is_some();
    let t0 = std::time::Instant::now();
    let c0 = if timings { cpu_seconds() } else { None };
    // The largest files first, in both parallel phases: a big file started last would leave the
    // other threads idle at the phase's end.
    let sizes: Vec<u64> = files
        .par_iter()
        .map(|f| std::fs::metadata(&f.abs).map_or(0, |m| m.len()))
        .collect();
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    let mut results: Vec<(usize, Result<Loaded, String>)> = order
        .par_iter()
        .map(|&i| {
            let f = &files[i];
            let r = match std::fs::read(&f.abs) {
                Ok(bytes) => FileAnalysis::new(&f.display, &f.module, f.is_package, &bytes)
                    .map_err(|e| e.to_string())
                    .map(|a| {
                        let before =
                            kept_bytes.fetch_add(bytes.len(), std::sync::atomic::Ordering::Relaxed);
                        if before + bytes.len() <= TREE_BUDGET {
                            Loaded::Parsed(a)
                        } else {
                            Loaded::Unparsed(a.into_unparsed(&f.module, f.is_package))
                        }
                    }),
                Err(e) => Err(format!("cannot read: {e}")),
            };
            (i, r)
        })
        .collect();
    results.sort_by_key(|(i, _)| *i);
    let mut analyses = Vec::new();
    let mut skipped = Vec::new();
    let mut index = Vec::new();
    for (i, r) in results {
        match r {
            Ok(a) => {
                analyses.push(a);
                index.push(i);
            }
            Err(reason) => skipped.push(Skipped {
                path: files[i].display.clone(),
                reason,
            }),
        }
    }
    let links: Vec<Linkable<'_>> = analyses
        .iter()
        .map(|a| match a {
            Loaded::Parsed(f) => Linkable::Parsed(f),
            Loaded::Unparsed(u) => Linkable::Unparsed(u),
        })
        .collect();
    let t1 = std::time::Instant::now();
    let c1 = if timings { cpu_seconds() } else { None };
    let resident_after_facts = if timings { resident_mb() } else { None };
    let project = Project::link_all(&links);
    let t2 = std::time::Instant::now();
    let c2 = if timings { cpu_seconds() } else { None };
    // Unselected rules never run.
    let enabled = transforms::RuleSet::from_fn(|code| selection.is_enabled(code));
    let mut order: Vec<usize> = (0..analyses.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(sizes[index[k]]));
    let mut per_file: Vec<(usize, FileOutcome)> = order
        .par_iter()
        .map(|&k| {
            let (loaded, i) = (&analyses[k], index[k]);
            let reparsed;
            let a = match loaded {
                Loaded::Parsed(a) => a,
                Loaded::Unparsed(u) => match u.reparse() {
                    Ok(a) => {
                        reparsed = a;
                        &reparsed
                    }
                    Err(e) => return (k, (Vec::new(), None, Some(e.to_string()))),
                },
            };
            let mut findings = transforms::check_file(a, &project, settings, enabled);
            if !settings.rewrite_tests && transforms::is_test_code(&files[i].rel) {
                transforms::keep_test_code_unchanged(&mut findings, &files[i].rel);
            }
            let mut fixed = None;
            let mut error = None;
            if findings
                .iter()
                .any(|f| f.safety == Safety::Safe && f.fix.is_some())
            {
                match transforms::apply_fixes(a, &findings) {
                    Ok((text, applied)) if !applied.is_empty() => {
                        fixed = Some((a.parsed.text.clone(), text))
                    }
                    Ok(_) => {}
                    Err(e) => {
                        // Never offer a fix that does not re-parse.
                        for f in findings.iter_mut() {
                            if f.fix.is_some() {
                                f.fix = None;
                                f.safety = Safety::Review;
                                f.reasons.push(format!("the rewrite was dropped: {e}"));
                            }
                        }
                        error = Some(e.to_string());
                    }
                }
            }
            (k, (findings, fixed, error))
        })
        .collect();
    per_file.sort_by_key(|(k, _)| *k);
    if timings {
        let c3 = cpu_seconds();
        let cpu = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => format!("{:.2} s", b - a),
            _ => "?".to_owned(),
        };
        eprintln!(
            "timing: parse and facts {:?} (CPU {}), link {:?} (CPU {}), rules {:?} (CPU {}); resident {} MB after the facts, {} MB after the rules",
            t1 - t0,
            cpu(c0, c1),
            t2 - t1,
            cpu(c1, c2),
            t2.elapsed(),
            cpu(c2, c3),
            resident_after_facts.map_or_else(|| "?".to_owned(), |m| m.to_string()),
            resident_mb().map_or_else(|| "?".to_owned(), |m| m.to_string())
        );
    }
    let mut findings = Vec::new();
    let mut fixed_texts = BTreeMap::new();
    let mut fix_errors = Vec::new();
    for ((_, (fs, fixed, error)), (a, i)) in
        per_file.into_iter().zip(analyses.iter().zip(index.iter()))
    {
        let a = a.path();
        findings.extend(fs);
        if let Some((old, new)) = fixed {
            fixed_texts.insert(a.to_owned(), (files[*i].abs.clone(), old, new));
        }
        if let Some(e) = error {
            fix_errors.push(Skipped {
                path: a.to_owned(),
                reason: e,
            });
        }
    }
    findings.sort_by(|a, b| {
        (a.path.as_str(), a.line, a.column, a.rule).cmp(&(
            b.path.as_str(),
            b.line,
            b.column,
            b.rule,
        ))
    });
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    // Freeing every tree and fact takes about a tenth of a second on a large tree: it happens
    // on a thread of its own, which a command-line run exits without waiting for.
    drop(links);
    std::thread::spawn(move || drop((project, analyses)));
    Ok(Report {
        files: files.len(),
        findings,
        skipped,
        fixed_texts,
        fix_errors,
    })
}

/// The process's resident memory in MB (Linux `/proc/self/statm`), for `PARALLELIZE_TIMINGS`.
fn resident_mb() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages * u64::try_from(page).ok()? / (1 << 20))
}

/// CPU time (user and system, all threads) the process has used so far.
fn cpu_seconds() -> Option<f64> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::uninit();
    // SAFETY: getrusage writes a whole `rusage` on success, and it is read only then.
    let usage = unsafe {
        if libc::getrusage(libc::RUSAGE_SELF, usage.as_mut_ptr()) != 0 {
            return None;
        }
        usage.assume_init()
    };
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Some(secs(usage.ru_utime) + secs(usage.ru_stime))
}

/// Source bytes whose syntax trees stay in memory between linking and the rules (trees take
/// about 30 times the source size).
const TREE_BUDGET: usize = 64 << 20;

/// A file after the first pass.
enum Loaded {
    Parsed(FileAnalysis),
    Unparsed(transforms::Unparsed),
}

impl Loaded {
    fn path(&self) -> &str {
        match self {
            Loaded::Parsed(a) => &a.path,
            Loaded::Unparsed(u) => &u.path,
        }
    }
}

/// Write fixed files, then re-analyse until nothing more is fixable (at most a few rounds), so a
/// second `--fix` run changes nothing.
fn apply_fix_rounds(
    files: &[SourceFile],
    settings: &Settings,
    selection: &RuleSelection,
    report: &mut Report,
) -> anyhow::Result<()> {
    let mut written = report.fixed_texts.clone();
    let mut current = std::mem::take(&mut report.fixed_texts);
    for _round in 0..4 {
        if current.is_empty() {
            break;
        }
        for (abs, _old, new) in current.values() {
            write_atomically(abs, new)?;
        }
        let next = analyse(files, settings, selection)?;
        current = next.fixed_texts;
        for (k, v) in &current {
            written
                .entry(k.clone())
                .and_modify(|e| e.2 = v.2.clone())
                .or_insert_with(|| v.clone());
        }
    }
    report.fixed_texts = written;
    Ok(())
}

/// Replace a file's content without ever leaving it half-written.
pub(crate) fn write_atomically(path: &Path, text: &str) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| anyhow!("{} has no parent directory", path.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.parallelize-tmp"));
    let perms = std::fs::metadata(path).map(|m| m.permissions()).ok();
    std::fs::write(&tmp, text).with_context(|| format!("cannot write {}", tmp.display()))?;
    if let Some(p) = perms {
        std::fs::set_permissions(&tmp, p).ok();
    }
    std::fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}
