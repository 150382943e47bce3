//! Rules. One file per rule with its documentation (What it does / Why / Example / When it is not
//! applied); `parallelize explain` and pull-request bodies print that same text.
//!
//! The loop rules share one analysis ([`loop_rule`]): find the per-item work, classify the
//! workload, prove the safety conditions, and build the rewrite only when every condition holds.

mod blocking_call;
mod loop_rule;
pub mod par101;
pub mod par102;
pub mod par103;
pub mod par104;
pub mod par201;
pub mod par202;
pub mod par211;
pub mod par212;
pub mod par213;
pub mod par301;
pub mod par302;

use crate::finding::Finding;
use crate::FileContext;

/// Static description of a rule.
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
    /// The rule's doc comment, verbatim.
    pub doc: &'static str,
}

/// Declares a rule type whose doc comment is also available at run time as `DOC`.
macro_rules! declare_rule {
    ($(#[doc = $doc:expr])+ pub struct $ty:ident { code: $code:literal, name: $name:literal, summary: $summary:literal }) => {
        $(#[doc = $doc])+
        pub struct $ty;
        impl $ty {
            pub const INFO: $crate::rules::RuleInfo = $crate::rules::RuleInfo {
                code: $code,
                name: $name,
                summary: $summary,
                doc: concat!($($doc, "\n"),+),
            };
        }
    };
}
pub(crate) use declare_rule;

/// Every implemented rule, in code order.
pub fn all() -> [&'static RuleInfo; 11] {
    [
        &par101::Par101::INFO,
        &par102::Par102::INFO,
        &par103::Par103::INFO,
        &par104::Par104::INFO,
        &par201::Par201::INFO,
        &par202::Par202::INFO,
        &par211::Par211::INFO,
        &par212::Par212::INFO,
        &par213::Par213::INFO,
        &par301::Par301::INFO,
        &par302::Par302::INFO,
    ]
}

pub fn info(code: &str) -> Option<&'static RuleInfo> {
    all()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Drops repeated reasons, keeping the first of each.
pub(crate) fn dedup(reasons: &mut Vec<String>) {
    let mut seen = std::collections::BTreeSet::new();
    reasons.retain(|r| seen.insert(r.clone()));
}

/// Documentation text without the one leading space rustdoc lines carry.
pub fn doc_text(info: &RuleInfo) -> String {
    info.doc
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Run the loop, comprehension, statement-run and coroutine rules over a file.
pub fn check(ctx: &FileContext<'_>) -> Vec<Finding> {
    let root = ctx.parsed.root();
    let mut out = par202::check(ctx);
    out.extend(blocking_call::check(ctx));
    crate::py::walk(root, true, &mut |n| match n.kind() {
        "for_statement" => {
            let f = if par211::owns_loop(n) {
                par211::check_for(ctx, n)
            } else {
                par301::check_for(ctx, n)
                    .or_else(|| par302::check_for(ctx, n))
                    .or_else(|| loop_rule::check_for(ctx, n))
            };
            out.extend(f);
        }
        "expression_statement" | "return_statement" => {
            let f = par211::check_comprehension(ctx, n)
                .or_else(|| par301::check_comprehension(ctx, n))
                .or_else(|| par302::check_statement(ctx, n))
                .or_else(|| loop_rule::check_comprehension(ctx, n));
            out.extend(f);
        }
        _ => {}
    });
    // A loop inside a numeric loop this file rewrites as a whole is not a finding of its own.
    let numeric: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| matches!(f.rule, "PAR301" | "PAR302"))
        .map(|f| (f.start_byte, f.end_byte))
        .collect();
    out.retain(|f| {
        matches!(f.rule, "PAR301" | "PAR302")
            || !numeric
                .iter()
                .any(|&(s, e)| s <= f.start_byte && f.end_byte <= e)
    });
    out
}
