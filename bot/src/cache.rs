//! The result cache of `check`, in `.parallelize_cache/` at the project root (git-ignored by a
//! file inside it, like ruff's cache).
//!
//! One entry per project: the findings and skipped files of the last report-only run, keyed by a
//! fingerprint of every file's path and content hash, the tool version, the settings and the rule
//! selection. Any change to any file re-analyses the whole project: effect summaries cross module
//! boundaries, so a change in one file can change another file's findings. Coarse, never stale.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use transforms::{Edit, Finding, Fix, Safety, Strategy, Workload};

use crate::check::Skipped;
use crate::discover::SourceFile;

const DIR: &str = ".parallelize_cache";
const FILE: &str = "check-v1.json";

#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    files: usize,
    findings: Vec<CachedFinding>,
    skipped: Vec<CachedSkip>,
}

#[derive(Serialize, Deserialize)]
struct CachedSkip {
    path: String,
    reason: String,
}

#[derive(Serialize, Deserialize)]
struct CachedFinding {
    rule: String,
    path: String,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    workload: Workload,
    strategy: Strategy,
    safety: Safety,
    reasons: Vec<String>,
    message: String,
    edits: Option<Vec<Edit>>,
    #[serde(default)]
    cost: Option<transforms::vocab::CostEvidence>,
}

/// Hash of everything the report depends on. `None` if a file cannot be read (no caching then).
pub fn fingerprint(files: &[SourceFile], settings_key: &str) -> Option<String> {
    use rayon::prelude::*;
    let hashes: Vec<Option<(String, blake3::Hash)>> = files
        .par_iter()
        .map(|f| {
            std::fs::read(&f.abs)
                .ok()
                .map(|b| (format!("{}\0{}", f.display, f.module), blake3::hash(&b)))
        })
        .collect();
    let mut hasher = blake3::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(build_identity().as_bytes());
    hasher.update(settings_key.as_bytes());
    for h in hashes {
        let (key, hash) = h?;
        hasher.update(key.as_bytes());
        hasher.update(hash.as_bytes());
    }
    Some(hasher.finalize().to_hex().to_string())
}

/// The running executable's size and modification time: a rebuilt binary (same version number,
/// different rules) must not reuse results computed by the previous one.
fn build_identity() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}:{mtime}", m.len())
        })
        .unwrap_or_default()
}

fn cache_file(root: &Path) -> PathBuf {
    root.join(DIR).join(FILE)
}

/// The cached report for this fingerprint, if there is one.
pub fn load(root: &Path, fingerprint: &str) -> Option<(usize, Vec<Finding>, Vec<Skipped>)> {
    let bytes = std::fs::read(cache_file(root)).ok()?;
    let entry: Entry = serde_json::from_slice(&bytes).ok()?;
    if entry.fingerprint != fingerprint {
        return None;
    }
    let mut findings = Vec::with_capacity(entry.findings.len());
    for c in entry.findings {
        let info = transforms::rules::info(&c.rule)?;
        findings.push(Finding {
            rule: info.code,
            name: info.name,
            path: c.path,
            line: c.line,
            column: c.column,
            end_line: c.end_line,
            end_column: c.end_column,
            workload: c.workload,
            strategy: c.strategy,
            safety: c.safety,
            reasons: c.reasons,
            message: c.message,
            fix: c.edits.map(|edits| Fix {
                applicability: "safe",
                edits,
                body_edits: vec![],
                imports: vec![],
                helpers: vec![],
            }),
            cost: c.cost,
            function: None,
            rationale: String::new(),
            checklist: vec![],
            start_byte: 0,
            end_byte: 0,
        });
    }
    let skipped = entry
        .skipped
        .into_iter()
        .map(|s| Skipped {
            path: s.path,
            reason: s.reason,
        })
        .collect();
    Some((entry.files, findings, skipped))
}

/// Store a report. Failures to write the cache are not errors: the next run recomputes.
pub fn store(
    root: &Path,
    fingerprint: &str,
    files: usize,
    findings: &[Finding],
    skipped: &[Skipped],
) {
    let dir = root.join(DIR);
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    let gitignore = dir.join(".gitignore");
    if !gitignore.exists() {
        let _ = std::fs::write(&gitignore, "# Automatically created by parallelize.\n*\n");
    }
    let entry = Entry {
        fingerprint: fingerprint.to_owned(),
        files,
        findings: findings
            .iter()
            .map(|f| CachedFinding {
                rule: f.rule.to_owned(),
                path: f.path.clone(),
                line: f.line,
                column: f.column,
                end_line: f.end_line,
                end_column: f.end_column,
                workload: f.workload,
                strategy: f.strategy,
                safety: f.safety,
                reasons: f.reasons.clone(),
                message: f.message.clone(),
                edits: f.fix.as_ref().map(|x| x.edits.clone()),
                cost: f.cost.clone(),
            })
            .collect(),
        skipped: skipped
            .iter()
            .map(|s| CachedSkip {
                path: s.path.clone(),
                reason: s.reason.clone(),
            })
            .collect(),
    };
    let Ok(bytes) = serde_json::to_vec(&entry) else {
        return;
    };
    let tmp = dir.join(format!("{FILE}.{}.tmp", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, cache_file(root)).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
