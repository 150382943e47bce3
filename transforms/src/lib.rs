//! `transforms`: finds sequential Python that can safely run in parallel and rewrites it.
//!
//! Pure: text in, findings and edits out. No I/O, no async. The pipeline per project:
//!
//! 1. [`FileAnalysis::new`] per file: parse, module facts, per-function facts (parallel-safe).
//! 2. [`Project::link`]: effect summaries over the whole project's call graph.
//! 3. [`check_file`] per file: rules produce findings (`safe` with a fix, or `review` with reasons).
//! 4. [`apply_fixes`]: merge the safe fixes of a file, re-parse, refuse any result with errors.

pub mod ast;
pub mod boundary;
pub mod context;
pub mod effects;
pub mod finding;
pub mod fix;
pub mod foreign;
pub mod kb;
pub mod loops;
pub mod module;
pub mod outline;
pub mod project;
pub mod py;
pub mod reason;
pub mod rewrite;
pub mod rules;
pub mod runtime;
pub mod scope;
pub mod source;
pub mod suppress;
pub mod vocab;

use std::collections::BTreeSet;

pub use context::{FileContext, Settings};
pub use finding::{CheckItem, Edit, Finding, Fix, Safety, Strategy, Workload};
pub use project::{FileAnalysis, Linkable, Project, Unparsed};
pub use rules::{Rule, RuleSet};
pub use source::SkipReason;

/// Run the rules of `enabled` on one file. Suppressed findings are removed.
pub fn check_file(
    file: &FileAnalysis,
    project: &Project,
    settings: &Settings,
    enabled: RuleSet,
) -> Vec<Finding> {
    let ctx = FileContext::new(&file.path, &file.parsed, &file.module, project, settings);
    let mut findings = rules::check(&ctx, enabled);
    if !findings.is_empty() {
        let suppressions = suppress::Suppressions::parse(&file.parsed);
        findings.retain(|f| !suppressions.is_suppressed(f.line, f.rule));
    }

    findings.sort_by_key(|f| (f.line, f.column, f.rule));
    findings
}

/// Whether a path (relative to the project) is test code: under a `tests` or `test` directory,
/// or named `test_*.py`, `*_test.py` or `conftest.py` (pytest's discovery names).
pub fn is_test_code(path: &str) -> bool {
    let mut parts: Vec<&str> = path.split(['/', '\\']).collect();
    let Some(name) = parts.pop() else {
        return false;
    };
    parts.iter().any(|d| matches!(*d, "tests" | "test"))
        || name == "conftest.py"
        || (name.starts_with("test_") && name.ends_with(".py"))
        || name.ends_with("_test.py")
}

/// Findings of a test file (`rel`, relative to the project root): reported, not rewritten.
pub fn keep_test_code_unchanged(findings: &mut [Finding], rel: &str) {
    for f in findings.iter_mut().filter(|f| f.fix.is_some()) {
        f.fix = None;
        f.safety = Safety::Review;
        f.reasons.push(
            reason::Reason::TestCode {
                path: rel.to_owned(),
            }
            .to_string(),
        );
    }
}

/// Why fixes could not be applied to a file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ApplyError {
    #[error("fix edits overlap")]
    Overlap,
    #[error("the rewritten file does not parse ({0}); the fixes were dropped")]
    Reparse(String),
}

/// Apply the given findings' fixes to a file's text: body edits of non-overlapping fixes, one
/// merged import edit; the result must parse without errors. Returns the new text and the
/// indexes (into `findings`) of the fixes applied.
pub fn apply_fixes(
    file: &FileAnalysis,
    findings: &[Finding],
) -> Result<(String, Vec<usize>), ApplyError> {
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut edits = Vec::new();
    let mut needs = BTreeSet::new();
    let mut helpers = Vec::new();
    let mut applied = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        let Some(fix) = &f.fix else { continue };
        if f.safety != Safety::Safe {
            continue;
        }
        let overlaps = fix.body_edits.iter().any(|e| {
            taken
                .iter()
                .any(|(s, t)| e.start < *t && *s < e.end.max(e.start + 1))
        });
        if overlaps {
            continue;
        }
        for e in &fix.body_edits {
            taken.push((e.start, e.end.max(e.start + 1)));
            edits.push(e.clone());
        }
        needs.extend(fix.imports.iter().cloned());
        helpers.extend(fix.helpers.iter().cloned());
        applied.push(i);
    }
    if applied.is_empty() {
        return Ok((file.parsed.text.clone(), applied));
    }
    let mut import_edits = fix::import_edits(&file.parsed, &needs);
    import_edits.extend(fix::helper_edit(&file.parsed, &helpers));
    for ie in &import_edits {
        // An insertion at the very place a body edit starts goes before it (sorted first below).
        let clash = |(s, t): &(usize, usize)| {
            ie.start < *t
                && *s < ie.end.max(ie.start + 1)
                && !(ie.start == ie.end && ie.start == *s)
        };
        if taken.iter().any(clash) {
            return Err(ApplyError::Overlap);
        }
    }
    // Imports first: `apply_edits` keeps the order of edits starting at the same offset.
    let mut edits: Vec<Edit> = import_edits.into_iter().chain(edits).collect();
    edits.sort_by_key(|e| (e.start, e.end));
    let text = fix::apply_edits(&file.parsed.text, &edits).map_err(|_| ApplyError::Overlap)?;
    if let Err(reason) = source::parse_str(text.clone()) {
        return Err(ApplyError::Reparse(reason.to_string()));
    }
    Ok((text, applied))
}
