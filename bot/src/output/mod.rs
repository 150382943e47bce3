//! Output formats of `check`: text (ruff-like), JSON (stable, see DESIGN.md), SARIF, GitHub
//! workflow annotations, and unified diffs.

pub mod diff;
pub mod github;
pub mod json;
pub mod sarif;
pub mod text;
