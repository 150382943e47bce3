//! Building and applying edits: imports added once in the right place (merged with an existing
//! `from concurrent.futures import ...`), statements replaced whole lines at a time with the
//! file's own indentation and newline, comments of the replaced code kept above the rewrite.

use std::collections::BTreeSet;

use crate::ast::Node;

use crate::finding::{Edit, ImportNeed};
use crate::module::ModuleInfo;
use crate::py::{self, field, kids, text};
use crate::source::Parsed;

/// Why a fix could not be built.
#[derive(Debug, Clone, PartialEq, Eq, Hash, thiserror::Error)]
pub enum FixError {
    #[error("the name `{0}` is already used in this module for something else")]
    NameConflict(String),
    #[error("the loop shares a line with other statements")]
    SharedLine,
    #[error("the edits overlap")]
    Overlap,
}

/// How to spell a needed name in this module, and whether an import must be added.
pub fn spell(
    module: &ModuleInfo,
    used: &BTreeSet<String>,
    need: &ImportNeed,
) -> Result<(String, bool), FixError> {
    let full = format!("{}.{}", need.module, need.name);
    if module.imports.get(need.name) == Some(&full) {
        return Ok((need.name.to_owned(), false));
    }
    for (alias, q) in &module.imports {
        if q == need.module {
            return Ok((format!("{alias}.{}", need.name), false));
        }
    }
    if need.module == "concurrent.futures"
        && module.imports.get("concurrent").map(String::as_str) == Some("concurrent")
    {
        return Ok((format!("concurrent.futures.{}", need.name), false));
    }
    if used.contains(need.name) || module.bindings.contains_key(need.name) {
        return Err(FixError::NameConflict(need.name.to_owned()));
    }
    Ok((need.name.to_owned(), true))
}

/// How to spell a module (`import asyncio`, `need.name` empty) in this module, and whether the
/// import must be added: an existing alias (`import asyncio as aio`) is reused. The name clashes
/// when the module binds it or any code reads or assigns it; its appearance as the module of a
/// `from asyncio import run` is no clash.
pub fn spell_module(
    module: &ModuleInfo,
    parsed: &Parsed,
    need: &ImportNeed,
) -> Result<(String, bool), FixError> {
    if let Some((alias, _)) = module.imports.iter().find(|(_, q)| *q == need.module) {
        return Ok((alias.clone(), false));
    }
    let head = need.module.split('.').next().unwrap_or(need.module);
    let src = parsed.text.as_str();
    let mut used = module.bindings.contains_key(head);
    py::walk(parsed.root(), true, &mut |n| {
        if used || n.kind() != "identifier" || text(src, n) != head {
            return;
        }
        let mut cur = n.parent();
        while let Some(p) = cur {
            if matches!(p.kind(), "import_statement" | "import_from_statement") {
                return;
            }
            cur = p.parent();
        }
        used = true;
    });
    if used {
        return Err(FixError::NameConflict(head.to_owned()));
    }
    Ok((need.module.to_owned(), true))
}

/// One edit that adds `from m import n` for every need (grouped by module), merged into an
/// existing top-level `from m import ...` where there is one; a need without a name is
/// `import m`.
pub fn import_edits(parsed: &Parsed, needs: &BTreeSet<ImportNeed>) -> Vec<Edit> {
    let src = parsed.text.as_str();
    let root = parsed.root();
    let nl = parsed.style.newline;
    let mut by_module: std::collections::BTreeMap<&str, BTreeSet<&str>> = Default::default();
    for n in needs {
        by_module.entry(n.module).or_default().insert(n.name);
    }
    let mut edits = Vec::new();
    let mut new_lines = String::new();
    for (module, mut names) in by_module {
        if names.remove("") {
            new_lines.push_str(&format!("import {module}{nl}"));
            if names.is_empty() {
                continue;
            }
        }
        if let Some(stmt) = existing_from_import(src, root, module) {
            let mut all: BTreeSet<String> = names.iter().map(|s| (*s).to_owned()).collect();
            for k in kids(stmt) {
                if Some(k.id()) == field(stmt, "module_name").map(|m| m.id()) {
                    continue;
                }
                if matches!(k.kind(), "dotted_name" | "aliased_import") {
                    all.insert(text(src, k).to_owned());
                }
            }
            let joined: Vec<String> = all.into_iter().collect();
            edits.push(Edit {
                start: stmt.start_byte(),
                end: stmt.end_byte(),
                content: format!("from {module} import {}", joined.join(", ")),
            });
        } else {
            let joined: Vec<&str> = names.into_iter().collect();
            new_lines.push_str(&format!("from {module} import {}{nl}", joined.join(", ")));
        }
    }
    if !new_lines.is_empty() {
        let at = import_insertion_point(parsed);
        // Keep a blank line between a docstring and the imports.
        let before = &src[..at];
        let next_line = src[at..]
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let joins_imports = next_line.starts_with("import ") || next_line.starts_with("from ");
        let content = if at > 0
            && !joins_imports
            && is_after_docstring_only(parsed, at)
            && !before.ends_with(&format!("{nl}{nl}"))
        {
            format!("{nl}{new_lines}")
        } else {
            new_lines
        };
        edits.push(Edit {
            start: at,
            end: at,
            content,
        });
    }
    edits
}

