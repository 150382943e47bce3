//! Findings and fixes: the stable output of the engine (see DESIGN.md, "Interfaces").

use serde::Serialize;

/// Workload class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Workload {
    Cpu,
    Io,
    Data,
    Mixed,
}

impl Workload {
    pub fn as_str(self) -> &'static str {
        match self {
            Workload::Cpu => "cpu",
            Workload::Io => "io",
            Workload::Data => "data",
            Workload::Mixed => "mixed",
        }
    }
}

/// Strategy names are the exact strings of the JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, PartialOrd, Ord)]
pub enum Strategy {
    #[serde(rename = "process-pool")]
    ProcessPool,
    #[serde(rename = "thread-pool")]
    ThreadPool,
    #[serde(rename = "asyncio-gather")]
    AsyncioGather,
    #[serde(rename = "task-group")]
    TaskGroup,
    #[serde(rename = "to-thread")]
    ToThread,
    #[serde(rename = "asyncio-sleep")]
    AsyncioSleep,
    #[serde(rename = "numpy")]
    Numpy,
    #[serde(rename = "vectorize")]
    Vectorize,
}

impl Strategy {
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::ProcessPool => "process-pool",
            Strategy::ThreadPool => "thread-pool",
            Strategy::AsyncioGather => "asyncio-gather",
            Strategy::TaskGroup => "task-group",
            Strategy::ToThread => "to-thread",
            Strategy::AsyncioSleep => "asyncio-sleep",
            Strategy::Numpy => "numpy",
            Strategy::Vectorize => "vectorize",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Safety {
    Safe,
    Review,
}

/// One byte-range replacement in the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, PartialOrd, Ord)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub content: String,
}

/// An import a fix needs: `from module import name`, or `import module` when `name` is empty.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ImportNeed {
    pub module: &'static str,
    pub name: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub applicability: &'static str,
    /// Edits that apply this fix alone, including its import edit.
    pub edits: Vec<Edit>,
    /// The edits without imports (the engine merges imports of several fixes into one edit).
    #[serde(skip)]
    pub body_edits: Vec<Edit>,
    #[serde(skip)]
    pub imports: Vec<ImportNeed>,
    /// Module-level functions the fix calls, added once per module however many fixes use them
    /// (merged like imports).
    #[serde(skip)]
    pub helpers: Vec<Helper>,
}

/// A module-level function a fix adds (`_gather_in_order`), by name and full text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Helper {
    pub name: String,
    pub text: String,
}

/// One line of the safety checklist shown in a pull request.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CheckItem {
    pub item: &'static str,
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub name: &'static str,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub workload: Workload,
    pub strategy: Strategy,
    pub safety: Safety,
    pub reasons: Vec<String>,
    pub message: String,
    pub fix: Option<Fix>,
    /// What makes one item's CPU work expensive, when the analysis found it (`null` for work
    /// that only waits, and for rules that do not judge cost).
    pub cost: Option<crate::vocab::CostEvidence>,
    /// Enclosing function (`render_all`), for reports.
    #[serde(skip)]
    pub function: Option<String>,
    /// Why this strategy: the decision path.
    #[serde(skip)]
    pub rationale: String,
    /// Safety checklist with how each item was verified.
    #[serde(skip)]
    pub checklist: Vec<CheckItem>,
    #[serde(skip)]
    pub start_byte: usize,
    #[serde(skip)]
    pub end_byte: usize,
}
