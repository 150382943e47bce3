//! Rules. One file per rule with its documentation (What it does / Why / Example / When it is not
//! applied); `parallelize explain` and pull-request bodies print that same text.
//!
//! The loop rules share one analysis ([`loop_rule`]): a loop's facts (per-item work, workload,
//! accumulation) are computed once, each of PAR101, PAR103, PAR104 and PAR201 decides in its own
//! `check` whether the loop is its shape, and the shared code proves the safety conditions and
//! builds the rewrite only when every condition holds. PAR102 owns the comprehensions.

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

use crate::context::FileContext;
use crate::finding::Finding;

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

/// The rules, from one table: the `Rule` enum, its order and each rule's documentation.
macro_rules! rule_table {
    ($($variant:ident => $module:ident :: $ty:ident),+ $(,)?) => {
        /// A rule of the engine.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $($variant),+
        }

        impl Rule {
            /// Every rule, in code order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),+];

            /// The rule's code, name, summary and documentation.
            pub fn info(self) -> &'static RuleInfo {
                match self {
                    $(Rule::$variant => &$module::$ty::INFO),+
                }
            }
        }
    };
}

rule_table! {
    Par101 => par101::Par101,
    Par102 => par102::Par102,
    Par103 => par103::Par103,
    Par104 => par104::Par104,
    Par201 => par201::Par201,
    Par202 => par202::Par202,
    Par211 => par211::Par211,
    Par212 => par212::Par212,
    Par213 => par213::Par213,
    Par301 => par301::Par301,
    Par302 => par302::Par302,
}

impl Rule {
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The rule with this code (`PAR101`, case-insensitive).
    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL
            .iter()
            .copied()
            .find(|r| r.code().eq_ignore_ascii_case(code))
    }
}

/// A set of rules: the ones a run selects. Analyses whose rules are all left out do not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSet(u32);

impl RuleSet {
    pub fn all() -> RuleSet {
        RuleSet((1u32 << Rule::ALL.len()) - 1)
    }

    pub fn none() -> RuleSet {
        RuleSet(0)
    }

    /// The rules for which `enabled(code)` holds.
    pub fn from_fn(enabled: impl Fn(&str) -> bool) -> RuleSet {
        let mut set = RuleSet::none();
        for r in Rule::ALL {
            if enabled(r.code()) {
                set.insert(*r);
            }
        }
        set
    }

    pub fn insert(&mut self, rule: Rule) {
        self.0 |= 1 << rule as u32;
    }

    pub fn contains(&self, rule: Rule) -> bool {
        self.0 & (1 << rule as u32) != 0
    }

    /// Whether any of `rules` is in the set.
    pub fn any(&self, rules: &[Rule]) -> bool {
        rules.iter().any(|r| self.contains(*r))
    }

    /// Whether the rule with this code is in the set (codes no rule has are not).
    pub fn contains_code(&self, code: &str) -> bool {
        Rule::from_code(code).is_some_and(|r| self.contains(r))
    }
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet::all()
    }
}

/// Every implemented rule, in code order.
pub fn all() -> Vec<&'static RuleInfo> {
    Rule::ALL.iter().map(|r| r.info()).collect()
}

pub fn info(code: &str) -> Option<&'static RuleInfo> {
    Rule::from_code(code).map(Rule::info)
}

/// Documentation text without the one leading space rustdoc lines carry.
pub fn doc_text(info: &RuleInfo) -> String {
    info.doc
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Run the rules of `enabled` over a file: the loop, comprehension, statement-run and
/// coroutine analyses; an analysis none of whose rules is enabled does not run.
pub fn check(ctx: &FileContext<'_>, enabled: RuleSet) -> Vec<Finding> {
    use Rule::*;
    let root = ctx.parsed.root();
    let mut out = Vec::new();
    if enabled.contains(Par202) {
        out.extend(par202::check(ctx));
    }
    if enabled.any(&[Par212, Par213]) {
        out.extend(blocking_call::check(ctx));
    }
    let loops = enabled.any(&[Par101, Par103, Par104, Par201]);
    let (numeric, rows, awaits) = (
        enabled.contains(Par301),
        enabled.contains(Par302),
        enabled.contains(Par211),
    );
    if loops || numeric || rows || awaits || enabled.contains(Par102) {
        crate::py::walk(root, true, &mut |n| match n.kind() {
            "for_statement" => {
                let f = if par211::owns_loop(n) {
                    awaits.then(|| par211::check_for(ctx, n)).flatten()
                } else {
                    numeric
                        .then(|| par301::check_for(ctx, n))
                        .flatten()
                        .or_else(|| rows.then(|| par302::check_for(ctx, n)).flatten())
                        .or_else(|| loops.then(|| check_loop(ctx, n, enabled)).flatten())
                };
                out.extend(f);
            }
            "expression_statement" | "return_statement" => {
                let f = awaits
                    .then(|| par211::check_comprehension(ctx, n))
                    .flatten()
                    .or_else(|| {
                        numeric
                            .then(|| par301::check_comprehension(ctx, n))
                            .flatten()
                    })
                    .or_else(|| rows.then(|| par302::check_statement(ctx, n)).flatten())
                    .or_else(|| {
                        enabled
                            .contains(Par102)
                            .then(|| par102::check(ctx, n))
                            .flatten()
                    });
                out.extend(f);
            }
            _ => {}
        });
    }
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
    out.retain(|f| enabled.contains_code(f.rule));
    out
}

/// A loop rule's judgement of a loop's facts.
type LoopCheck = fn(&FileContext<'_>, &loop_rule::LoopFacts<'_>) -> Option<Finding>;

/// A `for` loop's facts, computed once, judged by each enabled loop rule in turn (their shapes
/// exclude each other, so at most one finds something).
fn check_loop(
    ctx: &FileContext<'_>,
    node: crate::ast::Node<'_>,
    enabled: RuleSet,
) -> Option<Finding> {
    use Rule::*;
    let facts = loop_rule::loop_facts(ctx, node)?;
    let rules: [(Rule, LoopCheck); 4] = [
        (Par101, par101::check),
        (Par103, par103::check),
        (Par104, par104::check),
        (Par201, par201::check),
    ];
    rules
        .iter()
        .filter(|(rule, _)| enabled.contains(*rule))
        .find_map(|(_, check)| check(ctx, &facts))
}