fn existing_from_import<'t>(src: &str, root: Node<'t>, module: &str) -> Option<Node<'t>> {
    py::statements(root).into_iter().find(|s| {
        s.kind() == "import_from_statement"
            && field(*s, "module_name").map(|m| text(src, m)) == Some(module)
            && !kids(*s).iter().any(|k| k.kind() == "wildcard_import")
    })
}

/// After the module docstring and `from __future__` imports; before the first other statement.
fn import_insertion_point(parsed: &Parsed) -> usize {
    let src = parsed.text.as_str();
    let mut at = 0;
    for (i, stmt) in py::statements(parsed.root()).into_iter().enumerate() {
        let is_docstring = i == 0
            && stmt.kind() == "expression_statement"
            && py::expression_of_statement(stmt).is_some_and(|e| e.kind() == "string");
        if is_docstring || stmt.kind() == "future_import_statement" {
            at = parsed
                .lines
                .line_end(stmt.end_byte().saturating_sub(1), src.len());
            continue;
        }
        break;
    }
    // Without a docstring, go just before the first statement: after a shebang, an encoding
    // line or a licence comment block.
    if at == 0 {
        if let Some(first) = py::statements(parsed.root()).first() {
            at = parsed.lines.line_start(first.start_byte());
        }
    }
    at
}

fn is_after_docstring_only(parsed: &Parsed, at: usize) -> bool {
    py::statements(parsed.root()).first().is_some_and(|s| {
        s.kind() == "expression_statement"
            && parsed
                .lines
                .line_end(s.end_byte().saturating_sub(1), parsed.text.len())
                == at
    })
}

/// Byte range of whole lines covering `[start, end)`; errors if other code shares those lines.
pub fn whole_lines(parsed: &Parsed, start: usize, end: usize) -> Result<(usize, usize), FixError> {
    let src = parsed.text.as_str();
    let line_start = parsed.lines.line_start(start);
    if !src[line_start..start]
        .chars()
        .all(|c| c == ' ' || c == '\t')
    {
        return Err(FixError::SharedLine);
    }
    let line_end = parsed
        .lines
        .line_end(end.saturating_sub(1).max(start), src.len());
    let rest = &src[end..line_end];
    let rest_trim = rest.trim_start_matches([' ', '\t']);
    if !(rest_trim.is_empty()
        || rest_trim.starts_with('\n')
        || rest_trim.starts_with("\r\n")
        || rest_trim.starts_with('#'))
    {
        return Err(FixError::SharedLine);
    }
    Ok((line_start, line_end))
}

/// Indentation of the line holding `offset`.
pub fn indent_at(parsed: &Parsed, offset: usize) -> String {
    let ls = parsed.lines.line_start(offset);
    parsed.text[ls..]
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect()
}

/// Comments inside `[start, end)`: offset and text, in order.
pub fn comments_in(parsed: &Parsed, start: usize, end: usize) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let src = parsed.text.as_str();
    py::walk(parsed.root(), true, &mut |n| {
        if n.kind() == "comment" && n.start_byte() >= start && n.end_byte() <= end {
            out.push((n.start_byte(), text(src, n).to_owned()));
        }
    });
    out
}

/// Apply non-overlapping edits (sorted by start) to a text.
pub fn apply_edits(text: &str, edits: &[Edit]) -> Result<String, FixError> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len() + 256);
    let mut pos = 0;
    for e in sorted {
        if e.start < pos || e.end < e.start || e.end > text.len() {
            return Err(FixError::Overlap);
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(&e.content);
        pos = e.end;
    }
    out.push_str(&text[pos..]);
    Ok(out)
}

/// Where module-level helpers go: before the first statement that is not the docstring, a
/// `from __future__` import or an import (after the imports, before the code that uses them).
pub fn helper_insertion_point(parsed: &Parsed) -> usize {
    let src = parsed.text.as_str();
    for (i, stmt) in py::statements(parsed.root()).into_iter().enumerate() {
        let is_docstring = i == 0
            && stmt.kind() == "expression_statement"
            && py::expression_of_statement(stmt).is_some_and(|e| e.kind() == "string");
        if is_docstring
            || matches!(
                stmt.kind(),
                "future_import_statement" | "import_statement" | "import_from_statement"
            )
        {
            continue;
        }
        return parsed.lines.line_start(stmt.start_byte());
    }
    src.len()
}

/// The edit that adds `helpers` (each once, in name order) at [`helper_insertion_point`], each
/// followed by two blank lines.
pub fn helper_edit(parsed: &Parsed, helpers: &[crate::finding::Helper]) -> Option<Edit> {
    let mut unique: Vec<&crate::finding::Helper> = helpers.iter().collect();
    unique.sort();
    unique.dedup_by(|a, b| a.name == b.name);
    if unique.is_empty() {
        return None;
    }
    let nl = parsed.style.newline;
    let at = helper_insertion_point(parsed);
    let mut content = String::new();
    if at == parsed.text.len() && !parsed.text.ends_with('\n') && !parsed.text.is_empty() {
        content.push_str(nl);
    }
    for h in unique {
        content.push_str(&h.text);
        content.push_str(&nl.repeat(3));
    }
    Some(Edit {
        start: at,
        end: at,
        content,
    })
}
